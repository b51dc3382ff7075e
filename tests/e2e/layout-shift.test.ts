/**
 * No layout shift (issue 14: CLS exactly 0) on a phone (390×844), in both languages: the home page, an
 * article with figures (/funding/), the sites page with its map and the claims ledger with its filter
 * bar. Chromium's own layout-shift entries are summed from before the first paint (a buffered
 * PerformanceObserver installed ahead of any page script), through load, the reveal of the header
 * controls and the filter bar, and a scroll to the bottom that brings every chart into view (a chart
 * must draw into the space its placeholder reserved). A scroll by script is not user input, so any
 * shift it causes counts. Script files arrive 600 ms late, as on a slow phone network: on a local
 * server they would otherwise run before the first paint and hide any shift they cause.
 */
import { describe, expect, test } from 'vitest';
import { chartsDone, nextPaint, PHONE, useSite } from '../support/e2e.ts';

const site = useSite();

/**
 * Runs in the page before its own scripts: every layout shift, with the elements that moved, and every
 * CSP violation (each page's inline style is cut to its own rules after the build and allowed by its hash).
 */
function recordShifts(): void {
	const w = window as unknown as { __shifts: { value: number; sources: string[] }[]; __csp: string[] };
	w.__shifts = [];
	w.__csp = [];
	document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	const describe = (node: Node | null) => {
		if (!(node instanceof Element)) return String(node?.nodeName ?? '?');
		return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
	};
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node: Node | null }[] }[]) {
			if (!entry.hadRecentInput) w.__shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => describe(s.node)) });
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

const PAGES = ['', 'funding/', 'sites/', 'claims/'].flatMap((path) => [path, `zh/${path}`]);

describe.each(PAGES)('/%s on a phone', (path) => {
	test('nothing moves while the page loads, reveals its controls and draws its charts: CLS is 0, and its CSP blocks nothing', async () => {
		const context = await site.browser.newContext(PHONE);
		try {
			await context.addInitScript(recordShifts);
			await context.route(/\.m?js(\?|$)/, async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 600));
				await route.continue();
			});
			const page = await context.newPage();
			await page.goto(site.url(path), { waitUntil: 'load' });
			// Scripts have run (the theme toggle is revealed by the site script).
			await page.waitForFunction(() => !document.querySelector('[data-theme-toggle]')?.hasAttribute('hidden'));
			// Down the page a screen at a time, so every lazily drawn figure comes into view and draws.
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			for (let y = 0; y < height; y += 700) {
				await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
				await page.waitForTimeout(60);
			}
			// Every chart has drawn (or failed) into its reserved space, and that frame is painted.
			expect(await chartsDone(page), 'charts that failed').toEqual([]);
			await nextPaint(page);
			const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
			const cls = shifts.reduce((sum, s) => sum + s.value, 0);
			expect(cls, `/${path} shifted: ${JSON.stringify(shifts)}`).toBe(0);
			expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), 'CSP violations').toEqual([]);
		} finally {
			await context.close();
		}
	});
});
