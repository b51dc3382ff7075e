// @ts-check
// https://docs.astro.build/en/reference/configuration-reference/
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { contentGuard } from './src/integrations/content-guard.ts';
import { deferredScripts } from './src/integrations/deferred-scripts.ts';
import { knownWarnings } from './src/integrations/known-warnings.ts';
import { notFoundPages } from './src/integrations/not-found.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { perPageCss } from './src/integrations/prune-css.ts';
import { headersFile } from './src/integrations/headers.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { themeScriptHash } from './src/scripts/theme-init.ts';
import { CSP_DIRECTIVES } from './src/lib/hosting/security.ts';

// Where the site is deployed: set SITE_URL and, for a sub-path such as
// https://example.org/stargate/, BASE_PATH=/stargate/ at build time (README, "Deploy").
const site = process.env.SITE_URL ?? 'https://stargate-explained.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	// One canonical form for every page: /energy/ (files such as /data/x.csv keep no slash).
	trailingSlash: 'always',
	// Stylesheets inline into each page (hashed into the CSP by Astro): no render-blocking request before first paint.
	build: { format: 'directory', inlineStylesheets: 'always' },
	outDir: process.env.OUT_DIR ?? 'dist',
	// Tests that run several builds at once (bad-input fixtures) give each its own content-layer cache.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	// After the pages are written (astro:build:done): the Chinese 404 moved into place first, each page's inline
	// CSS cut to the rules that can match it, module scripts made inert blocks that start after the first paint
	// (each page's CSP then hashing only its own inline code), then the search index, _headers, share cards and
	// sitemap, which read the finished pages.
	integrations: [contentGuard(), knownWarnings(), mdx(), notFoundPages(), perPageCss(), deferredScripts(), pagefindIndex(), headersFile(), shareCards(), sitemap()],
	markdown: {
		// `## Title {#id}` sets an explicit ASCII section id, identical in both languages.
		processor: satteri({ features: { headingAttributes: true } }),
		// Shiki's inline styles are incompatible with security.csp; the site shows no code.
		syntaxHighlight: false,
	},
	vite: {
		plugins: [tailwindcss()],
		// Page scripts (theme toggle, contents, copy-link) go to hashed files instead of being inlined: every
		// page repeated ~2 KB gzip of the same script text; a file is fetched once and cached (issue 14).
		build: { assetsInlineLimit: 0 },
	},
	security: {
		csp: {
			directives: [...CSP_DIRECTIVES],
			scriptDirective: {
				hashes: [/** @type {`sha256-${string}`} */ (themeScriptHash())],
				// Setting resources replaces Astro's default, so 'self' is listed again; search (Pagefind) runs WebAssembly.
				resources: ["'self'", "'wasm-unsafe-eval'"],
			},
		},
	},
	devToolbar: { enabled: false },
});
