/**
 * A dataset as the panels its figure draws, in the page's language: which values
 * share an axis, their labels and tooltips, and which theme colour each bar takes.
 * Plain JSON built at build time and handed to the browser in the figure's HTML,
 * so the chart code that loads later carries no content and no interface strings.
 *
 * Rules that keep figures honest:
 * - different units never share a scale: each unit gets its own panel;
 * - series that are alternative readings of the same numbers (FIGURE_LAYOUTS)
 *   become side-by-side panels on one shared scale;
 * - other series of one unit are grouped side by side, never stacked or summed;
 * - a range is one floating bar; a contested value is hatched; status is
 *   written beside the site's name, not shown by colour alone;
 * - names must fit a 390 px phone: labels wrap at build time, and a column
 *   chart with more than MAX_COLUMNS categories is drawn with horizontal bars;
 * - one layout rule for every figure (NARROW_BELOW): on a canvas narrower than
 *   that, every panel is drawn as horizontal bars with each name on its own
 *   full-width line above its bar, and the unit is said once, in the value
 *   axis's title, instead of on every bar. Both heights are reserved in CSS.
 */
import type { Dataset, DataPoint } from '../../schemas/dataset.ts';
import type { Lang, Unit } from '../../schemas/common.ts';
import type { SiteStatus } from '../../schemas/site.ts';
import { t } from '../../i18n/ui.ts';
import { aside, formatDate, formatValue, PUNCT, unitLabel } from '../format.ts';
import { pointUnit } from '../dataset/table.ts';
import { shortUnit, shortValue } from './short.ts';

export type SeriesRole = 'series-1' | 'series-2' | 'series-3' | 'series-4' | 'series-5';
/** A theme colour, read from the CSS variable of the same name (`--series-1`, `--status-operating`). */
export type ColourRole = SeriesRole | `status-${SiteStatus}`;

/** Legend order, from built to abandoned. A record, so a new status cannot be forgotten. */
const STATUS_ORDER: Record<SiteStatus, number> = { operating: 0, 'under-construction': 1, announced: 2, 'paused-or-dropped': 3 };

export interface BarModel {
	/** A number, or `[low, high]` for a range, drawn as a floating bar. */
	value: number | [number, number];
	/** Drawn at the end of the bar: `~$7B`, `700–900 MW`. */
	label: string;
	/** The same without its unit, where the axis title states it: `~7`, `700–900`. */
	short: string;
	/** The value in words, for screen readers and tooltips: `about $7B`. */
	text: string;
	tooltip: string[];
	colour: ColourRole;
	contested: boolean;
	/** Localized status of the site, when the dataset colours bars by status. */
	status: string | null;
}

export interface SeriesModel {
	id: string;
	label: string;
	colour: SeriesRole;
	/** One slot per category of the panel; null where the series has no value. */
	bars: Array<BarModel | null>;
}

export interface PanelModel {
	id: string;
	/** Shown above the panel when a figure has several. */
	title: string | null;
	unit: Unit;
	/** Full category names (tooltip titles, summaries). */
	categories: string[];
	/** Category names broken into lines for the axis. */
	lines: string[][];
	/** Names (and status) broken for a full-width line above each bar on a narrow canvas; padded at the top to one depth. */
	narrowLines: string[][];
	/** Each category's status in words (sites), or null. */
	statuses: Array<string | null>;
	/** Unit for the value axis's title when bars carry short labels: `亿美元`, `MW`. */
	unitShort: string;
	series: SeriesModel[];
	/** Shared top of the value axis when panels are compared side by side. */
	suggestedMax: number | null;
	/** Height of the chart box in rem, reserved in CSS before any script runs. */
	height: number;
	/** The same on a canvas narrower than NARROW_BELOW (names above bars). */
	narrowHeight: number;
}

export interface LegendItem {
	swatch: 'solid' | 'hatch' | 'range';
	colour: ColourRole;
	label: string;
}

export interface ChartModel {
	lang: Lang;
	kind: 'bar' | 'horizontal-bar';
	horizontal: boolean;
	/** `columns`: panels side by side on wide screens (one shared scale); `stack`: one under another. */
	layout: 'columns' | 'stack';
	panels: PanelModel[];
	legend: LegendItem[];
	/** Written in a row that has no value in this panel (a year a source did not cover). */
	notPublished: string;
}

/**
 * Datasets whose series are alternative readings of the same pledges rather
 * than different measures: drawn as side-by-side panels on a shared scale.
 * (The dataset schema has no field for this yet.)
 */
export const FIGURE_LAYOUTS: Readonly<Record<string, 'readings'>> = {
	'equity-pledges': 'readings',
};

