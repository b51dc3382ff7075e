/**
 * After the build, before _headers is written from the pages' CSP: every page's module scripts start
 * after its first paint (src/lib/page/deferred-scripts.ts says why and how), and its CSP then allows
 * exactly the inline scripts it still runs (src/lib/page/csp.ts).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allowOwnInlineScripts } from '../lib/page/csp.ts';
import { deferModuleScripts } from '../lib/page/deferred-scripts.ts';
import { builtPages } from './built-pages.ts';

export function deferredScripts(): AstroIntegration {
	return {
		name: 'stargate-deferred-scripts',
		hooks: {
			'astro:build:done': ({ dir, pages, logger }) => {
				let changed = 0;
				for (const page of builtPages(fileURLToPath(dir), pages)) {
					const html = allowOwnInlineScripts(deferModuleScripts(page.html));
					if (html === page.html) continue;
					writeFileSync(page.file, html);
					changed++;
				}
				logger.info(`module scripts start after the first paint on ${changed} pages`);
			},
		},
	};
}
