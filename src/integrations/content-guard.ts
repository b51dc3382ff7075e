/**
 * Fails the build before anything renders when `content/` has a problem,
 * with one line per problem naming the file, the entry and the field.
 */
import type { AstroIntegration } from 'astro';
import { ContentValidationError, loadContent } from '../content-model/index.ts';

export function contentGuard(): AstroIntegration {
	return {
		name: 'stargate-content-guard',
		hooks: {
			'astro:config:setup': ({ logger, command }) => {
				try {
					const content = loadContent();
					logger.info(
						`content OK: ${content.articles.length} articles, ${content.sources.length} sources, ${content.datasets.length} datasets, ${content.sites.length} sites`,
					);
				} catch (error) {
					// A content problem is the author's to fix, not a crash: print its `file › entry › field`
					// lines and stop. Thrown, Astro would add the guard's own location and stack trace.
					// The dev server keeps Astro's error overlay instead.
					if (!(error instanceof ContentValidationError) || command === 'dev') throw error;
					logger.error(error.message);
					process.exit(1);
				}
			},
		},
	};
}
