/**
 * Byte budgets per built page (issue 6), compressed with gzip at level 9 —
 * what every static host can serve (brotli, which `npm run serve` prefers,
 * is smaller still, so these are upper bounds). Each file counts separately,
 * as it travels:
 * - HTML + render-blocking CSS <= 30 KB on every page, with no named exception: stylesheets are inlined (astro.config.mjs), so they count as part
 *   of the HTML; any linked stylesheet and its @imports is added;
 * - JavaScript before any chart nears the viewport (every script of the page,
 *   inline or not, module preloads, and their static imports) <= 5 KB;
 * - the chart chunk (a dynamic import whose files contain Chart.js) <= 65 KB;
 * - a page without a chart (no <canvas>) reaches no Chart.js code at all.
 * Which files load is read from the built files themselves: <script>, <link>,
 * then static `import`s followed file by file (src/lib/budgets/module-graph.ts).
 * The figures per page are written to tests/artifacts/budgets.{md,json}.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { importsOf } from '../../src/lib/budgets/module-graph.ts';
import { attr, byTag, loadPages, textOf, type BuiltPage } from '../support/html.ts';
import { DIST, PROJECT_ROOT } from '../support/project.ts';

const KB = 1024;
const BUDGET = { htmlAndCss: 30 * KB, jsUpFront: 5 * KB, chartChunk: 65 * KB };
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
// Error messages Chart.js keeps through minification: present in any bundle that contains it.
const CHART_JS = /can't acquire context from the given item|Canvas is already in use\. Chart with ID/;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** A site URL path (`/_astro/a.js`, with the base) → the file in dist/. */
function fileFor(urlPath: string): string {
	const path = decodeURIComponent(urlPath);
	if (!path.startsWith(BASE)) throw new Error(`${urlPath} is outside the base ${BASE}`);
	const file = join(DIST, path.slice(BASE.length));
	if (!existsSync(file)) throw new Error(`${urlPath} does not exist in ${DIST}`);
	return file;
}
const resolveUrl = (specifier: string, fromUrl: string) => new URL(specifier, `http://site${fromUrl}`).pathname;

interface Asset {
	url: string;
	code: string;
	gzip: number;
}
const assets = new Map<string, Asset>();
function asset(url: string): Asset {
	let found = assets.get(url);
	if (!found) {
		const code = readFileSync(fileFor(url), 'utf8');
		assets.set(url, (found = { url, code, gzip: gz(code) }));
	}
	return found;
}

/** `url` plus every file it imports statically, transitively. */
function staticClosure(urls: Iterable<string>, into = new Set<string>()): Set<string> {
	for (const url of urls) {
		if (into.has(url)) continue;
		into.add(url);
		staticClosure(
			importsOf(asset(url).code).static.map((s) => resolveUrl(s, url)),
			into,
		);
	}
	return into;
}

interface PageBudget {
	path: string;
	html: number;
	css: { url: string; gzip: number }[];
	/** Inline scripts (gzip of their text) and files loaded up front. */
	jsUpFront: { url: string; gzip: number }[];
	/** Groups of files loaded by dynamic import(), beyond what is already loaded. */
	lazy: { entry: string; files: { url: string; gzip: number }[]; chartJs: boolean }[];
	canvases: number;
	figures: string[];
}

function measure(page: BuiltPage): PageBudget {
	const pageUrl = `${BASE}${page.path.slice(1)}`;
	const entries: string[] = [];
	const inline: { url: string; gzip: number; code: string }[] = [];
	byTag(page, 'script').forEach((script, i) => {
		// Module scripts start after the first paint, from a data block naming their file (src/lib/page/deferred-scripts.ts).
		const src = attr(script, 'src') ?? attr(script, 'data-module');
		if (src) entries.push(resolveUrl(src, pageUrl));
		else if (!attr(script, 'type') || /^(module|text\/javascript)$/.test(attr(script, 'type')!)) {
			const code = textOf(script);
			inline.push({ url: `inline script #${i + 1}`, gzip: gz(code), code });
			entries.push(...importsOf(code).static.map((s) => resolveUrl(s, pageUrl)));
		}
	});
	for (const link of byTag(page, 'link')) if (attr(link, 'rel') === 'modulepreload') entries.push(resolveUrl(attr(link, 'href')!, pageUrl));
	const upFront = staticClosure(entries);

	const lazy: PageBudget['lazy'] = [];
	const loaded = new Set(upFront);
	const queue = [
		...inline.flatMap((s) => importsOf(s.code).dynamic.map((d) => resolveUrl(d, pageUrl))),
		...[...upFront].flatMap((url) => importsOf(asset(url).code).dynamic.map((d) => resolveUrl(d, url))),
	];
	while (queue.length > 0) {
		const entry = queue.shift()!;
		if (loaded.has(entry)) continue;
		const files = [...staticClosure([entry])].filter((url) => !loaded.has(url));
		for (const url of files) {
			loaded.add(url);
			queue.push(...importsOf(asset(url).code).dynamic.map((d) => resolveUrl(d, url)));
		}
		lazy.push({ entry, files: files.map((url) => ({ url, gzip: asset(url).gzip })), chartJs: files.some((url) => CHART_JS.test(asset(url).code)) });
	}

	const css: PageBudget['css'] = [];
	const cssSeen = new Set<string>();
	const addCss = (url: string) => {
		if (cssSeen.has(url)) return;
		cssSeen.add(url);
		css.push({ url, gzip: asset(url).gzip });
		for (const m of asset(url).code.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) addCss(resolveUrl(m[1]!, url));
	};
	for (const link of byTag(page, 'link')) {
		const media = attr(link, 'media');
		// A print-only (or disabled) stylesheet does not hold up the first paint.
		if (attr(link, 'rel') === 'stylesheet' && attr(link, 'disabled') === undefined && (!media || !/^\s*print\s*$/.test(media))) addCss(resolveUrl(attr(link, 'href')!, pageUrl));
	}

	return {
		path: page.path,
		html: gz(page.html),
		css,
		jsUpFront: [...inline.map(({ url, gzip }) => ({ url, gzip })), ...[...upFront].map((url) => ({ url, gzip: asset(url).gzip }))],
		lazy,
		canvases: byTag(page, 'canvas').length,
		figures: byTag(page, 'figure').map((f) => attr(f, 'id') ?? '(figure without id)'),
	};
}

