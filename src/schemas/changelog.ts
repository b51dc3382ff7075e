import { z } from 'astro/zod';
import { ARTICLE_SLUGS } from './article.ts';
import { asciiId, isoDate, localized } from './common.ts';

/**
 * One dated update to the site (`content/changelog/*.yaml`), in both languages:
 * the source of the Atom feeds. Add an entry whenever an article is published
 * or a figure changes; say what changed and why.
 */
export const changelogEntrySchema = z.strictObject({
	id: asciiId,
	/** The day the change was published (YYYY-MM-DD; quote it in YAML). */
	date: isoDate.refine((value) => value.length === 10, { error: 'must be a full date written as YYYY-MM-DD' }),
	title: localized,
	summary: localized,
	/** Articles the change touched; the first one is where the feed entry links. */
	articles: z.array(z.enum(ARTICLE_SLUGS)).optional(),
	/** Datasets (content/datasets/) whose figures changed. */
	datasets: z.array(asciiId).optional(),
});
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
