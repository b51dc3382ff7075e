/** `/data/<dataset>.csv`: every dataset as a spreadsheet, one row per value with its sources. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Dataset } from '../../schemas/dataset.ts';
import { loadContent } from '../../content-model/index.ts';
import { figureDatasets } from '../../lib/dataset/figures.ts';
import { datasetCsv } from '../../lib/dataset/csv.ts';

export const getStaticPaths = (() => figureDatasets(loadContent()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) => {
	const sources = new Map(loadContent().sources.map((s) => [s.id, s]));
	return new Response(datasetCsv(props.dataset, sources), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
