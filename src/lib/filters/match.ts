/**
 * The rule behind the list filters (ledger, timeline): within one dimension
 * any selected value matches (OR); across dimensions all must match (AND);
 * a dimension with nothing selected does not filter. Shared by the browser
 * script and its unit tests.
 */

/** Dimension (e.g. `verdict`) → the values a reader has selected. */
export type Selection = Readonly<Record<string, readonly string[]>>;

export function matchesSelection(item: Readonly<Record<string, string | undefined>>, selection: Selection): boolean {
	return Object.entries(selection).every(([dimension, values]) => values.length === 0 || values.includes(item[dimension] ?? ''));
}

export const isEmptySelection = (selection: Selection) => Object.values(selection).every((values) => values.length === 0);

/** Fills `{name}` placeholders of a template the page provides in its own language. */
export function fillTemplate(template: string, vars: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
