/**
 * After the build, before the integrations that read the finished pages (search index, _headers): each
 * page keeps only the inline CSS that can match it (src/lib/page/prune-css.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classTokens, prunePageStyles } from '../lib/page/prune-css.ts';
import { builtPages } from './built-pages.ts';

export function perPageCss(): AstroIntegration {
	return {
		name: 'stargate-per-page-css',
		hooks: {
			'astro:build:done': ({ dir, pages, logger }) => {
				const outDir = fileURLToPath(dir);
				const assets = join(outDir, '_astro');
				// Class and element names written by any script (elements it creates) count as used on every page.
				const scripts = existsSync(assets)
					? readdirSync(assets)
							.filter((f) => f.endsWith('.js'))
							.map((f) => readFileSync(join(assets, f), 'utf8'))
							.join('\n')
					: '';
				let before = 0;
				let after = 0;
				for (const page of builtPages(outDir, pages)) {
					const used = classTokens(page.html);
					const html = prunePageStyles(page.html, {
						hasClass: (name) => used.has(name) || scripts.includes(name),
						hasElement: (name) => page.html.includes(`<${name}`) || scripts.includes(name),
					});
					before += page.html.length;
					after += html.length;
					if (html !== page.html) writeFileSync(page.file, html);
				}
				logger.info(`unused CSS rules left out per page: ${Math.round((before - after) / 1024)} KB in all (uncompressed)`);
			},
		},
	};
}
