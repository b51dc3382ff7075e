/**
 * The home page and "then vs now" lead with their figures, so none of them may
 * rest on a single-report source alone: each needs at least one primary or
 * secondary source (issue 10).
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { CONTENT_ROOT } from '../support/project.ts';

const { content } = validateContent(readContent(CONTENT_ROOT));
const kindOf = new Map(content.sources.map((s) => [s.id, s.kind]));
const pointSources = (dataset: string, key: string) => content.datasets.find((d) => d.id === dataset)?.points.find((p) => p.key === key)?.sources ?? [];

/** True when some source is primary or secondary. */
const corroborated = (ids: readonly string[]) => ids.some((id) => kindOf.get(id) === 'primary' || kindOf.get(id) === 'secondary');

const figures: Array<[string, string[]]> = [
	...(content.home?.figures ?? []).map((f): [string, string[]] => [`home ${f.dataset}/${f.point}`, pointSources(f.dataset, f.point)]),
	...(content.thenNow?.rows ?? []).flatMap((row) =>
		(['then', 'now'] as const).flatMap((side): Array<[string, string[]]> => [
			...(row[side].points ?? []).map((ref): [string, string[]] => [`then-now ${row.id}.${side} ${ref.dataset}/${ref.point}`, pointSources(ref.dataset, ref.point)]),
			...(row[side].sources ? [[`then-now ${row.id}.${side} (text)`, row[side].sources ?? []] as [string, string[]]] : []),
		]),
	),
];

describe('headline figures are not single reports', () => {
	test('there are figures to check', () => expect(figures.length).toBeGreaterThan(8));
	test.each(figures)('%s has a primary or secondary source', (_, ids) => {
		expect(ids.length).toBeGreaterThan(0);
		expect(corroborated(ids), `sources: ${ids.map((id) => `${id} (${kindOf.get(id)})`).join(', ')}`).toBe(true);
	});
	test('the check fails on a figure sourced only to a single report', () => {
		const single = content.sources.find((s) => s.kind === 'single-report');
		expect(single).toBeDefined();
		expect(corroborated([single!.id])).toBe(false);
	});
});
