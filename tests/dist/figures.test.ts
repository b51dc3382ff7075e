/**
 * Every figure in the built pages (dist/): its id, copy link, unit, "as of",
 * a table of exactly the dataset's values formatted for the page's language,
 * source links that land on #src-... ids of the sources page, downloads that
 * exist, and chart panels whose reserved height and aria-label match the data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import type { Lang } from '../../src/schemas/common.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import { chartModel } from '../../src/lib/chart/model.ts';
import { chartSummaries } from '../../src/lib/chart/summary.ts';
import { datasetSourceIds, pointUnit } from '../../src/lib/dataset/table.ts';
import { formatDate, formatValue, unitLabel } from '../../src/lib/format.ts';
import { scanComponentRefs } from '../../src/lib/article/mdx-scan.ts';
import { t } from '../../src/i18n/ui.ts';
import { trackerDataset } from '../../src/lib/promises/dataset.ts';
import { loadPages, type BuiltPage } from '../support/html.ts';
import { CONTENT_ROOT, DIST } from '../support/project.ts';

const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const { content } = validateContent(readContent(CONTENT_ROOT));
// The promise tracker's figure is computed from content/promises.yaml, not read from a dataset file.
const datasets = new Map([...content.datasets, trackerDataset(content)].map((d) => [d.id, d]));
const pages = loadPages(DIST);
const pageAt = new Map(pages.map((p) => [p.path, p]));
const documents = new Map<string, Node>();
const documentOf = (page: BuiltPage) => documents.get(page.path) ?? documents.set(page.path, parse(page.html)).get(page.path)!;

const decode = (text: string) =>
	text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
const text = (node: Node | undefined): string =>
	node ? decode((node.children ?? []).map((c: Node) => (c.type === ELEMENT_NODE ? text(c) : c.type === TEXT_NODE ? c.value : '')).join('')) : '';
const attr = (node: Node | undefined, name: string): string | undefined => {
	const value = node?.attributes?.[name];
	return value === undefined ? undefined : decode(String(value));
};
const all = (node: Node, selector: string): Node[] => querySelectorAll(node, selector);
const one = (node: Node, selector: string): Node | undefined => querySelector(node, selector) ?? undefined;

/** A site URL with base → its path without base, `#fragment` split off. */
function sitePath(href: string): { path: string; fragment: string } {
	const url = new URL(href, 'http://site/');
	expect(url.pathname.startsWith(BASE), `${href} is under ${BASE}`).toBe(true);
	return { path: `/${url.pathname.slice(BASE.length)}`, fragment: decodeURIComponent(url.hash.slice(1)) };
}

interface PlacedFigure {
	page: BuiltPage;
	lang: Lang;
	node: Node;
	dataset: Dataset;
}
const figures: PlacedFigure[] = pages.flatMap((page) => {
	const lang: Lang = page.path.startsWith('/zh/') ? 'zh' : 'en';
	return all(documentOf(page), 'figure')
		.filter((node) => one(node, 'chart-figure'))
		.map((node) => {
			const id = attr(node, 'id') ?? '';
			const dataset = datasets.get(id.replace(/^fig-/, ''));
			if (!dataset) throw new Error(`${page.path}: figure ${id} names no dataset`);
			return { page, lang, node, dataset };
		});
});
const label = (f: PlacedFigure) => `${f.page.path}#${attr(f.node, 'id')}`;

test('six or more figures are live, the same ones in English and Chinese', () => {
	const ids = (lang: Lang) => [...new Set(figures.filter((f) => f.lang === lang).map((f) => attr(f.node, 'id')))].sort();
	expect(ids('en').length).toBeGreaterThanOrEqual(6);
	expect(ids('zh')).toEqual(ids('en'));
});

test('every <Figure id> in an article is on its built page, as #fig-<dataset id>', () => {
	for (const article of content.articles) {
		const page = pageAt.get(article.lang === 'en' ? `/${article.slug}/` : `/zh/${article.slug}/`);
		expect(page, `${article.file} is built`).toBeDefined();
		const onPage = figures.filter((f) => f.page === page).map((f) => attr(f.node, 'id'));
		for (const ref of scanComponentRefs(article.body, ['Figure'])) expect(onPage).toContain(`fig-${ref.id}`);
	}
});

