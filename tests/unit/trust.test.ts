/** Corrections links, freshness dates, the published-values record and changelog `changes` references. */
import { expect, test } from 'vitest';
import { correctionHref, correctionReport } from '../../src/lib/corrections/report.ts';
import { latestEntry, newestReporting } from '../../src/lib/freshness/dates.ts';
import { newestReportingDate } from '../../src/lib/sources/newest-reporting.ts';
import { pointName, recordOf, serializeRecord, silentChanges } from '../../src/lib/values/record.ts';
import { checkValueChanges } from '../../src/content-model/value-changes.ts';
import { formatIssue } from '../../src/content-model/issues.ts';
import type { ChangelogEntry } from '../../src/schemas/changelog.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import type { Source } from '../../src/schemas/source.ts';

const labels = { subject: 'Correction: {title}', page: 'Page', section: 'Section', figure: 'Figure', language: 'Language', prompts: ['What is wrong:'] };
const target = { pageUrl: 'https://x.example/zh/energy/', pageTitle: '能源', kind: 'section' as const, id: 'cooling', title: '冷却', language: '简体中文 (zh-Hans)' };

test('a correction report names page, section and language', () => {
	const report = correctionReport(target, labels);
	expect(report.title).toBe('Correction: 能源 › 冷却');
	expect(report.body.split('\n').slice(0, 4)).toEqual(['Page: 能源', 'URL: https://x.example/zh/energy/#cooling', 'Section: 冷却 (#cooling)', 'Language: 简体中文 (zh-Hans)']);
});

test('a correction link keeps Chinese as written and still hands the mail client the exact text', () => {
	const report = correctionReport(target, { ...labels, prompts: ['哪里有误：', 'a+b=c & 100% #1?'] });
	const href = correctionHref('mailto:fix@x.example', report);
	expect(href).toContain('subject=Correction:%20能源%20›%20冷却');
	const parsed = new URL(href);
	expect(parsed.searchParams.get('subject')).toBe(report.title);
	expect(parsed.searchParams.get('body')).toBe(report.body);
	// What the browser hands over is fully encoded: no raw non-ASCII, no raw space.
	expect(parsed.href).not.toMatch(/[^\x21-\x7e]/);
});

test('the destination is a mailto address or an issue-tracker URL template', () => {
	const report = { title: 'T & U', body: 'a\nb' };
	expect(correctionHref('mailto:fix@x.example', report)).toBe('mailto:fix@x.example?subject=T%20%26%20U&body=a%0Ab');
	expect(correctionHref('https://github.com/o/r/issues/new?title={title}&body={body}', report)).toBe(
		'https://github.com/o/r/issues/new?title=T%20%26%20U&body=a%0Ab',
	);
});

const entry = (id: string, date: string, extra: Partial<ChangelogEntry> = {}): ChangelogEntry => ({ id, date, title: { en: id, zh: id }, summary: { en: id, zh: id }, ...extra });

test('freshness: the newest entry naming the page, the newest source it cites', () => {
	const log = [entry('a', '2026-11-01', { articles: ['energy'] }), entry('b', '2026-11-20', { articles: ['jobs'] }), entry('c', '2026-11-10', { articles: ['energy'] })];
	expect(latestEntry(log, { article: 'energy' })?.id).toBe('c');
	expect(latestEntry(log)?.id).toBe('b');
	expect(latestEntry(log, { article: 'policy' })).toBeUndefined();
	// A site's own page is named by its site id, not by the article its text came from.
	const sites = [entry('d', '2026-11-25', { articles: ['sites'] }), entry('e', '2026-11-05', { sites: ['abilene', 'milam'] }), entry('f', '2026-11-15', { sites: ['milam'] })];
	expect(latestEntry(sites, { site: 'abilene' })?.id).toBe('e');
	expect(latestEntry(sites, { site: 'milam' })?.id).toBe('f');
	expect(latestEntry(sites, { site: 'saline' })).toBeUndefined();
	const sources = [{ id: 's1', published: '2026-06-30' }, { id: 's2', published: '2026-07' }, { id: 's3', published: '2026-08-01' }] as Source[];
	expect(newestReporting(sources, ['s1', 's2'])).toBe('2026-07');
	expect(newestReportingDate(sources)).toBe('2026-08-01');
});

const point = (label: string, value: number, extra = {}) => ({ label: { en: label, zh: label }, value, stated: '2025-01', sources: ['s'], ...extra });
const dataset = (points: object[], series?: object[]) => ({ id: 'd', title: { en: 'D', zh: 'D' }, points, ...(series ? { series } : {}) }) as unknown as Dataset;

test('record names: key, else label, with the series when the label repeats', () => {
	const d = dataset([point('A', 1, { key: 'a-key' }), point('B', 2, { series: 'x' }), point('B', 3, { series: 'y' })]);
	expect(d.points.map((p) => pointName(d, p))).toEqual(['a-key', 'B (x)', 'B (y)']);
	expect(serializeRecord(recordOf([d]))).toBe('[\n{"dataset":"d","point":"a-key","value":1},\n{"dataset":"d","point":"B (x)","value":2},\n{"dataset":"d","point":"B (y)","value":3}\n]\n');
});

test('a changed value needs from → to; chains of changes are followed; removals need from alone', () => {
	const before = dataset([point('A', 19), point('B', 5)]);
	const after = dataset([point('A', 91)]);
	const record = recordOf([before]);
	expect(silentChanges(record, [after], [])).toEqual([
		{ dataset: 'd', point: 'A', recorded: 19, current: 91 },
		{ dataset: 'd', point: 'B', recorded: 5, current: undefined },
	]);
	const log = [
		entry('one', '2026-11-01', { changes: [{ dataset: 'd', point: 'A', from: 19, to: 20 }] }),
		entry('two', '2026-11-02', { changes: [{ dataset: 'd', point: 'A', from: 20, to: 91 }, { dataset: 'd', point: 'B', from: 5 }] }),
	];
	expect(silentChanges(record, [after], log)).toEqual([]);
});

test('changes items must name a known dataset, point and source', () => {
	const d = { ...dataset([point('A', 1, { key: 'a' })]), id: 'known' } as Dataset;
	const issues = checkValueChanges(
		[
			{
				file: 'content/changelog/x.yaml',
				entry: '[0] "e"',
				value: entry('e', '2026-11-01', {
					changes: [
						{ dataset: 'nope', point: 'a', to: 1 },
						{ dataset: 'known', point: 'zz', to: 1, sources: ['missing'] },
						{ dataset: 'known', point: 'gone', from: 4 },
					],
				}),
			},
		],
		[d],
		new Set(['s']),
	).map(formatIssue);
	expect(issues).toEqual([
		'content/changelog/x.yaml › [0] "e" › changes[0].dataset: unknown dataset id "nope"',
		'content/changelog/x.yaml › [0] "e" › changes[1].point: dataset "known" has no point "zz" (its points: "a")',
		'content/changelog/x.yaml › [0] "e" › changes[1].sources[0]: unknown source id "missing"',
	]);
});
