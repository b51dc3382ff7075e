/**
 * The promise tracker in Chromium: filters start from the URL query and write it
 * back (so a filtered view can be shared), several partners per promise match,
 * a shared #promise- link reveals a filtered-out entry, everything shows without
 * JavaScript, and the figure draws. Phone screenshots in both languages land in
 * tests/artifacts/.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { newestReportingDate } from '../../src/lib/sources/newest-reporting.ts';
import { trackPromises } from '../../src/lib/promises/tracker.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { content } from '../support/content.ts';
import { wcagViolations } from '../support/axe.ts';
import { chartsDone, DESKTOP, PHONE, reviewShot, useSite } from '../support/e2e.ts';

const tracked = trackPromises(content.promises, newestReportingDate(content.sources));
const count = (pick: (t: (typeof tracked)[number]) => boolean) => tracked.filter(pick).length;
const ARTIFACTS = join(PROJECT_ROOT, 'tests/artifacts');

const site = useSite();
let desktop: BrowserContext;
let phone: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
	desktop = await site.browser.newContext(DESKTOP);
	// Reduced motion: the chart is complete once drawn, so the picture needs no wait for an animation.
	phone = await site.browser.newContext({ ...PHONE, reducedMotion: 'reduce' });
	noJs = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
});

async function open(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	await site.open(page, path);
	return page;
}
const ready = (page: Page) => page.locator('[data-promise-filter] [data-filter-controls]').waitFor({ state: 'visible' });
const visible = (page: Page) => page.locator('li.promise:visible');
const chip = (page: Page, dim: string, value: string) => page.locator(`button[data-filter-dim="${dim}"][data-filter-value="${value}"]`);
const status = (page: Page) => page.locator('[data-promise-filter] [data-filter-status]');

describe('promise tracker filters', () => {
	// Every row reads the same way: its label, then its chips beside it, wrapping inside the rest of the row
	// (the Chinese rows once put 状态's chips beside the label and 站点's and 公司's below theirs).
	test.each(['promises/tracker/', 'zh/promises/tracker/'])('%s: on a desktop each filter row starts its chips beside its label', async (path) => {
		const page = await open(desktop, path);
		await ready(page);
		const rows = await page.$$eval('[data-promise-filter] .filter-row', (list) =>
			list.map((row) => {
				const label = row.querySelector('.filter-dim')!.getBoundingClientRect();
				const chip = row.querySelector('.filter-chip')!.getBoundingClientRect();
				return { label: row.querySelector('.filter-dim')!.textContent?.trim(), beside: chip.left > label.right && chip.top < label.bottom };
			}),
		);
		expect(rows.length).toBeGreaterThan(1);
		expect(rows.filter((row) => !row.beside)).toEqual([]);
		await page.close();
	});

	test('a status in the URL narrows the list on arrival and presses its button', async () => {
		const page = await open(desktop, 'promises/tracker/?status=overdue');
		await ready(page);
		const overdue = count((t) => t.state.status === 'overdue');
		expect(overdue).toBeGreaterThan(0);
		expect(await visible(page).count()).toBe(overdue);
		expect(await chip(page, 'status', 'overdue').getAttribute('aria-pressed')).toBe('true');
		expect(await status(page).textContent()).toBe(`Showing ${overdue} of ${tracked.length} promises`);
	});

	test('site and status from the URL combine (AND); a promise naming two sites matches either', async () => {
		const page = await open(desktop, 'zh/promises/tracker/?site=milam&status=pending');
		await ready(page);
		const expected = count((t) => t.state.status === 'pending' && (t.promise.sites ?? []).includes('milam'));
		expect(expected).toBeGreaterThanOrEqual(2);
		expect(await visible(page).count()).toBe(expected);
		expect(await page.locator('#promise-lordstown-milam-1-5gw').isVisible()).toBe(true);
		expect(await status(page).textContent()).toBe(`显示${tracked.length}项承诺中的${expected}项`);
	});

	test('clicking writes the selection into the URL, and “Show all” clears it', async () => {
		const page = await open(desktop, 'promises/tracker/');
		await ready(page);
		expect(await visible(page).count()).toBe(tracked.length);
		await chip(page, 'partner', 'openai').click();
		await chip(page, 'status', 'kept').click();
		expect(new URL(page.url()).search).toBe('?status=kept&partner=openai');
		expect(await visible(page).count()).toBe(count((t) => t.state.status === 'kept' && t.promise.partners.includes('openai')));
		await page.locator('[data-promise-filter] [data-filter-reset]').click();
		expect(new URL(page.url()).search).toBe('');
		expect(await visible(page).count()).toBe(tracked.length);
	});

	test('a shared link to an entry the URL filters hide shows it', async () => {
		const hidden = tracked.find((t) => t.state.status !== 'kept')!;
		const page = await open(desktop, `promises/tracker/?status=kept#promise-${hidden.promise.id}`);
		await ready(page);
		expect(await page.locator(`#promise-${hidden.promise.id}`).isVisible()).toBe(true);
		expect(await visible(page).count()).toBe(tracked.length);
	});

	test('without JavaScript every promise shows and the controls stay hidden', async () => {
		const page = await open(noJs, 'promises/tracker/?status=kept');
		expect(await visible(page).count()).toBe(tracked.length);
		expect(await page.locator('[data-promise-filter] [data-filter-controls]').isVisible()).toBe(false);
	});
});

describe('accessibility', () => {
	for (const scheme of ['light', 'dark'] as const) {
		test.each(['', 'zh/'])(`${scheme}: %spromises/tracker/ has no axe violations (WCAG 2.2 AA), filters in use`, async (prefix) => {
			await site.withPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme, reducedMotion: 'reduce' }, `${prefix}promises/tracker/?status=pending`, async (page) => {
				await ready(page);
				expect(await wcagViolations(page)).toEqual([]);
			});
		});
	}
});

describe('on a phone', () => {
	for (const [lang, prefix] of [
		['en', ''],
		['zh', 'zh/'],
	] as const) {
		test(`${lang}: the figure draws and the page fits the screen`, async () => {
			const page = await open(phone, `${prefix}promises/tracker/`);
			await ready(page);
			const figure = page.locator('#fig-promise-deadlines');
			await figure.scrollIntoViewIfNeeded();
			// Drawn: the chart element's own signal (a failure would say so instead).
			expect(await chartsDone(page)).toEqual([]);
			expect(await figure.locator('chart-figure[data-drawn]').count()).toBe(1);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await reviewShot(figure, join(ARTIFACTS, `promises-figure-${lang}-390.png`));
			await reviewShot(page, join(ARTIFACTS, `promises-tracker-${lang}-390.png`), { fullPage: true });
		});
	}
});
