/**
 * The promise tracker in Chromium: filters start from the URL query and write it
 * back (so a filtered view can be shared), several partners per promise match,
 * a shared #promise- link reveals a filtered-out entry, everything shows without
 * JavaScript, and the figure draws. Phone screenshots in both languages land in
 * tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { newestReportingDate } from '../../src/lib/sources/newest-reporting.ts';
import { trackPromises } from '../../src/lib/promises/tracker.ts';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { CONTENT_ROOT, PROJECT_ROOT } from '../support/project.ts';

const { content } = validateContent(readContent(CONTENT_ROOT));
const tracked = trackPromises(content.promises, newestReportingDate(content.sources));
const count = (pick: (t: (typeof tracked)[number]) => boolean) => tracked.filter(pick).length;
const ARTIFACTS = join(PROJECT_ROOT, 'tests/artifacts');

let browser: Browser;
let server: RunningServer;
let desktop: BrowserContext;
let phone: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), startServer()]);
	desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
	noJs = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
});
afterAll(async () => {
	await browser?.close();
	server?.stop();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(new URL(path, server.url).href);
	return page;
}
const ready = (page: Page) => page.locator('[data-promise-filter] [data-filter-controls]').waitFor({ state: 'visible' });
const visible = (page: Page) => page.locator('li.promise:visible');
const chip = (page: Page, dim: string, value: string) => page.locator(`button[data-filter-dim="${dim}"][data-filter-value="${value}"]`);
const status = (page: Page) => page.locator('[data-promise-filter] [data-filter-status]');

describe('promise tracker filters', () => {
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
			const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme, reducedMotion: 'reduce' });
			const page = await context.newPage();
			await page.goto(new URL(`${prefix}promises/tracker/?status=pending`, server.url).href);
			await ready(page);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).setLegacyMode(true).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
			await context.close();
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
			// Drawn: Chart.js has sized the canvas; then let its animation finish before the picture.
			await page.waitForFunction(() => ((document.querySelector('#fig-promise-deadlines canvas') as HTMLCanvasElement | null)?.width ?? 0) > 0);
			await page.waitForTimeout(800);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await figure.screenshot({ path: join(ARTIFACTS, `promises-figure-${lang}-390.png`) });
			await page.screenshot({ path: join(ARTIFACTS, `promises-tracker-${lang}-390.png`), fullPage: true });
		});
	}
});
