/**
 * The tracker's figure as a dataset, built from the promises (never stored), so
 * it goes through the same chart, table, CSV and JSON machinery as every other
 * figure: one point per deadline year and status, valued as the number of
 * promises, with their share of all the promises in the point's note.
 */
import type { Dataset, DataPoint } from '../../schemas/dataset.ts';
import { LANGS } from '../../schemas/common.ts';
import { t } from '../../i18n/ui.ts';
import { formatNumber } from '../format.ts';
import { deadlinePeriod } from './deadline.ts';
import type { PromiseRecord } from '../../schemas/promise.ts';
import type { Source } from '../../schemas/source.ts';
import { newestReportingDate } from '../sources/newest-reporting.ts';
import { statusesPresent, trackPromises, type TrackedPromise } from './tracker.ts';

export const PROMISE_DATASET_ID = 'promise-deadlines';

const both = (pick: (lang: (typeof LANGS)[number]) => string) => ({ en: pick('en'), zh: pick('zh') });

/** Every source behind a promise: where it was made and every later report. */
export function promiseSourceIds(tracked: TrackedPromise): string[] {
	return [...new Set([...tracked.promise.sources, ...tracked.promise.evidence.flatMap((e) => e.sources)])];
}

export function promiseDataset(tracked: readonly TrackedPromise[], reference: string): Dataset {
	const total = tracked.length;
	const statuses = statusesPresent(tracked);
	const year = (t: TrackedPromise) => deadlinePeriod(t.state.deadline).end.slice(0, 4);
	const years = [...new Set(tracked.map(year))].sort();
	const points: DataPoint[] = [];
	for (const y of years) {
		for (const status of statuses) {
			const here = tracked.filter((p) => year(p) === y && p.state.status === status);
			// The chart lists years in the order the first series meets them, so that series names every
			// year (a true zero where it has none); other empty cells are left out rather than drawn as 0.
			if (here.length === 0 && status !== statuses[0]) continue;
			points.push({
				key: `${y}-${status}`,
				label: both((lang) => t(lang, 'promises.chart.year', { year: y })),
				value: here.length,
				stated: reference,
				sources: here.length > 0 ? [...new Set(here.flatMap(promiseSourceIds))] : [...new Set(tracked.filter((p) => year(p) === y).flatMap(promiseSourceIds))],
				series: status,
				note: both((lang) => t(lang, 'promises.chart.share', { share: formatNumber(Math.round((here.length / total) * 1000) / 10, 'percent', lang), total })),
			});
		}
	}
	return {
		id: PROMISE_DATASET_ID,
		title: both((lang) => t(lang, 'promises.chart.title')),
		description: both((lang) => t(lang, 'promises.chart.description', { total })),
		unit: 'promises',
		series: statuses.map((status) => ({ id: status, label: both((lang) => t(lang, `promises.status.${status}`)) })),
		asOf: reference,
		chart: { kind: 'bar' },
		points,
	};
}

/** The tracker's figure straight from validated content, for pages and tests that list every figure. */
export function trackerDataset(content: { promises: readonly PromiseRecord[]; sources: readonly Pick<Source, 'published'>[] }): Dataset {
	const reference = newestReportingDate(content.sources);
	return promiseDataset(trackPromises(content.promises, reference), reference);
}
