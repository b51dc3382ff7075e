/**
 * The tracker's filters as a URL query (`?status=overdue&site=abilene`), so a
 * filtered view can be shared. Values within one dimension combine with OR,
 * dimensions with AND; an entry may carry several values in one dimension (a
 * promise made by two partners). Shared by the browser script and its tests.
 */
export type Selection = Record<string, string[]>;

/** Reads the known dimensions from a query string; unknown keys and empty values are ignored. */
export function selectionFromQuery(query: string, dimensions: readonly string[]): Selection {
	const params = new URLSearchParams(query);
	return Object.fromEntries(
		dimensions.map((dim) => [
			dim,
			[
				...new Set(
					params
						.getAll(dim)
						.flatMap((v) => v.split(','))
						.map((v) => v.trim())
						.filter(Boolean),
				),
			],
		]),
	);
}

/** The query string for a selection (`?status=kept,missed`), or '' when nothing is selected. */
export function queryFromSelection(selection: Selection): string {
	const parts = Object.entries(selection)
		.filter(([, values]) => values.length > 0)
		.map(([dim, values]) => `${encodeURIComponent(dim)}=${values.map(encodeURIComponent).join(',')}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** True when the entry (dimension → its space-separated values) matches every dimension with a selection. */
export function matchesMulti(item: Readonly<Record<string, string | undefined>>, selection: Selection): boolean {
	return Object.entries(selection).every(([dim, values]) => {
		if (values.length === 0) return true;
		const own = (item[dim] ?? '').split(' ').filter(Boolean);
		return values.some((v) => own.includes(v));
	});
}
