/**
 * Quality gates in Chromium over every built page (issue 6), one visit per page
 * and theme: no console error, uncaught error, CSP violation, failed request or
 * HTTP error while the page loads and every chart draws (none reports a failure);
 * no request leaves the site; keyboard access (skip link, visible focus, every
 * control reachable and a native element); accessibility (axe) in light and,
 * after the reader's theme toggle, in dark; and the same text, links and tables
 * with JavaScript off as with it on. The security headers actually served are
 * checked once.
 *
 * The pages are those of the tier's sub-path build (BASE_PATH=/stargate/, from
 * tests/support/e2e-global.ts), served under its base as a CDN would: a script
 * chunk, chart renderer, font or search file requested from the domain root
 * instead of the sub-path fails here. The other browser files use the root build.
 *
 * Fast: each page is loaded once with JavaScript (light, then toggled to dark)
 * and once without; pages are checked a few at a time in tabs of the shared browser.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { pagesToVisit } from '../support/html.ts';
import { COLOUR_RULES, axeViolations } from '../support/axe.ts';
import { DESKTOP, failedRequests, scrollThrough, trackRequests, useSite, watchProblems } from '../support/e2e.ts';

const paths = pagesToVisit(inject('subpath').dir);
const site = useSite({ subpath: true });
let noScript: BrowserContext;

beforeAll(async () => {
	noScript = await site.browser.newContext({ ...DESKTOP, colorScheme: 'light', javaScriptEnabled: false });
});

/** Requests that go anywhere but the site itself, from the page's first request on. */
function recordForeign(page: Page): string[] {
	const foreign: string[] = [];
	const origin = new URL(site.server.url).origin;
	page.on('request', (request) => {
		const url = request.url();
		if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
	});
	return foreign;
}

interface ContentSnapshot {
	lines: string[];
	links: string[];
	tables: string[];
}

/** What a reader gets from the page as content: its text lines, visible links and tables. Runs in the page. */
function readContent(): ContentSnapshot {
	// Controls only make sense with scripts (copy link, search box, filters, live status); they are not content.
	// Nor is what the page hides from assistive technology (a chart's legend repeats its table and label).
	const controls = 'button, input, select, textarea, label, form, search, [role="search"], [role="status"], [aria-live], dialog, [aria-hidden="true"]';
	const hidden: HTMLElement[] = [];
	for (const el of document.querySelectorAll<HTMLElement>(controls)) {
		if (el.style.display !== 'none') {
			hidden.push(el);
			el.style.display = 'none';
		}
	}
	const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
	// Lines, and table cells one by one (a chart's table lays its rows out differently from the chart).
	const lines = document.body.innerText.split(/[\n\t]/).map(squash).filter(Boolean);
	const links = [...document.querySelectorAll('a[href]')].filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')!);
	const tables = [...document.querySelectorAll('table')].filter((t) => t.checkVisibility()).map((t) => squash(t.textContent ?? '').slice(0, 120));
	for (const el of hidden) el.style.display = '';
	return { lines, links, tables };
}

interface FocusStop {
	/** Index into the page's list of expected tab stops, or -1 for an element not in it. */
	index: number;
	label: string;
	outlineWidth: number;
	outlineStyle: string;
	/** A non-native element acting as a control (role="button" on a div): Enter and Space are up to its script. */
	customControl: boolean;
}

/**
 * Marks every element that should be a tab stop (focusable, rendered, not
 * disabled or inert; content of a closed <details> is not rendered) and logs each
 * element that receives focus, with its focus outline. Returns the expected labels.
 */
