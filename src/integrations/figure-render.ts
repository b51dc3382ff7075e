/**
 * Draws a figure as a 1200×630 PNG in Node with Chart.js itself, from the same
 * model and configuration builder as the browser (src/lib/chart/), on a Skia
 * canvas (@napi-rs/canvas) with the bundled Noto Sans Hans fonts only, so the
 * picture and the page cannot differ. The values Chart.js drew are written into
 * the PNG's Comment text chunk (JSON), which the built-site tests compare with
 * the dataset.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { chartConfigs, withAlpha, type BarValue, type DrawEnv, type ThemeColours } from '../lib/chart/config.ts';
import type { ChartModel, ColourRole } from '../lib/chart/model.ts';
import { LABEL_FONT_SIZE, valueLabels } from '../lib/chart/value-labels.ts';
import { fittedSourceLine } from '../lib/chart/source-line.ts';
import { balancedWrap, clampLines } from '../lib/share/card.ts';

export const FONT_FAMILY = 'Noto Sans Hans';
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '../fonts');
export const FONT_FILES = [join(FONT_DIR, 'NotoSansHans-Regular.otf'), join(FONT_DIR, 'NotoSansHans-Bold.otf')];

/** Logical size of the card; drawn at 1.5× into 1200×630 pixels. */
const SCALE = 1.5;
const WIDTH = 800;
const HEIGHT = 420;
const PAD = 28;

let ready = false;
function setUp(): void {
	if (ready) return;
	for (const file of FONT_FILES) GlobalFonts.registerFromPath(file, FONT_FAMILY);
	Chart.register(BarController, BarElement, CategoryScale, LinearScale, valueLabels);
	Chart.defaults.font.family = FONT_FAMILY;
	ready = true;
}

export interface FigureCard {
	model: ChartModel;
	siteName: string;
	title: string;
	/** The publishers of the figure's sources, each once, in the image's language: the source line names them. */
	publishers: string[];
	/** `example.org/zh/figures/<id>/` */
	address: string;
	/** Theme colours by CSS variable name (`paper`, `series-1` ...). */
	theme: Record<string, string>;
	/** Chinese names never broken across lines. */
	noBreak: readonly string[];
}

export interface RenderedFigure {
	png: Buffer;
	/** What Chart.js drew, per panel and dataset. */
	drawn: BarValue[][][];
	/** The category names it drew beside or under the bars, per panel, each as its lines. */
	names: string[][][];
}

function hatchOf(colour: string): CanvasPattern | string {
	const tile = createCanvas(8, 8);
	const ctx = tile.getContext('2d');
	ctx.strokeStyle = colour;
	ctx.lineWidth = 2;
	ctx.beginPath();
	for (const offset of [-8, 0, 8]) {
		ctx.moveTo(offset, 8);
		ctx.lineTo(offset + 8, 0);
	}
	ctx.stroke();
	return (ctx.createPattern(tile, 'repeat') as unknown as CanvasPattern) ?? colour;
}

function lines(ctx: SKRSContext2D, text: string, size: number, weight: number, maxWidth: number, max: number, noBreak: readonly string[] = []): string[] {
	ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
	const width = (s: string) => ctx.measureText(s).width;
	return clampLines(balancedWrap(text, maxWidth, width, noBreak), max, maxWidth, width);
}

/** Draws one panel with Chart.js on its own canvas, copies it onto the card and returns the values and names drawn. */
function drawPanel(
	target: SKRSContext2D,
	model: ChartModel,
	index: number,
	box: { x: number; y: number; width: number; height: number },
	env: DrawEnv,
): { values: BarValue[][]; names: string[][] } {
	const canvas: Canvas = createCanvas(box.width, box.height);
	const config = chartConfigs(model, { ...env, width: box.width, height: box.height })[index]!;
	config.options = { ...config.options, responsive: false, animation: false, devicePixelRatio: SCALE, events: [] };
	const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
	target.drawImage(canvas, box.x, box.y, box.width, box.height);
	const values = chart.data.datasets.map((d) => [...(d.data as BarValue[])]);
	const names = (chart.data.labels ?? []).map((label) => (Array.isArray(label) ? label.map(String) : [String(label)]));
	// destroy() clears the canvas: only after it has been copied.
	chart.destroy();
	return { values, names };
}

