/**
 * Opens the search dialog from the header button or the "/" key. The search
 * code itself (and Pagefind's index) loads on the first open, not before.
 */

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

if (button && dialog) {
	let setup: Promise<void> | undefined;
	const open = () => {
		if (dialog.open) return;
		dialog.showModal();
		setup ??= import('./search.ts').then(({ setupSearch }) => setupSearch(dialog));
	};
	button.hidden = false;
	button.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
		event.preventDefault();
		open();
	});
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop lands on the dialog element itself.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('close', () => button.focus());
}
