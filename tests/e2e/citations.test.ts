/**
 * Citations on a phone (390×844), in both languages, with JavaScript on and off:
 * a marker opens its preview by tap and by keyboard, Escape closes it, every
 * marker and back-link is at least 24×24 CSS px, and a back-link in the
 * reference list returns to the citing paragraph. Screenshots of an open
 * preview go to tests/artifacts/trust/.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { scrollSettled } from '../support/scroll.ts';
import { startServer, type RunningServer } from '../support/server.ts';

let browser: Browser;
let server: RunningServer;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const ARTIFACTS = join(PROJECT_ROOT, 'tests/artifacts/trust');

beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), startServer()]);
});
afterAll(async () => {
	await browser?.close();
	server?.stop();
});

async function withPage<T>(options: Parameters<Browser['newContext']>[0], run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
	const context = await browser.newContext(options);
	try {
		return await run(await context.newPage(), context);
	} finally {
		await context.close();
	}
}
const url = (path: string) => new URL(path, server.url).href;
const isOpen = (page: Page, id: string) => page.evaluate((sel) => document.getElementById(sel)?.matches(':popover-open') ?? false, id);

/** The first marker that merges two or more sources. */
async function mergedMarker(page: Page): Promise<{ button: string; preview: string; numbers: string }> {
	return page.evaluate(() => {
		const button = [...document.querySelectorAll<HTMLButtonElement>('.cite-marker')].find((b) => /\[\d+, \d+/.test(b.textContent ?? ''));
		if (!button) throw new Error('no merged citation marker on the page');
		return { button: button.id, preview: button.getAttribute('popovertarget')!, numbers: /\[[\d, ]+\]/.exec(button.textContent ?? '')![0] };
	});
}

describe.each([
	['en', 'funding/', true],
	['zh', 'zh/funding/', true],
	['en', 'energy/', false],
])('%s %s (JavaScript %s)', (lang, path, javaScriptEnabled) => {
	test('a tap opens the merged preview in place, Escape closes it', async () => {
		await withPage({ ...PHONE, javaScriptEnabled }, async (page) => {
			await page.goto(url(path));
			const { button, preview, numbers } = await mergedMarker(page);
			const marker = page.locator(`#${button}`);
			// In the middle of the screen, clear of the sticky header, so the tap itself need not scroll.
			await marker.evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3, behavior: 'instant' }));
			await scrollSettled(page);
			const scrollBefore = await page.evaluate(() => window.scrollY);
			await marker.tap();
			expect(await isOpen(page, preview)).toBe(true);
			// The preview lists every merged source, and the page did not jump to the reference list.
			const items = await page.locator(`#${preview} .cite-item`).count();
			expect(items).toBe(numbers.split(',').length);
			expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(2);
			// A sheet along the bottom of the screen, as wide as the screen.
			const box = await page.evaluate((id) => {
				const r = document.getElementById(id)!.getBoundingClientRect();
				return { bottom: r.bottom, width: r.width, height: window.innerHeight, screen: window.innerWidth };
			}, preview);
			expect(Math.abs(box.bottom - box.height)).toBeLessThan(2);
			expect(box.width).toBeGreaterThanOrEqual(box.screen - 1);
			if (javaScriptEnabled) await page.screenshot({ path: join(ARTIFACTS, `citation-phone-${lang}.png`) });
			await page.keyboard.press('Escape');
			expect(await isOpen(page, preview)).toBe(false);
		});
	});

	test('the keyboard opens it and Escape returns focus to the marker', async () => {
		await withPage({ ...PHONE, javaScriptEnabled }, async (page) => {
			await page.goto(url(path));
			const { button, preview } = await mergedMarker(page);
			await page.locator(`#${button}`).focus();
			await page.keyboard.press('Enter');
			expect(await isOpen(page, preview)).toBe(true);
			// Tab moves into the preview (its close button), as the popover follows its invoker in focus order.
			await page.keyboard.press('Tab');
			expect(await page.evaluate((id) => document.activeElement?.closest(`#${id}`) !== null, preview)).toBe(true);
			await page.keyboard.press('Escape');
			expect(await isOpen(page, preview)).toBe(false);
			expect(await page.evaluate(() => document.activeElement?.classList.contains('cite-marker'))).toBe(true);
			// Space toggles it too, like any button.
			await page.keyboard.press('Space');
			expect(await isOpen(page, preview)).toBe(true);
		});
	});

	test('every marker, close button and back-link is at least 24×24 CSS px', async () => {
		await withPage({ ...PHONE, javaScriptEnabled }, async (page) => {
			await page.goto(url(path));
			const small = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.cite-marker, .ref-back a')]
					.map((el) => ({ text: el.textContent?.trim(), ...el.getBoundingClientRect().toJSON() }))
					.filter((r) => r.width < 24 || r.height < 24),
			);
			expect(small).toEqual([]);
			const closeSmall = await page.evaluate(() => {
				const preview = document.querySelector<HTMLElement>('.references .cite-preview')!;
				preview.showPopover();
				const r = preview.querySelector('.cite-close')!.getBoundingClientRect();
				preview.hidePopover();
				return r.width < 24 || r.height < 24;
			});
			expect(closeSmall).toBe(false);
		});
	});

	test('a back-link returns to the citing paragraph', async () => {
		await withPage({ ...PHONE, javaScriptEnabled }, async (page) => {
			await page.goto(url(path));
			// A reference cited in two places or more: its second back-link.
			const link = page.locator('.references .ref-back a').nth(1);
			const href = (await link.getAttribute('href'))!;
			await link.scrollIntoViewIfNeeded();
			await link.tap();
			await scrollSettled(page);
			expect(new URL(page.url()).hash).toBe(href);
			const where = await page.evaluate((id) => {
				const spot = document.getElementById(id)!;
				const block = spot.closest('p, li, td')!;
				const r = spot.getBoundingClientRect();
				const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
				return { top: r.top, bottom: r.bottom, header, height: window.innerHeight, highlighted: getComputedStyle(block).backgroundColor };
			}, href.slice(1));
			// The citing spot is on screen below the sticky header, and its paragraph is highlighted.
			expect(where.top).toBeGreaterThanOrEqual(where.header - 1);
			expect(where.bottom).toBeLessThan(where.height);
			expect(where.highlighted).not.toBe('rgba(0, 0, 0, 0)');
		});
	});
});
