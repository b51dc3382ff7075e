/**
 * Every internal URL is built here, so the site works at a domain root and under
 * a sub-path (`base`). Trailing-slash policy: pages always end in `/`; files
 * (`.csv`, `.json`, `.png`, `.xml`) never do.
 */
import type { Lang } from '../schemas/common.ts';

/** Joins the configured base (e.g. `/` or `/stargate/`) with a root-relative path. */
export function withBase(path: string, base: string): string {
	const cleanBase = base.endsWith('/') ? base : `${base}/`;
	return `${cleanBase}${path.replace(/^\//, '')}`;
}

/** The language-neutral path of a page, e.g. `energy/` or `` for home. */
export function localizedPath(lang: Lang, path: string): string {
	const clean = path.replace(/^\//, '');
	return lang === 'en' ? `/${clean}` : `/zh/${clean}`;
}

/** Splits a site path (without base) into its language and language-neutral rest. */
export function splitLangPath(path: string): { lang: Lang; rest: string } {
	const clean = path.replace(/^\//, '');
	if (clean === 'zh' || clean.startsWith('zh/')) return { lang: 'zh', rest: clean.replace(/^zh\/?/, '') };
	return { lang: 'en', rest: clean };
}

/** Removes the base from a pathname as the browser or Astro reports it. */
export function stripBase(pathname: string, base: string): string {
	const cleanBase = base.endsWith('/') ? base : `${base}/`;
	return pathname.startsWith(cleanBase) ? `/${pathname.slice(cleanBase.length)}` : pathname;
}

export const articlePath = (lang: Lang, slug: string) => localizedPath(lang, `${slug}/`);
export const sourceAnchor = (id: string) => `src-${id}`;

/** True for links that leave the site (they get rel="noopener" and an external marker). */
export function isExternal(href: string): boolean {
	return /^https?:\/\//.test(href);
}
