/**
 * Per-page CSS (issue 14, page weight). Astro bundles one stylesheet per route, and every article shares
 * one route, so each article inlined the CSS of every article feature (the map, the promise lists, the
 * charts) whether it shows them or not. After the build, each page's inline `<style>` keeps only the rules
 * that can match it. Deliberately conservative: a rule goes only when every selector in its list names,
 * outside any pseudo-class, a class or a custom element (`chart-figure`) that appears neither in the
 * page's markup nor in any built script (scripts create a few elements, e.g. search results). Attributes,
 * ids, standard elements and state (:hover, [data-theme], [hidden]) never remove a rule. Done by hand because no kept tool does exactly this on
 * inline styles with a strict CSP: Beasties (critical CSS) moves the rest to a stylesheet; PurgeCSS/
 * DropCSS match whole selectors against the static DOM and would drop rules for states script sets.
 */
import { createHash } from 'node:crypto';
import { transform } from 'lightningcss';

/** Every class token used in class="…" attributes of the markup. */
export function classTokens(html: string): Set<string> {
	return new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/).filter(Boolean)));
}

/** What a page can contain: its class names, and its custom elements (names with a hyphen). */
export interface PageVocabulary {
	hasClass: (name: string) => boolean;
	hasElement: (name: string) => boolean;
}

/** The CSS without the style rules that cannot match: each selector names a class or custom element the page lacks. */
export function pruneCss(css: string, page: PageVocabulary): string {
	const { code } = transform({
		filename: 'inline.css',
		code: Buffer.from(css),
		minify: true,
		visitor: {
			Rule: {
				style(rule) {
					const possible = (part: (typeof rule.value.selectors)[number][number]) =>
						part.type === 'class' ? page.hasClass(part.name) : part.type === 'type' && part.name.includes('-') ? page.hasElement(part.name) : true;
					const live = rule.value.selectors.some((selector) => selector.every(possible));
					// Returning the rule unchanged keeps it as written; an empty list removes it.
					return live ? undefined : [];
				},
			},
		},
	});
	return code.toString();
}

/** The CSP source expression of an inline style or script. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Prunes every inline `<style>` of a page and makes the style-src of its CSP `<meta>` list exactly the
 * hashes of the page's own styles: Astro lists every stylesheet of the site on every page (27 hashes,
 * about 1 KB gzip that does not compress), and the pruned text has new hashes anyway.
 */
export function prunePageStyles(html: string, page: PageVocabulary): string {
	const hashes: string[] = [];
	const out = html.replace(/<style>([\s\S]*?)<\/style>/g, (_whole, css: string) => {
		const pruned = pruneCss(css, page);
		hashes.push(cspHash(pruned));
		return `<style>${pruned}</style>`;
	});
	if (hashes.length === 0) return html;
	const meta = /(<meta http-equiv="content-security-policy" content="[^"]*?style-src 'self')((?: 'sha256-[^']+')*)/;
	if (!meta.test(out)) throw new Error('prunePageStyles: the page has inline styles but no CSP style-src to allow them');
	return out.replace(meta, `$1 ${[...new Set(hashes)].join(' ')}`);
}
