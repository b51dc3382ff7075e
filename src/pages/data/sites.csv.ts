/** `/data/sites.csv`: the site list behind the map, with coordinates and sources. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../content-model/index.ts';
import { sitesCsv } from '../../lib/map/csv.ts';

export const GET: APIRoute = () => {
	const content = loadContent();
	const sources = new Map(content.sources.map((s) => [s.id, s]));
	return new Response(sitesCsv(content.sites, sources), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
