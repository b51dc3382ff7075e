import { expect, test } from 'vitest';
import { validateContent } from '../../src/content-model/validate.ts';
import { formatIssue } from '../../src/content-model/issues.ts';
import type { RawContent } from '../../src/content-model/read.ts';

const caption = { en: 'c', zh: '说明' };
const raw = (thenNow: unknown): RawContent => ({
	sources: [{ file: 'content/sources/s.yaml', data: [{ id: 'src-a', publisher: 'P', title: 'T', url: 'https://example.org/a', published: '2025-01-21', language: 'en', kind: 'primary' }] }],
	partners: [],
	sites: [],
	datasets: [
		{
			file: 'content/datasets/money.yaml',
			data: { id: 'money', title: caption, description: caption, unit: 'usd-billion', asOf: '2025-01-21', points: [{ key: 'target', label: caption, value: 500, stated: '2025-01-21', sources: ['src-a'] }, { label: caption, value: 100, stated: '2025-01-21', sources: ['src-a'] }] },
		},
	],
	claims: [],
	timeline: [],
	home: [],
	thenNow: [{ file: 'content/then-now.yaml', data: thenNow }],
	changelog: [],
	articles: [],
	readIssues: [],
});
const row = (id: string, extra: object) => ({ id, label: caption, then: { points: [{ dataset: 'money', point: 'target' }], caption }, now: { computed: 'site-count', caption }, article: '/funding/', ...extra });

test('then-now: every reference must exist, and a dataset point is named by its key', () => {
	const { issues } = validateContent(
		raw({
			rows: [
				row('money', { now: { points: [{ dataset: 'money', point: 'no-key' }], caption } }),
				row('seed', { claim: 'no-such-claim', then: { text: caption, stated: '2025-01-26', sources: ['no-such-source'], caption } }),
				row('money', { now: { points: [{ dataset: 'no-such-dataset', point: 'x' }], caption } }),
			],
		}),
	);
	expect(issues.map(formatIssue)).toEqual([
		'content/then-now.yaml › rows[0] "money" › now.points[0].point: dataset "money" has no point with key "no-key" (give the point a `key`)',
		'content/then-now.yaml › rows[0] "money" › article: unknown article "funding"',
		'content/then-now.yaml › rows[1] "seed" › claim: unknown claim id "no-such-claim"',
		'content/then-now.yaml › rows[1] "seed" › then.sources[0]: unknown source id "no-such-source"',
		'content/then-now.yaml › rows[1] "seed" › article: unknown article "funding"',
		'content/then-now.yaml › rows[2] "money" › id: duplicate row id "money"',
		'content/then-now.yaml › rows[2] "money" › now.points[0].dataset: unknown dataset id "no-such-dataset"',
		'content/then-now.yaml › rows[2] "money" › article: unknown article "funding"',
	]);
});

test('then-now: a valid file gives typed rows', () => {
	const { content, issues } = validateContent(raw({ rows: [row('a', { article: '/funding/' }), row('b', {}), row('c', {})] }));
	expect(issues.filter((i) => i.file === 'content/then-now.yaml').filter((i) => !i.message.startsWith('unknown article'))).toEqual([]);
	expect(content.thenNow?.rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
});
