/**
 * Chart.js configuration for a figure: pure, no DOM. The browser passes in what
 * only it knows (theme colours read from CSS, a hatch pattern, text widths), so
 * the same function is unit-tested in Node and re-run on every theme change.
 *
 * `buildChartConfigs(dataset, lang, env)` is the whole path from a dataset;
 * pages build the model at build time and the browser calls `chartConfigs`.
 */
import type { ChartConfiguration, ChartOptions, ChartType, TooltipItem } from 'chart.js';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Lang } from '../../schemas/common.ts';
import { COUNT_UNITS, formatNumber } from '../format.ts';
// Only buildChartConfigs uses chartModel; it tree-shakes out of the browser bundle with the
// interface strings, as long as chart-model.ts (and what it imports) has no top-level side effects.
import { chartModel, NARROW, NARROW_BELOW, wrapLabel, type BarModel, type ChartModel, type ColourRole, type PanelModel } from './model.ts';
import { shortNumber } from './short.ts';

export interface ThemeColours {
	ink: string;
	muted: string;
	rule: string;
	paper: string;
	/** The colour of a role (`series-1`, `status-operating` ...) in the current theme. */
	role: (role: ColourRole) => string;
}

export interface DrawEnv {
	colours: ThemeColours;
	/** Fill of a contested bar: a canvas pattern in the browser, any marker in tests. */
	hatch: (colour: string) => string | CanvasPattern;
	/** Width in CSS pixels of a label in the chart's font. */
	measure: (text: string) => number;
	/** False when the reader prefers reduced motion. */
	animate: boolean;
	/** Width of the canvas in CSS px: below NARROW_BELOW the narrow layout applies. Omitted: wide. */
	width?: number;
	/** Height of the canvas in CSS px when it is fixed by something else than the model (a share card): names then wrap to fit their rows. */
	height?: number;
}

export type BarValue = number | [number, number] | null;
type ScaleConfig = NonNullable<NonNullable<ChartOptions<'bar'>['scales']>[string]>;
export type FigureChartConfig = ChartConfiguration<'bar', BarValue[], string[]>;

export interface ValueLabelOptions {
	/** Per dataset, per bar: the text drawn at the bar's end (null: none). */
	labels: Array<Array<string | null>>;
	color: string;
	/** Drawn around each label so a gridline never runs through its text. */
	halo: string;
	/** Categories with no value in any series, and what is written there instead of a bar. */
	empty: number[];
	emptyText: string;
	emptyColor: string;
	horizontal: boolean;
}

declare module 'chart.js' {
	// Chart.js's own declaration has this type parameter; an augmentation must repeat it.
	interface PluginOptionsByType<TType extends ChartType> {
		valueLabels?: ValueLabelOptions;
	}
}

