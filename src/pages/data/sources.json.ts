/** `/data/sources.json`: every source record (JSON; the data hub lists it). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../content-model/index.ts';
import { listFiles } from '../../lib/downloads/bundle.ts';

export const GET: APIRoute = () => new Response(listFiles(loadContent(), 'sources').json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
