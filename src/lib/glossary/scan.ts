/**
 * Finds forbidden name variants (content/glossary.yaml) in a text, with line and
 * column, so a test can name the exact spot. Pure string work; matching is
 * case-sensitive because "Softbank" is wrong where "SoftBank" is right.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';

export interface VariantHit {
	line: number;
	column: number;
	variant: string;
	/** The name to write instead, in the variant's language. */
	canonical: string;
	entry: string;
}

/**
 * Lines that quote the seed article's own words keep its spelling: the ledger's
 * `seedQuote` is the original Chinese, not our prose.
 */
const QUOTED_LINE = /^\s*(?:-\s+)?seedQuote:/;

export function findVariants(text: string, glossary: readonly GlossaryEntry[]): VariantHit[] {
	const hits: VariantHit[] = [];
	text.split(/\r?\n/).forEach((lineText, index) => {
		if (QUOTED_LINE.test(lineText)) return;
		for (const entry of glossary) {
			for (const lang of ['en', 'zh'] as const) {
				for (const variant of entry.forbidden[lang] ?? []) {
					let at = lineText.indexOf(variant);
					while (at !== -1) {
						hits.push({ line: index + 1, column: at + 1, variant, canonical: entry.name[lang], entry: entry.id });
						at = lineText.indexOf(variant, at + variant.length);
					}
				}
			}
		}
	});
	return hits;
}

/** `content/x.yaml:12:5 "塞林" → 萨林镇 (saline-township)`: one line per hit, for test output. */
export function describeHit(file: string, hit: VariantHit): string {
	return `${file}:${hit.line}:${hit.column} "${hit.variant}" → ${hit.canonical} (${hit.entry})`;
}
