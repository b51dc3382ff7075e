/**
 * Where a page's compressed HTML goes: how many brotli bytes each kind of inline part adds. A page fits
 * Lighthouse's first simulated round trip only within 14.6 KB (headers included); this says what it
 * would take to get there. Parts are taken out one after another in the order below, so each part's
 * bytes are what it adds to the page without the parts before it, and the parts and the rest add up to
 * the whole (brotli shares a dictionary across parts, so a part alone would compress differently).
 */
import { brotliCompressSync, constants } from 'node:zlib';

export const PARTS = [
	{ name: 'inline CSS', pattern: /<style\b[^>]*>[\s\S]*?<\/style>/g },
	{ name: 'scripts and chart data', pattern: /<script\b[^>]*>[\s\S]*?<\/script>/g },
	{ name: 'inline SVG (icons, map)', pattern: /<svg\b[\s\S]*?<\/svg>/g },
	{ name: 'rest of <head>', pattern: /<head>[\s\S]*?<\/head>/g },
	{ name: 'site header and footer', pattern: /<header class="site-header"[\s\S]*?<\/header>|<footer\b[\s\S]*?<\/footer>/g },
] as const;

export type PartName = (typeof PARTS)[number]['name'] | 'content';

/** Brotli at its best quality, as `npm run serve` sends pages. */
export const brotliBytes = (text: string) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function composition(html: string): { total: number; parts: Record<PartName, number> } {
	const total = brotliBytes(html);
	const parts = {} as Record<PartName, number>;
	let rest = html;
	let size = total;
	for (const { name, pattern } of PARTS) {
		const without = rest.replace(pattern, '');
		const smaller = brotliBytes(without);
		parts[name] = size - smaller;
		rest = without;
		size = smaller;
	}
	parts.content = size;
	return { total, parts };
}
