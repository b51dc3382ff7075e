/**
 * Global setup of the browser tier: ONE Chromium, ONE static server over dist/,
 * and ONE build of the site under a sub-path (tests/support/subpath.ts) with its
 * own server, started once, so no file pays for its own launch or build and the
 * files can run side by side, each in its own browser contexts. The whole-site
 * checks (quality.test.ts) run on the sub-path build, so every page is also
 * checked where a base path is most likely to break it.
 */
import type { TestProject } from 'vitest/node';
import { startBrowserServer } from './browser.ts';
import { spawnServer } from './server.ts';
import { buildSubpathSite, SUBPATH_BASE } from './subpath.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** WebSocket endpoint of the shared Chromium. */
		browserWSEndpoint: string;
		/** Root URL of the shared server over dist/ (base `/`). */
		siteUrl: string;
		/** The sub-path build: its folder, the URL of its server (ending in the base), and its build's warnings. */
		subpath: { dir: string; url: string; warnings: string[] };
	}
}

export default async function setup(project: TestProject) {
	const [browserServer, server, subpathBuild] = await Promise.all([startBrowserServer(), spawnServer(), buildSubpathSite()]);
	const subpathServer = await spawnServer({ dir: subpathBuild.dist, base: SUBPATH_BASE });
	project.provide('browserWSEndpoint', browserServer.wsEndpoint());
	project.provide('siteUrl', server.url);
	project.provide('subpath', { dir: subpathBuild.dist, url: subpathServer.url, warnings: subpathBuild.warnings });
	return async () => {
		server.stop();
		subpathServer.stop();
		subpathBuild.remove();
		await browserServer.close();
	};
}
