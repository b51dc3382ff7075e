/**
 * A dataset as JSON: its metadata (both languages), every point as in the data
 * file, and the full record of each source it cites, so the download stands on
 * its own without the website.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';
import type { Lang, Unit } from '../../schemas/common.ts';
import { dataUnitLabel } from '../format.ts';
import { datasetSourceIds, datasetUnits } from './table.ts';

export const DATA_LICENCE = 'CC BY 4.0';

export interface DatasetDownload {
	id: string;
	title: Dataset['title'];
	description: Dataset['description'];
	unit: Dataset['unit'];
	/** Each unit the points use, named in both languages, as the numbers are counted in this file. */
	unitNames: Partial<Record<Unit, Record<Lang, string>>>;
	series: NonNullable<Dataset['series']>;
	asOf: string;
	notes: NonNullable<Dataset['notes']>;
	licence: string;
	points: Dataset['points'];
	sources: Source[];
}

export function datasetDownload(dataset: Dataset, sources: ReadonlyMap<string, Source>): DatasetDownload {
	return {
		id: dataset.id,
		title: dataset.title,
		description: dataset.description,
		unit: dataset.unit,
		unitNames: Object.fromEntries(
			datasetUnits(dataset).map((unit) => [unit, { en: dataUnitLabel(unit, 'en'), zh: dataUnitLabel(unit, 'zh') }]),
		),
		series: dataset.series ?? [],
		asOf: dataset.asOf,
		notes: dataset.notes ?? [],
		licence: DATA_LICENCE,
		points: dataset.points,
		sources: datasetSourceIds(dataset).map((id) => {
			const source = sources.get(id);
			if (!source) throw new Error(`Dataset ${dataset.id} cites unknown source "${id}"`);
			return source;
		}),
	};
}

/** The JSON file's text: indented, ending in a newline. */
export function datasetJson(dataset: Dataset, sources: ReadonlyMap<string, Source>): string {
	return `${JSON.stringify(datasetDownload(dataset, sources), null, 2)}\n`;
}
