/**
 * Figures on their own (issue 12), in the built site: every dataset has a
 * figure page and an embed page in both languages; the figure page's share
 * card is a 1200×630 PNG of the chart, and the PNG download exists in both
 * languages; the values Chart.js drew into each image (its Comment chunk)
 * are the dataset's; embed pages, and only they, may be framed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { figureDatasets } from '../../src/lib/dataset/figures.ts';
import { figurePublishers } from '../../src/integrations/figure-images.ts';
import { sourceLine } from '../../src/lib/chart/source-line.ts';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { parseCsp } from '../../src/lib/hosting/host-headers.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { loadPages, byTag, attr } from '../support/html.ts';
import { CONTENT_ROOT, DIST } from '../support/project.ts';

const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const { content } = validateContent(readContent(CONTENT_ROOT));
// Eight dataset files and the promise tracker's computed figure.
const figures = figureDatasets(content);
const sourcesById = new Map(content.sources.map((s) => [s.id, s]));
test('nine figures have pages', () => expect(figures).toHaveLength(9));
const pages = loadPages(DIST);
const pageAt = new Map(pages.map((p) => [p.path, p]));
const LANGS: Lang[] = ['en', 'zh'];
const prefix = (lang: Lang) => (lang === 'en' ? '/' : '/zh/');
const cases = figures.flatMap((dataset) => LANGS.map((lang) => [`${prefix(lang)}figures/${dataset.id}/`, dataset, lang] as const));

/** Width and height from a PNG's IHDR chunk (bytes 16–23), and its text chunks. */
function readPng(file: string): { width: number; height: number; text: Map<string, string> } {
	const png = readFileSync(file);
	expect(png.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
	const text = new Map<string, string>();
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const body = png.subarray(at + 8, at + 8 + length);
		const keyEnd = body.indexOf(0);
		if (type === 'tEXt') text.set(body.toString('latin1', 0, keyEnd), body.toString('latin1', keyEnd + 1));
		if (type === 'zTXt') text.set(body.toString('latin1', 0, keyEnd), inflateSync(body.subarray(keyEnd + 2)).toString('latin1'));
		if (type === 'iTXt') {
			let rest = keyEnd + 3;
			rest = body.indexOf(0, rest) + 1;
			rest = body.indexOf(0, rest) + 1;
			const raw = body.subarray(rest);
			text.set(body.toString('latin1', 0, keyEnd), (body[keyEnd + 1] === 1 ? inflateSync(raw) : raw).toString('utf8'));
		}
		at += 12 + length;
	}
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), text };
}

const metaContent = (path: string, property: string) => {
	const page = pageAt.get(path)!;
	const meta = byTag(page, 'meta').find((m) => attr(m, 'property') === property);
	return meta ? attr(meta, 'content') : undefined;
};
/** A site URL → the dist path it is served from. */
const distPath = (href: string) => new URL(href, 'https://site.example/').pathname.slice(BASE.length);

