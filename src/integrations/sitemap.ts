/**
 * Writes `sitemap.xml` after the build from what every page declares: its
 * canonical URL, its hreflang alternates and, for articles, the day its facts
 * were checked. Pages without a canonical URL (the 404) are left out.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageHead } from '../lib/page/head.ts';
import { sitemapXml, type SitemapEntry } from '../lib/feeds/sitemap.ts';
import { builtPages } from './built-pages.ts';

export function sitemap(): AstroIntegration {
	return {
		name: 'stargate-sitemap',
		hooks: {
			'astro:build:done': ({ dir, pages, logger }) => {
				const outDir = fileURLToPath(dir);
				const entries: SitemapEntry[] = builtPages(outDir, pages).flatMap((page) => {
					const head = readPageHead(page.html);
					if (!head.canonical) return [];
					return [{ loc: head.canonical, lastmod: head.meta['article:modified_time'], alternates: head.alternates }];
				});
				writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(entries));
				logger.info(`sitemap.xml: ${entries.length} pages`);
			},
		},
	};
}
