/** `/data/claims.csv`: the claims ledger, one record per checked claim (CSV with BOM; the data hub lists it). */
import type { APIRoute } from 'astro';
import { loadContent } from '../../content-model/index.ts';
import { listFiles } from '../../lib/downloads/bundle.ts';

export const GET: APIRoute = () => new Response(listFiles(loadContent(), 'claims').csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
