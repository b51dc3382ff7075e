/**
 * The built site in Chromium: the 404 page, the theme toggle works and
 * persists, the system setting decides without a stored choice, and
 * screenshots are saved for review. That every page loads without console
 * errors or CSP violations, charts and all, is checked by quality.test.ts
 * during its one visit per page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/project.ts';
import { reviewShot, useSite } from '../support/e2e.ts';

const SHOTS = join(PROJECT_ROOT, 'tests/artifacts/screenshots');
const site = useSite();

beforeAll(() => {
	mkdirSync(SHOTS, { recursive: true });
});

// Type set as what it is: a link inside a sentence reads in the sentence's font, and a home section's heading
// looks like its neighbours' (the promises section once had no styles and read as body text).
test.each(['', 'zh/'])('/%sabout/ and its home page: the corrections link reads as part of its sentence; every home section heading has one size', async (prefix) => {
	await site.withPage({ viewport: { width: 390, height: 844 } }, null, async (page) => {
		await page.goto(site.url(`${prefix}about/`));
		const link = await page.$eval('p > a.correction-link[data-correction="page"]', (a) => {
			const own = getComputedStyle(a);
			const sentence = getComputedStyle(a.parentElement!);
			return { font: own.fontSize === sentence.fontSize && own.fontFamily === sentence.fontFamily, display: own.display };
		});
		expect(link).toEqual({ font: true, display: 'inline' });
		await page.goto(site.url(prefix));
		const sizes = await page.$$eval('.home-latest h2, .home-capacity h2, .home-promises h2', (headings) => headings.map((h) => getComputedStyle(h).fontSize));
		expect(sizes).toHaveLength(3);
		expect(new Set(sizes).size).toBe(1);
	});
});

test('a missing page returns the 404 page with status 404', async () => {
	await site.withPage({}, null, async (page) => {
		const response = await page.goto(site.url('no-such-page/'));
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
	});
});

test('dark mode toggles, persists across pages and reloads, and never flashes light', async () => {
	await site.withPage({ colorScheme: 'light' }, '/', async (page) => {
		const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
		expect(await theme()).toBe('light');
		const toggle = page.locator('[data-theme-toggle]');
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
		await toggle.click();
		expect(await theme()).toBe('dark');
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
		const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(background).toBe('rgb(20, 22, 24)');
		await page.goto(site.url('zh/energy/'));
		expect(await theme()).toBe('dark');
		// The bootstrap runs before first paint: the theme is set by the time the DOM is parsed.
		await page.reload({ waitUntil: 'domcontentloaded' });
		expect(await theme()).toBe('dark');
		await page.locator('[data-theme-toggle]').click();
		expect(await theme()).toBe('light');
	});
});

test('without a stored choice the system setting decides', async () => {
	await site.withPage({ colorScheme: 'dark' }, '/', async (page) => {
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	});
});

describe('screenshots for review (tests/artifacts/screenshots)', () => {
	const views = [
		{ name: 'phone', width: 390, height: 844 },
		{ name: 'desktop', width: 1280, height: 900 },
	];
	const cases = views.flatMap((view) => (['light', 'dark'] as const).map((scheme) => [view.name, scheme, view] as const));
	// One page per view and theme, taken to each path in turn.
	test.each(cases)('%s, %s: home and /energy/ in both languages', async (_, scheme, view) => {
		await site.withPage({ viewport: { width: view.width, height: view.height }, colorScheme: scheme }, null, async (page) => {
			for (const path of ['', 'zh/', 'energy/', 'zh/energy/']) {
				const name = `${(path || 'en/').replace(/\//g, '-').replace(/-$/, '') || 'en'}-${view.name}-${scheme}`;
				// Once its scripts have run, as a reader sees it: the search and theme controls shown.
				await site.open(page, path);
				await reviewShot(page, join(SHOTS, `${name}.png`));
				expect(await page.locator('[data-theme-toggle]').isVisible(), `${name}: theme toggle shown`).toBe(true);
				// What the screenshot is for: the page in this theme, its title on the first screen, nothing cut off.
				expect(await page.evaluate(() => document.documentElement.dataset.theme), name).toBe(scheme);
				expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), name).toBe(scheme === 'dark' ? 'rgb(20, 22, 24)' : 'rgb(252, 252, 250)');
				const title = await page.locator('main h1').first().boundingBox();
				expect(title && title.y >= 0 && title.y + title.height <= view.height, `${name}: h1 box ${JSON.stringify(title)}`).toBe(true);
				// Nothing wider than the screen: no sideways scrolling on a phone.
				expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(view.width);
			}
		});
	});
});
