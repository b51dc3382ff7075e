/**
 * Narrows a server-rendered list (claims ledger, timeline) by toggle buttons.
 * Without JavaScript the controls stay hidden and every entry is visible,
 * grouped under its heading. Markup contract (see components/ledger/FilterBar.astro):
 * - `[data-filter]` wraps the controls and the list;
 * - `button[data-filter-dim][data-filter-value]` toggle with `aria-pressed`;
 * - `[data-filter-item]` entries carry one `data-<dim>` attribute per dimension;
 *   `[data-filter-group]` sections hide when none of their entries is shown;
 *   `[data-filter-keep]` marks are never filtered;
 * - `[data-filter-status]` (a live region) reads `data-template` / `data-template-all`.
 */
import { fillTemplate, isEmptySelection, matchesSelection, type Selection } from '../lib/filters/match.ts';

function setup(root: HTMLElement): void {
	const controls = root.querySelector<HTMLElement>('[data-filter-controls]');
	const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-filter-dim]')];
	const reset = root.querySelector<HTMLButtonElement>('[data-filter-reset]');
	const status = root.querySelector<HTMLElement>('[data-filter-status]');
	const items = [...root.querySelectorAll<HTMLElement>('[data-filter-item]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-filter-group]')];
	if (!controls || items.length === 0) return;
	const dimensions = [...new Set(buttons.map((b) => b.dataset.filterDim ?? ''))];

	const selection = (): Selection =>
		Object.fromEntries(
			dimensions.map((dim) => [dim, buttons.filter((b) => b.dataset.filterDim === dim && b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.filterValue ?? '')]),
		);

	function apply(): void {
		const current = selection();
		let shown = 0;
		for (const item of items) {
			const values = Object.fromEntries(dimensions.map((dim) => [dim, item.dataset[dim]]));
			const visible = matchesSelection(values, current);
			item.hidden = !visible;
			if (visible) shown += 1;
		}
		// Reference marks (`data-filter-keep`, the seed's date on the timeline) stay, and so does their group.
		for (const group of groups) {
			group.hidden = !group.querySelector('[data-filter-item]:not([hidden]), [data-filter-keep]');
		}
		const all = isEmptySelection(current);
		if (reset) reset.disabled = all;
		if (status) {
			const template = (all ? status.dataset.templateAll : status.dataset.template) ?? '';
			status.textContent = fillTemplate(template, { shown, total: items.length });
		}
	}

	function clear(): void {
		for (const button of buttons) button.setAttribute('aria-pressed', 'false');
		apply();
	}

	for (const button of buttons) {
		button.addEventListener('click', () => {
			button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
			apply();
		});
	}
	reset?.addEventListener('click', () => {
		clear();
		buttons[0]?.focus();
	});

	// A link to an entry the filters hide (a shared `#claim-…`) clears them, so the target is there.
	const revealTarget = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		const target = id ? document.getElementById(id) : null;
		if (target && root.contains(target) && target.closest('[hidden]')) {
			clear();
			target.scrollIntoView();
		}
	};
	window.addEventListener('hashchange', revealTarget);

	controls.hidden = false;
	apply();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-filter]')) setup(root);
