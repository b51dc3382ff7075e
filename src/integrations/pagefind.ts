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

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'stargate-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// Excerpts show what a reader sees: no section-link labels ("Link to section: …"), citation
				// numbers, or text written only for screen readers ("(external link)") or hidden from them ("#").
				const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.heading-anchor', '.cite', '.sr-only', '[aria-hidden="true"]'] });
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
