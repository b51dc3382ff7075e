import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/**
 * Frontmatter of `content/sites/<lang>/<site-id>.mdx`, one page per site. The title,
 * standfirst and description come from the site's record in content/sites.yaml, so the
 * page carries the same canonical name as the map, the table and the CSV.
 */
export const sitePageSchema = z.strictObject({
	/** Date the page's facts were last checked. */
	updated: isoDate,
});
export type SitePageFrontmatter = z.infer<typeof sitePageSchema>;

/** A site page's slug among the articles: `sites/abilene`, served at `/sites/abilene/`. */
export const sitePageSlug = (siteId: string) => `sites/${siteId}`;

/** The article whose site table (under the map) gives each site an entry, `#site-<id>`, linking on to the site's page. */
export const SITES_OVERVIEW = 'sites';
/** A site's entry on the overview: the id old links to the site's section still land on. */
export const siteAnchor = (siteId: string) => `site-${siteId}`;
