/**
 * How fresh a page is, computed, never typed: when it last changed (the newest
 * changelog entry that names it) and the newest reporting it uses (the latest
 * `published` date among the sources it cites). The home page and footer use
 * the site-wide versions: any changelog entry, any source in use.
 */
import type { ChangelogEntry } from '../../schemas/changelog.ts';
import type { Source } from '../../schemas/source.ts';
import { latestDate } from '../format.ts';

/** A page as the changelog names it: an article by its slug, a site's own page by the site's id. */
export type ChangelogPage = { article: string } | { site: string };

/** The newest changelog entry naming the page (or any entry, for the whole site). Same-day ties keep file order. */
export function latestEntry(changelog: readonly ChangelogEntry[], page?: ChangelogPage): ChangelogEntry | undefined {
	const names = (entry: ChangelogEntry) => (page === undefined ? true : 'site' in page ? entry.sites?.includes(page.site) : entry.articles?.includes(page.article as never));
	const naming = changelog.filter(names);
	return naming.reduce<ChangelogEntry | undefined>((best, entry) => (!best || entry.date > best.date ? entry : best), undefined);
}

/** The latest publication date among the given sources (YYYY-MM-DD or YYYY-MM). */
export function newestReporting(sources: readonly Source[], ids: Iterable<string>): string {
	const wanted = new Set(ids);
	return latestDate(sources.filter((source) => wanted.has(source.id)).map((source) => source.published));
}
