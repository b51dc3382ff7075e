/**
 * Global setup of the browser tier: ONE Chromium and ONE static server for every
 * e2e file, started once, so no file pays for its own launch and the files can
 * run side by side, each in its own browser contexts.
 */
import type { TestProject } from 'vitest/node';
import { startBrowserServer } from './browser.ts';
import { spawnServer } from './server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** WebSocket endpoint of the shared Chromium. */
		browserWSEndpoint: string;
		/** Root URL of the shared server over dist/ (base `/`). */
		siteUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const [browserServer, server] = await Promise.all([startBrowserServer(), spawnServer()]);
	project.provide('browserWSEndpoint', browserServer.wsEndpoint());
	project.provide('siteUrl', server.url);
	return async () => {
		server.stop();
		await browserServer.close();
	};
}
