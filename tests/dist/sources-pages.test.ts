/**
 * The sources pages as a reader and a fact-checker meet them (issue 14 split the single page, see
 * src/lib/sources/pages.ts): every record has one full entry on the year page sourceHref names, with its
 * links, note and "cited in" line; /sources/ keeps a line under every record's `src-<id>` anchor (the
 * address links in the wild use) that links to that entry; every link to a record, from any page, lands
 * on an element with that id; each page is within the 30 KB budget; the downloads are linked and exist.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ELEMENT_NODE, type Node } from 'ultrahtml';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { sourceHref, sourcePagePath, sourcePages } from '../../src/lib/sources/pages.ts';
import { sourceAnchor } from '../../src/lib/urls.ts';
import { attr, idsOf, loadPages, textOf, type BuiltPage } from '../support/html.ts';
import { CONTENT_ROOT, DIST } from '../support/project.ts';

const { content } = validateContent(readContent(CONTENT_ROOT));
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = loadPages(DIST);
const pageAt = new Map(pages.map((p) => [p.path, p]));
const hasClass = (e: Node, name: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);
const descendants = (node: Node): Node[] =>
	(node.children ?? []).filter((c: Node) => c.type === ELEMENT_NODE).flatMap((c: Node) => [c, ...descendants(c)]);
/** A site href (with base), as found on the page at `from` → the path without base and the fragment. */
function split(href: string, from = '/'): { path: string; fragment: string } {
	const url = new URL(href, `http://site${BASE}${from.slice(1)}`);
	return { path: `/${decodeURIComponent(url.pathname).slice(BASE.length)}`, fragment: decodeURIComponent(url.hash.slice(1)) };
}
const decode = (s: string) =>
	s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** Text as read: entities decoded, white space collapsed. */
const text = (node: Node) => decode(textOf(node)).replace(/\s+/g, ' ');
const flat = (s: string) => s.replace(/\s+/g, ' ');
const byId = (page: BuiltPage, id: string) => page.elements.find((e) => attr(e, 'id') === id);

describe.each(['en', 'zh'] as const)('%s', (lang) => {
	const prefix = lang === 'en' ? '/' : '/zh/';
	const index = pageAt.get(`${prefix}sources/`)!;
	const yearPages = sourcePages(content.sources).map((p) => ({ ...p, built: pageAt.get(sourcePagePath(lang, p.key))! }));

	test('there is one page per year of publication, and together they hold every record once', () => {
		expect(index).toBeDefined();
		for (const page of yearPages) expect(page.built, page.key).toBeDefined();
		const entries = yearPages.flatMap((p) => p.built.elements.filter((e) => e.name === 'li' && attr(e, 'id')?.startsWith('src-')).map((e) => attr(e, 'id')));
		expect(entries.sort()).toEqual(content.sources.map((s) => sourceAnchor(s.id)).sort());
	});

	test('each full entry is on the page sourceHref names, with its source links, note and "cited in" line', () => {
		for (const source of content.sources) {
			const { path, fragment } = split(`${BASE}${sourceHref(source, lang).slice(1)}`);
			const entry = byId(pageAt.get(path)!, fragment);
			expect(entry, `${source.id} on ${path}`).toBeDefined();
			const inside = descendants(entry!);
			const ref = inside.find((e) => hasClass(e, 'source-ref'));
			expect(attr(ref!, 'data-source-id')).toBe(source.id);
			expect(text(ref!)).toContain(flat(source.title));
			const outbound = inside.filter((e) => e.name === 'a' && /^https:/.test(attr(e, 'href') ?? '')).map((a) => decode(attr(a, 'href')!));
			expect(outbound, source.id).toContain(source.url);
			if (source.note) expect(text(entry!)).toContain(flat(source.note[lang]));
			expect(text(entry!)).toMatch(lang === 'en' ? /Cited in: \S/ : /引用于：\S/);
		}
	});

	test('/sources/ keeps a line under every record’s anchor, and its link opens the full entry', () => {
		for (const source of content.sources) {
			const line = byId(index, sourceAnchor(source.id));
			expect(line, source.id).toBeDefined();
			const link = descendants(line!).find((e) => e.name === 'a')!;
			expect(split(attr(link, 'href')!)).toEqual(split(`${BASE}${sourceHref(source, lang).slice(1)}`));
			expect(text(link)).toBe(flat(source.title));
		}
	});

	test('the index and every year page link to each other, and the index links the CSV and JSON downloads', () => {
		for (const from of [index, ...yearPages.map((p) => p.built)]) {
			const hrefs = new Set(from.elements.filter((e) => e.name === 'a').map((a) => split(attr(a, 'href')!).path));
			for (const to of [index, ...yearPages.map((p) => p.built)]) expect(hrefs, `${from.path} -> ${to.path}`).toContain(to.path);
		}
		const downloads = index.elements.filter((e) => e.name === 'a' && attr(e, 'download') !== undefined).map((a) => split(attr(a, 'href')!).path);
		expect(downloads).toEqual(['/data/sources.csv', '/data/sources.json']);
		for (const file of downloads) expect(existsSync(join(DIST, file)), file).toBe(true);
	});

	test('every page of the sources is within 30 KB gzip, HTML with its inline CSS', () => {
		for (const page of [index, ...yearPages.map((p) => p.built)]) expect(gzipSync(page.html, { level: 9 }).length, page.path).toBeLessThanOrEqual(30 * 1024);
	});
});

test('every link to a source record, from any page, lands on an element with that id', () => {
	const broken: string[] = [];
	let checked = 0;
	for (const page of pages) {
		for (const a of page.elements.filter((e) => e.name === 'a' && /#src-/.test(attr(e, 'href') ?? ''))) {
			const { path, fragment } = split(attr(a, 'href')!, page.path);
			const target = pageAt.get(path);
			checked++;
			if (!target || !idsOf(target).has(fragment)) broken.push(`${page.path}: ${attr(a, 'href')}`);
		}
	}
	expect(checked).toBeGreaterThan(content.sources.length);
	expect(broken).toEqual([]);
});
