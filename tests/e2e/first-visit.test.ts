/**
 * A first visit, in both languages, on a phone (390×844) and a laptop (1280×900):
 * ledger filters and timeline order kept in (and restored from) the URL, the
 * year jump, "#" on entries copying a link, the 404 page of the path's language,
 * print rules, no "/" hint on phones (search excerpts: share.test.ts), the no-JavaScript search fallback, a compact sticky header.
 * Screenshots of the home page (phone, light and dark) and of a printed article
 * go to tests/artifacts/visit/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { timelineEvents } from '../../src/lib/timeline/events.ts';
import type { BrowserContext, Page } from 'playwright-core';
import type { Lang } from '../../src/schemas/common.ts';
import { t } from '../../src/i18n/ui.ts';
import { PROJECT_ROOT } from '../support/project.ts';
import { content } from '../support/content.ts';
import { reviewShot, scriptsReady, useSite, withClipboard } from '../support/e2e.ts';

const SHOTS = join(PROJECT_ROOT, 'tests/artifacts/visit');
const LANGS: Lang[] = ['en', 'zh'];
const DEVICES = {
	phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
	laptop: { viewport: { width: 1280, height: 900 } },
} as const;
type Device = keyof typeof DEVICES;

const site = useSite();
const contexts = new Map<string, BrowserContext>();

beforeAll(() => {
	mkdirSync(SHOTS, { recursive: true });
});

async function context(device: Device, options: { js?: boolean; dark?: boolean } = {}): Promise<BrowserContext> {
	const key = `${device}-${options.js ?? true}-${options.dark ?? false}`;
	let found = contexts.get(key);
	if (!found) {
		found = await site.browser.newContext({
			...DEVICES[device],
			javaScriptEnabled: options.js ?? true,
			colorScheme: options.dark ? 'dark' : 'light',
		});
		await found.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
		contexts.set(key, found);
	}
	return found;
}

const prefix = (lang: Lang) => (lang === 'zh' ? 'zh/' : '');
const url = (lang: Lang, path: string) => site.url(`${prefix(lang)}${path}`);

async function open(device: Device, lang: Lang, path: string, options: { js?: boolean; dark?: boolean } = {}): Promise<Page> {
	const page = await (await context(device, options)).newPage();
	await site.open(page, `${prefix(lang)}${path}`);
	return page;
}

const ready = (page: Page) => page.locator('[data-filter-controls]').waitFor({ state: 'visible' });
const chip = (page: Page, dim: string, value: string) => page.locator(`button[data-filter-dim="${dim}"][data-filter-value="${value}"]`);
const visibleDates = (page: Page) => page.locator('.event:not([hidden]) .event-date time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));

describe.each(LANGS)('%s', (lang) => {
	describe.each(Object.keys(DEVICES) as Device[])('%s', (device) => {
		test('ledger filters are restored from the URL and written to it', async () => {
			const verdict = 'misstated';
			const topic = content.claims.find((c) => c.verdict === verdict)!.topic;
			const page = await open(device, lang, `claims/?verdict=${verdict}`);
			await ready(page);
			expect(await chip(page, 'verdict', verdict).getAttribute('aria-pressed')).toBe('true');
			const shown = await page.locator('[data-filter-item]:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.verdict));
			expect(shown.length).toBe(content.claims.filter((c) => c.verdict === verdict).length);
			expect(new Set(shown)).toEqual(new Set([verdict]));

			await chip(page, 'topic', topic).click();
			expect(new URL(page.url()).search).toBe(`?verdict=${verdict}&topic=${topic}`);
			await page.reload();
			await ready(page);
			expect(await chip(page, 'topic', topic).getAttribute('aria-pressed')).toBe('true');
			expect(await page.locator('[data-filter-item]:visible').count()).toBe(content.claims.filter((c) => c.verdict === verdict && c.topic === topic).length);
			await page.locator('[data-filter-reset]').click();
			expect(new URL(page.url()).search).toBe('');
			await page.close();
		});

		test('the timeline is newest first, oldest first on request, and both orders are shareable', async () => {
			const page = await open(device, lang, 'timeline/');
			await ready(page);
			const newestFirst = await visibleDates(page);
			expect(newestFirst.length).toBeGreaterThan(10);
			expect(newestFirst).toEqual([...newestFirst].sort().reverse());

			await page.locator('button[data-filter-order]').click();
			expect(new URL(page.url()).search).toBe('?order=oldest');
			expect(await visibleDates(page)).toEqual([...newestFirst].reverse());

			const shared = await open(device, lang, 'timeline/?order=oldest');
			await ready(shared);
			expect(await shared.locator('button[data-filter-order]').getAttribute('aria-pressed')).toBe('true');
			expect(await visibleDates(shared)).toEqual([...newestFirst].reverse());
			await Promise.all([page.close(), shared.close()]);
		});

		test('the year jump lands below the sticky header, and the address can be shared', async () => {
			const page = await open(device, lang, 'timeline/');
			// A year with a long list below it, so the page can scroll its heading to the top.
			const years = [...new Set(timelineEvents(content).map((e) => e.date.slice(0, 4)))].sort().reverse();
			const year = years[1]!;
			await page.locator(`.year-jump a[href="#year-${year}"]`).click();
			await expect.poll(() => new URL(page.url()).hash).toBe(`#year-${year}`);
			const check = async (p: Page) => {
				await expect
					.poll(async () => {
						const heading = await p.locator(`#year-${year}`).boundingBox();
						const header = await p.locator('.site-header').boundingBox();
						return heading && header ? heading.y >= header.y + header.height - 1 && heading.y < DEVICES[device].viewport.height / 2 : false;
					}, { timeout: 8000 })
					.toBe(true);
			};
			await check(page);
			const shared = await open(device, lang, `timeline/#year-${year}`);
			await check(shared);
			await Promise.all([page.close(), shared.close()]);
		});

		test('"#" on claims and timeline entries copies the entry’s link and says so', async () => {
			for (const [path, selector] of [
				['claims/', '.claim'],
				['timeline/', '.event'],
			] as const) {
				const page = await open(device, lang, path);
				const entry = page.locator(selector).first();
				const id = await entry.getAttribute('id');
				const expected = `${url(lang, path)}#${id}`;
				await withClipboard(async () => {
					await entry.locator('a.claim-anchor').click();
					await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe(t(lang, 'copyLink.copied'));
					expect(page.url()).toBe(expected);
					expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
				});
				await page.close();
			}
		});

		test('the search dialog opens, without the "/" hint on phones', async () => {
			const page = await open(device, lang, '');
			await page.locator('.site-header [data-search-open]').click();
			await page.locator('dialog[data-search-dialog] input').waitFor();
			expect(await page.locator('.search-hint').isVisible()).toBe(device === 'laptop');
			await page.close();
		});

		test('the sticky header keeps to 56 px on a phone once scrolled', async () => {
			const page = await open(device, lang, 'energy/');
			await page.evaluate(() => window.scrollTo({ top: 1500, behavior: 'instant' }));
			await expect
				.poll(async () => page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom), { timeout: 5000 })
				.toBeLessThanOrEqual(device === 'phone' ? 56 : 80);
			// The search, language and theme controls stay reachable.
			expect(await page.locator('.site-header [data-search-open]').isVisible()).toBe(true);
			expect(await page.locator('.site-header .lang-switch').isVisible()).toBe(true);
			await page.close();
		});

		test('a home page that starts the reader off within the first two screens', async () => {
			const page = await open(device, lang, '');
			const height = DEVICES[device].viewport.height;
			const start = await page.locator('.home-start-main').boundingBox();
			expect(start!.y + start!.height).toBeLessThan(height);
			const list = await page.locator('.article-list').boundingBox();
			expect(list!.y).toBeLessThan(2 * height);
			expect(await page.locator('.latest-list > li').count()).toBeGreaterThanOrEqual(3);
			expect(await page.locator('.cap-row').count()).toBeGreaterThan(5);
			await page.close();
		});
	});

	test('the English renderings of the seed’s sentences are marked as our translation', async () => {
		const page = await open('laptop', lang, 'claims/');
		const claim = content.claims[0]!;
		const entry = page.locator(`#claim-${claim.id}`);
		const label = `${t(lang, 'ledger.translation')}${lang === 'zh' ? '：' : ':'}`;
		// Only the Chinese original is in quotation marks.
		expect(await entry.locator('q').allTextContents()).toEqual([claim.seedQuote]);
		expect(await entry.locator('q').getAttribute('lang')).toBe(lang === 'zh' ? null : 'zh-Hans');
		const translation = await entry.locator(lang === 'en' ? 'h3' : '.claim-other').textContent();
		expect(translation?.replace(/\s+/g, ' ').trim()).toBe(`${label} ${claim.seedTranslation}`.replace(/：\s/, '：'));
		await page.close();
	});

	test('a missing page answers 404 in the language of its path, styled, with search and the articles', async () => {
		const page = await (await context('phone')).newPage();
		const response = await page.goto(url(lang, 'no-such-page/'));
		expect(response?.status()).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-Hans' : 'en');
		expect(await page.locator('h1').textContent()).toBe(t(lang, 'notFound.title'));
		const [h1, body] = await Promise.all([page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), page.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))]);
		expect(h1).toBeGreaterThan(1.6 * body);
		// The search button is revealed by the page scripts, which start after the first paint.
		await scriptsReady(page);
		expect(await page.locator('main [data-search-open]').isVisible()).toBe(true);
		expect(await page.locator('main .article-list > li').count()).toBe(9);
		await page.close();
	});

	test('printed: site name, address and date on the first page; figures may break; controls left out', async () => {
		const page = await (await context('laptop')).newPage();
		await page.setViewportSize({ width: 794, height: 1123 });
		await site.open(page, `${prefix(lang)}energy/`);
		await page.emulateMedia({ media: 'print' });
		const meta = page.locator('.print-meta');
		expect(await meta.isVisible()).toBe(true);
		const text = (await meta.textContent()) ?? '';
		expect(text).toContain(t(lang, 'site.name'));
		expect(text).toContain(`/${prefix(lang)}energy/`);
		expect(text).toMatch(lang === 'zh' ? /\d{4}年\d{1,2}月\d{1,2}日/ : /[A-Z][a-z]+ \d{1,2}, \d{4}/);
		expect((await meta.boundingBox())!.y).toBeLessThan(100);
		expect(await page.locator('.site-header-row').isVisible()).toBe(false);
		expect(await page.locator('.figure-actions').first().isVisible()).toBe(false);
		// A figure that must not break would leave the rest of a page blank before it.
		for (const value of await page.locator('.figure').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside))) expect(value).toBe('auto');
		expect(await page.locator('.figure-table thead').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
		// Source links keep their address after the text.
		const after = await page.locator('.references a.external').first().evaluate((el) => getComputedStyle(el, '::after').content);
		expect(after).toMatch(/https?:/);
		await reviewShot(page, join(SHOTS, `print-energy-${lang}.png`), { clip: { x: 0, y: 0, width: 794, height: 2246 } });
		await page.pdf({ path: join(SHOTS, `print-energy-${lang}.pdf`), format: 'A4', printBackground: true });
		await page.close();
	});

	test('without JavaScript the header offers the article list in place of search', async () => {
		const page = await open('phone', lang, 'energy/', { js: false });
		const fallback = page.locator('.site-header .search-fallback');
		expect(await fallback.isVisible()).toBe(true);
		expect(await fallback.getAttribute('href')).toBe(`/${prefix(lang)}#articles`);
		expect(await page.locator('.site-header button[data-search-open]').isVisible()).toBe(false);
		await page.close();
	});

	test('home page screenshots on a phone, light and dark', async () => {
		for (const dark of [false, true]) {
			const page = await open('phone', lang, '', { dark });
			await reviewShot(page, join(SHOTS, `home-phone-${lang}-${dark ? 'dark' : 'light'}.png`), { fullPage: false });
			await reviewShot(page, join(SHOTS, `home-phone-${lang}-${dark ? 'dark' : 'light'}-full.png`), { fullPage: true });
			await page.close();
		}
	});
});
