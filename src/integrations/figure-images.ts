/**
 * After the build: every figure drawn by Chart.js in Node (figure-render.ts),
 * in both languages, as the figure page's share card (`og/<lang>/figures/<id>.png`)
 * and as the PNG download beside the CSV and JSON (`data/<id>.<lang>.png`).
 * Light theme, as the text cards: cards are seen in feeds of any theme.
 * Cached by content hash in node_modules/.cache/ like the text cards.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { LANGS, type Lang } from '../schemas/common.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { Source } from '../schemas/source.ts';
import { t } from '../i18n/ui.ts';
import { chartModel } from '../lib/chart/model.ts';
import { figureCardPath, figureImagePath, figurePagePath } from '../lib/chart/figure-files.ts';
import { datasetSourceIds } from '../lib/dataset/table.ts';
import { sourcePublisherName } from '../lib/sources/hosts.ts';
import { withBase } from '../lib/urls.ts';
import { FONT_FILES, renderFigureCard, type FigureCard } from './figure-render.ts';

/** Light theme colours from src/styles/global.css (its first `:root` block). */
export function lightTheme(css: string): Record<string, string> {
	const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
	return Object.fromEntries([...block.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The publishers of a figure's sources, each once, in the language of the image (`路透社`, `彭博社`). */
export function figurePublishers(dataset: Dataset, sources: ReadonlyMap<string, Source>, lang: Lang): string[] {
	return [
		...new Set(
			datasetSourceIds(dataset).map((id) => {
				const source = sources.get(id);
				return source ? sourcePublisherName(source, lang) : id;
			}),
		),
	];
}

export interface FigureImageOptions {
	outDir: string;
	cacheDir: string;
	projectRoot: string;
	site: URL;
	base: string;
	datasets: readonly Dataset[];
	sources: readonly Source[];
	/** Chinese names the title never breaks inside. */
	noBreak: readonly string[];
}

const VERSION = 'figure-card-1';

export function writeFigureImages(options: FigureImageOptions): { written: number; drawn: number } {
	const theme = lightTheme(readFileSync(join(options.projectRoot, 'src/styles/global.css'), 'utf8'));
	const sources = new Map(options.sources.map((s) => [s.id, s]));
	// The code that draws is part of the key: a changed renderer redraws every image.
	const codeStamp = ['figure-render.ts', '../lib/chart/config.ts', '../lib/chart/model.ts', '../lib/chart/value-labels.ts']
		.map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
		.join('\n');
	const fontStamp = FONT_FILES.map((file) => statSync(file).size).join(',');
	mkdirSync(options.cacheDir, { recursive: true });
	let written = 0;
	let drawn = 0;
	for (const dataset of options.datasets) {
		for (const lang of LANGS) {
			const page = new URL(withBase(figurePagePath(lang, dataset.id), options.base), options.site);
			const card: FigureCard = {
				model: chartModel(dataset, lang),
				siteName: t(lang, 'site.name'),
				title: dataset.title[lang],
				publishers: figurePublishers(dataset, sources, lang),
				address: `${page.host}${page.pathname}`,
				theme,
				noBreak: options.noBreak,
			};
			const key = createHash('sha256').update(`${VERSION}\n${fontStamp}\n${codeStamp}\n${JSON.stringify(card)}`).digest('hex').slice(0, 32);
			const cached = join(options.cacheDir, `${key}.png`);
			if (!existsSync(cached)) {
				writeFileSync(cached, renderFigureCard(card).png);
				drawn++;
			}
			for (const path of [figureCardPath(lang, dataset.id), figureImagePath(lang, dataset.id, 'png')]) {
				const file = join(options.outDir, path);
				mkdirSync(dirname(file), { recursive: true });
				copyFileSync(cached, file);
				written++;
			}
		}
	}
	return { written, drawn };
}
