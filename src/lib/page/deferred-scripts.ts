/**
 * Every script on the site enhances a page that is complete without it (theme
 * toggle, search, copy-link, contents, filters, charts, map), so none of them
 * may compete with the page's first paint (issue 14). Astro writes each as
 * `<script type="module" src>`, which the browser fetches at once, at the same
 * priority as the HTML; Lighthouse then counts them in the paint's critical
 * path. After the build each becomes an inert data block naming its file, and
 * the inline bootstrap (src/scripts/theme-init.ts) adds the real module
 * scripts once the page has painted.
 */

/** The attribute that names a module script's file on its data block. */
export const DEFERRED_ATTRIBUTE = 'data-module';

/** The page with every `<script type="module" src>` turned into `<script type="text/plain" data-module>`. */
export function deferModuleScripts(html: string): string {
	return html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (_tag, src: string) => `<script type="text/plain" ${DEFERRED_ATTRIBUTE}="${src}"></script>`);
}
