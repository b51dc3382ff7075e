/**
 * A phone with JavaScript off gets each figure as its table, which scrolls sideways inside its own box: the page
 * itself must stay as wide as the screen (no zoomed-out page). Pages with the widest tables, both languages.
 */
import { expect, test } from 'vitest';
import { PHONE, useSite } from '../support/e2e.ts';

const site = useSite();
const PAGES = ['funding/', 'zh/funding/', 'jobs/', 'zh/energy/', 'sites/', 'zh/promises/tracker/', 'figures/capacity-by-site/'];

test.each(PAGES)('/%s with JavaScript off on a 390 px phone: the page is no wider than the screen', async (path) => {
	await site.withPage({ ...PHONE, javaScriptEnabled: false }, path, async (page) => {
		const widths = await page.evaluate(() => ({ layout: window.innerWidth, content: document.documentElement.scrollWidth, tables: document.querySelectorAll('.figure-table table').length }));
		expect(widths.tables).toBeGreaterThan(0);
		expect(widths).toEqual({ layout: 390, content: 390, tables: widths.tables });
	});
});
