/**
 * The layout rule, measured in Chromium from Chart.js's own geometry: every
 * figure on every article page, both languages, at 320, 390, 768 and 1280 px,
 * light and dark. For each drawn panel:
 * - every non-null value is a bar of visible extent (at least 1 px);
 * - no two labels overlap (tick labels of both axes, from each scale's label
 *   items, and the value labels the valueLabels plugin drew), and no label
 *   covers a bar;
 * - every label lies inside the canvas;
 * - the plot area keeps at least half the canvas's width (and, for columns, 40% of its height);
 * - no figure reports a renderer failure (`data-chart-error`) or a console error;
 * - small multiples side by side start their charts level, whatever their titles' lengths.
 * The values Chart.js drew in the browser equal those drawn into the build-time
 * PNG (its Comment chunk). Screenshots of every figure at 390 px in both
 * languages go to tests/artifacts/figures/, and of the figures of /funding/ and
 * /energy/ (both languages) at 390 and 1280 px in both themes to tests/artifacts/charts/.
 *
 * Fast: each article page is loaded once, measured at every width in the light
 * theme, then switched to dark with the reader's theme toggle (charts re-colour
 * in place). The dark theme changes colours only, so in dark the page is measured
 * at 390 px (and at 1280 px where screenshots are taken) and every panel's
 * geometry must equal the light theme's at that width: any label or bar the dark
 * theme moved fails. Reduced motion, so charts draw without animation; waits are
 * on the charts' own `data-drawn` and sizes.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { loadPages } from '../support/html.ts';
import { DIST, PROJECT_ROOT } from '../support/project.ts';
import { chartsDone, nextPaint, REVIEW_SHOTS, reviewShot, unstickHeader, useSite, watchProblems } from '../support/e2e.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'tests/artifacts/figures');
/** Pictures for review of two articles in both languages and themes, phone and desktop (390 px light is in ARTIFACTS). */
const CHART_SHOTS = join(PROJECT_ROOT, 'tests/artifacts/charts');
const CHART_SHOT_PAGES = new Set(['/funding/', '/energy/', '/zh/funding/', '/zh/energy/']);
const WIDTHS = [320, 390, 768, 1280] as const;
const THEMES = ['light', 'dark'] as const;
/** Widths measured again in the dark theme: a phone, and the desktop where chart screenshots are taken. */
const darkWidths = (path: string) => (CHART_SHOT_PAGES.has(path) ? [1280, 390] : [390]);
/** Article pages with figures (not the figure and embed pages, which show the same component alone). */
const figurePages = loadPages(DIST)
	.filter((p) => p.html.includes('<chart-figure') && !/\/(figures|embed)\//.test(p.path))
	.map((p) => p.path)
	.sort();

const site = useSite();
const consoleErrors: string[] = [];

beforeAll(() => {
	mkdirSync(ARTIFACTS, { recursive: true });
	mkdirSync(CHART_SHOTS, { recursive: true });
	// Only this file's screenshots: figure-pages.test.ts writes into a subfolder at the same time.
	for (const name of readdirSync(ARTIFACTS)) if (name.endsWith('-390.png')) rmSync(join(ARTIFACTS, name));
});

interface Box {
	what: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}
interface PanelReport {
	figure: string;
	panel: number;
	width: number;
	height: number;
	plotShare: number;
	plotHeightShare: number;
	horizontal: boolean;
	thinBars: string[];
	labels: Box[];
	bars: Box[];
	data: unknown[][];
}

/** Geometry of every drawn panel on the page, read from Chart.js. Runs in the page. */
function measurePanels(): PanelReport[] {
	type AnyChart = {
		width: number;
		height: number;
		ctx: CanvasRenderingContext2D;
		chartArea: { left: number; top: number; right: number; bottom: number; width: number; height: number };
		options: { indexAxis?: string };
		data: { datasets: { data: unknown[] }[] };
		scales: Record<string, { getLabelItems: () => LabelItem[] }>;
		getDatasetMeta: (i: number) => { data: { x: number; y: number; base: number; height?: number; width?: number }[] };
		$valueLabels?: { text: string; left: number; top: number; right: number; bottom: number }[];
	};
	type LabelItem = {
		label: string | string[];
		font: { string: string; size: number; lineHeight: number };
		textOffset: number;
		options: { translation: [number, number]; rotation: number; textAlign: string; textBaseline: string };
	};
	const reports: PanelReport[] = [];
	for (const element of document.querySelectorAll<HTMLElement & { charts?: AnyChart[] }>('chart-figure')) {
		const figure = element.closest('figure')?.id ?? '?';
		(element.charts ?? []).forEach((chart, panel) => {
			const { ctx, chartArea: area } = chart;
			const horizontal = chart.options.indexAxis === 'y';
			const labels: Box[] = [];
			for (const [axis, scale] of Object.entries(chart.scales)) {
				for (const item of scale.getLabelItems()) {
					if (Math.abs(item.options.rotation) > 0.001) {
						labels.push({ what: `${axis} tick turned: ${String(item.label)}`, left: -1, top: -1, right: -1, bottom: -1 });
						continue;
					}
					ctx.save();
					ctx.font = item.font.string;
					const lines = Array.isArray(item.label) ? item.label : [item.label];
					lines.forEach((line, i) => {
						if (!line) return;
						const width = ctx.measureText(line).width;
						const [x, y0] = item.options.translation;
						const y = y0 + item.textOffset + i * item.font.lineHeight;
						const align = item.options.textAlign;
						const left = align === 'left' || align === 'start' ? x : align === 'right' || align === 'end' ? x - width : x - width / 2;
						const base = item.options.textBaseline;
						const top = base === 'top' ? y : base === 'bottom' ? y - item.font.size : y - item.font.size / 2;
						labels.push({ what: `${axis} tick "${line}"`, left, top, right: left + width, bottom: top + item.font.size });
					});
					ctx.restore();
				}
			}
			for (const box of chart.$valueLabels ?? []) labels.push({ what: `value "${box.text}"`, ...box });
			const bars: Box[] = [];
			const thinBars: string[] = [];
			chart.data.datasets.forEach((dataset, d) => {
				chart.getDatasetMeta(d).data.forEach((bar, i) => {
					if (dataset.data[i] === null || dataset.data[i] === undefined) return;
					const extent = Math.abs((horizontal ? bar.x : bar.y) - bar.base);
					if (!(extent >= 1)) thinBars.push(`dataset ${d} bar ${i}: ${extent}px`);
					const thickness = (horizontal ? bar.height : bar.width) ?? 0;
					const [a, b] = [Math.min(horizontal ? bar.x : bar.y, bar.base), Math.max(horizontal ? bar.x : bar.y, bar.base)];
					bars.push(
						horizontal
							? { what: `bar ${d}/${i}`, left: a, right: b, top: bar.y - thickness / 2, bottom: bar.y + thickness / 2 }
							: { what: `bar ${d}/${i}`, top: a, bottom: b, left: bar.x - thickness / 2, right: bar.x + thickness / 2 },
					);
				});
			});
			reports.push({
				figure,
				panel,
				width: chart.width,
				height: chart.height,
				plotShare: area.width / chart.width,
				plotHeightShare: area.height / chart.height,
				horizontal,
				thinBars,
				labels,
				bars,
				data: chart.data.datasets.map((d) => d.data),
			});
		});
	}
	return reports;
}

/** Overlap of two boxes beyond a half-pixel tolerance (anti-aliasing). */
const overlaps = (a: Box, b: Box, slack = 0.5) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

function problems(report: PanelReport): string[] {
	const out: string[] = [];
	const where = `${report.figure}[${report.panel}]`;
	for (const thin of report.thinBars) out.push(`${where}: value without visible extent, ${thin}`);
	if (report.plotShare < 0.5) out.push(`${where}: plot area ${(report.plotShare * 100).toFixed(0)}% of the width`);
	if (!report.horizontal && report.plotHeightShare < 0.4) out.push(`${where}: plot area ${(report.plotHeightShare * 100).toFixed(0)}% of the height`);
	const { labels, bars } = report;
	for (const label of labels) {
		if (label.left < -0.5 || label.top < -0.5 || label.right > report.width + 0.5 || label.bottom > report.height + 0.5)
			out.push(`${where}: ${label.what} outside the ${report.width}×${report.height} canvas (${label.left.toFixed(1)}, ${label.top.toFixed(1)}, ${label.right.toFixed(1)}, ${label.bottom.toFixed(1)})`);
	}
	for (let i = 0; i < labels.length; i++) {
		for (let j = i + 1; j < labels.length; j++) if (overlaps(labels[i]!, labels[j]!)) out.push(`${where}: ${labels[i]!.what} overlaps ${labels[j]!.what}`);
		for (const bar of bars) if (overlaps(labels[i]!, bar, 1)) out.push(`${where}: ${labels[i]!.what} covers ${bar.what}`);
	}
	return out;
}

/**
 * Small multiples side by side (the `columns` layout) whose charts do not start level: titles of
 * different lengths must not push one panel's axis below its neighbour's. Runs in the page.
 */
function unlevelPanels(): string[] {
	const out: string[] = [];
	for (const panels of document.querySelectorAll<HTMLElement>('.figure-panels--columns')) {
		const rows = new Map<number, number[]>();
		for (const panel of panels.querySelectorAll<HTMLElement>(':scope > .figure-panel')) {
			const row = Math.round(panel.getBoundingClientRect().top);
			const box = panel.querySelector('.chart-box')?.getBoundingClientRect().top ?? Number.NaN;
			rows.set(row, [...(rows.get(row) ?? []), box]);
		}
		for (const tops of rows.values()) {
			if (Math.max(...tops) - Math.min(...tops) > 1) out.push(`${panels.closest('figure')?.id}: chart tops ${tops.map(Math.round).join(', ')} in one row`);
		}
	}
	return out;
}

/** Every figure on the page drawn (or failed) and sized to its box at the current width. */
async function settle(page: Page): Promise<void> {
	await page.bringToFront();
	// Figures not drawn yet are brought into view so they start; drawn charts follow their box wherever they are.
	await chartsDone(page, 10_000);
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll<HTMLElement & { charts?: { width: number; canvas: HTMLCanvasElement }[] }>('chart-figure')].every(
				(el) => el.hasAttribute('data-chart-error') || (el.hasAttribute('data-drawn') && (el.charts ?? []).every((c) => Math.abs(c.width - (c.canvas.parentElement?.clientWidth ?? 0)) < 1)),
			),
		undefined,
		{ timeout: 10_000, polling: 50 },
	);
	// Layout changes are applied in a microtask after Chart.js's resize; two frames let them draw.
	await nextPaint(page);
}

