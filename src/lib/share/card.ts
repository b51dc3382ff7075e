/**
 * The 1200×630 share card of a page as SVG text, rendered to PNG after the
 * build by src/integrations/share-cards.ts. Layout is done here, with widths
 * measured from the font's own metrics: the title wraps to at most three
 * balanced lines (the size steps down before anything is cut), Chinese breaks
 * between words but never before closing punctuation, English at spaces.
 */
import type { Lang } from '../../schemas/common.ts';
import type { FontMetrics } from './font-metrics.ts';
import { escapeXml } from '../xml.ts';
import { protectedOffsets } from './no-break.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The family name inside the bundled Noto Sans Hans files. */
export const CARD_FONT_FAMILY = 'Noto Sans Hans';

export interface ShareCard {
	lang: Lang;
	siteName: string;
	title: string;
	description: string;
	/** Shown at the foot, e.g. `stargate-explained.example/zh/energy/`. */
	address: string;
	/** Shown at the foot on the right, e.g. `简体中文`. */
	languageName: string;
	/** Names never broken across lines (src/lib/share/no-break.ts). */
	noBreak?: readonly string[];
}

export interface CardFonts {
	regular: FontMetrics;
	bold: FontMetrics;
}

/** Where a page's card lives, relative to the site root: `og/zh/energy.png`, `og/en/index.png`. */
export function shareCardPath(lang: Lang, neutralPath: string): string {
	const name = neutralPath.replace(/^\/|\/$/g, '') || 'index';
	return `og/${lang}/${name}.png`;
}

// Light theme tokens from src/styles/global.css: cards are seen in feeds of any theme.
const COLORS = { paper: '#fcfcfa', ink: '#1b1b1a', muted: '#595956', rule: '#dcdbd4', accent: '#0b58a8' };
const SERIES = ['#0b58a8', '#c8611a', '#2f8a5f', '#7b5aa6', '#8a8a84'];
const PAD = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD;
/** Kerning and shaping usually narrow a line; this keeps a safe margin if they do not. */
const SAFETY = 0.97;

/** The bundled CJK font draws curly quotes full-width; in English they would leave gaps. */
export function cardText(text: string, lang: Lang): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	return lang === 'en' ? clean.replace(/[“”]/g, '"').replace(/[‘’]/g, "'") : clean;
}

/** Characters the font cannot draw (they would print as empty boxes). */
export function missingGlyphs(text: string, font: FontMetrics): string[] {
	const missing = new Set<string>();
	for (const char of text) if (char.trim() && font.advance(char.codePointAt(0)!) === undefined) missing.add(char);
	return [...missing];
}

