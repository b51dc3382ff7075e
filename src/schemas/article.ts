import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/** The nine articles, in reading order; each exists once per language. */
export const ARTICLE_SLUGS = ['overview', 'partners', 'funding', 'financing', 'sites', 'energy', 'jobs', 'promises', 'policy'] as const;
export type ArticleSlug = (typeof ARTICLE_SLUGS)[number];

/** Frontmatter of `content/articles/<lang>/<slug>.mdx`. */
export const articleSchema = z.strictObject({
	title: z.string().trim().min(1),
	/** One- or two-sentence standfirst shown under the title. */
	dek: z.string().trim().min(1),
	/** Meta description for search results and share cards (<= 200 characters). */
	description: z.string().trim().min(1).max(200),
	/** Date the article's facts were last checked. */
	updated: isoDate,
	/** Retired section ids that must keep working: old id -> current id. */
	aliases: z.record(z.string(), z.string()).optional(),
});
export type ArticleFrontmatter = z.infer<typeof articleSchema>;

/** Frontmatter of `content/pages/<lang>/<page>.mdx` (about ...). */
export const pageSchema = z.strictObject({
	title: z.string().trim().min(1),
	description: z.string().trim().min(1).max(200),
	updated: isoDate,
});
