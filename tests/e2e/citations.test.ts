/**
 * Citations on a phone (390×844), in both languages, with JavaScript on and off:
 * each number of a marker opens its reference in place by tap and by keyboard
 * (the reference-list entry itself, shown as a sheet), Escape and tapping outside
 * close it, every number, close button and back-link is at least 24×24 CSS px,
 * and a back-link in the reference list returns to the citing paragraph. On a
 * wide screen the preview sits under its marker. Screenshots of an open preview
 * go to tests/artifacts/trust/.
 */
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { PHONE, reviewShot, useSite } from '../support/e2e.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { scrollSettled } from '../support/scroll.ts';

const site = useSite();
const ARTIFACTS = join(PROJECT_ROOT, 'tests/artifacts/trust');

/** A page in a fresh context; the test goes where it needs. */
const withPage = <T>(options: BrowserContextOptions, run: (page: Page, context: BrowserContext) => Promise<T>) => site.withPage(options, null, run);
const url = (path: string) => site.url(path);
const isOpen = (page: Page, id: string) => page.evaluate((sel) => document.getElementById(sel)?.matches(':popover-open') ?? false, id);

/** The first marker that merges two or more sources: its id, its last number's button and the entry that opens. */
async function mergedMarker(page: Page): Promise<{ spot: string; number: string; preview: string }> {
	return page.evaluate(() => {
		const spot = document.querySelector<HTMLElement>('span.cite-marker');
		const button = spot?.querySelector<HTMLButtonElement>('button:last-of-type');
		if (!spot || !button) throw new Error('no merged citation marker on the page');
		return { spot: spot.id, number: button.textContent!.replace(/\D/g, ''), preview: button.getAttribute('popovertarget')! };
	});
}
/** A number's button inside a marker, found by what a reader sees. */
const numberButton = (page: Page, spot: string, number: string) => page.locator(`#${spot} button`).filter({ hasText: new RegExp(`^\\D*${number}$`) });

