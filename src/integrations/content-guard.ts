/**
 * Fails the build before anything renders when `content/` has a problem,
 * with one line per problem naming the file, the entry and the field.
 */
import type { AstroIntegration } from 'astro';
import { loadContent } from '../content-model/index.ts';

export function contentGuard(): AstroIntegration {
	return {
		name: 'stargate-content-guard',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const content = loadContent();
				logger.info(
					`content OK: ${content.articles.length} articles, ${content.sources.length} sources, ${content.datasets.length} datasets, ${content.sites.length} sites`,
				);
			},
		},
	};
}
