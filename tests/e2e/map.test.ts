/**
 * The site map in Chromium: it works with JavaScript off and adds no script to
 * the page; markers are keyboard links with a visible focus ring; the labels a
 * reader sees (real fonts, real layout) never overlap each other or a marker at
 * phone and desktop widths, in both themes and languages. Markers open each
 * site's own page; an old link to a site's section lands on its overview entry.
 * Screenshots for review (the map, the overview and a site page) go to
 * tests/artifacts/map/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../support/project.ts';
import { REVIEW_SHOTS, reviewShot, useSite } from '../support/e2e.ts';
import { runAxe } from '../support/axe.ts';

const SHOTS = join(PROJECT_ROOT, 'tests/artifacts/map');
const sitesPath = (lang: string) => (lang === 'en' ? 'sites/' : 'zh/sites/');
const site = useSite();

beforeAll(() => {
	mkdirSync(SHOTS, { recursive: true });
});

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** What the reader sees: the rendered boxes of visible labels and the rendered marker circles, per panel. */
async function renderedLayout(page: Page) {
	return page.$$eval('.map-svg', (svgs) =>
		svgs.map((svg) => {
			const visible = (el: Element) => {
				const style = getComputedStyle(el);
				return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
			};
			const rect = (el: Element) => {
				const r = el.getBoundingClientRect();
				return { x: r.x, y: r.y, width: r.width, height: r.height };
			};
			const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 1;
			const labels = [...svg.querySelectorAll('.map-label text')]
				.filter((el) => visible(el) && visible(el.parentElement!))
				.map((el) => ({ text: el.textContent ?? '', box: rect(el), fontPx: parseFloat(getComputedStyle(el).fontSize) * scale }));
			const circles = [...svg.querySelectorAll('.map-site .map-mark, .map-site .map-range, .map-site .map-point')].map((el) => {
				const r = el.getBoundingClientRect();
				return { site: el.closest('a')?.getAttribute('href') ?? '', cx: r.x + r.width / 2, cy: r.y + r.height / 2, r: r.width / 2 };
			});
			return { labels, circles };
		}),
	);
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const gap = (box: Rect, c: { cx: number; cy: number }) => Math.hypot(c.cx - Math.max(box.x, Math.min(c.cx, box.x + box.width)), c.cy - Math.max(box.y, Math.min(c.cy, box.y + box.height)));

describe.each(['en', 'zh'])('%s', (lang) => {
	describe.each([390, 1280])('at %i px', (width) => {
		describe.each(['light', 'dark'] as const)('%s theme', (scheme) => {
			test('labels do not overlap each other or any marker; screenshot saved', async () => {
				const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 2 });
				const page = await context.newPage();
				await page.goto(site.url(sitesPath(lang)));
				const panels = await renderedLayout(page);
				expect(panels).toHaveLength(2);
				for (const { labels, circles } of panels) {
					expect(labels.length).toBeGreaterThan(0);
					for (const [i, a] of labels.entries()) {
						for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `"${a.text}" overlaps "${b.text}"`).toBe(false);
						// Half a pixel of anti-aliasing is allowed.
						for (const c of circles) expect(gap(a.box, c), `"${a.text}" covers a marker of ${c.site}`).toBeGreaterThanOrEqual(c.r - 0.5);
					}
					// Text stays legible on a phone too: at least 11.5 CSS px once the SVG is scaled.
					for (const label of labels) expect(label.fontPx, label.text).toBeGreaterThanOrEqual(11.5);
				}
				// Names on desktop, numbers keyed to the table on a phone.
				const shown = panels.flatMap((p) => p.labels.map((l) => l.text));
				if (width === 390) expect(shown).toContain('1');
				else expect(shown.some((text) => /[A-Za-z\u4e00-\u9fff]{3,}/.test(text))).toBe(true);
				await reviewShot(page.locator('#fig-site-map'), join(SHOTS, `${lang}-${width}-${scheme}.png`));
				await reviewShot(page.locator('.map-panel-us'), join(SHOTS, `${lang}-${width}-${scheme}-us.png`));
				await reviewShot(page.locator('.map-panel-world'), join(SHOTS, `${lang}-${width}-${scheme}-world.png`));
				const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(pageWidth).toBeLessThanOrEqual(width);
				await context.close();
			});
		});
	});
});

