/**
 * Wires the collections to `content/` (outside src/, where authors work).
 * Data files go through the content model first, so every collection entry
 * has already passed the cross-reference checks that fail the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentRoot, loadContent } from './content-model/index.ts';
import {
	articleSchema,
	changelogEntrySchema,
	claimSchema,
	datasetSchema,
	pageSchema,
	partnerSchema,
	promiseSchema,
	sitePageSchema,
	siteSchema,
	sourceSchema,
	thenNowRowSchema,
	timelineEventSchema,
} from './schemas/index.ts';

const articlesBase = pathToFileURL(`${contentRoot()}/articles/`);
const pagesBase = pathToFileURL(`${contentRoot()}/pages/`);
const sitePagesBase = pathToFileURL(`${contentRoot()}/sites/`);

export const collections = {
	/** `en/energy`, `zh/energy` ... */
	articles: defineCollection({ loader: glob({ base: articlesBase, pattern: '*/[^_]*.mdx' }), schema: articleSchema }),
	/** Standalone prose pages such as `en/about`. */
	pages: defineCollection({ loader: glob({ base: pagesBase, pattern: '*/[^_]*.mdx' }), schema: pageSchema }),
	/** One page per site, `en/abilene`, `zh/abilene` ..., served at `/sites/abilene/`. */
	sitePages: defineCollection({ loader: glob({ base: sitePagesBase, pattern: '*/[^_]*.mdx' }), schema: sitePageSchema }),
	sources: defineCollection({ loader: async () => loadContent().sources, schema: sourceSchema }),
	partners: defineCollection({ loader: async () => loadContent().partners, schema: partnerSchema }),
	sites: defineCollection({ loader: async () => loadContent().sites, schema: siteSchema }),
	datasets: defineCollection({ loader: async () => loadContent().datasets, schema: datasetSchema }),
	claims: defineCollection({ loader: async () => loadContent().claims, schema: claimSchema }),
	timeline: defineCollection({ loader: async () => loadContent().timeline, schema: timelineEventSchema }),
	/** Rows of `content/then-now.yaml`: the seed's headline numbers beside the latest figures. */
	thenNow: defineCollection({ loader: async () => loadContent().thenNow?.rows ?? [], schema: thenNowRowSchema }),
	/** Dated site updates (`content/changelog/*.yaml`), the source of the Atom feeds. */
	changelog: defineCollection({ loader: async () => loadContent().changelog, schema: changelogEntrySchema }),
	/** Dated promises (`content/promises.yaml`); statuses are computed in src/lib/promises/, not stored. */
	promises: defineCollection({ loader: async () => loadContent().promises, schema: promiseSchema }),
};
