/**
 * Glyph coverage and advance widths of an OpenType font, so share-card text
 * can be wrapped to a measured width and a character the font lacks fails the
 * build instead of printing tofu. The tables are read by `fontkitten`, the
 * small fontkit fork that Astro itself uses to read fonts (kept by Astro's
 * maintainers), not by hand. No shaping or kerning: wrapping leaves a margin
 * for that.
 */
import { create, type Font } from 'fontkitten';

export interface FontMetrics {
	unitsPerEm: number;
	/** Advance width in font units, or undefined when the font has no glyph for the code point. */
	advance(codePoint: number): number | undefined;
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
	const parsed = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
	if (parsed.isCollection) throw new Error('expected one font, got a font collection');
	const font: Font = parsed;
	return {
		unitsPerEm: font.unitsPerEm,
		advance: (codePoint) => (font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint).advanceWidth : undefined),
	};
}
