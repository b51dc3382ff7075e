/**
 * The Chinese 404 page as `zh/404.html`, where hosts look for it (Astro writes
 * only the root 404 as a file; `src/pages/zh/404.astro` comes out as
 * `zh/404/index.html`), and Netlify's `_redirects` rule that serves it for
 * missing `/zh/…` paths. Runs before the integrations that read the pages.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { NOT_FOUND_PAGES, netlifyRedirects } from '../lib/hosting/not-found.ts';

export function notFoundPages(): AstroIntegration {
	let base = '/';
	return {
		name: 'stargate-not-found',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				for (const page of NOT_FOUND_PAGES.filter((p) => p.prefix)) {
					const built = join(outDir, page.file.replace(/\.html$/, ''), 'index.html');
					if (!existsSync(built)) throw new Error(`No ${page.file}: src/pages/${page.file.replace(/\.html$/, '.astro')} did not build`);
					renameSync(built, join(outDir, page.file));
					rmdirSync(dirname(built));
				}
				writeFileSync(join(outDir, '_redirects'), netlifyRedirects(base));
				logger.info(`404 pages: ${NOT_FOUND_PAGES.map((p) => p.file).join(', ')}; _redirects written`);
			},
		},
	};
}