describe.each(['en', 'zh'])('%s: each marker\'s accessible name contains the label it shows (WCAG 2.5.3)', (lang) => {
	test.each([390, 1280])('at %i px (numbers on phones, names on desktops)', async (width) => {
		const context = await site.browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.goto(site.url(sitesPath(lang)));
		// What a voice-control user would say: the visible label, found in the marker's name.
		const markers = await page.$$eval('#fig-site-map a.map-site', (links) =>
			links.map((a) => ({
				name: a.getAttribute('aria-label') ?? '',
				shown: [...a.querySelectorAll('.map-label')].filter((g) => getComputedStyle(g).display !== 'none').map((g) => g.textContent?.trim() ?? ''),
			})),
		);
		expect(markers.length).toBeGreaterThan(5);
		for (const { name, shown } of markers) {
			expect(shown, name).toHaveLength(1);
			expect(name).toContain(shown[0]!);
		}
		// axe's own reading of the rule (experimental in axe, so named explicitly).
		const results = await runAxe(page, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] }, rules: { 'label-content-name-mismatch': { enabled: true } } }, '#fig-site-map');
		expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
		expect(results.passes.map((p) => p.id)).toContain('label-content-name-mismatch');
		await context.close();
	});
});

// Markers are drawn to scale (a 20 MW site is a dot), so many are smaller than 24 px: WCAG 2.5.8 is met by the
// "equivalent" exception, the same link in the table under the map, which must then be a full-size target itself.
describe.each(['en', 'zh'])('%s: every marker has an equivalent link of at least 24x24 px in the table under the map (WCAG 2.5.8)', (lang) => {
	test.each([390, 1280])('at %i px', async (width) => {
		const context = await site.browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.goto(site.url(sitesPath(lang)));
		const small = await page.$$eval('#fig-site-map a.map-site', (markers) =>
			markers.map((marker) => {
				const href = marker.getAttribute('href');
				const twin = [...document.querySelectorAll<HTMLAnchorElement>('.map-table a')].find((a) => a.getAttribute('href') === href);
				const box = twin?.getBoundingClientRect();
				return box && box.width >= 24 && box.height >= 24 ? null : `${href}: ${box ? `${Math.round(box.width)}x${Math.round(box.height)}` : 'no link in the table'}`;
			}),
		);
		expect(small.filter(Boolean)).toEqual([]);
		await context.close();
	});
});

test('the map renders and its links work with JavaScript disabled', async () => {
	const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto(site.url(sitesPath('en')));
	const box = await page.locator('.map-panel-us svg').boundingBox();
	expect(box!.width).toBeGreaterThan(300);
	expect(box!.height).toBeGreaterThan(150);
	const markers = page.locator('#fig-site-map a.map-site');
	expect(await markers.count()).toBeGreaterThan(0);
	const href = await markers.first().getAttribute('href');
	const name = await markers.first().getAttribute('aria-label');
	await markers.first().click();
	// A marker opens the site's own page, titled with the site's name.
	await page.waitForURL((url) => url.pathname === href);
	expect(href).toMatch(/^\/sites\/[a-z0-9-]+\/$/);
	expect(name).toContain(await page.locator('h1').textContent());
	expect(scripts).toEqual([]);
	await context.close();
});

test('the map asks for no JavaScript: the sites page loads no script a map-less article does not', async () => {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	const scriptsOf = async (path: string, scroll: boolean) => {
		const page = await context.newPage();
		const urls = new Set<string>();
		page.on('request', (request) => {
			if (request.resourceType() === 'script') urls.add(new URL(request.url()).pathname);
		});
		await page.goto(site.url(path), { waitUntil: 'load' });
		if (scroll) {
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 500) {
					window.scrollTo(0, y);
					await new Promise((r) => setTimeout(r, 30));
				}
			});
		} else {
			await page.locator('#fig-site-map').scrollIntoViewIfNeeded();
		}
		await page.waitForTimeout(300);
		await page.close();
		return urls;
	};
	// With the map in view (and everything else on a fully scrolled map-less article)...
	const sites = await scriptsOf(sitesPath('en'), false);
	const energy = await scriptsOf('energy/', true);
	for (const url of sites) expect(energy, url).toContain(url);
	// ...and no script the page loads knows anything about the map.
	for (const url of sites) {
		const body = await (await fetch(site.url(url))).text();
		expect(body, url).not.toMatch(/map-site|fig-site-map|map-svg/);
	}
	await context.close();
});

