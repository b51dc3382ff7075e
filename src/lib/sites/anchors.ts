/**
 * Claims and promises name where an article discusses them (`article` + `section`). On the
 * sites overview a site's entry is a row of the table under the map, `#site-<id>`, not a
 * heading: its title is the site's name, and the row links on to the site's own page.
 */
import type { ValidArticle } from '../../content-model/index.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Site } from '../../schemas/site.ts';
import { SITES_OVERVIEW, siteAnchor } from '../../schemas/site-page.ts';
import { sectionTitle } from '../ledger/verdicts.ts';

/** The visible title of the section an item points to, or null when the article has no such section. */
export function pointedSectionTitle(article: ValidArticle, sectionId: string, sites: readonly Site[], lang: Lang): string | null {
	const heading = sectionTitle(article.body, sectionId);
	if (heading !== null || article.slug !== SITES_OVERVIEW) return heading;
	return sites.find((s) => siteAnchor(s.id) === sectionId)?.name[lang] ?? null;
}