/** The values drawn into the build-time PNG (`data/<id>.<lang>.png`), from its Comment text chunk. */
async function imageValues(id: string, lang: string): Promise<unknown> {
	const response = await fetch(site.url(`/data/${id}.${lang}.png`));
	// A figure computed by a page rather than read from a dataset has no image (tests/dist checks every dataset has).
	if (response.status === 404) return 'no image';
	const png = Buffer.from(await response.arrayBuffer());
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const body = png.subarray(at + 8, at + 8 + length);
		const text = type === 'tEXt' ? body.toString('latin1') : type === 'iTXt' || type === 'zTXt' ? decodeText(type, body) : '';
		if (text.startsWith('Comment\0')) return JSON.parse(text.slice('Comment\0'.length)).drawn;
		at += 12 + length;
	}
	return undefined;
}
function decodeText(type: string, body: Buffer): string {
	const keyEnd = body.indexOf(0);
	const key = body.toString('latin1', 0, keyEnd);
	if (type === 'zTXt') return `${key}\0${inflateSync(body.subarray(keyEnd + 2)).toString('latin1')}`;
	// iTXt: keyword, compression flag and method, language tag, translated keyword.
	const compressed = body[keyEnd + 1] === 1;
	let at = keyEnd + 3;
	at = body.indexOf(0, at) + 1;
	at = body.indexOf(0, at) + 1;
	const rest = body.subarray(at);
	return `${key}\0${(compressed ? inflateSync(rest) : rest).toString('utf8')}`;
}

