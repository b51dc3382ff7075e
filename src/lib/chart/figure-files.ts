/**
 * Where a figure lives on its own, in each language: its page, its embed page
 * and the images drawn from it at build time (src/integrations/figure-images.ts).
 * Paths are relative to the site root, without the deploy base.
 */
import type { Lang } from '../../schemas/common.ts';
import { localizedPath } from '../urls.ts';
import { shareCardPath } from '../share/card.ts';

/** `figures/<id>/`, language-neutral (the page's `path`). */
export const figureNeutralPath = (id: string) => `figures/${id}/`;
export const figurePagePath = (lang: Lang, id: string) => localizedPath(lang, figureNeutralPath(id));
export const embedNeutralPath = (id: string) => `embed/${id}/`;
export const embedPagePath = (lang: Lang, id: string) => localizedPath(lang, embedNeutralPath(id));
/** The chart as an image next to the CSV and JSON: `data/<id>.zh.png`. */
export const figureImagePath = (lang: Lang, id: string, format: 'png' | 'svg') => `data/${id}.${lang}.${format}`;
/** The figure page's share card is the chart itself, at the path its share tags name. */
export const figureCardPath = (lang: Lang, id: string) => shareCardPath(lang, figureNeutralPath(id));
/** Pages whose share card is drawn by the figure renderer, not as a text card. */
export const isFigurePage = (neutralPath: string) => /^figures\/[^/]+\/$/.test(neutralPath.replace(/^\//, ''));
/** Pages that other sites may frame. */
export const isEmbedPage = (path: string) => /^\/(?:[a-z]{2}\/)?embed\/[^/]+\/$/.test(path);

/**
 * A figure's `<title>`: its title, without a trailing unit aside such as
 * "(USD billion)" when that is what makes it longer than search results show.
 */
export function figurePageTitle(title: string, max: number): string {
	if (title.length <= max) return title;
	const bare = title.replace(/\s*[（(][^（）()]*[）)]$/, '');
	if (bare.length <= max) return bare;
	const cut = bare.slice(0, max - 1);
	return `${/\s/.test(cut) ? cut.replace(/\s+\S*$/, '') : cut}…`;
}