export function renderFigureCard(card: FigureCard): RenderedFigure {
	setUp();
	const colour = (name: string) => card.theme[name] ?? '#000';
	const colours: ThemeColours = { ink: colour('ink'), muted: colour('muted'), rule: colour('rule'), paper: colour('paper'), role: (role: ColourRole) => colour(role) };
	const hatches = new Map<string, CanvasPattern | string>();
	const measureCtx = createCanvas(10, 10).getContext('2d');
	const env: DrawEnv = {
		colours,
		hatch: (c) => hatches.get(c) ?? hatches.set(c, hatchOf(c)).get(c)!,
		measure: (text) => {
			measureCtx.font = `${LABEL_FONT_SIZE}px ${FONT_FAMILY}`;
			return measureCtx.measureText(text).width;
		},
		animate: false,
	};

	const out = createCanvas(WIDTH * SCALE, HEIGHT * SCALE);
	const ctx = out.getContext('2d');
	ctx.scale(SCALE, SCALE);
	ctx.fillStyle = colours.paper;
	ctx.fillRect(0, 0, WIDTH, HEIGHT);
	ctx.fillStyle = colour('series-1');
	ctx.fillRect(0, 0, 6, HEIGHT);
	ctx.textBaseline = 'alphabetic';

	let y = PAD + 4;
	ctx.font = `700 13px ${FONT_FAMILY}`;
	ctx.fillStyle = colour('series-1');
	ctx.fillText(card.siteName, PAD, y + 9);
	y += 18;
	const titleLines = lines(ctx, card.title, 21, 700, WIDTH - 2 * PAD, 2, card.noBreak);
	ctx.fillStyle = colours.ink;
	for (const line of titleLines) {
		y += 26;
		ctx.fillText(line, PAD, y);
	}
	y += 10;

	// Legend: colour names, hatch and range keys, as the page shows them.
	if (card.model.legend.length > 0) {
		ctx.font = `400 11px ${FONT_FAMILY}`;
		let x = PAD;
		for (const item of card.model.legend) {
			const c = colours.role(item.colour);
			const w = ctx.measureText(item.label).width;
			if (x + 16 + w > WIDTH - PAD) break;
			ctx.fillStyle = item.swatch === 'solid' ? c : item.swatch === 'range' ? withAlpha(c, 0.28) : (env.hatch(c) as string);
			ctx.fillRect(x, y, 10, 10);
			if (item.swatch !== 'solid') {
				ctx.strokeStyle = c;
				ctx.lineWidth = 1.2;
				ctx.strokeRect(x, y, 10, 10);
			}
			ctx.fillStyle = colours.muted;
			ctx.fillText(item.label, x + 14, y + 9.5);
			x += 14 + w + 16;
		}
		y += 18;
	}

	// The source line takes up to two lines (the chart gives up the room) and names as many publishers as fit
	// there, then how many more: none is cut off with an ellipsis.
	ctx.font = `400 11px ${FONT_FAMILY}`;
	const sourceWidth = WIDTH - 2 * PAD - ctx.measureText(card.address).width - 24;
	// A Chinese publisher's name is never broken across the two lines (加州大学圣 / 巴巴拉分校).
	const wrapSource = (text: string) => lines(ctx, text, 11, 400, sourceWidth, 3, [...card.noBreak, ...card.publishers]);
	const sourceLines = wrapSource(fittedSourceLine(card.publishers, card.model.lang, (line) => wrapSource(line).length <= 2));
	const footTop = HEIGHT - PAD - 22 - (sourceLines.length - 1) * 14;
	const panels = card.model.panels;
	const gap = 18;
	const panelWidth = Math.floor((WIDTH - 2 * PAD - gap * (panels.length - 1)) / panels.length);
	const titled = panels.some((p) => p.title);
	const drawn: BarValue[][][] = [];
	const names: string[][][] = [];
	panels.forEach((panel, i) => {
		const x = PAD + i * (panelWidth + gap);
		let top = y;
		if (titled) {
			ctx.font = `700 12px ${FONT_FAMILY}`;
			ctx.fillStyle = colours.ink;
			ctx.fillText(lines(ctx, panel.title ?? '', 12, 700, panelWidth, 1, card.noBreak)[0] ?? '', x, top + 11);
			top += 18;
		}
		const panelDrawn = drawPanel(ctx, card.model, i, { x, y: top, width: panelWidth, height: Math.max(60, footTop - 8 - top) }, env);
		drawn.push(panelDrawn.values);
		names.push(panelDrawn.names);
	});

	ctx.fillStyle = colours.rule;
	ctx.fillRect(PAD, footTop, WIDTH - 2 * PAD, 1);
	ctx.fillStyle = colours.muted;
	ctx.font = `400 11px ${FONT_FAMILY}`;
	sourceLines.forEach((line, i) => ctx.fillText(line, PAD, footTop + 17 + i * 14));
	ctx.textAlign = 'right';
	ctx.fillText(card.address, WIDTH - PAD, footTop + 17);

	const png = out.encodeSync('png', { title: card.title, comment: JSON.stringify({ drawn, names, sourceLines }) });
	return { png, drawn, names };
}

