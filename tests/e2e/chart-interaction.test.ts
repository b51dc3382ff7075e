/**
 * What a reader does with a chart, in Chromium: the bars are really painted
 * (pixels inside every bar's box, not just axes), one per row of the figure's
 * table; hovering a bar with a mouse and tapping it on a touch screen both
 * paint a tooltip over the canvas that states the value the table gives for
 * that row. A chart that fails says so (`data-chart-error`), and that fails
 * here too.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../support/e2e.ts';

const site = useSite();
const PATIENT = { timeout: 15_000 };

/** Reduced motion: bars are at their final size once drawn. */
const withPage = (options: BrowserContextOptions, path: string, run: (page: Page) => Promise<void>) => site.withPage({ reducedMotion: 'reduce', ...options }, path, run);

/** Scrolls a figure into view and waits until its chart element has drawn or given up. */
async function drawnFigure(page: Page, selector: string): Promise<void> {
	const figure = page.locator(selector);
	await figure.scrollIntoViewIfNeeded();
	await expect
		.poll(() => figure.evaluate((el) => (el as HTMLElement).dataset.drawn ?? (el as HTMLElement).dataset.chartError ?? null), PATIENT)
		.not.toBeNull();
	expect(await figure.evaluate((el) => (el as HTMLElement).dataset.chartError ?? null), `${selector}: the chart reported an error`).toBeNull();
}

interface BarPaint {
	canvas: number;
	/** Share of the pixels inside the bar's box (inset 1 px) that are painted. */
	inked: number;
	/** The bar is filled with a pattern (contested value), which paints part of the box by design. */
	hatched: boolean;
	width: number;
	height: number;
}

/** Every bar Chart.js placed, with how much of its box is actually painted on the canvas. */
function barPaint(page: Page, selector: string): Promise<BarPaint[]> {
	return page.locator(selector).evaluate((root) => {
		type Bar = { x: number; y: number; base: number; width: number; height: number; horizontal: boolean; options: { backgroundColor: unknown } };
		type ChartLike = {
			canvas: HTMLCanvasElement;
			currentDevicePixelRatio: number;
			data: { datasets: Array<{ data: unknown[] }> };
			getDatasetMeta: (i: number) => { data: Bar[]; hidden: boolean };
		};
		const charts = (root as HTMLElement & { charts?: ChartLike[] }).charts ?? [];
		return charts.flatMap((chart, canvasIndex) => {
			const ctx = chart.canvas.getContext('2d')!;
			const ratio = chart.currentDevicePixelRatio;
			// A dataset holds a slot for every category; a series without a value there has no bar (null).
			return chart.data.datasets.flatMap((dataset, d) =>
				chart.getDatasetMeta(d).data.filter((_, i) => dataset.data[i] !== null && dataset.data[i] !== undefined).map((bar) => {
					// A bar's box: across the value axis it is `width` (vertical bars) or `height` (horizontal) wide.
					const left = bar.horizontal ? Math.min(bar.x, bar.base) : bar.x - bar.width / 2;
					const right = bar.horizontal ? Math.max(bar.x, bar.base) : bar.x + bar.width / 2;
					const top = bar.horizontal ? bar.y - bar.height / 2 : Math.min(bar.y, bar.base);
					const bottom = bar.horizontal ? bar.y + bar.height / 2 : Math.max(bar.y, bar.base);
					const x0 = Math.ceil((left + 1) * ratio);
					const y0 = Math.ceil((top + 1) * ratio);
					const w = Math.max(0, Math.floor((right - 1) * ratio) - x0);
					const h = Math.max(0, Math.floor((bottom - 1) * ratio) - y0);
					let inked = 0;
					if (w > 0 && h > 0) {
						const data = ctx.getImageData(x0, y0, w, h).data;
						for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked += 1;
					}
					return { canvas: canvasIndex, inked: w * h > 0 ? inked / (w * h) : 0, hatched: typeof bar.options.backgroundColor !== 'string', width: right - left, height: bottom - top };
				}),
			);
		});
	});
}

describe.each([
	['/funding/', 'en'],
	['/zh/energy/', 'zh'],
	['/sites/', 'en'],
])('%s: every chart paints its bars', (path) => {
	test('one painted bar per table row, in every figure, at phone and desktop widths', async () => {
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1280, height: 900 },
		]) {
			await withPage({ viewport }, path.slice(1), async (page) => {
				const figures = await page.locator('chart-figure').evaluateAll((els) => els.map((el) => `#${el.closest('figure')!.id}`));
				expect(figures.length, 'figures on the page').toBeGreaterThan(0);
				for (const figure of figures) {
					const selector = `${figure} chart-figure`;
					await drawnFigure(page, selector);
					const rows = await page.locator(`${figure} .figure-table tbody tr`).count();
					const bars = await barPaint(page, selector);
					expect(bars.length, `${figure} at ${viewport.width}px: bars vs table rows`).toBe(rows);
					for (const [i, bar] of bars.entries()) {
						// Bars too thin to have an inside (a value near zero) are not sampled.
						if (bar.width < 4 || bar.height < 4) continue;
						// Axes and grid lines are 1 px lines: they never fill a bar's box. A solid bar fills it; hatching about a third.
						expect(bar.inked, `${figure} at ${viewport.width}px, bar ${i + 1}: painted share of its box`).toBeGreaterThanOrEqual(bar.hatched ? 0.2 : 0.9);
					}
					expect(
						bars.filter((b) => b.width >= 4 && b.height >= 4).length,
						`${figure}: most bars are big enough to sample`,
					).toBeGreaterThanOrEqual(Math.ceil(bars.length / 2));
				}
			});
		}
	});
});

