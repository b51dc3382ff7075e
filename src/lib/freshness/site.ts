/** The site-wide and per-article freshness of the loaded content (see dates.ts). */
import type { ValidArticle, ValidContent } from '../../content-model/index.ts';
import { citationOrder } from '../article/mdx-scan.ts';
import { newestReportingDate } from '../sources/newest-reporting.ts';
import { latestEntry, newestReporting } from './dates.ts';

export interface Freshness {
	/** YYYY-MM-DD of the newest changelog entry naming the page; empty when none does. */
	lastChanged: string;
	/** That entry's id: its anchor on the updates page is `update-<id>`. */
	entryId: string | undefined;
	/** Latest `published` date of the sources the page uses. */
	newest: string;
}

export function articleFreshness(content: ValidContent, article: ValidArticle): Freshness {
	const entry = latestEntry(content.changelog, article.site ? { site: article.site } : { article: article.slug });
	return { lastChanged: entry?.date ?? '', entryId: entry?.id, newest: newestReporting(content.sources, citationOrder(article.body)) };
}

/**
 * Site-wide: the newest reporting is the one date the promise tracker also measures against
 * (every source record is cited somewhere: tests/content/content.test.ts).
 */
export function siteFreshness(content: ValidContent): Freshness {
	const entry = latestEntry(content.changelog);
	return { lastChanged: entry?.date ?? '', entryId: entry?.id, newest: newestReportingDate(content.sources) };
}
