/**
 * `/robots.txt`: everything may be crawled; points to the sitemap. Crawlers
 * read robots.txt only at a domain's root, so under a sub-path deployment the
 * host's own robots.txt should carry the Sitemap line (README, "Deploy").
 */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(withBase('sitemap-index.xml', import.meta.env.BASE_URL), site).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
