/** `/data/claims.json`: the claims ledger, one record per checked claim (JSON; the data hub lists it). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../content-model/index.ts';
import { listFiles } from '../../lib/downloads/bundle.ts';

export const GET: APIRoute = () => new Response(listFiles(loadContent(), 'claims').json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
