/** `/data/promise-deadlines.json`: the promise tracker's figure, built from content/promises.yaml. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../content-model/index.ts';
import { datasetJson } from '../../lib/dataset/json.ts';
import { promiseDataset } from '../../lib/promises/dataset.ts';
import { promiseData } from '../../components/promises/data.ts';

export const GET: APIRoute = () => {
	const { tracked, reference } = promiseData();
	const sources = new Map(loadContent().sources.map((s) => [s.id, s]));
	return new Response(datasetJson(promiseDataset(tracked, reference), sources), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