describe.each(cases)('%s', (path, dataset, lang) => {
	test('exists with the figure, its table, notes, downloads, and where it is used', () => {
		const page = pageAt.get(path);
		expect(page, path).toBeTruthy();
		expect(page!.html).toContain(`id="fig-${dataset.id}"`);
		expect(page!.html).toContain('<chart-figure');
		expect(byTag(page!, 'table').length).toBeGreaterThan(0);
		if (dataset.notes?.length) expect(page!.html).toContain('class="figure-notes"');
		const downloads = byTag(page!, 'a').filter((a) => attr(a, 'download') !== undefined).map((a) => distPath(attr(a, 'href')!));
		expect(downloads).toEqual([`data/${dataset.id}.csv`, `data/${dataset.id}.json`, `data/${dataset.id}.${lang}.png`]);
		expect(page!.html).toMatch(/id="used-in"/);
		const raw = byTag(page!, 'textarea').map((t) => (t.children ?? []).map((c: { value?: string }) => c.value ?? '').join(''))[0] ?? '';
		const snippet = raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
		expect(snippet).toMatch(new RegExp(`^<iframe src="https?://[^"]+${BASE}${lang === 'zh' ? 'zh/' : ''}embed/${dataset.id}/"`));
	});

	test('its share card is the chart: a 1200×630 PNG in the page language, with the values of the dataset', () => {
		const image = metaContent(path, 'og:image')!;
		expect(distPath(image)).toBe(`og/${lang}/figures/${dataset.id}.png`);
		const card = readPng(join(DIST, distPath(image)));
		expect([card.width, card.height]).toEqual([1200, 630]);
		expect(card.text.get('Title')).toBe(dataset.title[lang]);
		const download = join(DIST, `data/${dataset.id}.${lang}.png`);
		expect(readFileSync(download).equals(readFileSync(join(DIST, distPath(image)))), 'download = card').toBe(true);
		// Every value Chart.js drew, in any panel, is a dataset value and every dataset value was drawn once.
		const drawn = (JSON.parse(card.text.get('Comment')!) as { drawn: unknown[][][] }).drawn;
		const values = drawn.flat(2).filter((v) => v !== null);
		const expected = dataset.points.map((p) => (typeof p.value === 'number' ? p.value : [p.value.low, p.value.high]));
		const key = (v: unknown) => JSON.stringify(v);
		expect(values.map(key).sort()).toEqual(expected.map(key).sort());
		// Its source line, on one or two lines, names the first publishers and counts the rest: none is cut off.
		const sourceLines = (JSON.parse(card.text.get('Comment')!) as { sourceLines: string[] }).sourceLines;
		expect(sourceLines.length).toBeGreaterThanOrEqual(1);
		expect(sourceLines.length).toBeLessThanOrEqual(2);
		const squash = (text: string) => text.replace(/\s+/g, '');
		const publishers = figurePublishers(dataset, sourcesById, lang);
		const written = publishers.map((_, i) => sourceLine(publishers, lang, i + 1)).filter((line) => squash(line) === squash(sourceLines.join('')));
		expect(written, `${sourceLines.join(' / ')}`).toHaveLength(1);
		// A publisher named without spaces (加州大学圣巴巴拉分校, Reuters) is never broken across the two lines.
		for (const name of publishers.filter((p) => !/\s/.test(p) && sourceLines.join('').includes(p))) {
			expect(sourceLines.some((line) => line.includes(name)), `${name} broken: ${sourceLines.join(' / ')}`).toBe(true);
		}
		// Every line of a category name it drew is text of the figure page (its table), and none is cut with "…".
		const names = (JSON.parse(card.text.get('Comment')!) as { names: string[][][] }).names.flat(2);
		expect(names.length).toBeGreaterThan(0);
		const pageText = squash(pageAt.get(path)!.html.replace(/<[^>]+>/g, '').replace(/&quot;|&#34;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
		for (const line of names) {
			expect(line, 'a name cut in the image').not.toMatch(/…$/);
			expect(pageText, `"${line}" is not on the figure page`).toContain(squash(line));
		}
	});
});

test('every figure has an embed page in both languages, with its source line, a link back and the table', () => {
	for (const dataset of figures) {
		for (const lang of LANGS) {
			const page = pageAt.get(`${prefix(lang)}embed/${dataset.id}/`);
			expect(page, `${lang} embed ${dataset.id}`).toBeTruthy();
			expect(page!.html).toContain('class="figure-sources"');
			expect(page!.html).toContain(`${prefix(lang)}figures/${dataset.id}/`.replace(/^\//, ''));
			expect(byTag(page!, 'table').length).toBeGreaterThan(0);
			expect(byTag(page!, 'meta').some((m) => attr(m, 'name') === 'robots' && attr(m, 'content') === 'noindex')).toBe(true);
		}
	}
});

describe('framing (_headers)', () => {
	const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
	const ancestors = (path: string) => parseCsp(headersFor(rules, path).get('content-security-policy') ?? '').get('frame-ancestors');

	test('embed pages may be framed by any site', () => {
		const embeds = pages.filter((p) => /^\/(zh\/)?embed\//.test(p.path));
		expect(embeds).toHaveLength(figures.length * 2);
		for (const page of embeds) expect(ancestors(page.path), page.path).toEqual(['*']);
	});

	test("every other page keeps frame-ancestors 'none'", () => {
		const others = pages.filter((p) => p.path.endsWith('/') && !/^\/(zh\/)?embed\//.test(p.path));
		expect(others.length).toBeGreaterThan(20);
		for (const page of others) expect(ancestors(page.path), page.path).toEqual(["'none'"]);
	});

	test('the embed rules are the only ones that allow framing', () => {
		const allowing = rules.filter((r) => r.headers.some(([name, value]) => name === 'Content-Security-Policy' && !value.includes("frame-ancestors 'none'")));
		expect(allowing.map((r) => r.pattern).sort()).toEqual(['/embed/*', '/zh/embed/*']);
	});
});

test('the figure pages are in the sitemap; the embed pages are not', () => {
	// @astrojs/sitemap writes sitemap-index.xml and its part files; this site fits in one, sitemap-0.xml.
	const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	for (const dataset of figures) {
		expect(sitemap).toContain(`${BASE}figures/${dataset.id}/</loc>`);
		expect(sitemap).toContain(`${BASE}zh/figures/${dataset.id}/</loc>`);
	}
	expect(sitemap).not.toMatch(/\/embed\//);
	expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
});
