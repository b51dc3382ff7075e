/**
 * List state kept in the URL query, so a filtered or re-ordered list survives a
 * reload and can be shared: `?verdict=misstated,unclear&topic=money&order=oldest`.
 * Values of one key are comma-separated; unknown values are dropped by the
 * caller (only values with a button count). Shared by the browser script and its tests.
 */

/** The values of `key` in a query string, split on commas, trimmed, without duplicates or empties. */
export function queryValues(query: string, key: string): string[] {
	const params = new URLSearchParams(query);
	return [
		...new Set(
			params
				.getAll(key)
				.flatMap((v) => v.split(','))
				.map((v) => v.trim())
				.filter(Boolean),
		),
	];
}

/**
 * The query string with `updates` applied: each key set to its comma-joined
 * values, or removed when it has none; other keys stay as they were. Returns
 * `?…`, or '' when nothing is left. Commas stay readable in the address.
 */
export function withQueryValues(query: string, updates: Readonly<Record<string, readonly string[]>>): string {
	const params = new URLSearchParams(query);
	for (const [key, values] of Object.entries(updates)) {
		params.delete(key);
		if (values.length > 0) params.set(key, values.join(','));
	}
	const text = params.toString().replace(/%2C/gi, ',');
	return text ? `?${text}` : '';
}
