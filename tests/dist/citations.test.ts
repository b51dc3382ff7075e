/**
 * Citation numbers in the built articles, both languages, against an
 * expectation read straight from the MDX text (not from the code that numbers
 * them): reference n is the n-th distinct source the article cites; a marker
 * shows the numbers of the `<Cite>` tags written at its spot (tags separated by
 * whitespace only share one marker); its preview names and links exactly those
 * references; and each reference's back-links land on markers that cite it.
 * An off-by-one anywhere in that chain fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { ARTICLE_SLUGS } from '../../src/schemas/article.ts';
import { CONTENT_ROOT, DIST } from '../support/project.ts';

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
/** `[3, 4]` → [3, 4]: the numbers a marker or preview item shows. */
const numbersIn = (text: string) => (/\[([\d,\s]+)\]/.exec(text)?.[1] ?? '').split(',').map((n) => Number(n.trim())).filter((n) => n > 0);

const cases = ARTICLE_SLUGS.flatMap((slug) => (['en', 'zh'] as const).map((lang) => [lang, slug] as const));

describe.each(cases)('%s %s', (lang, slug) => {
	const spots = citedSpots(readFileSync(join(CONTENT_ROOT, 'articles', lang, `${slug}.mdx`), 'utf8'));
	/** Reference n (1-based) is the n-th distinct source in the order the text first cites them. */
	const references = [...new Set(spots.flat())];
	const all = elements(parse(readFileSync(join(DIST, lang === 'en' ? '' : 'zh', slug, 'index.html'), 'utf8')));
	const byId = new Map(all.filter((e) => attr(e, 'id')).map((e) => [attr(e, 'id')!, e]));
	const markers = all.filter((e) => e.name === 'button' && hasClass(e, 'cite-marker'));
	/** The citing spots, in document order: each marker is one (back-links land on its id). */
	const spotElements = markers;

	test('the article cites sources', () => {
		expect(references.length).toBeGreaterThan(10);
	});

	test('reference n in the list is the n-th distinct source the text cites', () => {
		const list = all.find((e) => e.name === 'section' && hasClass(e, 'references'))!;
		const items = elements(list).filter((e) => e.name === 'li' && attr(e, 'id')?.startsWith('ref-'));
		expect(items.map((li) => attr(li, 'id'))).toEqual(references.map((id) => `ref-${id}`));
		// Each entry links to its own record on the sources page.
		for (const [i, li] of items.entries()) expect(elements(li).map((e) => attr(e, 'href'))).toContain(`${lang === 'zh' ? '/zh' : ''}/sources/#src-${references[i]}`);
	});

	test('marker k, in text order, shows the numbers of the sources cited at spot k, ascending', () => {
		const shown = markers.map((m) => numbersIn(textOf(m)));
		expect(shown).toEqual(spots.map((ids) => ids.map((id) => references.indexOf(id) + 1).sort((a, b) => a - b)));
	});

	test("each marker's preview lists and links exactly the references its numbers name", () => {
		expect(markers.length).toBe(spots.length);
		for (const [k, marker] of markers.entries()) {
			const preview = byId.get(attr(marker, 'popovertarget') ?? '');
			expect(preview, `marker ${k + 1} opens a preview`).toBeDefined();
			const items = elements(preview!).filter((e) => hasClass(e, 'cite-item'));
			expect(items.map((item) => numbersIn(textOf(elements(item).find((e) => hasClass(e, 'cite-item-n'))!))[0]), `marker ${k + 1}`).toEqual(
				numbersIn(textOf(marker)),
			);
			for (const item of items) {
				const n = numbersIn(textOf(elements(item).find((e) => hasClass(e, 'cite-item-n'))!))[0]!;
				const link = elements(item).find((e) => hasClass(e, 'cite-item-ref'))!;
				expect(attr(link, 'href'), `marker ${k + 1}, item [${n}]`).toBe(`#ref-${references[n - 1]}`);
				expect(textOf(link)).toContain(String(n));
			}
		}
	});

	test("each reference's back-links land on spots that cite it, the first of them included", () => {
		expect(spotElements.length).toBe(spots.length);
		const spotIndex = new Map(spotElements.map((e, i) => [attr(e, 'id'), i]));
		for (const [i, id] of references.entries()) {
			const li = byId.get(`ref-${id}`)!;
			const back = elements(li)
				.map((e) => attr(e, 'href'))
				.filter((href): href is string => Boolean(href?.startsWith('#cite-')))
				.map((href) => spotIndex.get(href.slice(1)));
			expect(back.length, `reference ${i + 1}`).toBeGreaterThan(0);
			for (const k of back) expect(k !== undefined && spots[k]!.includes(id), `reference ${i + 1} → spot ${k === undefined ? '?' : k + 1}`).toBe(true);
			expect(back).toContain(spots.findIndex((ids) => ids.includes(id)));
		}
	});
});
