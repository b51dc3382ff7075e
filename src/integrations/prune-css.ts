/**
 * After the build, before the integrations that read the finished pages (search index, _headers): each
 * page keeps only the inline CSS that can match it (src/lib/page/prune-css.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classTokens, elementNames, inputTypes, prunePageStyles, scriptVocabulary } from '../lib/page/prune-css.ts';
import { builtPages } from './built-pages.ts';

export function perPageCss(): AstroIntegration {
	return {
		name: 'stargate-per-page-css',
		hooks: {
			'astro:build:done': ({ dir, pages, logger }) => {
				const outDir = fileURLToPath(dir);
				const assets = join(outDir, '_astro');
				// Classes and elements that any built script adds count as present on every page.
				const scripts = existsSync(assets)
					? readdirSync(assets)
							.filter((f) => f.endsWith('.js'))
							.map((f) => readFileSync(join(assets, f), 'utf8'))
							.join('\n')
					: '';
				const scripted = scriptVocabulary(scripts);
				let before = 0;
				let after = 0;
				for (const page of builtPages(outDir, pages)) {
					const classes = classTokens(page.html);
					const elements = elementNames(page.html);
					const inputs = inputTypes(page.html);
					// Outside the styles themselves, which name every custom property they declare.
					const markup = page.html.replace(/<style>[\s\S]*?<\/style>/g, '');
					const html = prunePageStyles(
						page.html,
						{
							hasClass: (name) => classes.has(name) || scripted.classes.has(name),
							hasElement: (name) => elements.has(name) || scripted.elements.has(name),
							hasInputType: (type) => inputs.has(type),
							mentions: (text) => markup.includes(text) || scripts.includes(text),
						},
					);
					before += page.html.length;
					after += html.length;
					if (html !== page.html) writeFileSync(page.file, html);
				}
				logger.info(`unused CSS rules left out per page: ${Math.round((before - after) / 1024)} KB in all (uncompressed)`);
			},
		},
	};
}
