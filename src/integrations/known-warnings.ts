/**
 * Build warnings the project cannot act on, filtered one by one so that every
 * other warning still shows. Remove an entry when the upstream fix ships.
 */
import type { AstroIntegration } from 'astro';

interface BundlerWarning {
	code?: string;
	message: string;
}

/**
 * Astro's MDX pipeline emits `"use astro:head-inject"` directives that Rolldown
 * warns about, once per MDX file (withastro/astro#18087, open, no fixed release
 * as of Astro 7.3.5): https://github.com/withastro/astro/issues/18087
 */
export function isKnownUpstreamWarning(warning: BundlerWarning): boolean {
	return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

export function knownWarnings(): AstroIntegration {
	return {
		name: 'stargate-known-warnings',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						build: {
							rolldownOptions: {
								onwarn(warning: BundlerWarning, defaultHandler: (warning: BundlerWarning) => void) {
									if (!isKnownUpstreamWarning(warning)) defaultHandler(warning);
								},
							},
						},
					},
				});
			},
		},
	};
}
