/**
 * Claims and promises name where an article discusses them (`article` + `section`). On the
 * sites overview a site's entry is a row of the table under the map, `#site-<id>`, not a
 * heading: its title is the site's name, and links from the ledger and the tracker go
 * straight to the site's own page, where the text is (the row links there too).
 */
import type { ValidArticle } from '../../content-model/index.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Site } from '../../schemas/site.ts';
import { SITES_OVERVIEW, siteAnchor } from '../../schemas/site-page.ts';
import { sectionTitle } from '../ledger/verdicts.ts';
import { articlePath, withBase } from '../urls.ts';
import { sitePageHref } from './facts.ts';

/** The visible title of the section an item points to, or null when the article has no such section. */
export function pointedSectionTitle(article: ValidArticle, sectionId: string, sites: readonly Site[], lang: Lang): string | null {
	const heading = sectionTitle(article.body, sectionId);
	if (heading !== null || article.slug !== SITES_OVERVIEW) return heading;
	return sites.find((s) => siteAnchor(s.id) === sectionId)?.name[lang] ?? null;
}

/** The link for an item's `article` + `section`: a site's own page for a site entry on the overview, else the section. */
export function pointedHref(lang: Lang, article: string, sectionId: string, sites: readonly Site[], base: string): string {
	const site = article === SITES_OVERVIEW ? sites.find((s) => siteAnchor(s.id) === sectionId) : undefined;
	return site ? sitePageHref(lang, site.id, base) : `${withBase(articlePath(lang, article), base)}#${sectionId}`;
}
