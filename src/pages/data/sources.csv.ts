/** `/data/sources.csv`: every source record (CSV with BOM; the data hub lists it). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../content-model/index.ts';
import { listFiles } from '../../lib/downloads/bundle.ts';

export const GET: APIRoute = () => new Response(listFiles(loadContent(), 'sources').csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