/** `#rrggbb` (or `#rgb`) with an alpha, as `rgba()`; other colour strings pass through. */
export function withAlpha(colour: string, alpha: number): string {
	const hex = colour.trim().replace(/^#/, '');
	const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
	if (!/^[0-9a-f]{6}$/i.test(full)) return colour;
	const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
	return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

const isRange = (bar: BarModel) => typeof bar.value !== 'number';

function fillOf(bar: BarModel | null, env: DrawEnv): string | CanvasPattern {
	if (!bar) return 'transparent';
	const colour = env.colours.role(bar.colour);
	if (bar.contested) return env.hatch(colour);
	return isRange(bar) ? withAlpha(colour, 0.28) : colour;
}

/** Tick text on the value axis, in the page's language: `$500B`, `5000亿美元`; without the unit when the axis title states it. */
export function tickFormatter(panel: PanelModel, lang: Lang, short = false): (value: number | string) => string {
	return (value) => (short ? shortNumber(Number(value), panel.unit, lang) : formatNumber(Number(value), panel.unit, lang));
}

/** The layout a panel gets at a canvas width: the one rule every figure follows. */
export interface PanelLayout {
	/** Bars run sideways (names on the category axis at the left, or above each bar). */
	horizontal: boolean;
	/** Names on their own line above each bar (narrow canvases). */
	namesAbove: boolean;
	/** Bars carry numbers only; the unit is the value axis's title. */
	short: boolean;
}

const FONT_SIZE = 12;
/** Room a column's value label may take: the column's share of its category. */
const COLUMN_SHARE = 0.8;

export function panelLayout(model: ChartModel, panel: PanelModel, env: DrawEnv): PanelLayout {
	const width = env.width ?? Infinity;
	if (width < NARROW_BELOW) return { horizontal: true, namesAbove: true, short: true };
	if (model.horizontal) return { horizontal: true, namesAbove: false, short: false };
	// Columns: full labels (`325–580太瓦时`) if each fits its column, else numbers under a unit title.
	const slot = ((Math.min(width, 4000) - 64) / Math.max(1, panel.categories.length) / Math.max(1, panel.series.length)) * COLUMN_SHARE;
	const fits = panel.series.every((s) => s.bars.every((b) => !b || env.measure(b.label) * (10.5 / FONT_SIZE) <= slot));
	return { horizontal: false, namesAbove: false, short: !fits };
}

/**
 * Side-axis names that fit their rows when the canvas height is imposed (an
 * image of fixed size). In order: wider lines, up to 40% of the width; the same
 * without the status line, which the bar's colour and the legend already give;
 * names up to 60% of the width, the bars taking the rest; only then a name is
 * cut with an ellipsis. A cut name loses what a long name is there to say
 * ("loan (part of a $38 billion package…"), narrower bars lose nothing.
 */
export function fitNames(panel: PanelModel, env: DrawEnv): string[][] {
	if (!env.height || !env.width) return panel.lines;
	const row = (env.height - 40) / Math.max(1, panel.categories.length);
	const maxLines = Math.max(1, Math.floor((row - 2) / NARROW.line));
	const depth = (lines: string[][]) => Math.max(...lines.map((l) => l.length));
	if (depth(panel.lines) <= maxLines) return panel.lines;
	/** The names wrapped at ever wider lines, from 20 units up, each with its widest line in px. */
	const wrappings = (withStatus: boolean) =>
		Array.from({ length: 51 }, (_, i) => {
			const lines = panel.categories.map((name, c) => [...wrapLabel(name, 20 + 2 * i), ...(withStatus && panel.statuses[c] ? [panel.statuses[c]!] : [])]);
			return { lines, wide: Math.max(...lines.flat().map(env.measure)) };
		});
	const [withStatus, namesOnly] = [wrappings(true), wrappings(false)];
	for (const [share, options] of [[0.4, withStatus], [0.4, namesOnly], [0.6, namesOnly]] as const) {
		const fits = options.find((o) => o.wide <= env.width! * share && depth(o.lines) <= maxLines);
		if (fits) return fits.lines;
	}
	// Nothing fits: the fewest lines within 60% of the width (or the narrowest wrapping), then cut.
	const within = namesOnly.filter((o) => o.wide <= env.width! * 0.6);
	const best = within.length ? within.reduce((a, b) => (depth(b.lines) < depth(a.lines) ? b : a)) : namesOnly[0]!;
	return best.lines.map((l) => {
		if (l.length <= maxLines) return l;
		const kept = l.slice(0, maxLines);
		kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
		return kept;
	});
}

export function panelConfig(model: ChartModel, panel: PanelModel, env: DrawEnv): FigureChartConfig {
	const { colours } = env;
	const { lang } = model;
	const { horizontal, namesAbove, short } = panelLayout(model, panel, env);
	const labels = panel.series.map((s) => s.bars.map((b) => (b ? (short ? b.short : b.label) : null)));
	const widest = Math.max(0, ...labels.flat().map((l) => (l ? env.measure(l) : 0)));
	const font = { size: FONT_SIZE };
	const seriesCount = panel.series.length;
	// Names above bars: the label block ends `gap` px above the bar group, whose middle is the tick.
	const depth = Math.max(1, ...panel.narrowLines.map((l) => l.length));
	const nameOffset = -((seriesCount * NARROW.bar) / 2 + NARROW.gap + (depth * NARROW.line) / 2);

	const valueAxis: ScaleConfig = {
		type: 'linear',
		beginAtZero: true,
		...(panel.suggestedMax !== null ? { suggestedMax: panel.suggestedMax } : {}),
		grid: { color: colours.rule },
		border: { display: false },
		title: { display: short, text: panel.unitShort, color: colours.muted, font, padding: { top: 2, bottom: 0 } },
		ticks: {
			color: colours.muted,
			font,
			maxTicksLimit: horizontal ? (namesAbove ? 4 : 5) : 6,
			// Half a promise or a building is not a tick a reader can use.
			...(COUNT_UNITS.includes(panel.unit) ? { precision: 0 } : {}),
			maxRotation: 0,
			callback: tickFormatter(panel, lang, short),
		},
	};
	const categoryAxis: ScaleConfig = namesAbove
		? {
				type: 'category',
				grid: { display: false },
				border: { color: colours.rule },
				// Inside the plot, shifted up over the bar: the plot keeps the canvas's full width.
				ticks: { color: colours.ink, font, autoSkip: false, mirror: true, padding: 0, labelOffset: nameOffset, crossAlign: 'near' },
			}
		: {
				type: 'category',
				grid: { display: false },
				border: { color: colours.rule },
				// Names wrap at build time to fit; flat, never turned.
				ticks: { color: colours.ink, font, autoSkip: false, maxRotation: 0 },
			};

	const names = namesAbove ? panel.narrowLines : horizontal ? fitNames(panel, env) : panel.lines;
	// In an image of fixed size names may take up to 60% of the width (fitNames), over the half Chart.js
	// gives a side axis at most: the axis is widened to its names after Chart.js has fitted it.
	if (horizontal && !namesAbove && env.height) {
		const needed = Math.ceil(Math.max(0, ...names.flat().map(env.measure))) + 12;
		categoryAxis.afterFit = (scale) => {
			scale.width = Math.max(scale.width, needed);
		};
	}

	const barAt = (item: TooltipItem<'bar'>) => panel.series[item.datasetIndex]?.bars[item.dataIndex] ?? null;

	return {
		type: 'bar',
		data: {
			labels: names,
			datasets: panel.series.map((series) => ({
				label: series.label,
				data: series.bars.map((b) => b?.value ?? null),
				backgroundColor: series.bars.map((b) => fillOf(b, env)),
				borderColor: series.bars.map((b) => (b ? colours.role(b.colour) : 'transparent')),
				borderWidth: series.bars.map((b) => (b && (b.contested || isRange(b)) ? 1.5 : 0)),
				borderSkipped: false,
				skipNull: true,
				// A value far below the largest still shows as a sliver, never as nothing.
				minBarLength: 2,
				...(namesAbove ? { barThickness: NARROW.bar } : { maxBarThickness: horizontal ? 22 : 48 }),
				categoryPercentage: 0.8,
				barPercentage: 0.9,
			})),
		},
		options: {
			indexAxis: horizontal ? 'y' : 'x',
			responsive: true,
			// The box's height is fixed in CSS; Chart.js fills it and follows its width (Chart.js #11005).
			maintainAspectRatio: false,
			resizeDelay: 0,
			animation: env.animate ? { duration: 450 } : false,
			locale: lang === 'en' ? 'en-US' : 'zh-CN',
			layout: { padding: horizontal ? { right: Math.ceil(widest) + 8, top: 4 } : { top: 20, right: 4 } },
			interaction: { mode: 'index', axis: horizontal ? 'y' : 'x', intersect: false },
			scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
			plugins: {
				valueLabels: {
					labels,
					color: colours.ink,
					halo: colours.paper,
					horizontal,
					empty: panel.categories.flatMap((_, i) => (panel.series.every((s) => !s.bars[i]) ? [i] : [])),
					emptyText: model.notPublished,
					emptyColor: colours.muted,
				},
				tooltip: {
					backgroundColor: colours.ink,
					titleColor: colours.paper,
					bodyColor: colours.paper,
					displayColors: panel.series.length > 1,
					filter: (item) => barAt(item) !== null,
					callbacks: {
						title: (items) => panel.categories[items[0]?.dataIndex ?? 0] ?? '',
						label: (item) => barAt(item)?.tooltip ?? '',
					},
				},
			},
		},
	};
}

/** One Chart.js configuration per panel of the figure. */
export function chartConfigs(model: ChartModel, env: DrawEnv): FigureChartConfig[] {
	return model.panels.map((panel) => panelConfig(model, panel, env));
}

/** The whole path: dataset + language + theme -> Chart.js configurations. */
export function buildChartConfigs(dataset: Dataset, lang: Lang, env: DrawEnv): FigureChartConfig[] {
	return chartConfigs(chartModel(dataset, lang), env);
}
