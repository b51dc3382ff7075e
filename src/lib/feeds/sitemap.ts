/**
 * What the sitemap says about one page, decided from what the page itself
 * declares in its head (so an entry can never disagree with its page). The
 * XML is written by `@astrojs/sitemap`; its `i18n` option derives alternates
 * from URL prefixes and cannot add `x-default`, so the page's own hreflang
 * links are used instead.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import type { PageHead } from '../page/head.ts';

/**
 * The entry for the page at `item.url`, or undefined when the page is not to be listed: it has no
 * canonical URL (a 404) or names another page as canonical (an embed of a figure page).
 */
export function sitemapItem(item: SitemapItem, head: PageHead | undefined): SitemapItem | undefined {
	if (!head?.canonical || head.canonical !== item.url) return undefined;
	return {
		...item,
		lastmod: head.meta['article:modified_time'],
		links: head.alternates.map((alt) => ({ lang: alt.hreflang, url: alt.href })),
	};
}
