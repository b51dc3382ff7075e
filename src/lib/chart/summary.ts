/**
 * The `aria-label` of a figure's canvas: what the chart shows, in the page's
 * language, with every plotted value in words (figures are small enough that a
 * complete list beats a vague trend), ranges and contested values said so.
 */
import type { Lang } from '../../schemas/common.ts';
import { t } from '../../i18n/ui.ts';
import type { BarModel, ChartModel, PanelModel } from './model.ts';
import { PUNCT } from '../format.ts';

function spoken(bar: BarModel, lang: Lang): string {
	const notes = [
		...(typeof bar.value === 'number' ? [] : [t(lang, 'figure.range')]),
		...(bar.status ? [bar.status] : []),
		...(bar.contested ? [t(lang, 'figure.contested')] : []),
	];
	if (notes.length === 0) return bar.text;
	return lang === 'zh' ? `${bar.text}（${notes.join('，')}）` : `${bar.text} (${notes.join(', ')})`;
}

/** One panel's summary: `Bar chart: <title> — <panel>. OpenAI: $19B; Oracle: about $7B (contested).` */
export function panelSummary(model: ChartModel, panel: PanelModel, figureTitle: string): string {
	const { lang } = model;
	const colon = PUNCT[lang].colon;
	const grouped = panel.series.length > 1;
	const values = panel.categories.flatMap((category, i) =>
		panel.series.flatMap((series) => {
			const bar = series.bars[i];
			if (!bar) return [];
			const name = grouped ? `${category}${PUNCT[lang].comma}${series.label}` : category;
			return [`${name}${colon}${spoken(bar, lang)}`];
		}),
	);
	const title = panel.title ? `${figureTitle}${lang === 'zh' ? '——' : ' — '}${panel.title}` : figureTitle;
	return t(lang, 'figure.summary', {
		kind: t(lang, `figure.kind.${model.kind}`),
		title,
		values: values.join(PUNCT[lang].semicolon),
	});
}

/** One summary per panel, in panel order. */
export function chartSummaries(model: ChartModel, figureTitle: string): string[] {
	return model.panels.map((panel) => panelSummary(model, panel, figureTitle));
}
