/**
 * Reads and matches a Netlify/Cloudflare `_headers` file, so the local server
 * sends the same headers a CDN would. Format: a path pattern line, then
 * indented `Name: value` lines; `*` matches any run of characters.
 */
export interface HeaderRule {
	pattern: string;
	headers: Array<[string, string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

function patternToRegExp(pattern: string): RegExp {
	const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
	return new RegExp(`^${escaped}$`);
}

/** Headers for a request path: every matching rule applies, later rules win per header name. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const rule of rules) {
		if (!patternToRegExp(rule.pattern).test(path)) continue;
		for (const [name, value] of rule.headers) out.set(name.toLowerCase(), value);
	}
	return out;
}
