/**
 * Filters of the promise tracker, kept in the URL query so a filtered view can be
 * shared (`/promises/tracker/?status=overdue&site=abilene`). Uses the shared
 * FilterBar markup; without JavaScript the bar stays hidden and every promise shows.
 * An entry can carry several partners or sites (space-separated data attributes).
 */
import { fillTemplate, isEmptySelection } from '../../lib/filters/match.ts';
import { matchesMulti, queryFromSelection, selectionFromQuery, type Selection } from '../../lib/promises/filters.ts';

function setup(root: HTMLElement): void {
	const controls = root.querySelector<HTMLElement>('[data-filter-controls]');
	const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-filter-dim]')];
	const reset = root.querySelector<HTMLButtonElement>('[data-filter-reset]');
	const status = root.querySelector<HTMLElement>('[data-filter-status]');
	const items = [...root.querySelectorAll<HTMLElement>('[data-filter-item]')];
	if (!controls || items.length === 0) return;
	const dimensions = [...new Set(buttons.map((b) => b.dataset.filterDim ?? ''))];

	const selection = (): Selection =>
		Object.fromEntries(
			dimensions.map((dim) => [dim, buttons.filter((b) => b.dataset.filterDim === dim && b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.filterValue ?? '')]),
		);

	function apply(updateUrl: boolean): void {
		const current = selection();
		let shown = 0;
		for (const item of items) {
			const visible = matchesMulti(Object.fromEntries(dimensions.map((dim) => [dim, item.dataset[dim]])), current);
			item.hidden = !visible;
			if (visible) shown += 1;
		}
		const all = isEmptySelection(current);
		if (reset) reset.disabled = all;
		if (status) status.textContent = fillTemplate((all ? status.dataset.templateAll : status.dataset.template) ?? '', { shown, total: items.length });
		if (updateUrl) history.replaceState(null, '', `${location.pathname}${queryFromSelection(current)}${location.hash}`);
	}

	function clear(): void {
		for (const button of buttons) button.setAttribute('aria-pressed', 'false');
		apply(true);
	}

	// Start from the URL: only values that have a button count.
	const fromUrl = selectionFromQuery(location.search, dimensions);
	for (const button of buttons) {
		const pressed = fromUrl[button.dataset.filterDim ?? '']?.includes(button.dataset.filterValue ?? '') ?? false;
		button.setAttribute('aria-pressed', String(pressed));
		button.addEventListener('click', () => {
			button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
			apply(true);
		});
	}
	reset?.addEventListener('click', () => {
		clear();
		buttons[0]?.focus();
	});

	// A shared `#promise-…` link that the filters would hide clears them, so the target is there.
	const revealTarget = () => {
		const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
		if (target && root.contains(target) && target.closest('[hidden]')) {
			clear();
			target.scrollIntoView();
		}
	};
	window.addEventListener('hashchange', revealTarget);

	controls.hidden = false;
	apply(false);
	revealTarget();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-promise-filter]')) setup(root);