const MIN_HEIGHT = 10;
const MAX_HEIGHT = 60;
const MAX_NARROW_HEIGHT = 120;

/**
 * Canvas width (CSS px) below which a figure uses its narrow layout. The same
 * number is in src/styles/figure.css (container query); a unit test keeps them equal.
 */
export const NARROW_BELOW = 560;
/** Geometry of the narrow layout, shared by the height reserved here and the drawing in config.ts. */
export const NARROW = {
	/** Thickness of one bar (px). */
	bar: 12,
	/** Line height of a 12 px name (Chart.js's 1.2). */
	line: 14.4,
	/** Between a name and its bar (px). */
	gap: 3,
	/** Extra space per row (px). */
	slack: 6,
	/** Value axis, its title and padding (px). */
	axis: 48,
	/** Units a full-width name may take on the narrowest canvas (288 px at 320 px). */
	wrapAt: 38,
} as const;

/** Row height in the narrow layout: name above, bar group, and as much again below so the bar stays centred on its row. */
export function narrowRow(lineCount: number, seriesCount: number): number {
	return 2 * (lineCount * NARROW.line + NARROW.gap) + seriesCount * NARROW.bar + NARROW.slack;
}

/** Display width of text in "narrow character" units: a Han character counts two. */
function widthOf(text: string): number {
	let width = 0;
	for (const char of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char) ? 2 : 1;
	return width;
}

function greedyLines(tokens: string[], max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		// Closing punctuation stays with the text before it.
		const sticky = /^[，。、；：）」』》”’,.;:)\]]/.test(token);
		if (line && !sticky && widthOf((line + token).trimEnd()) > max) {
			lines.push(line.trimEnd());
			line = token.trimStart();
		} else line += token;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/**
 * Breaks a label into lines of at most `max` units, at spaces in English and
 * between Han characters in Chinese, never inside a Latin word or number, with
 * lines of similar length (no one-character orphan). A single token longer
 * than `max` gets a line of its own.
 */
export function wrapLabel(text: string, max: number): string[] {
	// A short bracketed aside such as （预测） stays whole.
	const tokens = text.match(/（[^（）]{1,6}）|[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g) ?? [text];
	const greedy = greedyLines(tokens, max);
	// Same number of lines, narrowest width that still fits.
	for (let width = Math.ceil(widthOf(text) / greedy.length); width < max; width += 1) {
		const balanced = greedyLines(tokens, width);
		if (balanced.length <= greedy.length) return balanced;
	}
	return greedy;
}

const rangeOf = (point: DataPoint): number | [number, number] =>
	typeof point.value === 'number' ? point.value : [point.value.low, point.value.high];
const highOf = (value: number | [number, number]) => (typeof value === 'number' ? value : value[1]);

/**
 * The category of each point: its English label, so the same site or partner
 * in two series (construction and permanent jobs) shares a row, while two
 * points of one series never merge, even about the same site.
 */
function categoryKeys(dataset: Dataset): Map<DataPoint, string> {
	const keys = new Map<DataPoint, string>();
	const used = new Map<string, Set<string>>();
	for (const point of dataset.points) {
		const taken = used.get(point.series ?? '') ?? new Set<string>();
		let key = point.label.en;
		for (let n = 2; taken.has(key); n += 1) key = `${point.label.en} (${n})`;
		taken.add(key);
		used.set(point.series ?? '', taken);
		keys.set(point, key);
	}
	return keys;
}

interface SeriesInput {
	id: string;
	label: string;
	colour: SeriesRole;
	points: DataPoint[];
}

function seriesInputs(dataset: Dataset, lang: Lang): SeriesInput[] {
	const roles: SeriesRole[] = ['series-1', 'series-2', 'series-3', 'series-4', 'series-5'];
	if (!dataset.series || dataset.series.length === 0) {
		return [{ id: 'values', label: dataset.title[lang], colour: 'series-1', points: dataset.points }];
	}
	const only = dataset.series.length === 1;
	return dataset.series.map((series, i) => ({
		id: series.id,
		label: series.label[lang],
		colour: roles[i % roles.length]!,
		points: dataset.points.filter((p) => p.series === series.id || (only && !p.series)),
	}));
}

function barOf(dataset: Dataset, point: DataPoint, series: SeriesInput, showSeries: boolean, lang: Lang): BarModel {
	const unit = pointUnit(dataset, point);
	const value = rangeOf(point);
	const text = formatValue(point.value, unit, lang, { qualifier: point.qualifier });
	const status = point.status ? t(lang, `figure.status.${point.status}`) : null;
	const colon = PUNCT[lang].colon;
	const tooltip = [
		`${showSeries ? `${series.label}${colon}` : ''}${text}${typeof value === 'number' ? '' : aside(t(lang, 'figure.range'), lang)}`,
		`${t(lang, 'figure.stated')}${colon}${formatDate(point.stated, lang)}`,
	];
	if (status) tooltip.push(`${t(lang, 'figure.status')}${colon}${status}`);
	if (point.contested) tooltip.push(aside(t(lang, 'figure.contested'), lang).trim());
	return {
		value,
		label: formatValue(point.value, unit, lang, { qualifier: point.qualifier, compact: true }),
		short: shortValue(point.value, unit, lang, point.qualifier),
		text,
		tooltip,
		colour: point.status ? `status-${point.status}` : series.colour,
		contested: point.contested === true,
		status,
	};
}

function panelHeight(horizontal: boolean, lines: string[][], seriesCount: number, multi: boolean): number {
	const maxLines = Math.max(1, ...lines.map((l) => l.length));
	let rem: number;
	if (horizontal) {
		// Each row fits its wrapped name or its bars, whichever is taller, plus the value axis.
		const row = Math.max(maxLines * 0.95 + 0.7, seriesCount * 1.05 + 0.5);
		rem = lines.length * row + 2.5;
	} else {
		rem = (multi ? 11 : 13) + maxLines * 0.95 + 1.5;
	}
	return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(rem)));
}

