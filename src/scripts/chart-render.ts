/**
 * Draws a figure's panels with Chart.js. Loaded on demand by chart-element.ts
 * when the first figure nears the viewport. Only the pieces the figures use are
 * registered (bar charts, two scale types, tooltips, our value labels).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { chartConfigs, type DrawEnv, type ThemeColours, type ValueLabelOptions } from '../lib/chart/config.ts';
import type { ChartModel, ColourRole } from '../lib/chart/model.ts';

export interface DrawnFigure {
	/** Re-reads the theme's colours and redraws without animation. */
	recolour: () => void;
}

const LABEL_FONT_SIZE = 12;
const SMALL_LABEL_FONT_SIZE = 10.5;

/** Text at the end of each bar (the value, `~$7B`, `700–900 MW`), so no reader depends on the axis or on colour. */
const valueLabels: Plugin<'bar', ValueLabelOptions> = {
	id: 'valueLabels',
	afterDatasetsDraw(chart, _args, options) {
		if (!options.labels) return;
		const { ctx } = chart;
		const family = Chart.defaults.font.family ?? 'sans-serif';
		ctx.save();
		ctx.fillStyle = options.color;
		const categories = chart.data.labels?.length ?? 1;
		options.labels.forEach((labels, datasetIndex) => {
			const meta = chart.getDatasetMeta(datasetIndex);
			if (meta.hidden) return;
			meta.data.forEach((element, index) => {
				const text = labels[index];
				if (!text) return;
				const bar = element as unknown as { x: number; y: number; base: number };
				if (options.horizontal) {
					ctx.font = `${LABEL_FONT_SIZE}px ${family}`;
					ctx.textAlign = 'left';
					ctx.textBaseline = 'middle';
					ctx.fillText(text, Math.max(bar.x, bar.base) + 4, bar.y);
					return;
				}
				// Above a column, only where the text fits the column's share of its category (smaller type if need be).
				const barsHere = options.labels.filter((l) => l[index]).length;
				const room = chart.chartArea.width / categories / barsHere;
				const size = [LABEL_FONT_SIZE, SMALL_LABEL_FONT_SIZE].find((px) => {
					ctx.font = `${px}px ${family}`;
					return ctx.measureText(text).width <= room;
				});
				if (!size) return;
				ctx.textAlign = 'center';
				ctx.textBaseline = 'bottom';
				ctx.fillText(text, bar.x, Math.min(bar.y, bar.base) - 3);
			});
		});
		ctx.restore();
	},
};

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, valueLabels);

function themeColours(): ThemeColours {
	const style = getComputedStyle(document.documentElement);
	const read = (name: string) => style.getPropertyValue(`--${name}`).trim();
	return { ink: read('ink'), muted: read('muted'), rule: read('rule'), paper: read('paper'), role: (role: ColourRole) => read(role) };
}

const hatches = new Map<string, CanvasPattern | string>();

/** Diagonal hatching in the bar's colour: marks a contested value without relying on colour. */
function hatch(colour: string): CanvasPattern | string {
	const cached = hatches.get(colour);
	if (cached) return cached;
	const tile = document.createElement('canvas');
	tile.width = tile.height = 8;
	const ctx = tile.getContext('2d');
	if (!ctx) return colour;
	ctx.strokeStyle = colour;
	ctx.lineWidth = 2;
	ctx.beginPath();
	// Three strokes so the lines join across tile edges.
	for (const offset of [-8, 0, 8]) {
		ctx.moveTo(offset, 8);
		ctx.lineTo(offset + 8, 0);
	}
	ctx.stroke();
	const pattern = ctx.createPattern(tile, 'repeat') ?? colour;
	hatches.set(colour, pattern);
	return pattern;
}

let measureContext: CanvasRenderingContext2D | null = null;
function measure(text: string): number {
	measureContext ??= document.createElement('canvas').getContext('2d');
	if (!measureContext) return text.length * 7;
	measureContext.font = `${LABEL_FONT_SIZE}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
	return measureContext.measureText(text).width;
}

function drawEnv(): DrawEnv {
	return {
		colours: themeColours(),
		hatch,
		measure,
		animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
	};
}

/** Draws every panel of a `<chart-figure>` into its canvases. */
export function drawFigure(root: HTMLElement): DrawnFigure {
	// Canvas text in the page's own font stack (with the CJK fallbacks).
	Chart.defaults.font.family = getComputedStyle(root).fontFamily;
	const model = JSON.parse(root.dataset.model ?? '') as ChartModel;
	const canvases = [...root.querySelectorAll<HTMLCanvasElement>('.chart-box canvas')];
	const configs = chartConfigs(model, drawEnv());
	const charts = configs.map((config, i) => new Chart(canvases[i]!, config));
	root.dataset.drawn = 'true';
	return {
		recolour() {
			hatches.clear();
			const next = chartConfigs(model, { ...drawEnv(), animate: false });
			charts.forEach((chart, i) => {
				const config = next[i]!;
				chart.data = config.data;
				chart.options = config.options ?? {};
				chart.update('none');
			});
		},
	};
}
