/**
 * The sitemap, written by `@astrojs/sitemap` after the build (sitemap-index.xml
 * and sitemap-0.xml). Each entry is what the built page declares in its head
 * (see lib/feeds/sitemap.ts): its hreflang alternates, x-default included, and
 * for articles the day its facts were checked. The package only knows URLs, so
 * a companion hook tells it where the built pages are.
 */
import type { AstroIntegration } from 'astro';
import astroSitemap from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapItem } from '../lib/feeds/sitemap.ts';
import { readPageHead } from '../lib/page/head.ts';
import { stripBase } from '../lib/urls.ts';

export function sitemap(): AstroIntegration[] {
	let outDir = '';
	let base = '/';
	/** `https://site/base/zh/energy/` → the head of `<outDir>/zh/energy/index.html`, if that page was built. */
	const headOf = (url: string) => {
		const file = join(outDir, stripBase(new URL(url).pathname, base), 'index.html');
		return existsSync(file) ? readPageHead(readFileSync(file, 'utf8')) : undefined;
	};
	return [
		{
			name: 'stargate-sitemap-paths',
			hooks: {
				'astro:config:done': ({ config }) => {
					outDir = fileURLToPath(config.outDir);
					base = config.base;
				},
			},
		},
		astroSitemap({ serialize: (item) => sitemapItem(item, headOf(item.url)) }),
	];
}
