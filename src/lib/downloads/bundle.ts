/**
 * Every download the data hub offers, as named files: the lists (claims,
 * timeline, sources, sites) and each dataset, in CSV and JSON. The endpoints
 * under src/pages/data/ serve them one by one; the bundle zips them all.
 */
import type { ValidContent } from '../../content-model/index.ts';
import { datasetCsv } from '../dataset/csv.ts';
import { datasetJson } from '../dataset/json.ts';
import { sitesCsv } from '../map/csv.ts';
import { timelineEvents } from '../timeline/events.ts';
import { latestDate } from '../format.ts';
import { claimsTable, sitesJson, sourcesTable, timelineTable } from './lists.ts';
import { listCsv, listJson, type ListTable } from './table.ts';
import { zip } from './zip.ts';

export const BUNDLE_FILE = 'stargate-explained-data.zip';
export const LISTS = ['claims', 'timeline', 'sources', 'sites'] as const;
export type ListId = (typeof LISTS)[number];

const sourceMap = (content: ValidContent) => new Map(content.sources.map((s) => [s.id, s]));

export function listTable(content: ValidContent, id: Exclude<ListId, 'sites'>): ListTable {
	if (id === 'claims') return claimsTable(content.claims, sourceMap(content));
	if (id === 'timeline') return timelineTable(timelineEvents(content), sourceMap(content));
	return sourcesTable([...content.sources].sort((a, b) => a.id.localeCompare(b.id)));
}

/** The CSV and JSON text of one list. */
export function listFiles(content: ValidContent, id: ListId): { csv: string; json: string } {
	if (id === 'sites') return { csv: sitesCsv(content.sites, sourceMap(content)), json: sitesJson(content.sites, sourceMap(content)) };
	const table = listTable(content, id);
	return { csv: listCsv(table), json: listJson(table) };
}

/** Rows per list, for the data hub. */
export function listSize(content: ValidContent, id: ListId): number {
	return id === 'sites' ? content.sites.length : listTable(content, id).records.length;
}

/** The date the bundle carries: the newest article check. */
export const bundleDate = (content: ValidContent) => latestDate(content.articles.map((a) => a.data.updated));

export function bundleFiles(content: ValidContent, readme: string): Array<{ name: string; data: string }> {
	const sources = sourceMap(content);
	return [
		{ name: 'README.txt', data: readme },
		...LISTS.flatMap((id) => {
			const files = listFiles(content, id);
			return [
				{ name: `${id}.csv`, data: files.csv },
				{ name: `${id}.json`, data: files.json },
			];
		}),
		...content.datasets.flatMap((dataset) => [
			{ name: `datasets/${dataset.id}.csv`, data: datasetCsv(dataset, sources) },
			{ name: `datasets/${dataset.id}.json`, data: datasetJson(dataset, sources) },
		]),
	];
}

export const bundle = (content: ValidContent, readme: string) => zip(bundleFiles(content, readme), bundleDate(content));
