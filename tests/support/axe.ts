/** axe-core in the page, as the browser tier runs it: WCAG 2.2 AA with Label in Name, violations only. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colours. The dark theme swaps colour custom properties only
 * (`:root[data-theme="dark"]` in src/styles/global.css and verdict.css; no `dark:` utility changes
 * layout or visibility), so on a page already checked in full in the light theme, these are the
 * rules the dark theme can fail.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe violations as short lines: rule, impact, and the first few offending elements.
 * By default every rule axe enables by default (WCAG A/AA and best practices) plus Label in Name;
 * `rules` runs only those.
 */
export async function axeViolations(page: Page, options: { rules?: string[] } = {}): Promise<string[]> {
	// Legacy mode runs axe in the page itself: the site has no frames, and it saves a blank page per run.
	// label-content-name-mismatch (WCAG 2.5.3 Label in Name) is "experimental" in axe, so off unless named:
	// the map markers show a number or a name that their accessible names must contain.
	// resultTypes: axe still runs every check but details only the violations (passes are not read): about twice as fast.
	const results = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({
			resultTypes: ['violations'],
			...(options.rules ? { runOnly: { type: 'rule', values: options.rules } } : { rules: { 'label-content-name-mismatch': { enabled: true } } }),
		})
		.analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`,
	);
}

/** axe restricted to the WCAG 2.x A/AA tags (target size included), for a page in a particular state. */
export async function wcagViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
