/**
 * A changelog `changes` item as the updates page shows it: the figure's title,
 * the point's label, old and new value formatted in the page's language.
 */
import type { Lang } from '../../schemas/common.ts';
import type { ValueChange } from '../../schemas/changelog.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { formatValue } from '../format.ts';
import { pointUnit } from '../dataset/table.ts';
import { namesPoint } from '../values/record.ts';

export interface ShownChange {
	dataset: string;
	figureTitle: string;
	pointLabel: string;
	/** Formatted values; undefined when the point was added (no `from`) or removed (no `to`). */
	from: string | undefined;
	to: string | undefined;
	sources: string[];
}

function withSeries(dataset: Dataset, point: Dataset['points'][number], lang: Lang): string {
	const series = (dataset.series?.length ?? 0) > 1 ? dataset.series?.find((s) => s.id === point.series) : undefined;
	return series ? `${point.label[lang]}${lang === 'zh' ? '·' : ' · '}${series.label[lang]}` : point.label[lang];
}

export function showChange(change: ValueChange, datasets: readonly Dataset[], lang: Lang): ShownChange {
	const dataset = datasets.find((d) => d.id === change.dataset);
	const point = dataset?.points.find((p) => namesPoint(dataset, p, change.point));
	const unit = dataset ? (point ? pointUnit(dataset, point) : dataset.unit) : undefined;
	const format = (value: ValueChange['from']) => (value === undefined ? undefined : unit ? formatValue(value, unit, lang) : String(value));
	return {
		dataset: change.dataset,
		figureTitle: dataset?.title[lang] ?? change.dataset,
		// Several series (construction and permanent jobs) share labels: name the series too.
		pointLabel: point ? withSeries(dataset!, point, lang) : change.point,
		from: format(change.from),
		to: format(change.to),
		sources: change.sources ?? point?.sources ?? [],
	};
}