export function textWidth(text: string, font: FontMetrics, size: number): number {
	let units = 0;
	for (const char of text) units += font.advance(char.codePointAt(0)!) ?? font.unitsPerEm;
	return (units / font.unitsPerEm) * size;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** May not start a line (closing punctuation) / may not end one (opening punctuation). */
const NO_START = /^[，。、：；！？）》」』】〕”’,.;:!?)\]}…%]/;
const NO_END = /[（《「『【〔“‘([{$]$/;

const zhWords = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Unbreakable pieces of a text: a space-separated Latin word with its
 * punctuation, or a Chinese word (as the ICU dictionary segments it, so
 * "多少" is not split across lines), joined again where the dictionary would
 * split a protected name (`noBreak`: 星际之门, 马斯克); `space` marks a break that consumes a space.
 */
export function breakUnits(text: string, noBreak: readonly string[] = []): Array<{ text: string; space: boolean }> {
	const units: Array<{ text: string; space: boolean }> = [];
	for (const [i, chunk] of text.split(' ').filter(Boolean).entries()) {
		const inside = protectedOffsets(chunk, noBreak);
		const pieces: string[] = [];
		let offset = 0;
		for (const { segment } of CJK.test(chunk) ? zhWords.segment(chunk) : [{ segment: chunk }]) {
			if (pieces.length > 0 && inside.has(offset)) pieces[pieces.length - 1] += segment;
			else pieces.push(segment);
			offset += segment.length;
		}
		pieces.forEach((piece, j) => units.push({ text: piece, space: i > 0 && j === 0 }));
	}
	// Glue punctuation to its neighbour so no line starts with "，" or ends with "“".
	const glued: Array<{ text: string; space: boolean }> = [];
	for (const unit of units) {
		const previous = glued.at(-1);
		if (previous && !unit.space && (NO_START.test(unit.text) || NO_END.test(previous.text))) previous.text += unit.text;
		else glued.push({ ...unit });
	}
	return glued;
}

/** Greedy line breaking; a unit wider than a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number, noBreak: readonly string[] = []): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of breakUnits(text, noBreak)) {
		const candidate = line ? `${line}${unit.space ? ' ' : ''}${unit.text}` : unit.text;
		if (!line || width(candidate) <= maxWidth) line = candidate;
		else {
			lines.push(line);
			line = unit.text;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Like CSS `text-wrap: balance`: the narrowest width that still needs as few
 * lines, so a title never ends with one orphaned character or word.
 */
export function balancedWrap(text: string, maxWidth: number, width: (s: string) => number, noBreak: readonly string[] = []): string[] {
	const lines = wrapText(text, maxWidth, width, noBreak);
	if (lines.length < 2) return lines;
	let low = maxWidth / 2;
	let high = maxWidth;
	while (high - low > 4) {
		const mid = (low + high) / 2;
		if (wrapText(text, mid, width, noBreak).length <= lines.length) high = mid;
		else low = mid;
	}
	return wrapText(text, high, width, noBreak);
}

/** Cuts `lines` to `max`, ending the last kept line with an ellipsis that fits. */
export function clampLines(lines: string[], max: number, maxWidth: number, width: (s: string) => number): string[] {
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	let last = kept[max - 1] ?? '';
	while (last && width(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
	kept[max - 1] = `${last.replace(/[\s,，、;；:：]+$/, '')}…`;
	return kept;
}

interface Block {
	lines: string[];
	size: number;
	lineHeight: number;
}

const TITLE_SIZES = [68, 60, 54, 48];
const TITLE_TOP = 196;
const BODY_BOTTOM = 520;

/**
 * Title: two lines if some size allows it (the description then keeps room
 * for its lines), else the largest size that fits three, clamped at the smallest.
 */
function titleBlock(title: string, lang: Lang, font: FontMetrics, noBreak: readonly string[]): Block {
	const leading = lang === 'zh' ? 1.3 : 1.18;
	for (const maxLines of [2, 3]) {
		for (const size of TITLE_SIZES) {
			const lines = balancedWrap(title, TEXT_WIDTH * SAFETY, (s) => textWidth(s, font, size), noBreak);
			if (lines.length <= maxLines) return { lines, size, lineHeight: size * leading };
		}
	}
	const size = TITLE_SIZES.at(-1)!;
	const width = (s: string) => textWidth(s, font, size);
	return { lines: clampLines(wrapText(title, TEXT_WIDTH * SAFETY, width, noBreak), 3, TEXT_WIDTH * SAFETY, width), size, lineHeight: size * leading };
}

/** Full-width opening punctuation draws in the right half of its em: hang it into the margin so the text edge stays straight. */
const HANGING = /^[“‘（《「『【〔]/;

function textLines(block: Block, top: number, attributes: string): string {
	return block.lines
		.map((line, i) => {
			const x = HANGING.test(line) ? PAD - block.size / 2 : PAD;
			return `<text x="${x}" y="${Math.round(top + block.size + i * block.lineHeight)}" ${attributes} font-size="${block.size}">${escapeXml(line)}</text>`;
		})
		.join('');
}

/** The card's title and description as drawn, line by line (what the line-breaking tests read). */
export function shareCardLines(card: ShareCard, fonts: CardFonts): { title: string[]; description: string[] } {
	const { title, body } = layout(card, fonts);
	return { title: title.lines, description: body.lines };
}

function layout(card: ShareCard, fonts: CardFonts): { title: Block; body: Block; bodyTop: number } {
	const noBreak = card.noBreak ?? [];
	const title = titleBlock(cardText(card.title, card.lang), card.lang, fonts.bold, noBreak);
	const titleBottom = TITLE_TOP + title.lines.length * title.lineHeight;
	const bodySize = 30;
	const bodyLineHeight = bodySize * (card.lang === 'zh' ? 1.6 : 1.45);
	const bodyTop = titleBottom + 36;
	const room = Math.max(0, Math.floor((BODY_BOTTOM - bodyTop - bodySize) / bodyLineHeight) + 1);
	const bodyWidth = (s: string) => textWidth(s, fonts.regular, bodySize);
	const body: Block = {
		lines: clampLines(wrapText(cardText(card.description, card.lang), TEXT_WIDTH * SAFETY, bodyWidth, noBreak), Math.min(3, room), TEXT_WIDTH * SAFETY, bodyWidth),
		size: bodySize,
		lineHeight: bodyLineHeight,
	};
	return { title, body, bodyTop };
}

export function shareCardSvg(card: ShareCard, fonts: CardFonts): string {
	const { title, body, bodyTop } = layout(card, fonts);
	const font = `font-family="${CARD_FONT_FAMILY}"`;
	const stripe = SERIES.map((color, i) => `<rect x="${PAD + i * 44}" y="${PAD}" width="36" height="8" fill="${color}"/>`).join('');
	const footY = CARD_HEIGHT - 58;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.paper}"/>`,
		`<rect width="12" height="${CARD_HEIGHT}" fill="${COLORS.accent}"/>`,
		stripe,
		`<text x="${PAD}" y="${PAD + 64}" ${font} font-weight="700" font-size="32" fill="${COLORS.accent}">${escapeXml(card.siteName)}</text>`,
		textLines(title, TITLE_TOP, `${font} font-weight="700" fill="${COLORS.ink}"`),
		textLines(body, bodyTop, `${font} font-weight="400" fill="${COLORS.muted}"`),
		`<rect x="${PAD}" y="${footY - 42}" width="${TEXT_WIDTH}" height="2" fill="${COLORS.rule}"/>`,
		`<text x="${PAD}" y="${footY}" ${font} font-weight="400" font-size="24" fill="${COLORS.muted}">${escapeXml(card.address)}</text>`,
		`<text x="${CARD_WIDTH - PAD}" y="${footY}" ${font} font-weight="700" font-size="24" fill="${COLORS.muted}" text-anchor="end">${escapeXml(card.languageName)}</text>`,
		'</svg>',
	].join('');
}
