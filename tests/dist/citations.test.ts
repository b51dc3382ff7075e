/**
 * Citation numbers in the built articles, both languages, against an
 * expectation read straight from the MDX text (not from the code that numbers
 * them): reference n is the n-th distinct source the article cites; a marker
 * shows the numbers of the `<Cite>` tags written at its spot (tags separated by
 * whitespace only share one marker); each number opens exactly that reference's
 * list entry, which is the popover (so each reference is in the page once); and
 * each reference's back-links land on markers that cite it. An off-by-one
 * anywhere in that chain fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { ARTICLE_SLUGS } from '../../src/schemas/article.ts';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { CONTENT_ROOT, DIST } from '../support/project.ts';

const { content } = validateContent(readContent(CONTENT_ROOT));
const sourceById = new Map(content.sources.map((s) => [s.id, s]));
/** How the built HTML writes a string inside text or an attribute. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** The `<Cite id="…" />` tags of an MDX file, grouped as a reader sees them: adjacent tags are one spot. */
function citedSpots(mdx: string): string[][] {
	const spots: string[][] = [];
	let lastEnd = -1;
	for (const match of mdx.matchAll(/<Cite\s+id="([^"]+)"\s*\/>/g)) {
		const id = match[1]!;
		const adjacent = lastEnd >= 0 && /^\s*$/.test(mdx.slice(lastEnd, match.index));
		if (adjacent) {
			const spot = spots.at(-1)!;
			if (!spot.includes(id)) spot.push(id);
		} else spots.push([id]);
		lastEnd = match.index + match[0].length;
	}
	return spots;
}

const elements = (root: Node): Node[] => {
	const out: Node[] = [];
	walkSync(root, (node) => {
		if (node.type === ELEMENT_NODE) out.push(node);
	});
	return out;
};
const attr = (node: Node, name: string): string | undefined => node.attributes?.[name];
const hasClass = (node: Node, name: string) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);
const textOf = (node: Node): string => (node.children ?? []).map((c: Node) => (c.type === ELEMENT_NODE ? textOf(c) : (c.value ?? ''))).join('');
/** Text a sighted reader sees: screen-reader-only spans left out. */
const visibleText = (node: Node): string =>
	(node.children ?? []).map((c: Node) => (c.type !== ELEMENT_NODE ? (c.value ?? '') : hasClass(c, 'sr-only') ? '' : visibleText(c))).join('');
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** `[3, 4]` → [3, 4]: the numbers a marker shows. */
const numbersIn = (text: string) => (/\[([\d,\s]+)\]/.exec(text)?.[1] ?? '').split(',').map((n) => Number(n.trim())).filter((n) => n > 0);

const cases = ARTICLE_SLUGS.flatMap((slug) => (['en', 'zh'] as const).map((lang) => [lang, slug] as const));

describe.each(cases)('%s %s', (lang, slug) => {
	const spots = citedSpots(readFileSync(join(CONTENT_ROOT, 'articles', lang, `${slug}.mdx`), 'utf8'));
	/** Reference n (1-based) is the n-th distinct source in the order the text first cites them. */
	const references = [...new Set(spots.flat())];
	const html = readFileSync(join(DIST, lang === 'en' ? '' : 'zh', slug, 'index.html'), 'utf8');
	const all = elements(parse(html));
	const byId = new Map(all.filter((e) => attr(e, 'id')).map((e) => [attr(e, 'id')!, e]));
	const list = all.find((e) => e.name === 'section' && hasClass(e, 'references'))!;
	const items = elements(list).filter((e) => e.name === 'li');
	/** The citing spots, in document order: a one-number button, or a merged bracket holding one button per number. */
	const markers = all.filter((e) => hasClass(e, 'cite-marker'));
	const buttonsOf = (marker: Node) => (marker.name === 'button' ? [marker] : elements(marker).filter((e) => e.name === 'button'));

	test('the article cites sources', () => {
		expect(references.length).toBeGreaterThan(5);
	});

	test('reference n in the list is the n-th distinct source the text cites, and links to its record', () => {
		expect(items.length).toBe(references.length);
		for (const [i, li] of items.entries()) {
			expect(attr(li, 'id')).toBe(`ref-${i + 1}`);
			const record = elements(li)
				.map((e) => attr(e, 'href') ?? '')
				.filter((href) => href.includes('#src-'));
			expect(record, `reference ${i + 1}`).toEqual([expect.stringMatching(new RegExp(`/sources/.*#src-${references[i]}$`))]);
		}
	});

	test('marker k, in text order, shows the numbers of the sources cited at spot k, ascending', () => {
		const shown = markers.map((m) => numbersIn(visibleText(m)));
		expect(shown).toEqual(spots.map((ids) => ids.map((id) => references.indexOf(id) + 1).sort((a, b) => a - b)));
	});

	test('each number is a button that opens its own reference-list entry, a popover', () => {
		expect(markers.length).toBe(spots.length);
		for (const [k, marker] of markers.entries()) {
			const buttons = buttonsOf(marker);
			expect(buttons.map((b) => Number(textOf(b).replace(/[^\d]/g, ''))), `marker ${k + 1}`).toEqual(numbersIn(visibleText(marker)));
			for (const button of buttons) {
				const n = Number(textOf(button).replace(/[^\d]/g, ''));
				const target = byId.get(attr(button, 'popovertarget') ?? '');
				expect(target, `marker ${k + 1}, [${n}]`).toBe(items[n - 1]);
				expect(attr(target!, 'popover'), `marker ${k + 1}, [${n}]`).toBeDefined();
				// Its name says what it opens ("Source 3"), and the visible number is part of it (WCAG 2.5.3).
				expect(textOf(button)).toMatch(new RegExp(`^(Source|来源) \\[?${n}\\]?$`));
			}
		}
	});

	test("each reference's title and links are in the page once: the list entry is the preview", () => {
		for (const [i, id] of references.entries()) {
			const source = sourceById.get(id)!;
			expect(count(html, `${escaped(source.title)}<`), `reference ${i + 1} title`).toBe(1);
			expect(count(html, `href="${escaped(source.url)}"`), `reference ${i + 1} url`).toBe(1);
			// And that once is inside its entry.
			expect(decode(textOf(items[i]!))).toContain(source.title);
		}
	});

	test("each reference's back-links land on spots that cite it, the first of them included", () => {
		const spotIndex = new Map(markers.map((e, i) => [attr(e, 'id'), i]));
		for (const [i, id] of references.entries()) {
			const back = elements(items[i]!)
				.map((e) => attr(e, 'href'))
				.filter((href): href is string => Boolean(href?.startsWith('#cite-')))
				.map((href) => spotIndex.get(href.slice(1)));
			expect(back.length, `reference ${i + 1}`).toBeGreaterThan(0);
			for (const k of back) expect(k !== undefined && spots[k]!.includes(id), `reference ${i + 1} → spot ${k === undefined ? '?' : k + 1}`).toBe(true);
			expect(back).toContain(spots.findIndex((ids) => ids.includes(id)));
		}
	});
});
