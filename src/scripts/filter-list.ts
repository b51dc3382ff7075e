/**
 * Narrows a server-rendered list (claims ledger, timeline) by toggle buttons
 * and keeps the choice in the URL query (`?verdict=misstated&topic=money`), so
 * a reload keeps it and the address can be shared. Without JavaScript the
 * controls stay hidden and every entry is visible, grouped under its heading.
 * Markup contract (see components/filters/FilterBar.astro):
 * - `[data-filter]` wraps the controls and the list;
 * - `button[data-filter-dim][data-filter-value]` toggle with `aria-pressed`;
 * - `[data-filter-item]` entries carry one `data-<dim>` attribute per dimension;
 *   `[data-filter-group]` sections hide when none of their entries is shown, and so do the list items of
 *   `a[data-filter-jump]` links to them (the timeline's year jump);
 *   `[data-filter-keep]` entries are counted when they match but never hidden;
 * - `[data-filter-status]` (a live region) reads `data-template` / `data-template-all`;
 * - optional `button[data-filter-order]`: pressed, the groups and their entries
 *   show in reverse of the page's order (`?order=<data-filter-order>`).
 */
import { fillTemplate, isEmptySelection, matchesSelection, type Selection } from '../lib/filters/match.ts';
import { queryValues, withQueryValues } from '../lib/filters/query.ts';

/** Reverses the groups inside their parent and the entries inside each group's list. */
function reverseOrder(groups: HTMLElement[]): void {
	const parent = groups[0]?.parentElement;
	if (!parent) return;
	const anchor = groups.at(-1)?.nextSibling ?? null;
	for (const group of [...groups].reverse()) parent.insertBefore(group, anchor);
	for (const list of groups.flatMap((g) => [...g.querySelectorAll<HTMLElement>('ol, ul')].filter((l) => l.querySelector(':scope > [data-filter-item]')))) {
		list.append(...[...list.children].reverse());
	}
	groups.reverse();
}

function setup(root: HTMLElement): void {
	const controls = root.querySelector<HTMLElement>('[data-filter-controls]');
	const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-filter-dim]')];
	const reset = root.querySelector<HTMLButtonElement>('[data-filter-reset]');
	const status = root.querySelector<HTMLElement>('[data-filter-status]');
	const order = root.querySelector<HTMLButtonElement>('button[data-filter-order]');
	const items = [...root.querySelectorAll<HTMLElement>('[data-filter-item]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-filter-group]')];
	const jumps = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter-jump]')];
	if (!controls || items.length === 0) return;
	const dimensions = [...new Set(buttons.map((b) => b.dataset.filterDim ?? ''))];

	const selection = (): Selection =>
		Object.fromEntries(
			dimensions.map((dim) => [dim, buttons.filter((b) => b.dataset.filterDim === dim && b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.filterValue ?? '')]),
		);
	const reversed = () => order?.getAttribute('aria-pressed') === 'true';

	function writeUrl(current: Selection): void {
		const updates: Record<string, readonly string[]> = { ...current };
		if (order) updates.order = reversed() ? [order.dataset.filterOrder ?? ''] : [];
		history.replaceState(history.state, '', `${location.pathname}${withQueryValues(location.search, updates)}${location.hash}`);
	}

	function apply(updateUrl: boolean): void {
		const current = selection();
		let shown = 0;
		for (const item of items) {
			const values = Object.fromEntries(dimensions.map((dim) => [dim, item.dataset[dim]]));
			const matches = matchesSelection(values, current);
			// Reference marks (the seed's date on the timeline) stay in view, and so does their group.
			item.hidden = !matches && item.dataset.filterKeep === undefined;
			if (matches) shown += 1;
		}
		for (const group of groups) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
		for (const jump of jumps) {
			const target = document.getElementById(decodeURIComponent(jump.hash.slice(1)));
			const item = jump.closest('li') ?? jump;
			item.hidden = Boolean(target?.closest<HTMLElement>('[data-filter-group]')?.hidden);
		}
		const all = isEmptySelection(current);
		if (reset) reset.disabled = all;
		if (status) {
			const template = (all ? status.dataset.templateAll : status.dataset.template) ?? '';
			status.textContent = fillTemplate(template, { shown, total: items.length });
		}
		if (updateUrl) writeUrl(current);
	}

	function clear(): void {
		for (const button of buttons) button.setAttribute('aria-pressed', 'false');
		apply(true);
	}

	// Start from the URL: only values that have a button count.
	for (const button of buttons) {
		const pressed = queryValues(location.search, button.dataset.filterDim ?? '').includes(button.dataset.filterValue ?? '');
		button.setAttribute('aria-pressed', String(pressed));
		button.addEventListener('click', () => {
			button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
			apply(true);
		});
	}
	if (order) {
		if (queryValues(location.search, 'order').includes(order.dataset.filterOrder ?? '')) {
			order.setAttribute('aria-pressed', 'true');
			reverseOrder(groups);
		}
		order.addEventListener('click', () => {
			order.setAttribute('aria-pressed', String(!reversed()));
			reverseOrder(groups);
			writeUrl(selection());
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
	apply(false);
	revealTarget();
	// The list changed height above a shared fragment: land on it again.
	if (location.hash && (location.search || reversed())) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-filter]')) setup(root);
