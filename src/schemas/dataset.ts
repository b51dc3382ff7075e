import { z } from 'astro/zod';
import { asciiId, isoDate, localized, qualifier, sourceIds, unit, value, type Value } from './common.ts';
import { SITE_STATUSES } from './site.ts';

/** One plotted value. `series` is required when the dataset has more than one series. */
export const pointSchema = z.strictObject({
	/** Optional stable key, for linking a single point (e.g. from the home page). */
	key: asciiId.optional(),
	label: localized,
	value,
	qualifier: qualifier.optional(),
	/** Date the figure was stated. */
	stated: isoDate,
	sources: sourceIds,
	note: localized.optional(),
	series: asciiId.optional(),
	/** For site-level points: the site's id in `content/sites.yaml`. */
	site: asciiId.optional(),
	/** For partner-level points: the partner's id in `content/partners.yaml`. */
	partner: asciiId.optional(),
	/** Site status, for figures coloured by status. */
	status: z.enum(SITE_STATUSES).optional(),
	/** A figure that is reported but contested: drawn hatched and explained in its note. */
	contested: z.boolean().optional(),
});
export type DataPoint = z.infer<typeof pointSchema>;

export const seriesSchema = z.strictObject({
	id: asciiId,
	label: localized,
	/** Overrides the dataset unit for this series (e.g. a share in percent beside TWh). */
	unit: unit.optional(),
});

export const CHART_KINDS = ['bar', 'horizontal-bar', 'line', 'timeline'] as const;

function valuesOf(v: Value): number[] {
	return typeof v === 'number' ? [v] : [v.low, v.high];
}

/** A chart-ready dataset in `content/datasets/<id>.yaml`. */
export const datasetSchema = z
	.strictObject({
		id: asciiId,
		title: localized,
		description: localized,
		/** Default unit of every series. */
		unit,
		series: z.array(seriesSchema).min(1).optional(),
		/** Date of the newest figure in the set. */
		asOf: isoDate,
		notes: z.array(localized).optional(),
		chart: z.strictObject({ kind: z.enum(CHART_KINDS) }).optional(),
		points: z.array(pointSchema).min(1),
	})
	.superRefine((dataset, ctx) => {
		const seriesUnits = new Map((dataset.series ?? []).map((s) => [s.id, s.unit ?? dataset.unit]));
		dataset.points.forEach((point, index) => {
			if (dataset.series && dataset.series.length > 1 && !point.series) {
				ctx.addIssue({ code: 'custom', path: ['points', index, 'series'], message: 'is required when the dataset has several series' });
			}
			if (point.series && !seriesUnits.has(point.series)) {
				ctx.addIssue({ code: 'custom', path: ['points', index, 'series'], message: `names unknown series "${point.series}"` });
			}
			const pointUnit = point.series ? seriesUnits.get(point.series) : dataset.unit;
			if (pointUnit === 'percent' && valuesOf(point.value).some((n) => n > 100)) {
				ctx.addIssue({ code: 'custom', path: ['points', index, 'value'], message: 'is a percentage outside 0-100' });
			}
		});
	});
export type Dataset = z.infer<typeof datasetSchema>;
