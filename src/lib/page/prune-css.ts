/**
 * Per-page CSS (issue 14, page weight). Astro bundles one stylesheet per route, and every article shares
 * one route, so each article inlined the CSS of every article feature (the map, the promise lists, the
 * charts) whether it shows them or not. After the build, each page's inline `<style>` keeps only what can
 * take effect on it:
 * - a style rule goes when every selector in its list names, outside any pseudo-class, a class, an element
 *   or a form-control part (`::-webkit-datetime-edit`, only on date inputs) that appears neither in the
 *   page's markup nor in what a built script creates (search results, the copy-link textarea);
 * - then what nothing reads goes: custom properties (Tailwind's `--tw-*` state, its theme variables, the
 *   site's tokens such as `--verdict-accurate`) and `@property` rules that no remaining `var()` reads and
 *   neither the markup nor a script mentions (with or without the dashes: charts read `--${role}` with
 *   the role from the page's data), and `@keyframes` no remaining animation names.
 * Attributes, ids and state (:hover, [data-theme], [hidden], :not(.x)) never remove a rule, because script
 * and the reader change them. Done by hand because no kept tool does exactly this on inline
 * styles with a strict CSP: Beasties (critical CSS) moves the rest to a stylesheet; PurgeCSS/DropCSS match
 * whole selectors against the static DOM and would drop rules for states script sets.
 */
import { transform, type Selector } from 'lightningcss';
import { cspHash, setCspHashes } from './csp.ts';

/** Every class token used in class="…" attributes of the markup. */
export function classTokens(html: string): Set<string> {
	return new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/).filter(Boolean)));
}

/** Element names in the markup: every `<name` that opens a tag, lower-cased. */
export function elementNames(html: string): Set<string> {
	return new Set([...html.matchAll(/<([a-zA-Z][\w-]*)[\s/>]/g)].map((m) => m[1]!.toLowerCase()));
}

