/**
 * Debian's Chromium through playwright-core (a browser download is not possible
 * on these machines). Flags keep it off the network. In the e2e tier every file
 * connects to the one browser that tests/support/e2e-global.ts started; each
 * context is still a fresh, throw-away profile.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Debian's chromium-headless-shell: the same Chromium (Blink, V8, Skia) without the desktop browser
 * around it, the build Playwright itself runs headless tests in. The whole tier took half the CPU
 * time in it that it took in the full browser (294 against 505 CPU-seconds, every test the same).
 * Without it the full browser runs the same tests, slower.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

const LAUNCH: LaunchOptions = {
	executablePath: CHROMIUM_PATH,
	headless: true,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run',
		// Tests run pages side by side: a tab that is not in front must still get animation frames and timers.
		'--disable-background-timer-throttling',
		'--disable-backgrounding-occluded-windows',
		'--disable-renderer-backgrounding',
	],
};

/** The shared browser of the e2e tier (closed by the global teardown). */
export function startBrowserServer(): Promise<BrowserServer> {
	if (!process.env.CHROMIUM_PATH && CHROMIUM_PATH !== HEADLESS_SHELL)
		console.warn(`${HEADLESS_SHELL} not found: the browser tier runs in ${CHROMIUM_PATH}, with about twice the CPU time (apt-get install chromium-headless-shell).`);
	return chromium.launchServer(LAUNCH);
}

/**
 * A connection to the tier's shared browser; `close()` on it only disconnects
 * (and closes the contexts this file opened). Outside the tier, a browser of its own.
 */
export async function launchBrowser(): Promise<Browser> {
	const endpoint = inject('browserWSEndpoint');
	return endpoint ? chromium.connect(endpoint) : chromium.launch(LAUNCH);
}
