/**
 * A dataset as the rows of its data table, in the page's language: exactly the
 * values a chart plots, formatted once so table, chart and download agree.
 */
import type { Dataset, DataPoint } from '../../schemas/dataset.ts';
import type { Lang, Unit } from '../../schemas/common.ts';
import { t } from '../../i18n/ui.ts';
import { formatDate, formatValue } from '../format.ts';

export interface TableRow {
	point: DataPoint;
	label: string;
	series: string | null;
	/** The site's status in words, for datasets coloured by status. */
	status: string | null;
	value: string;
	stated: string;
	note: string | null;
	sources: string[];
}

/** Unit of a point: its series' unit, else the dataset's. */
export function pointUnit(dataset: Dataset, point: DataPoint): Unit {
	return dataset.series?.find((s) => s.id === point.series)?.unit ?? dataset.unit;
}

/** The units a dataset's points use, in order of first use (money and gigawatts in one dataset). */
export const datasetUnits = (dataset: Dataset): Unit[] => [...new Set(dataset.points.map((point) => pointUnit(dataset, point)))];

export function datasetRows(dataset: Dataset, lang: Lang): TableRow[] {
	const seriesLabel = (id: string | undefined) => dataset.series?.find((s) => s.id === id)?.label[lang] ?? null;
	return dataset.points.map((point) => ({
		point,
		label: point.label[lang],
		series: dataset.series && dataset.series.length > 1 ? seriesLabel(point.series) : null,
		status: point.status ? t(lang, `figure.status.${point.status}`) : null,
		value: formatValue(point.value, pointUnit(dataset, point), lang, { qualifier: point.qualifier }),
		stated: formatDate(point.stated, lang),
		note: point.note?.[lang] ?? null,
		sources: point.sources,
	}));
}

/** Every source id a dataset uses, in first-use order. */
export function datasetSourceIds(dataset: Dataset): string[] {
	return [...new Set(dataset.points.flatMap((p) => p.sources))];
}

/** Site path of a dataset's download (files never end in `/`): `data/equity-pledges.csv`. */
export function datasetFilePath(id: string, format: 'csv' | 'json'): string {
	return `data/${id}.${format}`;
}
