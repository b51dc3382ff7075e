/**
 * Figures on their own, in Chromium: the figure page's "Copy the embed code"
 * button copies the <iframe> snippet; an embed page draws inside a frame on
 * another site while an article page refuses to be framed there (the _headers
 * rules, as `npm run serve` applies them); without JavaScript an embed page
 * shows its table; where the Web Share API exists, section links and "Share
 * this figure" open the share sheet instead of copying or navigating.
 * Screenshots of the figure and embed pages go to tests/artifacts/figures/pages/.
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/project.ts';
import { reviewShot, unstickHeader, useSite, withClipboard } from '../support/e2e.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'tests/artifacts/figures/pages');
const site = useSite();
const urlOf = (path: string) => site.url(path);

beforeAll(() => {
	mkdirSync(ARTIFACTS, { recursive: true });
});

describe('figure page', () => {
	test.each(['/figures/us-datacenter-electricity/', '/zh/figures/us-datacenter-electricity/', '/zh/figures/financing-events/', '/zh/figures/equity-pledges/'])(
		'%s: the embed button copies the iframe snippet; screenshot at 390 px',
		async (path) => {
			const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
			const page = await context.newPage();
			await site.open(page, path);
			await page.locator('chart-figure').scrollIntoViewIfNeeded();
			await page.waitForSelector('chart-figure[data-drawn]', { state: 'attached' });
			const button = page.locator('button[data-copy-from]');
			const snippet = await withClipboard(async () => {
				await button.click();
				return page.evaluate(() => navigator.clipboard.readText());
			});
			expect(snippet).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/[a-z-]+\/" title="[^"]+" width="100%" height="\d+"/);
			expect(snippet).toBe(await page.locator('#embed-code').inputValue());
			await unstickHeader(page);
			await reviewShot(page, join(ARTIFACTS, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-')}-390.png`), { fullPage: true });
			await context.close();
		},
	);
});

describe('embed page', () => {
	test('draws inside a frame on another site; an article page refuses to be framed there', async () => {
		const context = await site.browser.newContext({ viewport: { width: 900, height: 1200 }, reducedMotion: 'reduce' });
		const page = await context.newPage();
		const embed = urlOf('/zh/embed/us-datacenter-electricity/');
		const article = urlOf('/zh/energy/');
		// Another origin on this machine: a second local server on another port (Chromium's local network
		// access checks block a page that is not itself served locally from framing a local one).
		const body = `<iframe id="embed" src="${embed}" width="800" height="700"></iframe><iframe id="article" src="${article}" width="800" height="300"></iframe>`;
		const host = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(body));
		await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
		await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
		const embedFrame = page.frameLocator('#embed');
		await expect.poll(() => embedFrame.locator('chart-figure[data-drawn]').count(), { timeout: 15_000 }).toBe(1);
		expect(await embedFrame.locator('.figure-sources').isVisible()).toBe(true);
		expect(await embedFrame.locator('.embed-back a').getAttribute('href')).toMatch(/\/zh\/figures\/us-datacenter-electricity\/$/);
		// A refused frame never gets the article's document.
		await page.waitForTimeout(500);
		const articleFrame = page.frames().find((f) => f.parentFrame() && f.url().includes('/zh/energy/'));
		const articleTitle = articleFrame ? await articleFrame.title().catch(() => '') : '';
		expect(articleTitle).not.toMatch(/能源|星际之门/);
		await reviewShot(page, join(ARTIFACTS, 'zh-embed-framed.png'));
		await context.close();
		host.close();
	});

	test('without JavaScript shows the table, the source line and the link back', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(urlOf('/embed/financing-events/'));
		expect(await page.locator('.figure-table table').isVisible()).toBe(true);
		expect(await page.locator('.figure-chart').isVisible()).toBe(false);
		expect(await page.locator('.figure-sources').isVisible()).toBe(true);
		expect(await page.locator('.embed-back a').isVisible()).toBe(true);
		await context.close();
	});
});

describe('Web Share', () => {
	test('where navigator.share exists, a section link and "Share this figure" open the share sheet', async () => {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
		await context.addInitScript(() => {
			const w = window as unknown as { __shared: { title?: string; url?: string }[] };
			w.__shared = [];
			Object.defineProperty(navigator, 'share', { value: async (data: { title?: string; url?: string }) => void w.__shared.push(data), configurable: true });
		});
		const page = await context.newPage();
		await site.open(page, '/energy/');
		const shared = () => page.evaluate(() => (window as unknown as { __shared: { title?: string; url?: string }[] }).__shared);
		const anchor = page.locator('.heading-wrap-2 > a.heading-anchor').first();
		const hash = (await anchor.getAttribute('href'))!;
		await anchor.click();
		await expect.poll(async () => (await shared()).length).toBe(1);
		expect((await shared())[0]!.url).toBe(urlOf(`/energy/${hash}`));
		const figureShare = page.locator('a[data-share]').first();
		await figureShare.scrollIntoViewIfNeeded();
		await figureShare.click();
		await expect.poll(async () => (await shared()).length).toBe(2);
		expect((await shared())[1]!.url).toMatch(/\/figures\/[a-z-]+\/$/);
		expect(new URL(page.url()).pathname).toBe('/energy/');
		await context.close();
	});

	test('without it, "Share this figure" goes to the figure page', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await site.open(page, '/energy/');
		const link = page.locator('a[data-share]').first();
		const href = (await link.getAttribute('href'))!;
		await link.scrollIntoViewIfNeeded();
		await Promise.all([page.waitForURL(`**${href}`), link.click()]);
		expect(await page.locator('h1').textContent()).toBeTruthy();
		await context.close();
	});
});
