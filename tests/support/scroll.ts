/**
 * The page smooth-scrolls to a #fragment when motion is allowed, so a heading's
 * position is only meaningful once scrolling has stopped. Polled from Node:
 * it must also work with JavaScript disabled in the page.
 */
import type { Page } from 'playwright-core';

export async function scrollSettled(page: Page): Promise<void> {
	let last = Number.NaN;
	for (let stable = 0, tries = 0; stable < 3 && tries < 100; tries++) {
		await page.waitForTimeout(100);
		const y = await page.evaluate(() => window.scrollY);
		stable = y === last ? stable + 1 : 0;
		last = y;
	}
}

/** Top of an element relative to the bottom of the sticky site header (positive: visible below it). */
export async function topBelowHeader(page: Page, selector: string): Promise<{ gap: number; top: number; viewport: number }> {
	return page.evaluate((sel) => {
		const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
		const element = document.querySelector(sel);
		if (!element) throw new Error(`no element ${sel}`);
		const top = element.getBoundingClientRect().top;
		return { gap: top - header, top, viewport: window.innerHeight };
	}, selector);
}
