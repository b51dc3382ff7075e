/**
 * Draws a figure's panels with Chart.js. Loaded on demand by chart-element.ts
 * when the first figure nears the viewport. Only the pieces the figures use are
 * registered (bar charts, two scale types, tooltips, our value labels).
 */
import { animator, BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { chartConfigs, type DrawEnv, type FigureChartConfig, type ThemeColours } from '../lib/chart/config.ts';
import { LABEL_FONT_SIZE, valueLabels } from '../lib/chart/value-labels.ts';
import { NARROW_BELOW, type ChartModel, type ColourRole } from '../lib/chart/model.ts';

export interface DrawnFigure {
	/** Re-reads the theme's colours and redraws without animation. */
	recolour: () => void;
}

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

function drawEnv(width: number): DrawEnv {
	return {
		colours: themeColours(),
		hatch,
		measure,
		animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
		width,
	};
}

/** The canvas's box width: what the layout rule (narrow or wide) is decided on. */
const widthOf = (canvas: HTMLCanvasElement) => canvas.parentElement?.clientWidth ?? canvas.clientWidth;

/** Draws every panel of a `<chart-figure>` into its canvases, each in its own task (`pause` yields between them). */
export async function drawFigure(root: HTMLElement & { charts?: Chart[] }, pause: () => Promise<void>): Promise<DrawnFigure> {
	// Canvas text in the page's own font stack (with the CJK fallbacks).
	Chart.defaults.font.family = getComputedStyle(root).fontFamily;
	const model = JSON.parse(root.querySelector('script[data-chart-model]')?.textContent ?? '') as ChartModel;
	const canvases = [...root.querySelectorAll<HTMLCanvasElement>('.chart-box canvas')];
	const configFor = (i: number, width: number, animate: boolean) => {
		const config = chartConfigs(model, { ...drawEnv(width), ...(animate ? {} : { animate: false }) })[i]!;
		return config;
	};
	const layoutKey = (width: number) => (width < NARROW_BELOW ? 'narrow' : `wide-${width}`);
	const keys: string[] = [];
	/** Rebuilds a chart's options for its new width (the narrow and wide layouts differ), without animation. */
	const reconfigure = (chart: Chart, i: number, width: number) => {
		const config = configFor(i, width, false);
		chart.data = config.data;
		chart.options = withResize(config, i).options ?? {};
		chart.update('none');
	};
	const withResize = (config: FigureChartConfig, i: number): FigureChartConfig => {
		config.options = {
			...config.options,
			onResize: (chart, size) => {
				const key = layoutKey(size.width);
				// Column labels depend on the exact width; the narrow layout on crossing the threshold only.
				if (key === keys[i] || (key.startsWith('wide') && keys[i]?.startsWith('wide') && model.horizontal)) return;
				keys[i] = key;
				queueMicrotask(() => reconfigure(chart as unknown as Chart, i, size.width));
			},
		};
		return config;
	};
	const charts: Chart[] = [];
	for (const [i, canvas] of canvases.entries()) {
		await pause();
		const width = widthOf(canvas);
		keys[i] = layoutKey(width);
		const chart = new Chart(canvas, withResize(configFor(i, width, true), i) as never);
		// Chart.js holds back a resize that arrives while an animation runs and applies it at the next draw; one
		// arriving in the animation's last frame waited for a draw that never came (the animator stops without
		// drawing again), and the chart kept its old size in a resized box until something redrew it. Drawing
		// once when any animation completes applies it. A listener on the animator, not the `onComplete` option:
		// a relayout turns animation off in the options while the first draw's animation is still running.
		// (The animator's typings name Chart.js's internal chart class, not the public one.)
		animator.listen(chart as never, 'complete', () => chart.draw());
		charts.push(chart);
	}
	root.charts = charts;
	root.dataset.drawn = 'true';
	return {
		recolour() {
			hatches.clear();
			charts.forEach((chart, i) => reconfigure(chart, i, widthOf(canvases[i]!)));
		},
	};
}
