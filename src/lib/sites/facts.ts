/**
 * The few facts a site's overview entry and its own page lead with: who builds it,
 * with whom, the capacity as the capacity figure states it (with its date) and the
 * status with the date of its newest source. Pure: names and texts in, strings out.
 */
import type { Lang } from '../../schemas/common.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Partner } from '../../schemas/partner.ts';
import type { Site, SiteStatus } from '../../schemas/site.ts';
import { sitePageSlug } from '../../schemas/site-page.ts';
import { pointValueText } from '../dataset/value-text.ts';
import { articlePath, withBase } from '../urls.ts';

/** The dataset whose point for each site (`site: <id>`) gives the capacity the overview and site pages print. */
export const CAPACITY_DATASET = 'capacity-by-site';

export interface SiteFacts {
	developers: string[];
	partners: string[];
	/** Capacity exactly as the capacity figure's table prints it; null when no figure was ever published. */
	capacity: { text: string; stated: string; sources: string[] } | null;
	status: SiteStatus;
	asOf: string;
}

export function siteFacts(site: Site, partners: readonly Partner[], capacity: Dataset | undefined, lang: Lang): SiteFacts {
	const name = (id: string) => partners.find((p) => p.id === id)?.name[lang] ?? id;
	const point = capacity?.points.find((p) => p.site === site.id && p.key);
	const text = point?.key && capacity ? pointValueText(capacity, point.key, lang) : null;
	return {
		developers: site.developers.map(name),
		partners: site.partners.filter((id) => !site.developers.includes(id)).map(name),
		capacity: point && text ? { text, stated: point.stated, sources: point.sources } : null,
		status: site.status.value,
		asOf: site.status.asOf,
	};
}

/** The link to a site's own page, in the page's language, under the deploy base. */
export const sitePageHref = (lang: Lang, siteId: string, base: string) => withBase(articlePath(lang, sitePageSlug(siteId)), base);