test("a marker is reached with the keyboard, shows a focus ring and opens the site's page", async () => {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto(site.url(sitesPath('zh')));
	// Tab from the element just before the first marker.
	await page.locator('#fig-site-map .map-panel-us .map-panel-title').evaluate((el) => {
		el.setAttribute('tabindex', '-1');
		(el as HTMLElement).focus();
	});
	await page.keyboard.press('Tab');
	const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
	expect(focused).toMatch(/^\/zh\/sites\/[a-z0-9-]+\/$/);
	const ring = page.locator(`#fig-site-map a.map-site[href="${focused}"] .map-focus`);
	expect(await ring.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
	const other = page.locator('#fig-site-map a.map-site:not(:focus) .map-focus').first();
	expect(await other.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => url.pathname === focused);
	await context.close();
});

test('print shows the map with its names, without focus rings', async () => {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto(site.url(sitesPath('en')));
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('.map-panel-us svg').isVisible()).toBe(true);
	expect(await page.locator('.map-panel-us .lbl-wide').first().isVisible()).toBe(true);
	expect(await page.locator('.map-focus').first().evaluate((el) => getComputedStyle(el).display)).toBe('none');
	await reviewShot(page.locator('#fig-site-map'), join(SHOTS, 'en-print.png'));
	await context.close();
});

test("an old link to a site's section lands on its entry in the overview, marked, which opens the site's page", async () => {
	const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(site.url(`${sitesPath('en')}#site-saline`));
	const row = page.locator('#site-saline');
	expect(await row.isVisible()).toBe(true);
	// The browser scrolls to the row (and keeps it there while the page settles).
	await page.waitForFunction(() => {
		const top = document.querySelector('#site-saline')!.getBoundingClientRect().top;
		return top >= 0 && top < window.innerHeight - 40;
	});
	// The :target mark shows which row the link meant.
	const mark = await row.locator('th').evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(mark).not.toBe('rgba(0, 0, 0, 0)');
	await row.getByRole('link').click();
	await page.waitForURL((url) => url.pathname === '/sites/saline/');
	expect(await page.locator('h1').textContent()).toBe('Saline Township, Michigan (The Barn)');
	await context.close();
});

describe.each(['en', 'zh'] as const)('a site page (%s)', (lang) => {
	for (const width of [390, 1280])
		for (const scheme of ['light', 'dark'] as const)
			test(`at ${width} px, ${scheme}: title, facts, promises, references, no sideways scroll; screenshots of it and the overview`, async () => {
				const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
				const page = await context.newPage();
				await page.goto(site.url(`${lang === 'en' ? '' : 'zh/'}sites/abilene/`));
				expect(await page.locator('h1').textContent()).toBe(lang === 'en' ? 'Abilene, Texas (Stargate I)' : '得克萨斯州阿比林（星际之门一号园区）');
				expect(await page.locator('.site-facts').isVisible()).toBe(true);
				expect(await page.locator('[data-site-promises="abilene"] li').count()).toBeGreaterThan(0);
				expect(await page.locator('.references li').count()).toBeGreaterThan(5);
				expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
				if (REVIEW_SHOTS) {
					await reviewShot(page, join(SHOTS, `site-page-${lang}-${width}-${scheme}.png`), { fullPage: true });
					await page.goto(site.url(sitesPath(lang)));
					await reviewShot(page, join(SHOTS, `overview-${lang}-${width}-${scheme}.png`), { fullPage: true });
				}
				await context.close();
			});
});
