/**
 * Turns a row of `content/then-now.yaml` into what a reader sees on each side:
 * the formatted figure(s), the date stated and the source ids. Figures come
 * from dataset points or are computed from the site records, never retyped.
 */
import type { Lang, Value } from '../../schemas/common.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Site } from '../../schemas/site.ts';
import type { Source } from '../../schemas/source.ts';
import type { ThenNowComputed, ThenNowSide } from '../../schemas/then-now.ts';
import { t } from '../../i18n/ui.ts';
import { pointUnit } from '../dataset/table.ts';
import { formatNumber, formatValue, latestDate, PUNCT } from '../format.ts';

export interface ShownFigure {
	text: string;
	/** The point's own label, shown when a side has several figures. */
	label: string | null;
}

export interface ShownSide {
	figures: ShownFigure[];
	/** A second line for computed figures ("1 partly operating, 1 dropped ..."). */
	detail: string | null;
	caption: string;
	/** ISO date: the latest date among the figures shown. */
	stated: string;
	sources: string[];
	/** True when the sources are one set per site record: the page links to those records instead of listing them all. */
	perSite: boolean;
}

export interface ThenNowData {
	datasets: readonly Dataset[];
	sites: readonly Site[];
	/** To leave out figures that rest on single reports alone (the home page and then-vs-now never do). */
	sources: readonly Pick<Source, 'id' | 'kind'>[];
}

const unique = (ids: string[]) => [...new Set(ids)];

function valueBounds(value: Value): [number, number] {
	return typeof value === 'number' ? [value, value] : [value.low, value.high];
}

/** US sites still in the programme, with how many run, how many left, and the sites abroad. */
function siteCount({ sites }: ThenNowData, lang: Lang): Omit<ShownSide, 'caption'> {
	const us = sites.filter((s) => s.country === 'US');
	const abroad = sites.filter((s) => s.country !== 'US');
	const active = (list: Site[]) => list.filter((s) => s.status.value !== 'paused-or-dropped');
	const detailParts = [
		t(lang, 'thenNow.sitesOperating', { n: us.filter((s) => s.status.value === 'operating').length }),
		t(lang, 'thenNow.sitesDropped', { n: us.length - active(us).length }),
		t(lang, 'thenNow.sitesAbroad', { n: abroad.length, paused: abroad.length - active(abroad).length }),
	];
	return {
		figures: [{ text: t(lang, 'thenNow.sitesUs', { n: active(us).length }), label: null }],
		detail: detailParts.join(PUNCT[lang].semicolon),
		stated: latestDate(sites.map((s) => s.status.asOf)),
		sources: unique(sites.flatMap((s) => s.status.sources)),
		perSite: true,
	};
}

/**
 * The spread of published permanent-job figures per site, alternatives included (never summed),
 * leaving out any figure whose sources are all single reports.
 */
function permanentJobs({ sites, sources }: ThenNowData, lang: Lang): Omit<ShownSide, 'caption'> {
	const kinds = new Map(sources.map((s) => [s.id, s.kind]));
	const confirmed = (figure: { sources: string[] }) => figure.sources.some((id) => kinds.get(id) !== 'single-report');
	const perSite = sites.map((s) => {
		const permanent = s.jobs.permanent;
		return permanent ? [permanent, ...(permanent.alternatives ?? [])].filter(confirmed) : [];
	});
	const withFigure = perSite.filter((figures) => figures.length > 0);
	const figures = withFigure.flat();
	if (figures.length === 0) throw new Error('then-now: no site has a permanent-jobs figure to compute from');
	const bounds = figures.map((f) => valueBounds(f.value));
	const low = Math.min(...bounds.map((b) => b[0]));
	const high = Math.max(...bounds.map((b) => b[1]));
	return {
		figures: [{ text: low === high ? formatNumber(low, 'jobs', lang) : formatValue({ low, high }, 'jobs', lang), label: null }],
		detail: t(lang, 'thenNow.jobsSites', { n: withFigure.length }),
		stated: latestDate(figures.map((f) => f.stated)),
		sources: unique(figures.flatMap((f) => f.sources)),
		perSite: false,
	};
}

const COMPUTED: Record<ThenNowComputed, (data: ThenNowData, lang: Lang) => Omit<ShownSide, 'caption'>> = {
	'site-count': siteCount,
	'permanent-jobs-per-site': permanentJobs,
};

export function showSide(side: ThenNowSide, data: ThenNowData, lang: Lang): ShownSide {
	const caption = side.caption[lang];
	if (side.points) {
		const points = side.points.map((ref) => {
			const dataset = data.datasets.find((d) => d.id === ref.dataset);
			const point = dataset?.points.find((p) => p.key === ref.point);
			if (!dataset || !point) throw new Error(`then-now: no point "${ref.point}" in dataset "${ref.dataset}"`);
			return { dataset, point };
		});
		return {
			figures: points.map(({ dataset, point }) => ({
				text: formatValue(point.value, pointUnit(dataset, point), lang, { qualifier: point.qualifier }),
				label: points.length > 1 ? point.label[lang] : null,
			})),
			detail: null,
			caption,
			stated: latestDate(points.map((p) => p.point.stated)),
			sources: unique(points.flatMap((p) => p.point.sources)),
			perSite: false,
		};
	}
	if (side.computed) return { ...COMPUTED[side.computed](data, lang), caption };
	// The schema guarantees words come with their date and sources.
	return { figures: [{ text: side.text![lang], label: null }], detail: null, caption, stated: side.stated!, sources: side.sources!, perSite: false };
}
