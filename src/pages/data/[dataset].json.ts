/** `/data/<dataset>.json`: every dataset with its metadata and full source records. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Dataset } from '../../schemas/dataset.ts';
import { loadContent } from '../../content-model/index.ts';
import { figureDatasets } from '../../lib/dataset/figures.ts';
import { datasetJson } from '../../lib/dataset/json.ts';

export const getStaticPaths = (() => figureDatasets(loadContent()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) => {
	const sources = new Map(loadContent().sources.map((s) => [s.id, s]));
	return new Response(datasetJson(props.dataset, sources), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
