/**
 * Facts about a page that the head, the language switch and the tests share:
 * its language, its language-neutral path and its URL in each language.
 */
import { LANGS, type Lang } from '../../schemas/common.ts';
import { localizedPath, withBase } from '../urls.ts';

export interface Alternate {
	lang: Lang;
	href: string;
}

/** Absolute URLs of the same page in every language (for hreflang and the switch). */
export function alternates(neutralPath: string, site: URL, base: string): Alternate[] {
	return LANGS.map((lang) => ({ lang, href: new URL(withBase(localizedPath(lang, neutralPath), base), site).href }));
}

/** Search results cut titles at about this length; past it the site name is what goes. */
export const TITLE_MAX = 70;

/** `<title>`: page first, site name last (when it fits), the way search results read best. */
export function pageTitle(title: string, siteName: string): string {
	const full = `${title} | ${siteName}`;
	return title === siteName || full.length > TITLE_MAX ? title : full;
}

/** The other language. */
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');
