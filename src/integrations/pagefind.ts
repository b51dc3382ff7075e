/**
 * Builds the static search index after the site is written: Pagefind reads
 * every page's `<html lang>` and writes one index per language into
 * `<outDir>/pagefind/`, so a reader searching from a Chinese page gets Chinese
 * results. Only `<main data-pagefind-body>` is indexed (no header, footer or
 * table of contents, no section-link labels). Runs the binary from `@pagefind/<platform>` locally: no
 * network at build time.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Excerpts must read as prose. Left out of the index: section-link labels ("Link to section: …"),
 * citation numbers and previews, text written only for screen readers ("(external link)") or hidden
 * from them ("#"); tables (their cells run together: "ItemSeriesValueStatedSources…"), badges and
 * tags ("MisstatedRead more"), controls and download links ("Download: CSVJSON"), charts and the
 * map's labels, reference lists, source references ("Publisher, “Title”, date · Primary") and
 * per-entry source lines. The prose around each figure, the
 * headings (sub-results, with their ids) and the entries' own text stay.
 */
export const EXCLUDED = [
	'.heading-anchor',
	'.cite',
	'.cite-preview',
	'.sr-only',
	'[aria-hidden="true"]',
	'table',
	'svg',
	'button',
	'search',
	'nav',
	'noscript',
	'[data-verdict-badge]',
	'.tag',
	'.topic-tag',
	'.kind',
	'.source-kind-tag',
	'.source-kind',
	'.source-ref',
	'.figure-actions',
	'.figure-meta',
	'.figure-sources',
	'.map-legend',
	'.correction-link',
	'.references',
	'.claim-top',
	'.claim-links',
	'.event-sources',
	'.dataset-facts',
	'.dataset-downloads',
	'.tn-meta',
	'.headline-figures .meta',
] as const;

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'stargate-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED] });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
					// A site with no indexed page means data-pagefind-body went missing: fail loudly.
					if (added.page_count === 0) throw new Error('Pagefind indexed 0 pages: is <main data-pagefind-body> still in BaseLayout?');
					const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`search index: ${added.page_count} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
