import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { zip } from '../../src/lib/downloads/zip.ts';
import { unzip } from '../support/unzip.ts';
import { listCsv, listJson } from '../../src/lib/downloads/table.ts';
import { citedSourceIds } from '../../src/lib/downloads/lists.ts';

describe('zip bundle', () => {
	test('round-trips names (UTF-8) and contents', () => {
		const bytes = zip(
			[
				{ name: 'claims.csv', data: '\uFEFFid,text\r\na,软银\r\n' },
				{ name: 'README.txt', data: 'x'.repeat(5000) },
			],
			'2026-11-29',
		);
		const files = unzip(bytes);
		expect([...files.keys()]).toEqual(['claims.csv', 'README.txt']);
		expect(files.get('claims.csv')?.toString('utf8')).toBe('\uFEFFid,text\r\na,软银\r\n');
		expect(files.get('README.txt')?.length).toBe(5000);
	});
	test('is a zip that the system unzip accepts, when it is installed', () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-'));
		const file = join(dir, 'a.zip');
		writeFileSync(file, zip([{ name: 'a.txt', data: 'hello' }], '2026-01-02'));
		let listing = '';
		try {
			listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
			throw error;
		}
		expect(listing).toMatch(/a\.txt/);
		expect(listing).toMatch(/2026/);
	});
	test('is the same bytes for the same input', () => {
		const entries = [{ name: 'a.txt', data: 'same' }];
		expect(Buffer.from(zip(entries, '2026-11-29')).equals(Buffer.from(zip(entries, '2026-11-29')))).toBe(true);
	});
});

describe('list downloads', () => {
	const table = { id: 't', columns: ['id', 'text', 'source_ids'], records: [{ id: 'a', text: '=1+1, "quoted"', source_ids: ['s1', 's2'] }] };
	test('CSV: BOM, header, lists joined, formula-safe and quoted', () => {
		expect(listCsv(table)).toBe('\uFEFFid,text,source_ids\r\na,"\'=1+1, ""quoted""",s1 | s2\r\n');
	});
	test('JSON: the same records, lists as arrays', () => {
		const json = JSON.parse(listJson(table));
		expect(json.columns).toEqual(['id', 'text', 'source_ids']);
		expect(json.records).toEqual(table.records);
	});
	test('finds the sources a record cites at any depth, once each', () => {
		expect(citedSourceIds({ sources: ['a'], capacity: { sources: ['b', 'a'], alternatives: [{ sources: ['c'] }] } })).toEqual(['a', 'b', 'c']);
	});
});
