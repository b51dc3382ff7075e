/**
 * The site built for a sub-path (BASE_PATH=/stargate/, SITE_URL=https://example.org;
 * built once for the tier by tests/support/e2e-global.ts) and served like a CDN
 * would: a crawl from both home pages finds no broken link, asset, share card or
 * #fragment, and search results point inside the sub-path. Also the section alias
 * mechanism, on a real article given a retired id. Every page of this build is
 * loaded in Chromium by quality.test.ts (no failed request, error or CSP violation,
 * charts and all).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { failedRequests, scriptsReady, useSite } from '../support/e2e.ts';
import { pagesToVisit } from '../support/html.ts';
import { crawl, type CrawlResult } from '../support/crawl.ts';
import { scrollSettled, topBelowHeader } from '../support/scroll.ts';
import { ALIAS, SUBPATH_BASE, SUBPATH_SITE } from '../support/subpath.ts';

/** The build's folder, the URL its server serves it at (ending in the base), and what the build warned. */
const { dir: dist, url: root, warnings } = inject('subpath');
const site = useSite({ subpath: true });
let result: CrawlResult;

beforeAll(async () => {
	result = await crawl({
		server: root,
		site: `${SUBPATH_SITE}${SUBPATH_BASE}`,
		start: ['', 'zh/', 'sitemap-index.xml', 'sitemap-0.xml', 'feed.xml', 'zh/feed.xml', 'robots.txt', `${ALIAS.article}/#${ALIAS.old}`, `zh/${ALIAS.article}/#${ALIAS.old}`],
	});
});

test('the build prints no warning (the one known upstream warning is filtered by name)', () => {
	expect(warnings).toEqual([]);
});

test('the crawl reaches every page of both languages and their share cards', () => {
	expect(root).toMatch(/\/stargate\/$/);
	const paths = result.pages.map((url) => new URL(url).pathname);
	for (const path of ['/stargate/', '/stargate/zh/', '/stargate/energy/', '/stargate/zh/energy/', '/stargate/sources/', '/stargate/zh/about/']) expect(paths).toContain(path);
	// Every page that declares a share card (all but the 404s and the embeds, which are not for sharing) has one.
	// Filter links (`?verdict=…`, `?status=…`) reach the same pages again: count each page once.
	const shareable = new Set(result.pages.map((url) => new URL(url).pathname).filter((path) => !path.endsWith('404.html') && !/\/embed\//.test(path)));
	expect(result.fetched.filter((url) => /\/stargate\/og\/(en|zh)\/.+\.png$/.test(url)).length).toBe(shareable.size);
	expect(result.fetched.some((url) => url.includes('/stargate/_astro/'))).toBe(true);
});

test('no link, asset, share card, feed or sitemap entry, or #fragment is broken', () => {
	expect(result.broken).toEqual([]);
});

test('nothing points at the domain root instead of the sub-path', () => {
	for (const file of ['index.html', 'zh/energy/index.html', 'sitemap-index.xml', 'sitemap-0.xml', 'zh/feed.xml', 'robots.txt']) {
		const text = readFileSync(join(dist, file), 'utf8');
		expect(text, file).not.toMatch(/(?:href|src|content)="\/(?!stargate\/)/);
		expect(text, file).not.toMatch(/https:\/\/example\.org\/(?!stargate\/)/);
	}
});

test('a retired section id is an element at the top of its section, in both languages, without JavaScript', () => {
	for (const lang of ['', 'zh/']) {
		const html = readFileSync(join(dist, `${lang}${ALIAS.article}/index.html`), 'utf8');
		expect(html).toMatch(new RegExp(`<span id="${ALIAS.old}" class="heading-alias" data-alias-of="${ALIAS.current}"></span><h2 id="${ALIAS.current}"`));
	}
});

test('every page the browser tier checks (quality.test.ts) is reached by the crawl', () => {
	// Embed pages are not linked (they are for other sites' frames): the browser visits them, the crawl does not.
	const visited = pagesToVisit(dist)
		.filter((path) => !path.endsWith('404.html') && !/\/embed\//.test(path))
		.map((path) => new URL(path.slice(1), root).href);
	expect(visited.length).toBeGreaterThan(20);
	for (const url of visited) expect(result.pages).toContain(url);
});

describe('in Chromium', () => {
	test.each([
		['', 'energy', '/stargate/energy/'],
		['zh/', '能源', '/stargate/zh/energy/'],
	])('search from /stargate/%s finds pages inside the sub-path (%s)', async (prefix, query, expected) => {
		const page = await site.browser.newPage();
		const failed = failedRequests(page);
		await page.goto(`${root}${prefix}`);
		await scriptsReady(page);
		await page.keyboard.press('/');
		await page.getByRole('searchbox').fill(query);
		const links = page.locator('.search-results > li > a');
		await links.first().waitFor();
		const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toContain(expected);
		for (const href of hrefs) expect(href.startsWith(`/stargate/${prefix}`)).toBe(true);
		expect(failed).toEqual([]);
		await page.close();
	});

	test('an old section link lands on the current section, below the sticky header, with or without JavaScript', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 800 } });
			const page = await context.newPage();
			await page.goto(`${root}zh/${ALIAS.article}/#${ALIAS.old}`);
			if (javaScriptEnabled) await scriptsReady(page);
			await scrollSettled(page);
			const { gap, top, viewport } = await topBelowHeader(page, `#${ALIAS.current}`);
			expect(gap, `JavaScript ${javaScriptEnabled}`).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(viewport / 2);
			// With JavaScript the address bar shows the current id, so it is what readers copy and share.
			expect(new URL(page.url()).hash).toBe(javaScriptEnabled ? `#${ALIAS.current}` : `#${ALIAS.old}`);
			await context.close();
		}
	});
});