/** Empty lines on top give every name the same depth, so each sits right above its bar. */
function padTop(lines: string[][]): string[][] {
	const depth = Math.max(1, ...lines.map((l) => l.length));
	return lines.map((l) => [...Array<string>(depth - l.length).fill(''), ...l]);
}

function narrowHeight(lines: string[][], seriesCount: number): number {
	const depth = Math.max(1, ...lines.map((l) => l.length));
	const px = lines.length * narrowRow(depth, seriesCount) + NARROW.axis;
	// figure.css has classes up to this height.
	return Math.min(MAX_NARROW_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(px / 16)));
}

interface PanelGroup {
	id: string;
	title: string | null;
	series: SeriesInput[];
}

/** Category keys in first-appearance order. */
function keysOf(series: SeriesInput[], categoryKey: (p: DataPoint) => string): string[] {
	return [...new Set(series.flatMap((s) => s.points.map(categoryKey)))];
}

interface PanelLayout {
	/** The panel's categories, in order. */
	keys: string[];
	categoryKey: (point: DataPoint) => string;
	horizontal: boolean;
	multi: boolean;
	wrapAt: number;
}

function buildPanel(dataset: Dataset, lang: Lang, group: PanelGroup, { keys, categoryKey, horizontal, multi, wrapAt }: PanelLayout): PanelModel {
	const { series } = group;
	const showSeries = series.length > 1;
	const seriesModels: SeriesModel[] = series.map((s) => ({
		id: s.id,
		label: s.label,
		colour: s.colour,
		bars: keys.map((key) => {
			const point = s.points.find((p) => categoryKey(p) === key);
			return point ? barOf(dataset, point, s, showSeries, lang) : null;
		}),
	}));
	const named = keys.map((key) => dataset.points.find((p) => categoryKey(p) === key)!);
	const categories = named.map((point) => point.label[lang]);
	const statusOf = (point: DataPoint) => (point.status ? t(lang, `figure.status.${point.status}`) : null);
	const lines = named.map((point, i) => {
		const wrapped = wrapLabel(categories[i]!, wrapAt);
		// Status in words beside the name: colour is never the only cue.
		const status = statusOf(point);
		return status ? [...wrapped, status] : wrapped;
	});
	const narrowLines = padTop(
		named.map((point, i) => {
			const status = statusOf(point);
			return wrapLabel(status ? `${categories[i]!}${lang === 'zh' ? '（' : ' ('}${status}${lang === 'zh' ? '）' : ')'}` : categories[i]!, NARROW.wrapAt);
		}),
	);
	const unit = pointUnit(dataset, series[0]!.points[0]!);
	return {
		id: group.id,
		title: group.title,
		unit,
		categories,
		lines,
		narrowLines,
		statuses: named.map(statusOf),
		unitShort: shortUnit(unit, lang),
		series: seriesModels,
		suggestedMax: null,
		height: panelHeight(horizontal, lines, series.length, multi),
		narrowHeight: narrowHeight(narrowLines, series.length),
	};
}

