/**
 * What every browser-tier file needs, in one place: the tier's shared browser
 * and server (tests/support/e2e-global.ts), URLs on it, a page in a fresh
 * context, a watcher for console errors, uncaught errors and CSP violations,
 * and waits on the page's own signals (a chart's `data-drawn`, the network
 * going quiet) instead of fixed delays.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { TMP } from './project.ts';

export interface Site {
	readonly browser: Browser;
	readonly server: RunningServer;
	/** Absolute URL of a site path, with or without its leading slash (`/zh/energy/`, `zh/energy/#cooling`). */
	url: (path: string) => string;
	/**
	 * Goes to `path` and, when the page runs scripts, waits until they have all run: they start after
	 * the first paint, so `load` alone does not mean a control works yet.
	 */
	open: (page: Page, path: string) => Promise<void>;
	/** A page in a context of its own with these options, at `path` when given; the context is closed afterwards. */
	withPage: <T>(options: BrowserContextOptions, path: string | null, run: (page: Page, context: BrowserContext) => Promise<T>) => Promise<T>;
}

/**
 * Connects the file to the shared browser and server before its tests run and
 * disconnects after. `{ subpath: true }`: the tier's sub-path build and its server instead of dist/.
 */
export function useSite(options: { subpath?: boolean } = {}): Site {
	let browser: Browser | undefined;
	let server: RunningServer | undefined;
	beforeAll(async () => {
		[browser, server] = await Promise.all([launchBrowser(), startServer(options)]);
	});
	afterAll(async () => {
		await browser?.close();
		server?.stop();
	});
	const site: Site = {
		get browser() {
			if (!browser) throw new Error('the browser is not connected yet');
			return browser;
		},
		get server() {
			if (!server) throw new Error('the server is not started yet');
			return server;
		},
		url: (path) => new URL(path.replace(/^\//, ''), site.server.url).href,
		async open(page, path) {
			await page.goto(site.url(path), { waitUntil: 'load' });
			// The theme bootstrap marks <html data-theme> synchronously when script runs at all.
			if (await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))) await scriptsReady(page);
		},
		async withPage(contextOptions, path, run) {
			const context = await site.browser.newContext(contextOptions);
			try {
				const page = await context.newPage();
				if (path !== null) await site.open(page, path);
				return await run(page, context);
			} finally {
				await context.close();
			}
		},
	};
	return site;
}

export const DESKTOP = { viewport: { width: 1280, height: 900 } } as const;
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;

/**
 * Records what a reader never sees but a broken page does: console errors, uncaught
 * errors and CSP violations. Call before the page navigates; read the list at the end.
 */
export async function watchProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
	});
	return problems;
}

/**
 * Requests that failed or answered with an HTTP error. Aborted ones are left out: a navigation
 * cancels what is still in flight (a favicon, say), while a missing file shows up as an HTTP error.
 */
export function failedRequests(page: Page): string[] {
	const failed: string[] = [];
	page.on('requestfailed', (request) => {
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.url()} failed (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.url()} HTTP ${response.status()}`);
	});
	return failed;
}

/**
 * Counts the page's requests in flight; `settled()` resolves once none has been
 * in flight for `quietMs` (quicker than Playwright's 'networkidle', 500 ms of silence).
 */
export function trackRequests(page: Page, quietMs = 150): { settled: () => Promise<void> } {
	let inFlight = 0;
	page.on('request', () => (inFlight += 1));
	page.on('requestfinished', () => (inFlight -= 1));
	page.on('requestfailed', () => (inFlight -= 1));
	return {
		settled: async () => {
			for (let quiet = 0; quiet * 50 < quietMs; ) {
				await page.waitForTimeout(50);
				quiet = inFlight === 0 ? quiet + 1 : 0;
			}
		},
	};
}

/**
 * Page scripts start after the first paint, so the `load` event no longer waits for them
 * (src/scripts/theme-init.ts): `<html data-scripts="ready">` says they have all run.
 */
export const scriptsReady = (page: Page, timeout = 15_000) =>
	page.waitForFunction(() => document.documentElement.dataset.scripts === 'ready', undefined, { timeout, polling: 50 });

/**
 * Waits until every chart on the page has drawn or reported its failure (`data-drawn` /
 * `data-chart-error`, set by src/scripts/chart-element.ts). A chart not yet started is
 * brought into view, as a reader stopping there would; returns the failures.
 */
export async function chartsDone(page: Page, timeout = 15_000): Promise<string[]> {
	await scriptsReady(page, timeout);
	const pending = 'chart-figure:not([data-drawn]):not([data-chart-error])';
	await page.evaluate(async (selector) => {
		for (const figure of document.querySelectorAll(selector)) {
			figure.scrollIntoView({ block: 'center' });
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		}
	}, pending);
	await page.waitForFunction((selector) => document.querySelector(selector) === null, pending, { timeout, polling: 50 });
	return page.$$eval('chart-figure[data-chart-error]', (els) => els.map((el) => `${el.closest('figure')?.id}: ${(el as HTMLElement).dataset.chartError}`));
}

/**
 * Scrolls to the bottom a screen at a time, as a reader would, so everything started on approach
 * (charts) starts; then waits for every chart to finish and back to the top. Returns chart failures.
 * One frame per screen: intersection observers take their reading in that frame's rendering step,
 * and chartsDone brings any chart still not started into view itself.
 */
export async function scrollThrough(page: Page): Promise<string[]> {
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
			window.scrollTo({ top: y, behavior: 'instant' });
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
	});
	const failures = await chartsDone(page);
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	return failures;
}

/** Two animation frames: what the page changed in script has been laid out and painted. */
export const nextPaint = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Hides the sticky header so it does not sit over element screenshots; returns a function that puts it back. */
export async function unstickHeader(page: Page): Promise<() => Promise<void>> {
	await page.evaluate(() => document.querySelector<HTMLElement>('.site-header')?.style.setProperty('position', 'static'));
	return async () => void (await page.evaluate(() => document.querySelector<HTMLElement>('.site-header')?.style.removeProperty('position')));
}

/**
 * The shared Chromium has ONE clipboard for all its contexts, and the tier runs files side by
 * side: a copy in one file could land between another file's copy and its read. Runs `run`
 * (copy, then read) holding a lock that every clipboard test of this tier run takes.
 */
export async function withClipboard<T>(run: () => Promise<T>): Promise<T> {
	const endpoint = inject('browserWSEndpoint');
	if (!endpoint) return run();
	mkdirSync(TMP, { recursive: true });
	const lock = join(TMP, `clipboard-${createHash('sha1').update(endpoint).digest('hex').slice(0, 12)}.lock`);
	for (const started = Date.now(); ; ) {
		try {
			closeSync(openSync(lock, 'wx'));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			// A holder that died (a killed run) must not block the rest for ever.
			if (Date.now() - started > 60_000) rmSync(lock, { force: true });
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
	try {
		return await run();
	} finally {
		rmSync(lock, { force: true });
	}
}

/**
 * A picture for a person to review (tests/artifacts/…), written unless REVIEW_SHOTS=0. CI sets it: its
 * clone is thrown away unread, and encoding the tier's PNGs costs about a third of the map tests' time.
 * What a picture is for is asserted next to it, so the tests check the same with or without it.
 */
export const REVIEW_SHOTS = process.env.REVIEW_SHOTS !== '0';
export async function reviewShot(target: Page | Locator, path: string, options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {}): Promise<void> {
	if (!REVIEW_SHOTS) return;
	mkdirSync(dirname(path), { recursive: true });
	await ('goto' in target ? target.screenshot({ path, ...options }) : target.screenshot({ path }));
}
