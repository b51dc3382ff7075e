/**
 * No figure changes silently: every dataset value equals content/published-values.json
 * unless a changelog `changes` item names the point with matching from → to.
 * The fixture half plants a changed value in a copy of content/ and proves the check fails,
 * then passes once a changelog entry names the change, and again after regenerating the record.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { describeSilentChange, pointName, recordOf, serializeRecord, silentChanges, type RecordLine } from '../../src/lib/values/record.ts';
import { CONTENT_ROOT, TMP } from '../support/project.ts';

const readRecord = (root: string): RecordLine[] => JSON.parse(readFileSync(join(root, 'published-values.json'), 'utf8'));
const contentAt = (root: string) => validateContent(readContent(root)).content;

test('every published value is in the record or named by a changelog change', () => {
	const content = contentAt(CONTENT_ROOT);
	const problems = silentChanges(readRecord(CONTENT_ROOT), content.datasets, content.changelog).map(describeSilentChange);
	expect(problems, 'run `npm run values:record` after adding the changelog items; see README, "Published values"').toEqual([]);
});

describe('a planted change on a copy of content/', () => {
	mkdirSync(TMP, { recursive: true });
	const root = mkdtempSync(join(TMP, 'values-'));
	cpSync(CONTENT_ROOT, root, { recursive: true });
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	// Start from a record that matches the copy, then change one plain number (19 → 91 style).
	writeFileSync(join(root, 'published-values.json'), serializeRecord(recordOf(contentAt(root).datasets)));
	const dataset = contentAt(root).datasets.find((d) => d.points.some((p) => typeof p.value === 'number'));
	if (!dataset) throw new Error('no dataset with a plain number to change');
	const index = dataset.points.findIndex((p) => typeof p.value === 'number');
	const point = dataset.points[index]!;
	const from = point.value as number;
	const to = from * 10 + 1;
	const file = join(root, 'datasets', `${dataset.id}.yaml`);
	const doc = parseDocument(readFileSync(file, 'utf8'));
	doc.setIn(['points', index, 'value'], to);
	writeFileSync(file, doc.toString());
	const name = pointName(dataset, point);

	test('fails without a changelog entry, naming the dataset point and both values', () => {
		const content = contentAt(root);
		const problems = silentChanges(readRecord(root), content.datasets, content.changelog);
		expect(problems).toEqual([{ dataset: dataset.id, point: name, recorded: from, current: to }]);
		expect(describeSilentChange(problems[0]!)).toContain(`content/datasets/${dataset.id}.yaml › point "${name}": ${from} → ${to}`);
	});

	test('passes once a changelog entry names the point with from → to', () => {
		const entry = {
			id: 'zz-planted-change',
			date: '2026-11-29',
			title: { en: 'Planted change', zh: '测试更改' },
			summary: { en: 'A test.', zh: '测试。' },
			changes: [{ dataset: dataset.id, point: point.key ?? point.label.en, from, to, sources: point.sources }],
		};
		writeFileSync(join(root, 'changelog', 'zz-planted.yaml'), JSON.stringify([entry]));
		const { content, issues } = validateContent(readContent(root));
		expect(issues.filter((i) => i.file.includes('zz-planted'))).toEqual([]);
		expect(silentChanges(readRecord(root), content.datasets, content.changelog)).toEqual([]);
	});

	test('a wrong `from` does not explain the change', () => {
		writeFileSync(
			join(root, 'changelog', 'zz-planted.yaml'),
			JSON.stringify([{ id: 'zz-planted-change', date: '2026-11-29', title: { en: 'x', zh: 'x' }, summary: { en: 'x', zh: 'x' }, changes: [{ dataset: dataset.id, point: name, from: from + 1, to }] }]),
		);
		const content = contentAt(root);
		expect(silentChanges(readRecord(root), content.datasets, content.changelog)).toHaveLength(1);
	});

	test('after the record is regenerated it matches again, without the entry', () => {
		rmSync(join(root, 'changelog', 'zz-planted.yaml'));
		const content = contentAt(root);
		const record = recordOf(content.datasets);
		expect(record.find((line) => line.dataset === dataset.id && line.point === name)?.value).toBe(to);
		expect(silentChanges(record, content.datasets, content.changelog)).toEqual([]);
	});
});
