/**
 * The ledger and timeline filters in Chromium: they narrow the list, say how
 * many entries are shown, and reset; a link to a filtered-out entry brings it
 * back; with JavaScript off every entry is visible and the controls are not.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { SEED_EVENT_ID } from '../../src/lib/ledger/verdicts.ts';
import { timelineEvents } from '../../src/lib/timeline/events.ts';
import { content } from '../support/content.ts';
import { DESKTOP, useSite } from '../support/e2e.ts';

const claims = content.claims;
// What the timeline page shows: the dated events plus the promise deadlines that moved.
const events = timelineEvents(content);
const count = <T>(list: T[], pick: (x: T) => boolean) => list.filter(pick).length;

const site = useSite();
let withJs: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
	withJs = await site.browser.newContext(DESKTOP);
	noJs = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
});

async function open(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	await site.open(page, path);
	return page;
}

const visibleItems = (page: Page) => page.locator('[data-filter-item]:visible');
const status = (page: Page) => page.locator('[data-filter-status]');
const chip = (page: Page, dim: string, value: string) => page.locator(`button[data-filter-dim="${dim}"][data-filter-value="${value}"]`);
/** The controls appear once the filter script has run. */
const ready = (page: Page) => page.locator('[data-filter-controls]').waitFor({ state: 'visible' });

describe('claims ledger filters', () => {
	test('a verdict narrows the list, a topic narrows it further, and “Show all” resets', async () => {
		const page = await open(withJs, 'claims/');
		await ready(page);
		expect(await status(page).textContent()).toBe(`All ${claims.length} claims shown`);
		expect(await visibleItems(page).count()).toBe(claims.length);

		await chip(page, 'verdict', 'misstated').click();
		const misstated = count(claims, (c) => c.verdict === 'misstated');
		expect(await chip(page, 'verdict', 'misstated').getAttribute('aria-pressed')).toBe('true');
		expect(await visibleItems(page).count()).toBe(misstated);
		expect(await status(page).textContent()).toBe(`Showing ${misstated} of ${claims.length} claims`);
		for (const verdict of await visibleItems(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.verdict))) expect(verdict).toBe('misstated');
		// A topic without misstated claims disappears with its heading.
		const emptyTopic = ['funding', 'partners', 'sites', 'energy', 'jobs', 'promises', 'policy'].find((t) => !claims.some((c) => c.topic === t && c.verdict === 'misstated'));
		if (emptyTopic) expect(await page.locator(`#topic-${emptyTopic}`).isVisible()).toBe(false);

		await chip(page, 'topic', 'funding').click();
		const both = count(claims, (c) => c.verdict === 'misstated' && c.topic === 'funding');
		expect(await visibleItems(page).count()).toBe(both);

		await chip(page, 'verdict', 'accurate').click();
		expect(await visibleItems(page).count()).toBe(count(claims, (c) => ['misstated', 'accurate'].includes(c.verdict) && c.topic === 'funding'));

		await page.getByRole('button', { name: 'Show all' }).click();
		expect(await visibleItems(page).count()).toBe(claims.length);
		expect(await status(page).textContent()).toBe(`All ${claims.length} claims shown`);
		expect(await page.locator('button[data-filter-dim][aria-pressed="true"]').count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Show all' }).isDisabled()).toBe(true);
		await page.close();
	});

	test('a link to an entry the filters hide clears them and shows the entry', async () => {
		const target = claims.find((c) => c.verdict !== 'misstated')!;
		const page = await open(withJs, 'claims/');
		await ready(page);
		await chip(page, 'verdict', 'misstated').click();
		expect(await page.locator(`#claim-${target.id}`).isVisible()).toBe(false);
		await page.evaluate((id) => (location.hash = `claim-${id}`), target.id);
		await page.locator(`#claim-${target.id}`).waitFor({ state: 'visible' });
		expect(await visibleItems(page).count()).toBe(claims.length);
		await page.close();
	});

	test('an inline verdict in an article leads to its ledger entry, in Chinese too', async () => {
		const page = await open(withJs, 'zh/funding/');
		const badge = page.locator('.article-body a[data-verdict-badge]:not(.then-now *)').first();
		const href = await badge.getAttribute('href');
		expect(href).toMatch(/^\/zh\/claims\/#claim-/);
		await badge.click();
		await page.waitForURL(/\/zh\/claims\/#claim-/);
		expect(await page.locator(href!.slice(href!.indexOf('#'))).isVisible()).toBe(true);
		await page.close();
	});
});

describe('timeline filters', () => {
	test('a topic narrows the events; the seed’s reference line stays; reset brings all back', async () => {
		const page = await open(withJs, 'zh/timeline/');
		await ready(page);
		expect(await status(page).textContent()).toBe(`已显示全部${events.length}个事件`);
		await chip(page, 'topic', 'energy').click();
		const energy = count(events, (e) => e.topic === 'energy');
		expect(events.find((e) => e.id === SEED_EVENT_ID)?.topic).not.toBe('energy');
		// The energy events, and the seed's reference line, which the count leaves out.
		expect(await visibleItems(page).count()).toBe(energy + 1);
		expect(await status(page).textContent()).toBe(`显示${energy}个，共${events.length}个事件`);
		expect(await page.locator(`#event-${SEED_EVENT_ID}`).isVisible()).toBe(true);
		expect(await page.getByText('公众号文章写于此时').isVisible()).toBe(true);
		// The year jump offers only the years still shown: for policy (no event in 2024), its events' years.
		await chip(page, 'topic', 'energy').click();
		await chip(page, 'topic', 'policy').click();
		const years = new Set(events.filter((e) => e.topic === 'policy').map((e) => e.date.slice(0, 4)));
		expect(years.size).toBeLessThan(new Set(events.map((e) => e.date.slice(0, 4))).size);
		expect((await page.locator('.year-jump a:visible').allTextContents()).map((text) => text.replace(/\D/g, '')).sort()).toEqual([...years].sort());
		await page.getByRole('button', { name: '显示全部' }).click();
		expect(await page.locator('.year-jump a:visible').count()).toBe(new Set(events.map((e) => e.date.slice(0, 4))).size);
		expect(await visibleItems(page).count()).toBe(events.length);
		await page.close();
	});
});

describe('without JavaScript', () => {
	test.each(['claims/', 'zh/claims/'])('%s: every claim is visible, under its topic, and no filter control shows', async (path) => {
		const page = await open(noJs, path);
		expect(await visibleItems(page).count()).toBe(claims.length);
		expect(await page.locator('[data-filter-controls]').isVisible()).toBe(false);
		expect(await page.locator('[data-filter-group] h2:visible').count()).toBe(new Set(claims.map((c) => c.topic)).size);
		await page.close();
	});

	test.each(['timeline/', 'zh/timeline/'])('%s: every event is visible, and no filter control shows', async (path) => {
		const page = await open(noJs, path);
		expect(await visibleItems(page).count()).toBe(events.length);
		expect(await page.locator(`#event-${SEED_EVENT_ID}`).isVisible()).toBe(true);
		expect(await page.locator('[data-filter-controls]').isVisible()).toBe(false);
		await page.close();
	});
});
