/**
 * Debian's Chromium through playwright-core (a browser download is not possible
 * on these machines). Flags keep it off the network. In the e2e tier every file
 * connects to the one browser that tests/support/e2e-global.ts started; each
 * context is still a fresh, throw-away profile.
 */
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
