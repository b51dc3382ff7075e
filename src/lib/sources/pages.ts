/**
 * Where a source record lives (issue 14: every page, the sources included, at most 30 KB gzip HTML+CSS).
 *
 * Why the records are split, and by year of publication:
 * - One page of 183 full records was 38 KB gzip (HTML and inline CSS). The weight is in what a
 *   fact-checker needs (measured by removing one part at a time): the notes ~7.4 KB, the outbound URLs
 *   ~6.6 KB, the titles ~5.4 KB; leaner markup (attributes, "Cited in" with short names) saves ~2.5 KB at
 *   most, so markup alone cannot reach the target without dropping content.
 * - Split by kind, "secondary" alone (135 of 183 records) already fills ~27 KB and only grows; and a
 *   record's kind can change (a single report gets confirmed), which would move it and break links to it.
 *   The publication date never changes, new reporting lands on the newest year's page, and each year's
 *   page stays under the budget with room to grow; each page still groups by kind. Measured on the build
 *   of 2026-11-29 with the 5.7 KB (gzip) inline CSS of that day: the largest, 2025 with 107 records, is
 *   24.9 KB (zh 26.2 KB); 2026 with 66 records 21.4 KB (zh 22.6 KB), ~0.16 KB per added record.
 * - Everything published before 2025, the year Stargate was announced, is background that predates the
 *   project: one page, so a year with a single record does not get a page of its own.
 *
 * /sources/ stays the index: counts, the kinds explained, the downloads and one compact line per record
 * with the same `src-<id>` anchor, linking to the full entry, so deep links already in the wild still land.
 */
import type { Lang } from '../../schemas/common.ts';
import { SOURCE_KINDS, type Source, type SourceKind } from '../../schemas/source.ts';
import { localizedPath, sourceAnchor } from '../urls.ts';

/** The first year with a page of its own: Stargate was announced on 2025-01-21. */
export const FIRST_YEAR_PAGE = 2025;
/** The page key of everything published before FIRST_YEAR_PAGE. */
export const EARLIER = `before-${FIRST_YEAR_PAGE}`;

/** The page key of a record published on `published` (an ISO date, `2025`, `2025-05` or `2025-05-21`). */
export function sourcePageKey(published: string): string {
	const year = Number(published.slice(0, 4));
	if (!Number.isInteger(year)) throw new Error(`sourcePageKey: "${published}" does not start with a year`);
	return year >= FIRST_YEAR_PAGE ? String(year) : EARLIER;
}

/** The path of one page of full records, e.g. `/sources/2025/` or `/zh/sources/before-2025/` (no base). */
export const sourcePagePath = (lang: Lang, key: string) => localizedPath(lang, `sources/${key}/`);

/**
 * THE link to a source's full record (no base: pass it through withBase). Every link to a record should
 * be made here, so a record is found wherever the split puts it.
 */
export const sourceHref = (source: Pick<Source, 'id' | 'published'>, lang: Lang) =>
	`${sourcePagePath(lang, sourcePageKey(source.published))}#${sourceAnchor(source.id)}`;

export interface SourcePage<S> {
	key: string;
	sources: S[];
}

/** The pages of full records, newest year first and the earlier page last, each with its records. */
export function sourcePages<S extends Pick<Source, 'published'>>(sources: readonly S[]): SourcePage<S>[] {
	const byKey = new Map<string, S[]>();
	for (const source of sources) {
		const key = sourcePageKey(source.published);
		byKey.set(key, [...(byKey.get(key) ?? []), source]);
	}
	const rank = (key: string) => (key === EARLIER ? -Infinity : Number(key));
	return [...byKey.entries()].sort(([a], [b]) => rank(b) - rank(a)).map(([key, list]) => ({ key, sources: list }));
}

/** Records grouped by kind, in SOURCE_KINDS order (every kind, even an empty one), each by publisher then date. */
export function byKind<S extends Pick<Source, 'kind' | 'publisher' | 'published'>>(sources: readonly S[]): { kind: SourceKind; sources: S[] }[] {
	return SOURCE_KINDS.map((kind) => ({
		kind,
		sources: sources.filter((s) => s.kind === kind).sort((a, b) => a.publisher.localeCompare(b.publisher) || a.published.localeCompare(b.published)),
	}));
}
