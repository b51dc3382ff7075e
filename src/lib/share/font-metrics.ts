/**
 * Glyph coverage and advance widths read straight from an OpenType font's
 * `cmap` and `hmtx` tables, so share-card text can be wrapped to a measured
 * width and a character the font lacks fails the build instead of printing
 * tofu. No shaping or kerning: wrapping leaves a margin for that.
 */

export interface FontMetrics {
	unitsPerEm: number;
	/** Advance width in font units, or undefined when the font has no glyph for the code point. */
	advance(codePoint: number): number | undefined;
}

function tables(view: DataView): Map<string, { offset: number; length: number }> {
	const out = new Map<string, { offset: number; length: number }>();
	const count = view.getUint16(4);
	for (let i = 0; i < count; i++) {
		const record = 12 + i * 16;
		const tag = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
		out.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
	}
	return out;
}

/** Code point → glyph id from a format 12 (full Unicode) or format 4 (BMP) subtable. */
function glyphLookup(view: DataView, cmapOffset: number): (codePoint: number) => number {
	const count = view.getUint16(cmapOffset + 2);
	const subtables: Array<{ platform: number; encoding: number; offset: number; format: number }> = [];
	for (let i = 0; i < count; i++) {
		const record = cmapOffset + 4 + i * 8;
		const offset = cmapOffset + view.getUint32(record + 4);
		subtables.push({ platform: view.getUint16(record), encoding: view.getUint16(record + 2), offset, format: view.getUint16(offset) });
	}
	const full = subtables.find((s) => s.format === 12 && (s.platform === 0 || (s.platform === 3 && s.encoding === 10)));
	if (full) {
		const groups = view.getUint32(full.offset + 12);
		return (codePoint) => {
			let low = 0;
			let high = groups - 1;
			while (low <= high) {
				const mid = (low + high) >> 1;
				const group = full.offset + 16 + mid * 12;
				const start = view.getUint32(group);
				const end = view.getUint32(group + 4);
				if (codePoint < start) high = mid - 1;
				else if (codePoint > end) low = mid + 1;
				else return view.getUint32(group + 8) + (codePoint - start);
			}
			return 0;
		};
	}
	const bmp = subtables.find((s) => s.format === 4 && (s.platform === 0 || (s.platform === 3 && s.encoding === 1)));
	if (!bmp) throw new Error('font has no Unicode cmap subtable (format 4 or 12)');
	const segments = view.getUint16(bmp.offset + 6) / 2;
	const ends = bmp.offset + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	return (codePoint) => {
		if (codePoint > 0xffff) return 0;
		for (let i = 0; i < segments; i++) {
			if (codePoint > view.getUint16(ends + i * 2)) continue;
			const start = view.getUint16(starts + i * 2);
			if (codePoint < start) return 0;
			const delta = view.getInt16(deltas + i * 2);
			const rangeOffset = view.getUint16(rangeOffsets + i * 2);
			if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
			const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	};
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const directory = tables(view);
	const need = (tag: string) => {
		const table = directory.get(tag);
		if (!table) throw new Error(`font has no "${tag}" table`);
		return table.offset;
	};
	const unitsPerEm = view.getUint16(need('head') + 18);
	const longMetrics = view.getUint16(need('hhea') + 34);
	const hmtx = need('hmtx');
	const glyphFor = glyphLookup(view, need('cmap'));
	return {
		unitsPerEm,
		advance(codePoint) {
			const glyph = glyphFor(codePoint);
			if (glyph === 0) return undefined;
			// Glyphs past the last long metric share its advance (monospaced tails such as CJK).
			return view.getUint16(hmtx + Math.min(glyph, longMetrics - 1) * 4);
		},
	};
}