describe.each(figures.map((f) => [label(f), f] as const))('%s', (_name, figure) => {
	const { node, dataset, lang } = figure;
	const id = `fig-${dataset.id}`;

	test('has its title, a copy link to #fig-<id>, every unit and the "as of" date', () => {
		expect(text(one(node, '.figure-title'))).toBe(dataset.title[lang]);
		const anchor = one(node, 'a.heading-anchor');
		expect(attr(anchor, 'href')).toBe(`#${id}`);
		expect(text(one(anchor!, '.sr-only'))).toBe(t(lang, 'figure.anchorLabel', { title: dataset.title[lang] }));
		const meta = text(one(node, '.figure-meta'));
		for (const unit of new Set(dataset.points.map((p) => pointUnit(dataset, p)))) expect(meta).toContain(unitLabel(unit, lang));
		expect(meta).toContain(formatDate(dataset.asOf, lang));
	});

	test('its table holds exactly the dataset values, formatted for the page language', () => {
		const rows = all(node, '.figure-table tr').filter((row) => one(row, 'td'));
		expect(rows).toHaveLength(dataset.points.length);
		rows.forEach((row, i) => {
			const point = dataset.points[i]!;
			expect(text(one(row, 'th')).startsWith(point.label[lang])).toBe(true);
			const value = text(one(row, 'td.num'));
			expect(value).toBe(formatValue(point.value, pointUnit(dataset, point), lang, { qualifier: point.qualifier }));
			const sourceIds = all(row, 'a').map((a) => sitePath(attr(a, 'href')!).fragment);
			expect(sourceIds).toEqual(point.sources.map((s) => `src-${s}`));
			expect(text(row)).toContain(formatDate(point.stated, lang));
		});
	});

	test('every source link lands on a #src-... record of a sources page (its year) in the same language', () => {
		const links = all(node, 'a').filter((a) => attr(a, 'href')?.includes('#src-'));
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) {
			const { path, fragment } = sitePath(attr(link, 'href')!);
			expect(path).toMatch(lang === 'en' ? /^\/sources\/(\d{4}|before-2025)\/$/ : /^\/zh\/sources\/(\d{4}|before-2025)\/$/);
			const target = pageAt.get(path);
			expect(target, `${path} exists`).toBeDefined();
			expect(all(documentOf(target!), `#${fragment}`).length, `${fragment} on ${path}`).toBe(1);
		}
		const lineIds = all(one(node, '.figure-sources')!, 'a').map((a) => sitePath(attr(a, 'href')!).fragment);
		expect(lineIds).toEqual(datasetSourceIds(dataset).map((s) => `src-${s}`));
	});

	test('CSV and JSON downloads resolve to files in dist (no trailing slash), with every point', () => {
		const hrefs = all(node, '.figure-actions a[download]').map((a) => attr(a, 'href')!);
		expect(hrefs.map((h) => sitePath(h).path)).toEqual([`/data/${dataset.id}.csv`, `/data/${dataset.id}.json`, `/data/${dataset.id}.${lang}.png`]);
		expect(existsSync(join(DIST, sitePath(hrefs[2]!).path)), 'the chart as PNG').toBe(true);
		const [csvFile, jsonFile] = hrefs.map((h) => join(DIST, sitePath(h).path));
		expect(existsSync(csvFile!) && existsSync(jsonFile!)).toBe(true);
		const csv = readFileSync(csvFile!, 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.trimEnd().split('\r\n')).toHaveLength(dataset.points.length + 1);
		const json = JSON.parse(readFileSync(jsonFile!, 'utf8')) as { id: string; points: unknown[]; sources: { id: string; url: string }[] };
		expect(json.id).toBe(dataset.id);
		expect(json.points).toHaveLength(dataset.points.length);
		expect(json.sources.map((s) => s.id)).toEqual(datasetSourceIds(dataset));
	});

	test('chart panels: one canvas each, role="img", a summary in the page language, a reserved height', () => {
		const model = chartModel(dataset, lang);
		const element = one(node, 'chart-figure')!;
		expect(JSON.parse(text(one(element, 'script[type="application/json"][data-chart-model]')))).toEqual(model);
		const canvases = all(node, '.chart-box canvas');
		expect(canvases).toHaveLength(model.panels.length);
		const summaries = chartSummaries(model, dataset.title[lang]);
		canvases.forEach((canvas, i) => {
			expect(attr(canvas, 'role')).toBe('img');
			expect(attr(canvas, 'aria-label')).toBe(summaries[i]);
		});
		const boxes = all(node, '.chart-box').map((b) => attr(b, 'class'));
		expect(boxes).toEqual(model.panels.map((p) => `chart-box chart-h-${p.height} chart-hn-${p.narrowHeight}`));
		const buttons = all(node, '.figure-views button');
		expect(buttons.map((b) => [attr(b, 'data-view'), attr(b, 'aria-pressed')])).toEqual([
			['chart', 'true'],
			['table', 'false'],
		]);
	});
});

test('every reserved chart height has its CSS rule in the stylesheet of the page that draws it', () => {
	// Stylesheets are inlined into each page (astro.config.mjs), so a page carries the rules it needs.
	const cssOf = (page: BuiltPage) => [...page.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
	for (const f of figures) {
		const css = cssOf(f.page);
		for (const panel of chartModel(f.dataset, f.lang).panels) {
			expect(css, label(f)).toMatch(new RegExp(`\\.chart-h-${panel.height}\\{height:${panel.height}rem\\}`));
			expect(css, label(f)).toMatch(new RegExp(`\\.chart-hn-${panel.narrowHeight}\\{height:${panel.narrowHeight}rem\\}`));
		}
		expect(css, label(f)).toMatch(/@media \(scripting:\s?none\)/);
	}
});

test('a page without figures carries no figure script or model', () => {
	const bare = pages.filter((p) => !figures.some((f) => f.page === p) && p.path.endsWith('/') && !p.html.includes('<canvas'));
	expect(bare.length).toBeGreaterThan(0);
	// The markup, not the inlined stylesheet (which may name the element in a shared rule).
	for (const page of bare) expect(page.html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''), page.path).not.toMatch(/<chart-figure|data-model=/);
});
