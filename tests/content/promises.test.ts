/**
 * content/promises.yaml: every promise sourced, in both languages, with a valid
 * deadline; references resolve; and the bad-input fixture is rejected naming
 * file, entry and field (tests/content/bad-input.test.ts builds it for real).
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { formatIssue } from '../../src/content-model/issues.ts';
import { deadline as deadlineSchema } from '../../src/schemas/promise.ts';
import { deadlinePeriod } from '../../src/lib/promises/deadline.ts';
import { CONTENT_ROOT, PROJECT_ROOT, TMP } from '../support/project.ts';

const { content, issues } = validateContent(readContent(CONTENT_ROOT));
const promises = content.promises;

test('content/promises.yaml has no problems and holds the promises', () => {
	expect(issues.filter((i) => i.file === 'content/promises.yaml').map(formatIssue)).toEqual([]);
	expect(promises.length).toBeGreaterThanOrEqual(20);
});

describe.each(promises.map((p) => [p.id, p] as const))('promise %s', (_id, promise) => {
	test('is sourced, and so is every later report', () => {
		expect(promise.sources.length).toBeGreaterThan(0);
		for (const e of promise.evidence) expect(e.sources.length, `${e.kind} on ${e.date}`).toBeGreaterThan(0);
	});

	test('reads in both languages', () => {
		for (const field of [promise.text, promise.deadlineWording, promise.note?.text, ...promise.evidence.map((e) => e.text)]) {
			if (!field) continue;
			expect(field.en.trim()).not.toBe('');
			expect(field.zh).toMatch(/[\u4e00-\u9fff]/);
		}
	});

	test('has a deadline at a stated precision, and moves carry their new one', () => {
		expect(deadlineSchema.safeParse(promise.deadline).success).toBe(true);
		expect(() => deadlinePeriod(promise.deadline)).not.toThrow();
		for (const e of promise.evidence) {
			if (e.kind === 'moved') expect(e.deadline && deadlineSchema.safeParse(e.deadline).success).toBe(true);
			else expect(e.deadline).toBeUndefined();
		}
	});

	test('was promised before any report on it', () => {
		for (const e of promise.evidence) expect(e.date.slice(0, 7) >= promise.stated.slice(0, 7), `${e.kind} on ${e.date}`).toBe(true);
	});
});

mkdirSync(TMP, { recursive: true });
const workDir = mkdtempSync(join(TMP, 'promise-fixture-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test('the bad-input fixture is rejected with file › entry › field', () => {
	const root = join(workDir, 'content');
	cpSync(CONTENT_ROOT, root, { recursive: true });
	cpSync(join(PROJECT_ROOT, 'tests/fixtures/bad-content/promise-errors'), root, { recursive: true });
	const lines = validateContent(readContent(root)).issues.map(formatIssue);
	expect(lines).toEqual(
		expect.arrayContaining([
			'content/promises.yaml › [0] "bad-deadline" › deadline: must be a date or period: YYYY-MM-DD, YYYY-MM, YYYY-Q1..Q4, YYYY-H1/H2 or YYYY',
			'content/promises.yaml › [1] "kept-without-source" › evidence[0].sources: is missing: a figure without a source does not ship (give a list of source ids)',
			'content/promises.yaml › [2] "unknown-refs" › partners[0]: unknown partner id "acme-ai"',
			'content/promises.yaml › [2] "unknown-refs" › sites[0]: unknown site id "atlantis"',
		]),
	);
});
