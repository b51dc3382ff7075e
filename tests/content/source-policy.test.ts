/**
 * The source policy over every record in content/sources/ (all files, whoever wrote them): https only, no
 * host or URL shape that does not hold, a copy says it is one, no duplicate ids or URLs. The rules
 * themselves are exercised on planted bad records in tests/unit/source-policy.test.ts; here one planted
 * record per rule goes through the same path as the real files, so a broken loader cannot pass silently.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/content-model/read.ts';
import { checkSources, HOST_EXCEPTIONS, type PolicyRule } from '../../src/lib/sources/policy.ts';
import { sourcePublisherName } from '../../src/lib/sources/hosts.ts';
import type { Source } from '../../src/schemas/source.ts';
import { CONTENT_ROOT } from '../support/project.ts';

type Record = Pick<Source, 'id' | 'publisher' | 'publisherZh' | 'url' | 'via' | 'originalUrl' | 'archiveUrl'>;

const files = readContent(CONTENT_ROOT).sources;
const records: Array<Record & { file: string }> = files.flatMap((f) =>
	Array.isArray(f.data) ? (f.data as Record[]).map((r) => ({ ...r, file: f.file })) : [],
);

test('reads every source file', () => {
	expect(files.length).toBeGreaterThanOrEqual(5);
	expect(records.length).toBeGreaterThanOrEqual(100);
});

test('Chinese pages name every publisher without an English description in ASCII parentheses (set publisherZh)', () => {
	const english = records
		.filter((r) => /\(/.test(sourcePublisherName(r, 'zh')))
		.map((r) => `${r.file}: ${r.id}: "${r.publisher}"`);
	expect(english).toEqual([]);
});

test('every source record follows the policy', () => {
	const fileOf = new Map(records.map((r) => [r.id, r.file]));
	const problems = checkSources(records).map((p) => `${fileOf.get(p.id)}: ${p.id}: ${p.rule}: ${p.message}`);
	expect(problems).toEqual([]);
});

test('the banned-host exceptions are exactly the one named record, and it says it is a copy', () => {
	expect(Object.keys(HOST_EXCEPTIONS)).toEqual(['theinformation-2025-02-stargate-gp-equity']);
	const record = records.find((r) => r.id === 'theinformation-2025-02-stargate-gp-equity');
	expect(record?.via).toMatch(/niepodam\.pl/);
});

describe('a planted bad record fails the same check', () => {
	const planted: Array<[PolicyRule, Record]> = [
		['https', { id: 'planted-http', publisher: 'Energy Superstore', url: 'http://energysuperstore.org/esrn/x/' }],
		['banned-host', { id: 'planted-viewer', publisher: 'The Information', url: 'https://niepodam.pl/viewer.php?id=1', via: 'niepodam.pl' }],
		['banned-shape', { id: 'planted-tag', publisher: 'UK News Headlines', url: 'https://www.uknewsheadlines.net/tag/openai' }],
		['copy-needs-via', { id: 'planted-copy', publisher: 'Bloomberg', url: 'https://www.livemint.com/companies/news/planted.html' }],
		['via-on-original', { id: 'planted-via', publisher: 'OpenAI', url: 'https://openai.com/index/planted/', via: 'a copy' }],
		['duplicate-url', { id: 'planted-duplicate', publisher: 'Planted', url: records[0]!.url }],
		['duplicate-id', { id: records[0]!.id, publisher: 'Planted', url: 'https://planted.example/unique' }],
	];
	test.each(planted)('%s', (rule, record) => {
		const rules = checkSources([...records, record]).filter((p) => p.id === record.id).map((p) => p.rule);
		expect(rules).toContain(rule);
	});
});