describe.each([
	['en', 'funding/', true],
	['zh', 'zh/funding/', true],
	['en', 'energy/', false],
])('%s %s (JavaScript %s)', (lang, path, javaScriptEnabled) => {
	test('a tap on a number of a merged marker opens that reference in place as a sheet; Escape and a tap outside close it', async () => {
		await withPage({ ...PHONE, javaScriptEnabled }, async (page) => {
			await page.goto(url(path));
			const { spot, number, preview } = await mergedMarker(page);
			// In the middle of the screen, clear of the sticky header, so the tap itself need not scroll.
			await page.locator(`#${spot}`).evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3, behavior: 'instant' }));
			await scrollSettled(page);
			const scrollBefore = await page.evaluate(() => window.scrollY);
			await numberButton(page, spot, number).tap();
			expect(await isOpen(page, preview)).toBe(true);
			// What opened is reference n of the list (its number shown as "[n]"), with its close button, title link and record link;
			// the page did not jump to the reference list.
			const opened = page.locator(`#${preview}`);
			expect(await opened.evaluate((li) => [...li.parentElement!.children].indexOf(li) + 1)).toBe(Number(number));
			expect(await opened.evaluate((li) => getComputedStyle(li, '::marker').content)).toContain('counter(list-item)');
			const tree = await opened.ariaSnapshot();
			expect(tree).toMatch(/button "(Close|关闭)"/);
			expect(tree).toMatch(/link "(Sources|来源) ›"/);
			expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(2);
			// A sheet along the bottom of the screen, as wide as the screen.
			const box = await page.evaluate((id) => {
				const r = document.getElementById(id)!.getBoundingClientRect();
				return { bottom: r.bottom, width: r.width, height: window.innerHeight, screen: window.innerWidth };
			}, preview);
			expect(Math.abs(box.bottom - box.height)).toBeLessThan(2);
			expect(box.width).toBeGreaterThanOrEqual(box.screen - 1);
			if (javaScriptEnabled) await reviewShot(page, join(ARTIFACTS, `citation-phone-${lang}.png`));
			await page.keyboard.press('Escape');
			expect(await isOpen(page, preview)).toBe(false);
			// Closed again, it is back in the list as a plain entry: no close button, no sheet.
			expect(await opened.evaluate((li) => getComputedStyle(li).position)).toBe('static');
			expect(await page.locator(`#${preview} .cite-close`).isVisible()).toBe(false);
			await numberButton(page, spot, number).tap();
			expect(await isOpen(page, preview)).toBe(true);
			await page.touchscreen.tap(5, 120);
			expect(await isOpen(page, preview)).toBe(false);
		});
	});

	test('the keyboard opens it and Escape returns focus to the number', async () => {
		await withPage({ ...PHONE, javaScriptEnabled }, async (page) => {
			await page.goto(url(path));
			const { spot, number, preview } = await mergedMarker(page);
			await numberButton(page, spot, number).focus();
			await page.keyboard.press('Enter');
			expect(await isOpen(page, preview)).toBe(true);
			// Tab moves into the preview (its close button first), as the popover follows its invoker in focus order.
			await page.keyboard.press('Tab');
			expect(await page.evaluate((id) => document.activeElement?.matches(`#${id} .cite-close`), preview)).toBe(true);
			await page.keyboard.press('Escape');
			expect(await isOpen(page, preview)).toBe(false);
			expect(await page.evaluate((id) => document.activeElement?.getAttribute('popovertarget') === id, preview)).toBe(true);
			// Space toggles it too, like any button.
			await page.keyboard.press('Space');
			expect(await isOpen(page, preview)).toBe(true);
		});
	});

	test('every number, close button and back-link is at least 24×24 CSS px', async () => {
		await withPage({ ...PHONE, javaScriptEnabled }, async (page) => {
			await page.goto(url(path));
			const small = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('button.cite-marker, .cite-marker button, .ref-back a')]
					.map((el) => ({ text: el.textContent?.trim(), ...el.getBoundingClientRect().toJSON() }))
					.filter((r) => r.width < 24 || r.height < 24),
			);
			expect(small).toEqual([]);
			const closeSmall = await page.evaluate(() => {
				const preview = document.querySelector<HTMLElement>('.references li[popover]')!;
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

// A button is drawn as one box that never wraps: a long glossed phrase would take lines of its own and break the
// sentence around it (it did on every Chinese article). The gloss covers a short term, which fits on one line.
test.each(['jobs/', 'zh/jobs/', 'zh/funding/', 'zh/sites/abilene/'])('%s: the seed article’s gloss sits inside its sentence, one line tall, on a phone', async (path) => {
	await withPage({ ...PHONE }, async (page) => {
		await page.goto(url(path));
		const tall = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.seed-term-button')].flatMap((button) => {
				const lineHeight = Number.parseFloat(getComputedStyle(button).lineHeight);
				const { height } = button.getBoundingClientRect();
				return height > lineHeight * 1.5 ? [`${button.textContent}: ${Math.round(height)} px tall, line ${Math.round(lineHeight)} px`] : [];
			}),
		);
		expect(await page.locator('.seed-term-button').count()).toBeGreaterThan(0);
		expect(tall).toEqual([]);
	});
});

test('the reference list shows every entry with no script, and on a wide screen a preview opens under its marker', async () => {
	await withPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false }, async (page) => {
		await page.goto(url('funding/'));
		// Closed, each entry is a visible list item of the reference list (the browser would hide a closed popover).
		const entries = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.references ol > li')].map((li) => ({ shown: li.getBoundingClientRect().height > 0, display: getComputedStyle(li).display })),
		);
		expect(entries.length).toBeGreaterThan(20);
		expect(entries.filter((e) => !e.shown || e.display !== 'list-item')).toEqual([]);
		const marker = page.locator('button.cite-marker').nth(3);
		// A third of the way down, so there is room for the preview below it.
		await marker.evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3, behavior: 'instant' }));
		await scrollSettled(page);
		await marker.click();
		const preview = page.locator(`#${await marker.getAttribute('popovertarget')}`);
		const [m, p] = await Promise.all([marker.boundingBox(), preview.boundingBox()]);
		// Just below the marker (anchor positioning), starting near it, not centred on the screen.
		expect(p!.y).toBeGreaterThanOrEqual(m!.y + m!.height - 1);
		expect(p!.y).toBeLessThan(m!.y + m!.height + 24);
		expect(Math.abs(p!.x - m!.x)).toBeLessThan(p!.width);
		await reviewShot(page, join(ARTIFACTS, 'citation-desktop-en.png'));
	});
});
