/**
 * The source line under a figure image (its PNG download and share card): `Sources: Reuters, Bloomberg`,
 * `来源：路透社、彭博社`. A figure with many sources names as many as fit and says how many more, rather
 * than cutting a name off with an ellipsis: a reader can tell that sources were left out, and where to
 * find them (the figure's page, whose address is on the same line).
 */
import type { Lang } from '../../schemas/common.ts';
import { t } from '../../i18n/ui.ts';
import { PUNCT } from '../format.ts';
import { sourcesLabel } from '../sources/label.ts';

/** The line naming the first `shown` publishers (all by default) and how many more there are. */
export function sourceLine(publishers: readonly string[], lang: Lang, shown = publishers.length): string {
	const more = publishers.length - shown;
	const rest = more > 0 ? t(lang, 'figure.sourcesMore', { count: more }) : '';
	return `${sourcesLabel(publishers.length, lang)}${publishers.slice(0, shown).join(PUNCT[lang].list)}${rest}`;
}

/** Every publisher when the line `fits`, else as many as fit (at least one) and how many more. */
export function fittedSourceLine(publishers: readonly string[], lang: Lang, fits: (line: string) => boolean): string {
	for (let shown = publishers.length; shown > 1; shown--) {
		const line = sourceLine(publishers, lang, shown);
		if (fits(line)) return line;
	}
	return sourceLine(publishers, lang, Math.min(1, publishers.length));
}
