/**
 * Every built page is valid HTML (issue 6): html-validate's recommended
 * preset, configured in .htmlvalidate.json at the project root, zero errors.
 * Astro 7's compiler no longer repairs invalid nesting, so this is where a
 * <div> inside a <p> or a duplicate id is caught. The config disables no
 * rule: every rule of the preset holds for this site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { loadPages } from '../support/html.ts';
import { DIST, PROJECT_ROOT } from '../support/project.ts';

const config = JSON.parse(readFileSync(join(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);
const pages = loadPages(DIST).sort((a, b) => a.path.localeCompare(b.path));

test('the built site has pages to validate', () => {
	expect(pages.length).toBeGreaterThan(10);
});

test.each(pages.map((p) => p.path))('%s is valid HTML', async (path) => {
	const page = pages.find((p) => p.path === path)!;
	const report = await validator.validateString(page.html, page.file);
	const errors = report.results.flatMap((result) =>
		result.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? 'document'})`),
	);
	expect(errors).toEqual([]);
});