test.each(figurePages)('%s: every width keeps every value and label legible, in the light and the dark theme', async (path) => {
	await site.withPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' }, null, async (page) => {
		const errors = await watchProblems(page);
		await page.goto(site.url(path), { waitUntil: 'load' });
		const lang = path.startsWith('/zh/') ? 'zh' : 'en';
		const found: string[] = [];
		const lightReports = new Map<number, PanelReport[]>();
		for (const theme of THEMES) {
			if (theme === 'dark') {
				await page.locator('[data-theme-toggle]').first().click();
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			}
			for (const width of theme === 'light' ? [...WIDTHS].reverse() : darkWidths(path)) {
				await page.setViewportSize({ width, height: 900 });
				await settle(page);
				expect(await page.locator('chart-figure[data-chart-error]').count(), `${path} renderer failures`).toBe(0);
				const reports = await page.evaluate(measurePanels);
				expect(reports.length, `${path} panels`).toBeGreaterThan(0);
				if (theme === 'light') {
					lightReports.set(width, reports);
					for (const report of reports) found.push(...problems(report).map((p) => `${theme} ${width}px ${p}`));
					found.push(...(await page.evaluate(unlevelPanels)).map((p) => `${theme} ${width}px ${p}`));
				} else expect(reports, `${path} at ${width}px: the dark theme draws every label and bar where the light theme does`).toEqual(lightReports.get(width));
				if (width === 1280 && theme === 'light') {
					for (const id of new Set(reports.map((r) => r.figure))) {
						const browserValues = reports.filter((r) => r.figure === id).map((r) => r.data);
						const drawn = await imageValues(id.replace(/^fig-/, ''), lang);
						if (drawn !== 'no image') expect(drawn, `${path}#${id}: the PNG drew the browser's values`).toEqual(browserValues);
					}
				}
				// A figure taller than the window is captured whole (Playwright widens the capture, same width and layout).
				const shot = (id: string) =>
					width === 390 && theme === 'light'
						? join(ARTIFACTS, `${lang}-${id.replace(/^fig-/, '')}-390.png`)
						: (width === 390 || width === 1280) && CHART_SHOT_PAGES.has(path)
							? join(CHART_SHOTS, `${path.replace(/^\/|\/$/g, '').replace('/', '-')}-${theme}-${width}-${id}.png`)
							: null;
				const ids = REVIEW_SHOTS ? [...new Set(reports.map((r) => r.figure))].filter((id) => shot(id)) : [];
				if (ids.length > 0) {
					const restick = await unstickHeader(page);
					for (const id of ids) await reviewShot(page.locator(`#${id}`), shot(id)!);
					await restick();
				}
			}
		}
		consoleErrors.push(...errors.map((e) => `${path}: ${e}`));
		expect(found).toEqual([]);
	});
});

test('no console errors while figures draw', () => {
	expect(consoleErrors).toEqual([]);
});
