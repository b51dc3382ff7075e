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
import { formatNumber } from '../format.ts';
// Only buildChartConfigs uses chartModel; it tree-shakes out of the browser bundle with the
// interface strings, as long as chart-model.ts (and what it imports) has no top-level side effects.
import { chartModel, type BarModel, type ChartModel, type ColourRole, type PanelModel } from './model.ts';

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
}

export type BarValue = number | [number, number] | null;
type ScaleConfig = NonNullable<NonNullable<ChartOptions<'bar'>['scales']>[string]>;
export type FigureChartConfig = ChartConfiguration<'bar', BarValue[], string[]>;

export interface ValueLabelOptions {
	/** Per dataset, per bar: the text drawn at the bar's end (null: none). */
	labels: Array<Array<string | null>>;
	color: string;
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

/** Tick text on the value axis, in the page's language: `$500B`, `5000亿美元`. */
export function tickFormatter(panel: PanelModel, lang: Lang): (value: number | string) => string {
	return (value) => formatNumber(Number(value), panel.unit, lang);
}

export function panelConfig(model: ChartModel, panel: PanelModel, env: DrawEnv): FigureChartConfig {
	const { colours } = env;
	const { horizontal, lang } = model;
	const labels = panel.series.map((s) => s.bars.map((b) => b?.label ?? null));
	const widest = Math.max(0, ...labels.flat().map((l) => (l ? env.measure(l) : 0)));
	const font = { size: 12 };

	const valueAxis: ScaleConfig = {
		type: 'linear',
		beginAtZero: true,
		...(panel.suggestedMax !== null ? { suggestedMax: panel.suggestedMax } : {}),
		grid: { color: colours.rule },
		border: { display: false },
		ticks: {
			color: colours.muted,
			font,
			maxTicksLimit: horizontal ? 5 : 6,
			maxRotation: 0,
			callback: tickFormatter(panel, lang),
		},
	};
	const categoryAxis: ScaleConfig = {
		type: 'category',
		grid: { display: false },
		border: { color: colours.rule },
		// Names wrap at build time; if they still do not fit (a narrow phone), they turn rather than overlap.
		ticks: { color: colours.ink, font, autoSkip: false, maxRotation: horizontal ? 0 : 90 },
	};

	const barAt = (item: TooltipItem<'bar'>) => panel.series[item.datasetIndex]?.bars[item.dataIndex] ?? null;

	return {
		type: 'bar',
		data: {
			labels: panel.lines,
			datasets: panel.series.map((series) => ({
				label: series.label,
				data: series.bars.map((b) => b?.value ?? null),
				backgroundColor: series.bars.map((b) => fillOf(b, env)),
				borderColor: series.bars.map((b) => (b ? colours.role(b.colour) : 'transparent')),
				borderWidth: series.bars.map((b) => (b && (b.contested || isRange(b)) ? 1.5 : 0)),
				borderSkipped: false,
				skipNull: true,
				maxBarThickness: horizontal ? 22 : 48,
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
				valueLabels: { labels, color: colours.ink, horizontal },
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
