/**
 * Opens the search dialog from the header button (or another `[data-search-open]`
 * button, as on the 404 page) or the "/" key. The search code itself (and
 * Pagefind's index) loads on the first open, not before.
 */

const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-search-open]')];
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

if (buttons.length > 0 && dialog) {
	let setup: Promise<void> | undefined;
	// Focus goes back to the button that opened the dialog (the header's for the "/" key).
	let opener = buttons[0]!;
	const open = (from: HTMLButtonElement) => {
		if (dialog.open) return;
		opener = from;
		dialog.showModal();
		setup ??= import('./search.ts').then(({ setupSearch }) => setupSearch(dialog));
	};
	for (const button of buttons) {
		button.hidden = false;
		button.addEventListener('click', () => open(button));
	}
	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
		event.preventDefault();
		open(buttons[0]!);
	});
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop lands on the dialog element itself.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('close', () => opener.focus());
}
