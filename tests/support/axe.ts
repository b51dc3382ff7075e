/**
 * axe-core in the page, as the browser tier runs it: WCAG 2.2 AA with Label in Name, violations only.
 *
 * axe-core is run directly rather than through @axe-core/playwright: the wrapper injects axe's
 * ~560 KB of script before every run, and the whole-site check runs axe twice per page (light, then
 * dark), so a quarter of its axe time went into compiling axe again. Here axe is injected once per
 * document and each run is one `axe.run` call.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colours. The dark theme swaps colour custom properties only
 * (`:root[data-theme="dark"]` in src/styles/global.css and verdict.css; no `dark:` utility changes
 * layout or visibility), so on a page already checked in full in the light theme, these are the
 * rules the dark theme can fail.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's results for the page as it is now; `context` narrows the run to part of the page (a selector).
 * The page has no frames, so axe runs in the top document only.
 */
export async function runAxe(page: Page, options: RunOptions, context = 'html'): Promise<AxeResults> {
	// A navigation or reload gives a new document without axe: inject again then.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(
		([selector, runOptions]) => (window as unknown as { axe: { run: (c: string, o: RunOptions) => Promise<AxeResults> } }).axe.run(selector, runOptions),
		[context, options] as const,
	);
}

/**
 * axe violations as short lines: rule, impact, and the first few offending elements.
 * By default every rule axe enables by default (WCAG A/AA and best practices) plus Label in Name;
 * `rules` runs only those.
 */
export async function axeViolations(page: Page, options: { rules?: string[] } = {}): Promise<string[]> {
	// label-content-name-mismatch (WCAG 2.5.3 Label in Name) is "experimental" in axe, so off unless named:
	// the map markers show a number or a name that their accessible names must contain.
	// resultTypes: axe still runs every check but details only the violations (passes are not read): about twice as fast.
	const results = await runAxe(page, {
		resultTypes: ['violations'],
		...(options.rules ? { runOnly: { type: 'rule', values: options.rules } } : { rules: { 'label-content-name-mismatch': { enabled: true } } }),
	});
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`,
	);
}

/** axe restricted to the WCAG 2.x A/AA tags (target size included), for a page in a particular state. */
export async function wcagViolations(page: Page): Promise<string[]> {
	const results = await runAxe(page, { runOnly: { type: 'tag', values: WCAG_TAGS } });
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
