/**
 * Sharing and finding, in Chromium against the built site (DIST_DIR): section
 * links copy their address, the language switch keeps the section, deep links
 * land below the sticky header, the table of contents follows the reader, and
 * search finds the expected article in both languages with excerpts that read
 * as prose (no table, badge or control text) and section sub-results.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scrollSettled, topBelowHeader } from '../support/scroll.ts';
import { scriptsReady, useSite, withClipboard } from '../support/e2e.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { t } from '../../src/i18n/ui.ts';

const site = useSite();
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 800 };
/** The machine may be busy: give the page time before calling a wait a failure. */
const PATIENT = { timeout: 10_000 };

const withPage = <T>(options: BrowserContextOptions, run: (page: Page, context: BrowserContext) => Promise<T>) => site.withPage(options, null, run);
const url = (path: string) => site.url(path);

describe('copy a section link', () => {
	test.each([
		['', 'cooling', 'Link copied'],
		['zh/', 'ratepayers', '链接已复制'],
	])('/%senergy/: the #%s control copies the absolute address, shows it in the address bar and announces it', async (prefix, id, message) => {
		await withPage({ viewport: DESKTOP }, async (page, context) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
			await site.open(page, `${prefix}energy/?from=newsletter`);
			// Keyboard: focus the section's link and press Enter.
			await page.locator(`.heading-wrap:has(#${id}) a.heading-anchor`).focus();
			const expected = url(`${prefix}energy/#${id}`);
			await withClipboard(async () => {
				await page.keyboard.press('Enter');
				await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), PATIENT).toBe(expected);
			});
			expect(page.url()).toBe(expected);
			await expect.poll(() => page.getByRole('status').filter({ hasText: message }).count(), PATIENT).toBe(1);
		});
	});

	test('figures have the same control', async () => {
		await withPage({ viewport: DESKTOP }, async (page, context) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
			await site.open(page, 'energy/');
			const anchor = page.locator('figure a.heading-anchor[href^="#fig-"]').first();
			const hash = await anchor.getAttribute('href');
			await withClipboard(async () => {
				await anchor.click();
				await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), PATIENT).toBe(url(`energy/${hash}`));
			});
		});
	});

	test('without JavaScript the control is a plain link to the section', async () => {
		await withPage({ viewport: DESKTOP, javaScriptEnabled: false }, async (page) => {
			await site.open(page, 'energy/');
			await page.locator('.heading-wrap:has(#cooling) a.heading-anchor').click();
			expect(new URL(page.url()).hash).toBe('#cooling');
			await scrollSettled(page);
			expect((await topBelowHeader(page, '#cooling')).gap).toBeGreaterThanOrEqual(0);
		});
	});
});

test('the language switch keeps the page and the #section, both ways', async () => {
	await withPage({ viewport: DESKTOP }, async (page) => {
		await site.open(page, 'energy/#cooling');
		await page.getByRole('link', { name: '阅读中文版' }).click();
		await page.waitForURL('**/zh/energy/#cooling');
		// The switch carries the #fragment over by script, and page scripts start after the first paint.
		await scriptsReady(page);
		await page.getByRole('link', { name: 'Read this page in English' }).click();
		await page.waitForURL((u) => u.pathname === '/energy/' && u.hash === '#cooling');
	});
});

test('the language switch keeps a #section the reader reached after the page loaded, from the keyboard too', async () => {
	await withPage({ viewport: DESKTOP }, async (page) => {
		// A contents link: the address gains its #fragment without a page load.
		await site.open(page, 'energy/');
		await page.locator('.toc a[href="#ratepayers"]').click();
		await expect.poll(() => new URL(page.url()).hash, PATIENT).toBe('#ratepayers');
		await page.getByRole('link', { name: '阅读中文版' }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.pathname === '/zh/energy/' && u.hash === '#ratepayers', PATIENT);
		await scriptsReady(page);
		await scrollSettled(page);
		expect((await topBelowHeader(page, '#ratepayers')).gap).toBeGreaterThanOrEqual(0);
		// A copied section link puts its #fragment in the address bar; switching back keeps that one.
		await page.locator('.heading-wrap:has(#cooling) a.heading-anchor').click();
		await expect.poll(() => new URL(page.url()).hash, PATIENT).toBe('#cooling');
		await page.getByRole('link', { name: 'Read this page in English' }).click();
		await page.waitForURL((u) => u.pathname === '/energy/' && u.hash === '#cooling', PATIENT);
	});
});

