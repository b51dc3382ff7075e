/**
 * `<Value dataset point />`: prose prints a point exactly as the figure's table
 * does, and a reference to a missing dataset or point fails the content check
 * with file › article › line.
 */
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/content-model/validate.ts';
import { formatIssue } from '../../src/content-model/issues.ts';
import type { RawContent } from '../../src/content-model/read.ts';
import { scanComponentUses } from '../../src/lib/article/mdx-scan.ts';
import { datasetRows } from '../../src/lib/dataset/table.ts';
import { pointValueText } from '../../src/lib/dataset/value-text.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';

const text = { en: 'c', zh: '说明' };
const money = {
	id: 'money',
	title: text,
	description: text,
	unit: 'usd-billion',
	asOf: '2025-01-21',
	points: [
		{ key: 'target', label: text, value: 500, stated: '2025-01-21', sources: ['src-a'] },
		{ key: 'range', label: text, value: { low: 19, high: 23 }, qualifier: 'about', stated: '2025-01-21', sources: ['src-a'] },
		{ label: text, value: 100, stated: '2025-01-21', sources: ['src-a'] },
	],
};

describe('pointValueText', () => {
	const dataset = datasetSchema.parse(money);
	test.each([
		['target', 'en', '$500B'],
		['target', 'zh', '5000亿美元'],
		['range', 'en', 'about $19–23B'],
		['range', 'zh', '约190–230亿美元'],
	] as const)('%s in %s reads %s', (key, lang, expected) => {
		expect(pointValueText(dataset, key, lang)).toBe(expected);
	});

	test('is the string the data table shows for the same point', () => {
		for (const lang of ['en', 'zh'] as const) {
			const row = datasetRows(dataset, lang).find((r) => r.point.key === 'range');
			expect(pointValueText(dataset, 'range', lang)).toBe(row?.value);
		}
	});

	test('is null for a point without that key', () => {
		expect(pointValueText(dataset, 'nope', 'en')).toBeNull();
	});
});

test('scanComponentUses reads every attribute of each use, with its line, outside code fences', () => {
	const body = 'A <Value dataset="money" point="target" /> and <Value point="x"/>.\n```\n<Value dataset="ignored" />\n```\n';
	expect(scanComponentUses(body, 'Value')).toEqual([
		{ component: 'Value', props: { dataset: 'money', point: 'target' }, line: 1 },
		{ component: 'Value', props: { point: 'x' }, line: 1 },
	]);
});

test('the content check names file › article › line for an unknown dataset or point', () => {
	const body = [
		'## Money {#money}',
		'',
		'It pledged <Value dataset="money" point="target" />.<Cite id="src-a" />',
		'Then <Value dataset="no-such-set" point="target" /> and <Value dataset="money" point="no-such-point" />.',
		'And <Value dataset="money" />.',
	].join('\n');
	const raw: RawContent = {
		sources: [{ file: 'content/sources/s.yaml', data: [{ id: 'src-a', publisher: 'P', title: 'T', url: 'https://example.org/a', published: '2025-01-21', language: 'en', kind: 'primary' }] }],
		partners: [],
		sites: [],
		datasets: [{ file: 'content/datasets/money.yaml', data: money }],
		claims: [],
		timeline: [],
		home: [],
		thenNow: [],
		changelog: [],
		articles: [{ file: 'content/articles/en/funding.mdx', lang: 'en', slug: 'funding', frontmatter: { title: 'Funding', description: 'How the money adds up.', dek: 'd', updated: '2026-11-29' }, body, bodyLine: 5 }],
		readIssues: [],
	};
	const issues = validateContent(raw).issues.map(formatIssue).filter((line) => line.includes('<Value'));
	expect(issues).toEqual([
		'content/articles/en/funding.mdx › article "en/funding" › line 9 <Value dataset>: unknown dataset id "no-such-set"',
		'content/articles/en/funding.mdx › article "en/funding" › line 9 <Value point>: dataset "money" has no point with key "no-such-point" (give the point a `key`)',
		'content/articles/en/funding.mdx › article "en/funding" › line 10 <Value point>: is missing: name the point by its `key`',
	]);
});
