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

/**
 * One entry per address: a page whose canonical URL is another's (an embed
 * page points at its figure page) adds nothing; the entry with its language
 * alternates is kept.
 */
export function uniqueEntries(entries: readonly SitemapEntry[]): SitemapEntry[] {
	const byLoc = new Map<string, SitemapEntry>();
	for (const entry of entries) {
		const seen = byLoc.get(entry.loc);
		if (!seen || entry.alternates.length > seen.alternates.length) byLoc.set(entry.loc, entry);
	}
	return [...byLoc.values()];
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
	const urls = uniqueEntries(entries)
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