interface TooltipSeen {
	opacity: number;
	/** Text lines the tooltip paints (title and body). */
	lines: string[];
	/** Share of the tooltip box's pixels that changed on the canvas since before the pointer came. */
	changed: number;
}

/** A snapshot of the first canvas's pixels, kept on the page for a later comparison. */
const snapshot = (page: Page, selector: string) =>
	page.locator(selector).evaluate((root) => {
		const canvas = root.querySelector('canvas')!;
		(window as unknown as { __before: Uint8ClampedArray }).__before = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
	});

/** Page coordinates of the middle of bar `index` of the first chart (its upper half, clear of the axis labels). */
const barPoint = (page: Page, selector: string, index: number) =>
	page.locator(selector).evaluate((root, i) => {
		const chart = (root as HTMLElement & { charts?: Array<{ canvas: HTMLCanvasElement; getDatasetMeta: (d: number) => { data: Array<{ x: number; y: number; base: number; horizontal: boolean }> } }> }).charts![0]!;
		const bar = chart.getDatasetMeta(0).data[i]!;
		const box = chart.canvas.getBoundingClientRect();
		return bar.horizontal ? { x: box.x + (bar.x + bar.base) / 2, y: box.y + bar.y } : { x: box.x + bar.x, y: box.y + (bar.y + bar.base) / 2 };
	}, index);

/** What the tooltip of the first chart shows now, and how much of its box differs from the snapshot. */
const tooltipSeen = (page: Page, selector: string) =>
	page.locator(selector).evaluate((root): TooltipSeen | null => {
		type Tip = { opacity: number; x: number; y: number; width: number; height: number; title?: string[]; body?: Array<{ lines: string[] }> };
		const chart = (root as HTMLElement & { charts?: Array<{ canvas: HTMLCanvasElement; currentDevicePixelRatio: number; tooltip?: Tip }> }).charts?.[0];
		const tip = chart?.tooltip;
		if (!chart || !tip || !(tip.width > 0)) return null;
		const ratio = chart.currentDevicePixelRatio;
		const canvas = chart.canvas;
		const now = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
		const before = (window as unknown as { __before: Uint8ClampedArray }).__before;
		let changed = 0;
		let total = 0;
		for (let y = Math.max(0, Math.ceil(tip.y * ratio)); y < Math.min(canvas.height, Math.floor((tip.y + tip.height) * ratio)); y++) {
			for (let x = Math.max(0, Math.ceil(tip.x * ratio)); x < Math.min(canvas.width, Math.floor((tip.x + tip.width) * ratio)); x++) {
				const i = (y * canvas.width + x) * 4;
				total += 1;
				if (Math.abs(now[i]! - before[i]!) + Math.abs(now[i + 1]! - before[i + 1]!) + Math.abs(now[i + 2]! - before[i + 2]!) + Math.abs(now[i + 3]! - before[i + 3]!) > 24) changed += 1;
			}
		}
		return { opacity: tip.opacity, lines: [...(tip.title ?? []), ...(tip.body ?? []).flatMap((b) => b.lines)], changed: total > 0 ? changed / total : 0 };
	});

describe('a bar tells its value when pointed at', () => {
	const FIGURE = '#fig-headline-commitments';
	const SELECTOR = `${FIGURE} chart-figure`;
	/** The second bar: "$500B" in the table (not the first, which a tooltip could reach by accident at the edge). */
	const BAR = 1;

	async function expectTooltipFor(page: Page): Promise<void> {
		const valueInTable = (await page.locator(`${FIGURE} .figure-table tbody tr`).nth(BAR).locator('td.num').textContent())!.trim();
		await expect.poll(async () => (await tooltipSeen(page, SELECTOR))?.opacity ?? 0, PATIENT).toBe(1);
		const seen = (await tooltipSeen(page, SELECTOR))!;
		expect(seen.lines.join(' | ')).toContain(valueInTable);
		// Painted, not just computed: most of the tooltip's box looks different from before.
		expect(seen.changed).toBeGreaterThan(0.5);
	}

	test('mouse: hovering the bar paints a tooltip with the value the table gives', async () => {
		await withPage({ viewport: { width: 1280, height: 900 } }, 'funding/', async (page) => {
			await drawnFigure(page, SELECTOR);
			await page.mouse.move(5, 5);
			await snapshot(page, SELECTOR);
			const point = await barPoint(page, SELECTOR, BAR);
			await page.mouse.move(point.x, point.y, { steps: 4 });
			await expectTooltipFor(page);
		});
	});

	test('touch: tapping the bar paints the same tooltip', async () => {
		await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, 'funding/', async (page) => {
			await drawnFigure(page, SELECTOR);
			await snapshot(page, SELECTOR);
			const point = await barPoint(page, SELECTOR, BAR);
			await page.touchscreen.tap(point.x, point.y);
			await expectTooltipFor(page);
		});
	});
});
