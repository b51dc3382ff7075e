/**
 * `sitemap.xml` from the built pages: each page's canonical URL, the date its
 * facts were checked, and the hreflang alternates (x-default included) that
 * the page declares in its head.
 */
import { escapeXml } from '../xml.ts';

export interface SitemapEntry {
	loc: string;
	/** YYYY-MM-DD. */
	lastmod?: string;
	alternates: ReadonlyArray<{ hreflang: string; href: string }>;
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
	const urls = [...entries]
		.sort((a, b) => a.loc.localeCompare(b.loc))
		.map((entry) => {
			const lastmod = entry.lastmod ? `<lastmod>${escapeXml(entry.lastmod)}</lastmod>` : '';
			const links = entry.alternates.map((alt) => `<xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.href)}"/>`);
			return `<url><loc>${escapeXml(entry.loc)}</loc>${lastmod}${links.join('')}</url>`;
		});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		'',
	].join('\n');
}
