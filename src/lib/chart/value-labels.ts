/**
 * The Chart.js plugin that writes each bar's value at its end (`~$7B`,
 * `700–900 MW`), so no reader depends on the axis or on colour. Shared by the
 * browser (src/scripts/chart-render.ts) and the build-time images
 * (src/integrations/figure-images.ts), so both draw the same text in the same place.
 *
 * Each label gets a halo in the paper colour (a gridline never runs through
 * it) and is drawn even where it is tight; the boxes it drew are kept on the
 * chart (`$valueLabels`) so the layout tests can check them for overlaps.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ValueLabelOptions } from './config.ts';

export const LABEL_FONT_SIZE = 12;
export const SMALL_LABEL_FONT_SIZE = 10.5;

export interface LabelBox {
	text: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

type LabelledChart = Chart<'bar'> & { $valueLabels?: LabelBox[] };

export const valueLabels: Plugin<'bar', ValueLabelOptions> = {
	id: 'valueLabels',
	afterDatasetsDraw(chart, _args, options) {
		const boxes: LabelBox[] = [];
		(chart as LabelledChart).$valueLabels = boxes;
		if (!options.labels) return;
		const { ctx } = chart;
		const family = (chart.options as { font?: { family?: string } }).font?.family ?? 'sans-serif';
		ctx.save();
		ctx.lineJoin = 'round';
		ctx.lineWidth = 3;
		ctx.strokeStyle = options.halo;
		ctx.fillStyle = options.color;
		const categories = chart.data.labels?.length ?? 1;
		const write = (text: string, x: number, y: number, size: number, align: 'left' | 'center', baseline: 'middle' | 'bottom') => {
			ctx.font = `${size}px ${family}`;
			ctx.textAlign = align;
			ctx.textBaseline = baseline;
			ctx.strokeText(text, x, y);
			ctx.fillText(text, x, y);
			const width = ctx.measureText(text).width;
			const left = align === 'left' ? x : x - width / 2;
			const top = baseline === 'middle' ? y - size / 2 : y - size;
			boxes.push({ text, left, top, right: left + width, bottom: top + size });
		};
		// A row without any value says so, instead of looking like zero.
		const index = options.horizontal ? chart.scales.y : chart.scales.x;
		const value = options.horizontal ? chart.scales.x : chart.scales.y;
		if (index && value) {
			ctx.fillStyle = options.emptyColor;
			for (const i of options.empty ?? []) {
				const at = index.getPixelForTick(i);
				const base = value.getPixelForValue(0);
				if (options.horizontal) write(options.emptyText, base + 4, at, SMALL_LABEL_FONT_SIZE, 'left', 'middle');
				else write(options.emptyText, at, base - 3, SMALL_LABEL_FONT_SIZE, 'center', 'bottom');
			}
			ctx.fillStyle = options.color;
		}
		options.labels.forEach((labels, datasetIndex) => {
			const meta = chart.getDatasetMeta(datasetIndex);
			if (meta.hidden) return;
			meta.data.forEach((element, index) => {
				const text = labels[index];
				if (!text) return;
				const bar = element as unknown as { x: number; y: number; base: number };
				if (options.horizontal) {
					write(text, Math.max(bar.x, bar.base) + 4, bar.y, LABEL_FONT_SIZE, 'left', 'middle');
					return;
				}
				// Above a column, in smaller type where the column is narrow.
				const barsHere = options.labels.filter((l) => l[index]).length;
				const room = chart.chartArea.width / categories / barsHere;
				ctx.font = `${LABEL_FONT_SIZE}px ${family}`;
				const size = ctx.measureText(text).width <= room ? LABEL_FONT_SIZE : SMALL_LABEL_FONT_SIZE;
				write(text, bar.x, Math.min(bar.y, bar.base) - 3, size, 'center', 'bottom');
			});
		});
		ctx.restore();
	},
};