describe('a deep link lands with its heading visible below the sticky header', () => {
	test.each([
		['desktop', DESKTOP, 'no-preference'],
		['phone', PHONE, 'no-preference'],
		['phone, reduced motion', PHONE, 'reduce'],
	] as const)('%s', async (_, viewport, reducedMotion) => {
		await withPage({ viewport, reducedMotion }, async (page) => {
			for (const target of ['energy/#ratepayers', 'zh/jobs/#per-site', 'zh/energy/#fig-us-datacenter-electricity']) {
				await site.open(page, target);
				await scrollSettled(page);
				const id = target.split('#')[1]!;
				const { gap, top, viewport: height } = await topBelowHeader(page, `#${id}`);
				expect(gap, target).toBeGreaterThanOrEqual(0);
				expect(top, target).toBeLessThan(height / 2);
			}
		});
	});
});

describe('table of contents', () => {
	test('wide screens: open beside the text, marks the section being read, follows jumps', async () => {
		await withPage({ viewport: DESKTOP }, async (page) => {
			await site.open(page, 'zh/energy/');
			const toc = page.getByRole('navigation', { name: '本页目录' });
			expect(await toc.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
			const current = () => toc.locator('a[aria-current="true"]').getAttribute('href');
			// Reading: scroll a little at a time past the "cooling" heading.
			await page.evaluate(() => window.scrollTo({ top: document.getElementById('cooling')!.getBoundingClientRect().top + window.scrollY - 150, behavior: 'instant' }));
			await expect.poll(current, PATIENT).toBe('#cooling');
			await page.mouse.move(300, 400);
			// Back up until "cooling" is below the reading line (30% down): the section before is current again.
			await page.mouse.wheel(0, -400);
			await expect.poll(current, PATIENT).toBe('#as-much-as-a-city');
			// A jump to the end (the last section is short) and back to the top.
			await page.keyboard.press('End');
			await expect.poll(current, PATIENT).toBe('#ratepayers');
			// In Chromium a Home pressed while End's smooth scroll is still under way can be lost (tried: pressed
			// 150 ms after End, the page stayed at the bottom). A reader presses it once the page has come to rest.
			await scrollSettled(page);
			await page.keyboard.press('Home');
			// Home scrolls smoothly from the end of a long page: judge the contents once the page is at the top.
			await expect.poll(() => page.evaluate(() => window.scrollY), PATIENT).toBe(0);
			await expect.poll(() => toc.locator('a[aria-current]').count(), PATIENT).toBe(0);
		});
	});

	test('wide screens without JavaScript: the contents are shown too', async () => {
		await withPage({ viewport: DESKTOP, javaScriptEnabled: false }, async (page) => {
			await site.open(page, 'energy/');
			expect(await page.locator('.toc a[href="#cooling"]').isVisible()).toBe(true);
		});
	});

	test('phones: collapsed above the text, opened from the keyboard, links reach their section', async () => {
		await withPage({ viewport: PHONE }, async (page) => {
			await site.open(page, 'energy/');
			const summary = page.locator('.toc summary');
			await expect.poll(() => page.locator('.toc details').evaluate((d) => (d as HTMLDetailsElement).open), PATIENT).toBe(false);
			expect(await page.locator('.toc a').first().isVisible()).toBe(false);
			await summary.focus();
			await page.keyboard.press('Enter');
			const link = page.locator('.toc a[href="#cooling"]');
			expect(await link.isVisible()).toBe(true);
			await link.focus();
			await page.keyboard.press('Enter');
			await scrollSettled(page);
			expect((await topBelowHeader(page, '#cooling')).gap).toBeGreaterThanOrEqual(0);
		});
	});
});

describe('search', () => {
	/**
	 * Query → the article it must find among the first `within` results (results are pages of the
	 * searching language). The site's own name is on every page, so for it the bar is the first screen.
	 * Every query's excerpts must read as prose (checked on all results); "Abilene" must find the
	 * site's own page.
	 */
	const cases: Array<readonly [Lang, string, string | null, number]> = [
		['en', 'Stargate', 'overview', 8],
		['en', 'SoftBank', 'partners', 3],
		['en', 'Oracle', 'partners', 3],
		['en', 'data center', 'energy', 3],
		['en', 'energy', 'energy', 3],
		['en', 'jobs', 'jobs', 1],
		['en', 'Abilene', null, 0],
		['zh', '星际之门', 'overview', 8],
		['zh', '软银', 'partners', 3],
		['zh', '甲骨文', 'partners', 3],
		['zh', '数据中心', 'energy', 3],
		['zh', '能源', 'energy', 3],
		['zh', '就业', 'jobs', 1],
	];
	/** Text that only a table, badge, control or reference list would put in an excerpt. */
	const noise = (lang: Lang) => [
		new RegExp(`${t(lang, 'figure.stated')}\\s*${t(lang, 'figure.sources')}`),
		new RegExp(`${t(lang, 'figure.item')}\\s*(${t(lang, 'figure.series')}|${t(lang, 'figure.value')})`),
		/CSV\s*JSON/,
		new RegExp(`${t(lang, 'data.download')}\\s*[:：]`),
		new RegExp(t(lang, 'filter.reset')),
		new RegExp(t(lang, 'source.kind.secondary')),
		new RegExp(t(lang, 'copyLink.copied')),
	];

	let page: Page;
	let context: BrowserContext;
	beforeAll(async () => {
		context = await site.browser.newContext({ viewport: DESKTOP });
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	test.each(cases)('%s: “%s” (the %s article within the top %i); excerpts read as prose and point at sections', async (lang, query, slug, within) => {
		const prefix = lang === 'zh' ? '/zh/' : '/';
		const box = page.getByRole('searchbox');
		// The queries of one language are typed one after another into the same open dialog, as a reader
		// refining a search would: the page and its search index load once per language, not once per query.
		if (new URL(page.url()).pathname !== prefix || !(await box.isVisible())) {
			await site.open(page, prefix.slice(1));
			await page.keyboard.press('/');
			await expect.poll(() => box.evaluate((input) => input === document.activeElement), PATIENT).toBe(true);
		} else {
			// Emptied, the box clears the results: the next results are this query's, not the last one's.
			await box.fill('');
			await expect.poll(() => page.locator('.search-results > li').count(), PATIENT).toBe(0);
		}
		await box.fill(query);
		await page.locator('.search-results > li .result-excerpt').first().waitFor();
		const results = await page.locator('.search-results > li').evaluateAll((items) =>
			items
				.filter((li) => li.querySelector(':scope > a'))
				.map((li) => ({
					path: new URL(li.querySelector<HTMLAnchorElement>(':scope > a')!.href).pathname,
					title: li.querySelector('.result-title')?.textContent ?? '',
					excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
					sections: [...li.querySelectorAll('ul a')].map((a) => a.getAttribute('href') ?? ''),
				})),
		);
		const paths = results.map((r) => r.path);
		console.log(`${lang} “${query}” → ${paths.join(' ')}`);
		expect(results.length).toBeGreaterThan(0);
		if (slug) expect(paths.slice(0, within)).toContain(`${prefix}${slug}/`);
		for (const path of paths) expect(path.startsWith('/zh/')).toBe(lang === 'zh');
		expect(await page.getByRole('status').filter({ hasText: lang === 'zh' ? /找到\d+个页面/ : /\d+ pages? found/ }).count()).toBe(1);
		for (const result of results) {
			for (const pattern of noise(lang)) expect(result.excerpt, `${result.title}: “${result.excerpt}”`).not.toMatch(pattern);
		}
		if (query === 'Abilene') expect(paths).toContain('/sites/abilene/');
	});

	test('opens from the header button by keyboard, Escape closes it and returns focus', async () => {
		await site.open(page, 'zh/');
		const button = page.getByRole('button', { name: '搜索' });
		await button.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: '搜索本站' });
		await expect.poll(() => dialog.isVisible(), PATIENT).toBe(true);
		await page.keyboard.type('软银');
		await page.locator('.search-results > li > a').first().waitFor();
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.closest('.search-results') !== null)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible(), PATIENT).toBe(false);
		expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
	});

	test('more than one screen of results: a button shows the rest and moves focus to the first new one', async () => {
		await site.open(page, 'zh/');
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill('星际之门');
		const more = page.getByRole('button', { name: /^再显示\d+个$/ });
		await more.waitFor();
		const total = Number((await page.getByRole('status').filter({ hasText: /找到\d+个页面/ }).textContent())!.match(/\d+/)![0]);
		expect(await page.locator('.search-results > li > a').count()).toBe(8);
		await more.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.search-results > li > a').count(), PATIENT).toBe(Math.min(total, 16));
		expect(await page.locator('.search-results > li > a').nth(8).evaluate((a) => a === document.activeElement)).toBe(true);
	});

	test('Enter opens the first result', async () => {
		await site.open(page, '');
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill('jobs');
		const first = await page.locator('.search-results > li > a').first().getAttribute('href');
		await page.keyboard.press('Enter');
		await page.waitForURL(url(first!.slice(1)));
	});

	test('no search code or index is downloaded until search is opened', async () => {
		const fresh = await context.newPage();
		const requested: string[] = [];
		fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await fresh.goto(url('energy/'), { waitUntil: 'networkidle' });
		// Page scripts start after the first paint; until they have run, '/' is an ordinary key.
		await scriptsReady(fresh);
		expect(requested.filter((path) => path.includes('pagefind') || /\/search\.[\w-]+\.js$/.test(path))).toEqual([]);
		await fresh.keyboard.press('/');
		await fresh.getByRole('searchbox').fill('energy');
		await fresh.locator('.search-results > li > a').first().waitFor();
		expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
		await fresh.close();
	});
});
