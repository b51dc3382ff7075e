/**
 * The built site in Chromium: every page loads cleanly in both languages, the
 * theme toggle works and persists, and screenshots are saved for review.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { pagesToVisit } from '../support/html.ts';
import { DIST, PROJECT_ROOT } from '../support/project.ts';

const SHOTS = join(PROJECT_ROOT, 'tests/artifacts/screenshots');
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
	[browser, server] = await Promise.all([launchBrowser(), startServer()]);
	mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	server?.stop();
});

/** Opens a page and records console errors, uncaught errors and CSP violations. */
async function openWatched(page: Page, url: string): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
	});
	await page.goto(url, { waitUntil: 'load' });
	return problems;
}

const paths = pagesToVisit(DIST).filter((p) => !p.endsWith('404.html'));

// A few pages at a time, each in its own tab of the shared browser; concurrent tests use their own `expect`.
describe.concurrent('every page loads without console errors or CSP violations', () => {
	test.for(paths)('%s', async (path, { expect }) => {
		const page = await browser.newPage();
		const problems = await openWatched(page, new URL(path.slice(1), server.url).href);
		// Scroll through so lazily loaded parts (charts) run too.
		await page.evaluate(async () => {
			for (let y = 0; y < document.body.scrollHeight; y += 600) {
				window.scrollTo(0, y);
				await new Promise((r) => setTimeout(r, 30));
			}
		});
		// Charts load their renderer on demand: wait until each has drawn or failed, so a late error is
		// counted against this page rather than lost when it closes. A busy machine may skip frames during the
		// quick scroll, so a chart not yet started is brought into view, as a reader stopping there would.
		await page.evaluate(async () => {
			for (const figure of document.querySelectorAll('chart-figure:not([data-drawn]):not([data-chart-error])')) {
				figure.scrollIntoView({ block: 'center' });
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			}
		});
		await expect
			.poll(() => page.$$eval('chart-figure', (els) => els.filter((el) => !(el as HTMLElement).dataset.drawn && !(el as HTMLElement).dataset.chartError).length), {
				timeout: 15_000,
			})
			.toBe(0);
		const failedCharts = await page.$$eval('chart-figure[data-chart-error]', (els) => els.map((el) => `${el.closest('figure')?.id}: ${(el as HTMLElement).dataset.chartError}`));
		expect(problems).toEqual([]);
		expect(failedCharts).toEqual([]);
		await page.close();
	});
});

test('a missing page returns the 404 page with status 404', async () => {
	const page = await browser.newPage();
	const response = await page.goto(new URL('no-such-page/', server.url).href);
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
	await page.close();
});

test('dark mode toggles, persists across pages and reloads, and never flashes light', async () => {
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto(server.url);
	const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
	expect(await theme()).toBe('light');
	const toggle = page.locator('[data-theme-toggle]');
	await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
	await toggle.click();
	expect(await theme()).toBe('dark');
	await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
	const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(background).toBe('rgb(20, 22, 24)');
	await page.goto(new URL('zh/energy/', server.url).href);
	expect(await theme()).toBe('dark');
	// The bootstrap runs before first paint: the theme is set by the time the DOM is parsed.
	await page.reload({ waitUntil: 'domcontentloaded' });
	expect(await theme()).toBe('dark');
	await page.locator('[data-theme-toggle]').click();
	expect(await theme()).toBe('light');
	await context.close();
});

test('without a stored choice the system setting decides', async () => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto(server.url);
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	await context.close();
});

describe('screenshots for review (tests/artifacts/screenshots)', () => {
	const views = [
		{ name: 'phone', width: 390, height: 844 },
		{ name: 'desktop', width: 1280, height: 900 },
	];
	for (const path of ['', 'zh/', 'energy/', 'zh/energy/']) {
		for (const view of views) {
			for (const scheme of ['light', 'dark'] as const) {
				const name = `${(path || 'en/').replace(/\//g, '-').replace(/-$/, '') || 'en'}-${view.name}-${scheme}`;
				test(name, async () => {
					const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, colorScheme: scheme });
					const page = await context.newPage();
					await page.goto(new URL(path, server.url).href);
					await page.screenshot({ path: join(SHOTS, `${name}.png`) });
					// What the screenshot is for: the page in this theme, its title on the first screen, nothing cut off.
					expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
					expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(20, 22, 24)' : 'rgb(252, 252, 250)');
					const title = await page.locator('main h1').first().boundingBox();
					expect(title && title.y >= 0 && title.y + title.height <= view.height, `h1 box ${JSON.stringify(title)}`).toBe(true);
					const width = await page.evaluate(() => document.documentElement.scrollWidth);
					// Nothing wider than the screen: no sideways scrolling on a phone.
					expect(width).toBeLessThanOrEqual(view.width);
					await context.close();
				});
			}
		}
	}
});
