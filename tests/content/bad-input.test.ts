/**
 * Each fixture in tests/fixtures/bad-content/ is dropped into a copy of the real
 * content; `astro build` must then fail, and say which file, entry and field.
 */
import { cpSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, CONTENT_ROOT, FAILING_BUILD_LIMIT_MS, PROJECT_ROOT, TMP } from '../support/project.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/bad-content');
const DATASET = 'content/datasets/zz-fixture.yaml › dataset "zz-fixture"';

/** Fixture folder → the exact line the build must print. */
const cases: Record<string, string[]> = {
	'missing-source': [`${DATASET} › points[0].sources: is missing: a figure without a source does not ship (give a list of source ids)`],
	'unknown-source-id': [`${DATASET} › points[0].sources[0]: unknown source id "no-such-source-2025"`],
	'negative-value': [`${DATASET} › points[0].value: must not be negative`],
	'non-numeric-value': [`${DATASET} › points[0].value: must be a non-negative number or a { low, high } range`],
	'range-low-above-high': [`${DATASET} › points[0].value.low: range low must not exceed high`],
	'unknown-unit': [`${DATASET} › unit: must be one of: usd-billion, gw, mw, twh, jobs, percent, homes, buildings, gpus, sq-ft, promises`],
	'impossible-date': [`${DATASET} › points[0].stated: is not a real calendar date`],
	'label-missing-language': [`${DATASET} › points[0].label.zh: Chinese text is missing`],
	'percentage-out-of-range': [`${DATASET} › points[0].value: is a percentage outside 0-100`],
	'source-via-and-note': [
		'content/sources/zz-fixture.yaml › [0] "zz-fixture-source" › via: must be the copy site\'s name, optionally followed by one note in parentheses, e.g. "Business Standard (syndicated copy)"',
		'content/sources/zz-fixture.yaml › [0] "zz-fixture-source" › note: must give the text in both languages, as { en: …, zh: … }',
	],
	'duplicate-id': ['content/sources/zz-fixture.yaml › [1] "zz-fixture-source" › id: duplicate source id "zz-fixture-source" (first defined in content/sources/zz-fixture.yaml)'],
	'unknown-site-and-partner-id': [
		`${DATASET} › points[0].site: unknown site id "atlantis"`,
		`${DATASET} › points[0].partner: unknown partner id "acme-ai"`,
		'content/changelog/zz-fixture.yaml › [0] "zz-fixture-update" › sites[0]: unknown site id "atlantis"',
	],
	// One run reports every problem: the reference check also covers an entry that fails its schema.
	'schema-and-reference-errors': [
		`${DATASET} › points[0].value: must not be negative`,
		`${DATASET} › points[0].sources[0]: unknown source id "no-such-source-2025"`,
	],
	'promise-errors': [
		'content/promises.yaml › [0] "bad-deadline" › deadline: must be a date or period: YYYY-MM-DD, YYYY-MM, YYYY-Q1..Q4, YYYY-H1/H2 or YYYY',
		'content/promises.yaml › [1] "kept-without-source" › evidence[0].sources: is missing: a figure without a source does not ship (give a list of source ids)',
		'content/promises.yaml › [2] "unknown-refs" › partners[0]: unknown partner id "acme-ai"',
		'content/promises.yaml › [2] "unknown-refs" › sites[0]: unknown site id "atlantis"',
	],
	'unknown-value-point': [
		'content/articles/en/overview.mdx › article "en/overview" › line 10 <Value point>: dataset "headline-commitments" has no point with key "no-such-point" (give the point a `key`)',
	],
	'unknown-cite-in-article': [
		'content/articles/en/overview.mdx › article "en/overview" › line 10 <Cite id>: unknown source id "no-such-source-2025"',
		'content/articles/en/overview.mdx › article "en/overview" › line 12 (heading "Unlabelled heading"): needs an explicit ASCII id: write `## Title {#section-id}`',
	],
};

mkdirSync(TMP, { recursive: true });
const workDir = mkdtempSync(join(TMP, 'bad-content-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.concurrent('bad content fails the build with file › entry › field', () => {
	for (const [fixture, expectedLines] of Object.entries(cases)) {
		test(fixture, async () => {
			const root = join(workDir, fixture, 'content');
			cpSync(CONTENT_ROOT, root, { recursive: true });
			cpSync(join(FIXTURES, fixture), root, { recursive: true });
			// Its own cache: builds running side by side must not read one another's content-layer store.
			const { code, output } = await astroBuild({ STARGATE_CONTENT_ROOT: root, OUT_DIR: join(workDir, fixture, 'dist'), ASTRO_CACHE_DIR: join(workDir, fixture, 'cache') }, [], FAILING_BUILD_LIMIT_MS);
			expect(code).not.toBe(0);
			expect(output).toContain('Content check failed');
			// The author gets the problem lines, not the guard's stack trace.
			expect(output).not.toMatch(/Stack trace|^\s+at /m);
			for (const line of expectedLines) expect(output).toContain(line);
		});
	}
});

test('the fixture set covers every case on disk', async () => {
	const { readdirSync } = await import('node:fs');
	expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(cases).sort());
});