function legendOf(dataset: Dataset, lang: Lang, panels: PanelModel[]): LegendItem[] {
	const bars = panels.flatMap((p) => p.series.flatMap((s) => s.bars)).filter((b): b is BarModel => b !== null);
	const items: LegendItem[] = [];
	const byStatus = dataset.points.some((p) => p.status);
	if (byStatus) {
		const present = [...new Set(dataset.points.flatMap((p) => (p.status ? [p.status] : [])))];
		for (const status of present.sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b])) {
			items.push({ swatch: 'solid', colour: `status-${status}`, label: t(lang, `figure.status.${status}`) });
		}
	}
	// Grouped series share a panel, so colour tells them apart: name them.
	for (const panel of panels) {
		if (panel.series.length > 1 && !byStatus) {
			for (const s of panel.series) items.push({ swatch: 'solid', colour: s.colour, label: s.label });
		}
	}
	const neutral: ColourRole = 'series-5';
	if (bars.some((b) => b.contested)) items.push({ swatch: 'hatch', colour: neutral, label: t(lang, 'figure.legendContested') });
	if (bars.some((b) => typeof b.value !== 'number')) items.push({ swatch: 'range', colour: neutral, label: t(lang, 'figure.legendRange') });
	return items;
}

/** More columns than this do not fit their names on a 390 px phone: such panels are drawn as horizontal bars. */
export const MAX_COLUMNS = 5;

/** The panels, bars and legend of a dataset's figure, in one language. */
export function chartModel(dataset: Dataset, lang: Lang): ChartModel {
	const inputs = seriesInputs(dataset, lang).filter((s) => s.points.length > 0);
	const unitOf = (s: SeriesInput) => pointUnit(dataset, s.points[0]!);
	const units = [...new Set(inputs.map(unitOf))];

	let groups: PanelGroup[];
	let layout: ChartModel['layout'] = 'stack';
	if (units.length > 1) {
		// Money and gigawatts, TWh and percent: never one scale.
		groups = units.map((unit) => {
			const series = inputs.filter((s) => unitOf(s) === unit);
			// Series labels carry no unit (the downloads give it in its own column): a panel's title adds it.
			return { id: unit, title: series.length === 1 ? `${series[0]!.label}${aside(shortUnit(unit, lang), lang)}` : unitLabel(unit, lang), series };
		});
	} else if (FIGURE_LAYOUTS[dataset.id] === 'readings' && inputs.length > 1) {
		// One measure read several ways: one colour, panels side by side on one scale.
		layout = 'columns';
		groups = inputs.map((s) => ({ id: s.id, title: s.label, series: [{ ...s, colour: 'series-1' }] }));
	} else {
		groups = [{ id: 'values', title: null, series: inputs }];
	}

	const keyOf = categoryKeys(dataset);
	const categoryKey = (point: DataPoint) => keyOf.get(point)!;
	let keyLists = groups.map((g) => keysOf(g.series, categoryKey));
	// Stacked panels over the same categories (years in TWh and in percent) put each category in the same place.
	const longest = keyLists.reduce((a, b) => (b.length > a.length ? b : a), []);
	if (layout === 'stack' && keyLists.every((keys) => keys.every((key) => longest.includes(key)))) keyLists = keyLists.map(() => longest);

	const widest = Math.max(...keyLists.map((keys) => keys.length));
	const horizontal = dataset.chart?.kind === 'horizontal-bar' || widest > MAX_COLUMNS;
	// Wide layouts only (a canvas of NARROW_BELOW px or more): a side axis of about a third of 560 px, or a column's share.
	const wrapAt = horizontal ? 28 : layout === 'columns' ? 10 : Math.min(16, Math.max(9, Math.floor(64 / widest)));
	const multi = groups.length > 1;
	let panels = groups.map((group, i) => buildPanel(dataset, lang, group, { keys: keyLists[i]!, categoryKey, horizontal, multi, wrapAt }));

	if (layout === 'columns') {
		const shared = Math.max(...panels.flatMap((p) => p.series.flatMap((s) => s.bars.map((b) => (b ? highOf(b.value) : 0)))));
		const height = Math.max(...panels.map((p) => p.height));
		// Equal label depth under every panel keeps the zero lines level, so bars compare across panels.
		const depth = Math.max(...panels.flatMap((p) => p.lines.map((l) => l.length)));
		const pad = (lines: string[]) => [...lines, ...Array<string>(depth - lines.length).fill('')];
		const narrowHeight = Math.max(...panels.map((p) => p.narrowHeight));
		panels = panels.map((p) => ({ ...p, lines: p.lines.map(pad), suggestedMax: shared, height, narrowHeight }));
	}
	return {
		lang,
		kind: horizontal ? 'horizontal-bar' : 'bar',
		horizontal,
		layout,
		panels,
		legend: legendOf(dataset, lang, panels),
		notPublished: t(lang, 'figure.notPublished'),
	};
}
