import { z } from 'astro/zod';
import { ARTICLE_SLUGS } from './article.ts';
import { asciiId, isoDate, localized, sourceIds, value } from './common.ts';

/**
 * One changed, added or removed dataset point: which dataset, which point (its
 * `key`, or its English label when it has none), the value before and after
 * (`from` alone: removed; `to` alone: added) and the sources for the new value.
 * The published-values test (tests/content/published-values.test.ts) accepts a
 * value that differs from content/published-values.json only when an item here
 * names it with matching from/to.
 */
export const valueChangeSchema = z
	.strictObject({
		dataset: asciiId,
		point: z.string().trim().min(1, { error: 'must name the point: its key, or its English label' }),
		from: value.optional(),
		to: value.optional(),
		sources: sourceIds.optional(),
	})
	.refine((change) => change.from !== undefined || change.to !== undefined, {
		error: 'needs `from` (the old value), `to` (the new value) or both',
	});
export type ValueChange = z.infer<typeof valueChangeSchema>;

/**
 * One dated update to the site (`content/changelog/*.yaml`), in both languages:
 * the source of the updates page and the Atom feeds. Add an entry whenever an
 * article is published or a figure changes; say what changed and why.
 */
export const changelogEntrySchema = z.strictObject({
	/** Also the entry's anchor on the updates page (`/updates/#<id>`), where the feeds link. */
	id: asciiId,
	/** The day the change was published (YYYY-MM-DD; quote it in YAML). */
	date: isoDate.refine((value) => value.length === 10, { error: 'must be a full date written as YYYY-MM-DD' }),
	title: localized,
	summary: localized,
	/** Articles the change touched: listed and linked on the updates page; their "last changed" date. */
	articles: z.array(z.enum(ARTICLE_SLUGS)).optional(),
	/** Site pages the change touched (ids in content/sites.yaml): listed and linked the same way; their "last changed" date. */
	sites: z.array(asciiId).optional(),
	/** Datasets (content/datasets/) whose figures changed. */
	datasets: z.array(asciiId).optional(),
	/** One item per changed, added or removed dataset point. */
	changes: z.array(valueChangeSchema).optional(),
});
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