/** The `type` of every `<input>` in the markup (`text` when none is given, as in HTML). */
export function inputTypes(html: string): Set<string> {
	return new Set([...html.matchAll(/<input\b([^>]*)>/gi)].map((m) => (/\stype="?([\w-]+)/i.exec(m[1] ?? '')?.[1] ?? 'text').toLowerCase()));
}

/**
 * What built scripts add to a page: class names they assign (`className = '…'`, `classList.add('…')`,
 * `class="…"` in markup strings) and elements they create (`createElement('li')`, `<li` in strings). Read
 * from string literals in those places only: a bare word such as `filter` or `table` elsewhere in a script
 * is an API or a value, not markup.
 */
export function scriptVocabulary(js: string): {
	classes: Set<string>;
	elements: Set<string>;
} {
	const str = String.raw`(?:'([^']*)'|"([^"]*)"|\x60([^\x60]*)\x60)`;
	const literal = (m: RegExpMatchArray, from: number) => m[from] ?? m[from + 1] ?? m[from + 2] ?? '';
	const words = (text: string) => text.split(/[\s"'\\]+/).filter((w) => /^-?[A-Za-z_][\w-]*$/.test(w));
	const classes = new Set<string>();
	for (const m of js.matchAll(new RegExp(String.raw`className\s*\+?=\s*${str}`, 'g'))) words(literal(m, 1)).forEach((w) => classes.add(w));
	for (const m of js.matchAll(/classList\.(?:add|toggle|replace)\(([^)]*)\)/g))
		for (const arg of m[1]!.matchAll(new RegExp(str, 'g'))) words(literal(arg, 1)).forEach((w) => classes.add(w));
	for (const m of js.matchAll(/setAttribute\(\s*['"`]class['"`]\s*,\s*['"`]([^'"`]*)/g)) words(m[1]!).forEach((w) => classes.add(w));
	for (const m of js.matchAll(/class=\\?["']([^"'\\]*)/g)) words(m[1]!).forEach((w) => classes.add(w));
	const elements = new Set<string>();
	for (const m of js.matchAll(new RegExp(String.raw`createElement(?:NS\([^,]*,)?\(?\s*${str}`, 'g')))
		elements.add(literal(m, 1).toLowerCase());
	for (const m of js.matchAll(/<([a-zA-Z][\w-]*)[\s/>]/g)) elements.add(m[1]!.toLowerCase());
	return { classes, elements };
}

/** What a page can contain. */
export interface PageVocabulary {
	hasClass: (name: string) => boolean;
	/** Any element, standard (`progress`) or custom (`chart-figure`). */
	hasElement: (name: string) => boolean;
	/** An `<input type=…>` of this type. */
	hasInputType: (type: string) => boolean;
	/** Text of the markup and scripts in which custom-property names are looked up (e.g. `getPropertyValue('--x')`). */
	mentions: (text: string) => boolean;
}

/** Parts of form controls that only some input types have (Tailwind's preflight styles each of them). */
const DATE_TYPES = ['date', 'time', 'datetime-local', 'month', 'week'];
function controlPartTypes(pseudoElement: string): string[] | undefined {
	if (pseudoElement === 'file-selector-button') return ['file'];
	if (/^-webkit-(inner|outer)-spin-button$/.test(pseudoElement)) return ['number'];
	if (pseudoElement === '-webkit-search-decoration') return ['search'];
	if (/^-webkit-(date-and-time-value|datetime-edit|calendar-picker-indicator)/.test(pseudoElement)) return DATE_TYPES;
	return undefined;
}

type Part = Selector[number];

/** Whether one selector can match the page, judged by its classes, elements and form-control parts. */
function selectorPossible(selector: Selector, page: PageVocabulary): boolean {
	return selector.every((part: Part) => {
		if (part.type === 'class') return page.hasClass(part.name);
		if (part.type === 'type') return page.hasElement(part.name.toLowerCase());
		if (part.type === 'pseudo-element') {
			const name = part.kind === 'custom' ? part.name : part.kind;
			const types = controlPartTypes(name);
			return !types || types.some((t) => page.hasInputType(t));
		}
		return true;
	});
}

const minify = (css: string, visitor?: Parameters<typeof transform>[0]['visitor']) =>
	transform({
		filename: 'inline.css',
		code: Buffer.from(css),
		minify: true,
		visitor,
	}).code.toString();

/** Custom properties a stylesheet reads with `var()`, and animation names it uses. */
function references(css: string): {
	vars: Set<string>;
	animations: Set<string>;
} {
	const vars = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));
	const animations = new Set([...css.matchAll(/animation(?:-name)?\s*:([^;}]*)/g)].flatMap((m) => m[1]!.split(/[\s,]+/).filter(Boolean)));
	return { vars, animations };
}

/** One sweep of what nothing reads; returns the CSS unchanged when there is nothing left to take out. */
function sweepUnread(css: string, page: PageVocabulary): string {
	const { vars, animations } = references(css);
	// Script may read a token by a name it builds (`--${role}` from a chart's data): a name the markup or a
	// script mentions even without its dashes stays.
	const unread = (name: string) => !vars.has(name) && !page.mentions(name) && !page.mentions(name.slice(2));
	return minify(css, {
		Rule: {
			property: (rule) => (unread(rule.value.name) ? [] : undefined),
			keyframes: (rule) => (animations.has(rule.value.name.value) ? undefined : []),
		},
		Declaration: {
			custom: (property) => (property.name.startsWith('--') && unread(property.name) ? [] : undefined),
		},
	});
}

/** The CSS without what cannot take effect on the page (see the top of this file). */
export function pruneCss(css: string, page: PageVocabulary): string {
	let out = minify(css, {
		Rule: {
			// Returning the rule unchanged keeps it as written; an empty list removes it.
			style: (rule) => (rule.value.selectors.some((selector) => selectorPossible(selector, page)) ? undefined : []),
		},
	});
	// Removing a theme variable can leave another unread (--default-mono-font-family reads --font-mono).
	for (let pass = 0; pass < 5; pass++) {
		const next = minify(sweepUnread(out, page));
		if (next === out) break;
		out = next;
	}
	return out;
}

/**
 * Prunes every inline `<style>` of a page and makes the style-src of its CSP `<meta>` list exactly the
 * hashes of the page's own styles: Astro lists every stylesheet of the site on every page (27 hashes,
 * about 1 KB gzip that does not compress), and the pruned text has new hashes anyway. Print rules stay
 * inline: a print-only stylesheet would be one more request finishing before the largest paint, which
 * Lighthouse's simulation counts against LCP whatever its media (issue 14), for ~0.4 KB gzip saved.
 */
export function prunePageStyles(html: string, page: PageVocabulary): string {
	const hashes: string[] = [];
	const out = html.replace(/<style>([\s\S]*?)<\/style>/g, (_whole, css: string) => {
		const pruned = pruneCss(css, page);
		hashes.push(cspHash(pruned));
		return `<style>${pruned}</style>`;
	});
	if (hashes.length === 0) return html;
	return setCspHashes(out, 'style-src', hashes);
}
