/** `/data/promise-deadlines.csv`: the promise tracker's figure, built from content/promises.yaml. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../content-model/index.ts';
import { datasetCsv } from '../../lib/dataset/csv.ts';
import { promiseDataset } from '../../lib/promises/dataset.ts';
import { promiseData } from '../../components/promises/data.ts';

export const GET: APIRoute = () => {
	const { tracked, reference } = promiseData();
	const sources = new Map(loadContent().sources.map((s) => [s.id, s]));
	return new Response(datasetCsv(promiseDataset(tracked, reference), sources), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