const sum = (items: { gzip: number }[]) => items.reduce((total, item) => total + item.gzip, 0);
const list = (items: { url: string; gzip: number }[]) =>
	[...items]
		.sort((a, b) => b.gzip - a.gzip)
		.map((i) => `${i.url} ${kb(i.gzip)}`)
		.join(', ');

/** The figures of a page by compressed size, largest first: what to look at when the HTML is over budget. */
function largestFigures(page: BuiltPage): string {
	const sizes = [...page.html.matchAll(/<figure\b[^>]*\bid="([^"]+)"[\s\S]*?<\/figure>/g)].map((m) => ({ url: `#${m[1]}`, gzip: gz(m[0]) }));
	return sizes.length > 0 ? `; largest figures: ${list(sizes.sort((a, b) => b.gzip - a.gzip).slice(0, 3))}` : '';
}

const pages = loadPages(DIST).sort((a, b) => a.path.localeCompare(b.path));
const results = new Map<string, PageBudget>();

test('the built site has pages to measure', () => {
	expect(pages.length).toBeGreaterThan(10);
});

describe.each(pages.map((p) => p.path))('%s', (path) => {
	const page = pages.find((p) => p.path === path)!;
	const budget = () => {
		let b = results.get(path);
		if (!b) results.set(path, (b = measure(page)));
		return b;
	};

	test(`HTML + render-blocking CSS <= ${kb(BUDGET.htmlAndCss)} gzip, no page excepted`, () => {
		const { html, css } = budget();
		const total = html + sum(css);
		expect(total, `${path}: HTML ${kb(html)} + CSS ${kb(sum(css))} (${list(css)})${largestFigures(page)}`).toBeLessThanOrEqual(BUDGET.htmlAndCss);
	});

	test('ships no HTML comment (a source comment belongs in {/* */}, which Astro does not send)', () => {
		expect(page.html.match(/<!--[\s\S]*?-->/g) ?? []).toEqual([]);
	});

	test(`JavaScript before any chart nears the viewport <= ${kb(BUDGET.jsUpFront)} gzip, with no chart code`, () => {
		const { jsUpFront } = budget();
		expect(sum(jsUpFront), `${path}: ${list(jsUpFront)}`).toBeLessThanOrEqual(BUDGET.jsUpFront);
		const charty = jsUpFront.filter((f) => !f.url.startsWith('inline') && CHART_JS.test(asset(f.url).code));
		expect(charty.map((f) => f.url), `${path}: Chart.js is loaded up front`).toEqual([]);
	});

	test(`a chart chunk (dynamically imported Chart.js) <= ${kb(BUDGET.chartChunk)} gzip; no chart, no chart code`, () => {
		const { lazy, canvases, figures } = budget();
		const chart = lazy.filter((group) => group.chartJs);
		if (canvases === 0) {
			expect(chart.map((g) => `${g.entry} (${list(g.files)})`), `${path} has no chart (figures: ${figures.join(', ') || 'none'}) but can load chart code`).toEqual([]);
			return;
		}
		expect(chart.length, `${path} has ${canvases} chart canvas(es) but no dynamic import reaches Chart.js`).toBeGreaterThan(0);
		for (const group of chart) expect(sum(group.files), `${path}: chart chunk ${group.entry}: ${list(group.files)}`).toBeLessThanOrEqual(BUDGET.chartChunk);
	});
});

afterAll(() => {
	if (results.size === 0) return;
	const rows = [...results.values()].map((b) => ({
		page: b.path,
		htmlGzip: b.html,
		cssGzip: sum(b.css),
		htmlPlusCss: b.html + sum(b.css),
		jsUpFront: sum(b.jsUpFront),
		chartChunk: b.lazy.filter((g) => g.chartJs).reduce((max, g) => Math.max(max, sum(g.files)), 0) || null,
		otherLazyJs: sum(b.lazy.filter((g) => !g.chartJs).flatMap((g) => g.files)),
		canvases: b.canvases,
	}));
	const dir = join(PROJECT_ROOT, 'tests/artifacts');
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'budgets.json'), `${JSON.stringify({ compression: 'gzip -9', budgets: BUDGET, pages: rows }, null, '\t')}\n`);
	const line = (cells: (string | number | null)[]) => `| ${cells.join(' | ')} |`;
	const table = [
		`Budgets, gzip -9 bytes (limits: HTML+CSS ${BUDGET.htmlAndCss}, JS up front ${BUDGET.jsUpFront}, chart chunk ${BUDGET.chartChunk})`,
		'',
		line(['page', 'HTML', 'CSS', 'HTML+CSS', 'JS up front', 'chart chunk', 'other lazy JS', 'charts']),
		line(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
		...rows.map((r) => line([r.page, r.htmlGzip, r.cssGzip, r.htmlPlusCss, r.jsUpFront, r.chartChunk ?? '–', r.otherLazyJs || '–', r.canvases])),
	].join('\n');
	writeFileSync(join(dir, 'budgets.md'), `${table}\n`);
});