async function instrumentFocus(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const label = (el: Element) => {
			const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			const href = el.getAttribute('href');
			return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href ? ` href="${href}"` : ''}> ${text}`;
		};
		const candidates = document.querySelectorAll<HTMLElement>(
			'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable]:not([contenteditable="false"]), audio[controls], video[controls]',
		);
		const expected = [...candidates].filter(
			(el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }),
		);
		expected.forEach((el, i) => (el.dataset.qaStop = String(i)));
		const log: FocusStop[] = [];
		(window as unknown as { focusLog: FocusStop[] }).focusLog = log;
		document.addEventListener('focusin', (event) => {
			const el = event.target as HTMLElement;
			const style = getComputedStyle(el);
			log.push({
				index: el.dataset.qaStop === undefined ? -1 : Number(el.dataset.qaStop),
				label: label(el),
				outlineWidth: parseFloat(style.outlineWidth) || 0,
				outlineStyle: style.outlineStyle,
				customControl:
					/^(button|link|checkbox|radio|switch|tab|menuitem|option|slider|combobox|textbox)$/.test(el.getAttribute('role') ?? '') &&
					!el.matches('a[href], button, input, select, textarea, summary'),
			});
		});
		return expected.map(label);
	});
}

/**
 * For a tab stop without an outline: does focusing it visibly change its
 * surroundings (a ring drawn by the component itself, as on the site map)?
 * Compares screenshots of its box, with a margin, focused and not.
 */
async function focusChangesPixels(page: Page, index: number): Promise<boolean> {
	const element = page.locator(`[data-qa-stop="${index}"]`);
	const still = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	await page.mouse.move(0, 0);
	// Focus by keyboard (Shift+Tab back onto it from the next stop), so :focus-visible applies as it would for a reader.
	await element.evaluate((el: HTMLElement) => el.focus());
	await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	await still();
	// Measured once focus has scrolled the page; blurring does not scroll, so both shots frame the same spot.
	const box = await element.boundingBox();
	if (!box) return false;
	const margin = 8;
	const clip = {
		x: Math.max(0, Math.floor(box.x - margin)),
		y: Math.max(0, Math.floor(box.y - margin)),
		width: Math.ceil(box.width + 2 * margin),
		height: Math.ceil(box.height + 2 * margin),
	};
	const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
	await element.evaluate((el: HTMLElement) => el.blur());
	await still();
	const blurred = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
	return !focused.equals(blurred);
}

/**
 * Presses Tab `presses` times. The key events go to DevTools in one batch rather than one
 * round trip each (the sources page has hundreds of stops); Chromium handles them in order,
 * and the focusin log records every stop synchronously.
 */
async function tabThrough(page: Page, presses: number): Promise<FocusStop[]> {
	const cdp = await page.context().newCDPSession(page);
	const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
	await Promise.all(
		Array.from({ length: presses }, () => [
			cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
			cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
		]).flat(),
	);
	await cdp.detach();
	return page.evaluate(() => (window as unknown as { focusLog: FocusStop[] }).focusLog);
}

// Soft assertions: one run lists every problem of a page, not just the first. Pages are checked a few
// at a time, each in its own tab of the shared browser (which keeps background tabs running). Concurrent
// tests must use the `expect` of their own context: the global one cannot tell which test it belongs to.
describe.concurrent.each(paths)('%s', (path) => {
	test('loads cleanly; keyboard (skip link, every control reached, native, visible focus); no axe violations in light or dark; no foreign requests; the same text, links and tables without JavaScript', async ({ expect }) => {
		// A context of its own: the theme toggle stores the choice for the whole origin.
		// Reduced motion: no smooth scrolling, so the screenshots that look for a focus ring are taken at rest.
		const context = await site.browser.newContext({ ...DESKTOP, colorScheme: 'light', reducedMotion: 'reduce' });
		const page = await context.newPage();
		const problems = await watchProblems(page);
		const foreign = recordForeign(page);
		const failed = failedRequests(page);
		const { settled } = trackRequests(page);
		await page.goto(site.url(path), { waitUntil: 'load' });
		// Down the page and back, so everything loaded on approach (charts, the map) runs and draws.
		const chartFailures = await scrollThrough(page);
		await settled();
		expect.soft(chartFailures, 'charts that reported a failure').toEqual([]);
		expect.soft(await page.evaluate(() => document.documentElement.dataset.theme), 'theme with a light system setting').toBe('light');
		const shown = await page.evaluate(readContent);

		const expected = await instrumentFocus(page);
		// Round the page until focus comes back to the first stop: Chromium also stops on scrollable regions.
		let stops = await tabThrough(page, expected.length + 2);
		for (let more = 0; more < 3 && stops.filter((s) => s.index === 0).length < 2; more++) stops = await tabThrough(page, 10);
		// An embed page is the figure alone, shown inside someone else's page: no header or navigation to skip.
		const embed = /\/embed\//.test(path);
		if (embed) expect.soft(await page.locator('a[href="#main"]').count(), 'an embed page has no skip link').toBe(0);
		else expect.soft(stops[0]?.label, 'the skip link is the first tab stop').toMatch(/^<a href="#main">/);
		const reached = new Set(stops.map((s) => s.index));
		expect.soft(expected.filter((_, i) => !reached.has(i)), 'controls the keyboard never reaches').toEqual([]);
		const noOutline = stops.filter((s) => s.outlineStyle === 'none' || s.outlineWidth <= 0);
		const faint: string[] = [];
		for (const stop of new Map(noOutline.map((s) => [s.index < 0 ? s.label : s.index, s])).values()) {
			if (stop.index < 0 || !(await focusChangesPixels(page, stop.index))) faint.push(`${stop.label} (outline ${stop.outlineStyle} ${stop.outlineWidth}px, nothing else changes)`);
		}
		expect.soft(faint, 'focused elements without a visible focus indicator').toEqual([]);
		// Native controls work with Enter and Space by themselves; a scripted imitation is a keyboard trap waiting to happen.
		expect.soft([...new Set(stops.filter((s) => s.customControl).map((s) => s.label))], 'controls that are not native elements').toEqual([]);

		// Focused, the skip link shows at the top of the screen; it moves focus (not just the view) to the main content.
		if (!embed) {
			const skipLink = page.locator('body a').first();
			await page.evaluate(() => window.scrollTo(0, 0));
			await skipLink.focus();
			const box = await skipLink.boundingBox();
			expect.soft(box && box.y >= 0 && box.y < 100 && box.width > 40 && box.height > 20, `skip link box ${JSON.stringify(box)}`).toBe(true);
			await page.keyboard.press('Enter');
			expect.soft(await page.evaluate(() => document.activeElement?.id), 'focus after following the skip link').toBe('main');
		}
		expect.soft(await axeViolations(page), 'axe, light theme').toEqual([]);

		// Dark: the reader's theme toggle, which re-colours the page in place, charts included. A page that shows
		// no toggle (an embed, inside someone else's page) follows the system setting: reloaded with a dark one.
		const toggle = page.locator('[data-theme-toggle]:visible');
		if ((await toggle.count()) > 0) await toggle.first().click();
		else {
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.reload({ waitUntil: 'load' });
			expect.soft(await scrollThrough(page), 'charts that reported a failure, dark').toEqual([]);
		}
		expect.soft(await page.evaluate(() => document.documentElement.dataset.theme), 'dark theme').toBe('dark');
		await settled();
		expect.soft(await axeViolations(page, { rules: COLOUR_RULES }), 'axe, dark theme').toEqual([]);
		expect.soft(foreign, 'requests that leave the site').toEqual([]);
		expect.soft(failed, 'requests that failed or answered with an HTTP error').toEqual([]);
		expect.soft(problems, 'console errors, uncaught errors, CSP violations').toEqual([]);
		await context.close();

		const bare = await noScript.newPage();
		await bare.goto(site.url(path), { waitUntil: 'load' });
		const without = await bare.evaluate(readContent);
		await bare.close();
		const missing = (a: string[], b: string[]) => [...new Set(a)].filter((x) => !new Set(b).has(x));
		expect.soft(shown.lines.length).toBeGreaterThan(5);
		expect.soft(missing(shown.lines, without.lines), 'text shown only with JavaScript').toEqual([]);
		expect.soft(missing(shown.links, without.links), 'links shown only with JavaScript').toEqual([]);
		expect.soft(missing(shown.tables, without.tables), 'tables shown only with JavaScript').toEqual([]);
	});
});

test('pages are served with the security headers from _headers', async () => {
	const response = await fetch(site.url('/'));
	expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
	expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
	expect(response.headers.get('permissions-policy')).toContain('camera=()');
	expect(response.headers.get('referrer-policy')).toBeTruthy();
});
