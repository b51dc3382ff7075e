/**
 * The site map in the built sites overview, both languages: one marker per site
 * in the data, each a link to the site's own page; ranges and unknowns drawn as
 * specified; the table under the map lists every site with its place, developer,
 * capacity and status, each row the site's entry (`#site-<id>`) linking to its
 * page; sources and the CSV download resolve; no script, no inline style.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { LANGS } from '../../src/schemas/common.ts';
import { loadContent } from '../../src/content-model/index.ts';
import { t } from '../../src/i18n/ui.ts';
import { formatDate, formatValue } from '../../src/lib/format.ts';
import { radiusForMw, UNKNOWN_RADIUS } from '../../src/lib/map/markers.ts';
import { mapAsOf } from '../../src/lib/map/model.ts';
import { listText } from '../../src/lib/format.ts';
import { DIST } from '../support/project.ts';

const { sites, partners } = loadContent();
const sitePage = (lang: string, id: string) => `${lang === 'en' ? '' : '/zh'}/sites/${id}/`;
const sitePageExists = (path: string) => existsSync(join(DIST, path, 'index.html'));
const round1 = (n: number) => String(Math.round(n * 10) / 10);

function elementsOf(root: Node): Node[] {
	const out: Node[] = [];
	walkSync(root, (node) => {
		if (node.type === ELEMENT_NODE) out.push(node);
	});
	return out;
}
const attr = (node: Node, name: string): string | undefined => node.attributes?.[name];
const classes = (node: Node) => (attr(node, 'class') ?? '').split(/\s+/);
const decode = (s: string) =>
	s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _);
const textOf = (node: Node): string => decode((node.children ?? []).map((c: Node) => (c.type === ELEMENT_NODE ? textOf(c) : (c.value ?? ''))).join(''));

function load(file: string) {
	const html = readFileSync(join(DIST, file), 'utf8');
	const all = elementsOf(parse(html));
	const figure = all.find((e) => attr(e, 'id') === 'fig-site-map');
	if (!figure) throw new Error(`${file}: no #fig-site-map`);
	const start = html.indexOf('<figure id="fig-site-map"');
	return { html, all, figure, inside: elementsOf(figure), raw: html.slice(start, html.indexOf('</figure>', start) + 9) };
}

describe.each(LANGS)('sites article (%s)', (lang) => {
	const page = load(lang === 'en' ? 'sites/index.html' : 'zh/sites/index.html');
	const markers = page.inside.filter((e) => e.name === 'a' && classes(e).includes('map-site'));
	const markerOf = (id: string) => markers.find((m) => attr(m, 'href') === sitePage(lang, id))!;

	test('has a US panel and a world panel, each an inline SVG', () => {
		const svgs = page.inside.filter((e) => e.name === 'svg' && classes(e).includes('map-svg'));
		expect(svgs).toHaveLength(2);
		expect(page.inside.filter((e) => classes(e).includes('map-panel')).map((e) => classes(e)[1])).toEqual(['map-panel-us', 'map-panel-world']);
	});

	test("has exactly one marker per site in the data, each linking to the site's own page", () => {
		expect(markers.map((m) => attr(m, 'href')).sort()).toEqual(sites.map((s) => sitePage(lang, s.id)).sort());
		for (const marker of markers) expect(sitePageExists(attr(marker, 'href')!), attr(marker, 'href')).toBe(true);
		// US sites on the US panel, the rest on the world panel.
		const us = page.inside.find((e) => classes(e).includes('map-panel-us'))!;
		expect(elementsOf(us).filter((e) => classes(e).includes('map-site')).map((e) => attr(e, 'href')).sort()).toEqual(
			sites
				.filter((s) => s.country === 'US')
				.map((s) => sitePage(lang, s.id))
				.sort(),
		);
	});

	test("each marker's name says its number, the site, its capacity and its status", () => {
		const abilene = markerOf('abilene');
		expect(attr(abilene, 'aria-label')).toBe(
			lang === 'en' ? '1. Abilene, Texas (Stargate I): 1,200 MW, operating' : '1. 得克萨斯州阿比林（星际之门一号园区）：1200兆瓦，运营中',
		);
		for (const site of sites) expect(decode(attr(markerOf(site.id), 'aria-label')!)).toContain(site.name[lang]);
	});

	test('each marker\'s name contains both of its visible labels, the number and the short name (WCAG 2.5.3)', () => {
		for (const [i, site] of sites.entries()) {
			const marker = markerOf(site.id);
			const label = decode(attr(marker, 'aria-label')!);
			const shown = (variant: string) => textOf(elementsOf(marker).find((e) => classes(e).includes(`lbl-${variant}`))!).trim();
			// The number is the site's row in the table under the map (1-based, data order).
			expect(shown('narrow'), site.id).toBe(String(i + 1));
			expect(label.startsWith(`${i + 1}. `), label).toBe(true);
			expect(label, site.id).toContain(shown('wide'));
		}
	});

	test('a range is a disc (low) inside a ring (high); an unknown capacity is a dashed, fixed-size circle', () => {
		const ranged = sites.filter((s) => s.capacityMw && typeof s.capacityMw.value !== 'number');
		const unknown = sites.filter((s) => !s.capacityMw);
		expect(ranged.length + unknown.length).toBeGreaterThan(0);
		for (const site of ranged) {
			const value = site.capacityMw!.value as { low: number; high: number };
			const parts = elementsOf(markerOf(site.id));
			expect(attr(parts.find((e) => classes(e).includes('map-range'))!, 'r')).toBe(round1(radiusForMw(value.high)));
			expect(attr(parts.find((e) => classes(e).includes('map-mark'))!, 'r')).toBe(round1(radiusForMw(value.low)));
		}
		for (const site of unknown) {
			const mark = elementsOf(markerOf(site.id)).find((e) => classes(e).includes('map-mark'))!;
			expect(classes(mark)).toContain('is-dashed');
			expect(attr(mark, 'r')).toBe(String(UNKNOWN_RADIUS));
		}
		// Known single figures: area ∝ MW.
		const single = sites.filter((s) => typeof s.capacityMw?.value === 'number');
		for (const site of single) {
			const mark = elementsOf(markerOf(site.id)).find((e) => classes(e).includes('map-mark'))!;
			expect(attr(mark, 'r')).toBe(round1(radiusForMw(site.capacityMw!.value as number)));
		}
	});

	test("the table under the map lists every site with place, developer, capacity and status, each row the site's entry linking to its page", () => {
		const rows = page.inside.filter((e) => e.name === 'tr' && attr(e, 'id')?.startsWith('site-'));
		expect(rows.map((r) => attr(r, 'id'))).toEqual(sites.map((s) => `site-${s.id}`));
		const developers = (ids: string[]) => listText(ids.map((id) => partners.find((p) => p.id === id)!.name[lang]), lang);
		for (const [i, site] of sites.entries()) {
			const cells = (rows[i]!.children ?? []).filter((c: Node) => c.type === ELEMENT_NODE).map(textOf);
			const capacity = site.capacityMw ? formatValue(site.capacityMw.value, 'mw', lang, { qualifier: site.capacityMw.qualifier }) : t(lang, 'map.capacityUnknown');
			expect(attr(rows[i]!, 'id')).toBe(`site-${site.id}`);
			const link = elementsOf(rows[i]!).find((e) => e.name === 'a')!;
			expect(attr(link, 'href')).toBe(sitePage(lang, site.id));
			expect(textOf(link)).toBe(site.name[lang]);
			expect(cells[0]).toBe(String(i + 1));
			expect(cells[1]!.startsWith(site.name[lang])).toBe(true);
			expect(cells[1]).toContain(site.region[lang]);
			expect(cells[1]).toContain(developers(site.developers));
			expect(cells[2]!.startsWith(capacity)).toBe(true);
			if (site.capacityMw) expect(cells[2]).toContain(formatDate(site.capacityMw.stated, lang));
			expect(cells[3]!.startsWith(t(lang, `figure.status.${site.status.value}`))).toBe(true);
			expect(cells[3]).toContain(formatDate(site.status.asOf, lang));
		}
		const text = rows.map(textOf).join('\n');
		expect(text).toContain(lang === 'en' ? '1,200 MW' : '1200兆瓦');
		expect(text).toContain(lang === 'en' ? '700–900 MW' : '700–900兆瓦');
		expect(text).toContain(lang === 'en' ? 'not published' : '未公布');
	});

	test('has the figure conventions: copy-link, as-of date, notes, sources, CSV', () => {
		const anchor = page.inside.find((e) => e.name === 'a' && classes(e).includes('heading-anchor'))!;
		expect(attr(anchor, 'href')).toBe('#fig-site-map');
		expect(textOf(anchor)).toContain(t(lang, 'figure.anchorLabel', { title: t(lang, 'map.title') }));
		const text = textOf(page.figure);
		expect(text).toContain(t(lang, 'figure.asOf', { date: formatDate(mapAsOf(sites), lang) }));
		expect(text).toContain(t(lang, 'map.notePoints'));
		// Every site's sources are on its own page (tests/dist/site-pages.test.ts), which each marker and row links to.
		expect(textOf(page.inside.find((e) => classes(e).includes('figure-sources'))!)).toContain(t(lang, 'map.sourcesPerSite'));
		const csv = page.inside.find((e) => e.name === 'a' && attr(e, 'href')?.endsWith('data/sites.csv'))!;
		expect(attr(csv, 'download')).toBeDefined();
	});

	test('needs no script and no inline style, and stays small', () => {
		expect(page.inside.filter((e) => e.name === 'script')).toEqual([]);
		expect(page.inside.filter((e) => attr(e, 'style') !== undefined)).toEqual([]);
		// 15 sites since the two Korean ones, with the map's correction link; the sources per site moved to the site pages.
		expect(gzipSync(page.raw, { level: 9 }).length).toBeLessThan(8.5 * 1024);
	});
});

test("old links to a site's section (`/sites/#site-<id>`) land on its row, in both languages", () => {
	for (const lang of LANGS) {
		const page = load(lang === 'en' ? 'sites/index.html' : 'zh/sites/index.html');
		for (const site of sites) {
			const entry = page.all.find((e) => attr(e, 'id') === `site-${site.id}`);
			expect(entry?.name, site.id).toBe('tr');
			expect(elementsOf(entry!).some((e) => e.name === 'a' && attr(e, 'href') === sitePage(lang, site.id))).toBe(true);
		}
	}
});

test('the CSV download lists every site with its coordinates and sources (UTF-8 with BOM)', () => {
	const csv = readFileSync(join(DIST, 'data/sites.csv'), 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const lines = csv.slice(1).trimEnd().split('\r\n');
	expect(lines).toHaveLength(sites.length + 1);
	expect(lines[0]).toMatch(/^id,name_en,name_zh,country,region_en,region_zh,lat,lon,/);
	for (const [i, site] of sites.entries()) {
		expect(lines[i + 1]).toMatch(new RegExp(`^${site.id},`));
		expect(lines[i + 1]).toContain(`,${site.location.lat},${site.location.lon},`);
		for (const id of site.location.sources) expect(lines[i + 1]).toContain(id);
	}
});
