/**
 * Draws every page's 1200×630 share card after the build, from the tags the
 * page declares (og:title, og:description, og:image: see ShareMeta.astro), so
 * a card can never disagree with its page and a new page gets one for free.
 * Fonts: the bundled Noto Sans Hans only (no system fonts, no network); a
 * character the font lacks fails the build instead of printing an empty box.
 * Drawing CJK outlines is slow (about a second a card on a busy machine), so
 * PNGs are cached by the hash of their SVG in node_modules/.cache/.
 * A figure page's card is the chart itself: figure-images.ts draws those (and
 * the PNG downloads) here too, after the text cards.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { t } from '../i18n/ui.ts';
import { readFontMetrics } from '../lib/share/font-metrics.ts';
import { readPageHead } from '../lib/page/head.ts';
import { CARD_FONT_FAMILY, missingGlyphs, shareCardSvg, type CardFonts, type ShareCard } from '../lib/share/card.ts';
import { splitLangPath, stripBase } from '../lib/urls.ts';
import { isFigurePage } from '../lib/chart/figure-files.ts';
import { loadContent } from '../content-model/index.ts';
import { figureDatasets } from '../lib/dataset/figures.ts';
import { noBreakNames } from '../lib/share/no-break.ts';
import { builtPages } from './built-pages.ts';
import { writeFigureImages } from './figure-images.ts';

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '../fonts');
const FONT_FILES = [join(FONT_DIR, 'NotoSansHans-Regular.otf'), join(FONT_DIR, 'NotoSansHans-Bold.otf')];

export function shareCards(): AstroIntegration {
	let base = '/';
	let cacheDir = '';
	let projectRoot = '';
	let site = new URL('https://stargate-explained.example');
	return {
		name: 'stargate-share-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				cacheDir = fileURLToPath(new URL('node_modules/.cache/stargate-share-cards/', config.root));
				projectRoot = fileURLToPath(config.root);
				if (config.site) site = new URL(config.site);
			},
			'astro:build:done': ({ dir, pages, logger }) => {
				const outDir = fileURLToPath(dir);
				const [regular, bold] = FONT_FILES.map((file) => readFontMetrics(readFileSync(file)));
				const fonts: CardFonts = { regular: regular!, bold: bold! };
				const fontStamp = FONT_FILES.map((file) => statSync(file).size).join(',');
				mkdirSync(cacheDir, { recursive: true });
				const content = loadContent();
				const noBreak = noBreakNames(content);
				const written = new Map<string, string>();
				let drawn = 0;
				for (const page of builtPages(outDir, pages)) {
					const { lang, meta } = readPageHead(page.html);
					const image = meta['og:image'];
					if (!image) continue;
					const where = `/${page.pathname}`;
					if (isFigurePage(splitLangPath(where).rest)) continue;
					const file = join(outDir, stripBase(new URL(image).pathname, base));
					if (written.has(file)) throw new Error(`${where} and ${written.get(file)} both use the share card ${image}`);
					const cardLang = lang.startsWith('zh') ? 'zh' : 'en';
					const url = new URL(meta['og:url'] ?? image);
					const card: ShareCard = {
						lang: cardLang,
						siteName: meta['og:site_name'] ?? '',
						title: meta['og:title'] ?? '',
						description: meta['og:description'] ?? '',
						address: `${url.host}${url.pathname}`,
						languageName: t(cardLang, 'lang.name'),
					};
					const missing = missingGlyphs(Object.values(card).join(''), fonts.bold);
					if (missing.length > 0) throw new Error(`Share card of ${where}: the bundled font has no glyph for ${missing.join(' ')}`);
					const svg = shareCardSvg({ ...card, noBreak }, fonts);
					const cached = join(cacheDir, `${createHash('sha256').update(`${fontStamp}\n${svg}`).digest('hex').slice(0, 32)}.png`);
					if (!existsSync(cached)) {
						const resvg = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY } });
						writeFileSync(cached, resvg.render().asPng());
						drawn++;
					}
					mkdirSync(dirname(file), { recursive: true });
					copyFileSync(cached, file);
					written.set(file, where);
				}
				logger.info(`share cards: ${written.size} PNGs (${drawn} drawn, the rest unchanged since an earlier build)`);
				const figures = writeFigureImages({
					outDir,
					cacheDir: join(cacheDir, '../stargate-figure-images'),
					projectRoot,
					site,
					base,
					datasets: figureDatasets(content),
					sources: content.sources,
					noBreak,
				});
				logger.info(`figure images: ${figures.written} PNGs (${figures.drawn} drawn by Chart.js, the rest unchanged since an earlier build)`);
			},
		},
	};
}
