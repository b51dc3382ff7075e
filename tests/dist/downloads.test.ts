/**
 * The data hub's list downloads as built: every CSV has a BOM and parses (one
 * header, equal-length rows), its JSON holds the same records, the data hub
 * links to each file, and the "download everything" zip contains exactly the
 * files served one by one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsvStrict } from '../support/csv.ts';
import { content } from '../support/content.ts';
import { unzip } from '../support/unzip.ts';
import { DIST } from '../support/project.ts';

const LISTS = ['claims', 'timeline', 'sources', 'sites'];
const BUNDLE = 'data/stargate-explained-data.zip';
const read = (path: string) => readFileSync(join(DIST, path));
const BOM = '\uFEFF';
/** What the JSON value looks like in a CSV cell (lists joined; formula-like text gets an apostrophe). */
const asCell = (value: unknown): string => {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return asCell(value.join(' | '));
	const text = String(value);
	return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

describe.each(LISTS)('%s download', (id) => {
	const csvText = read(`data/${id}.csv`).toString('utf8');
	const rows = parseCsvStrict(csvText.slice(BOM.length));
	const json = JSON.parse(read(`data/${id}.json`).toString('utf8'));

	test('the CSV starts with a BOM and parses into a header and equal-length rows', () => {
		expect(csvText.startsWith(BOM)).toBe(true);
		const [header, ...body] = rows;
		expect(header![0]).toBe('id');
		expect(body.length).toBeGreaterThan(3);
		for (const row of body) expect(row.length).toBe(header!.length);
		expect(new Set(body.map((r) => r[0])).size).toBe(body.length);
	});

	test('the JSON holds the same records in the same order', () => {
		const [header, ...body] = rows;
		expect(json.records.map((r: { id: string }) => r.id)).toEqual(body.map((r) => r[0]));
		if (id === 'sites') {
			// The sites JSON is the full record (nested capacity, status, jobs, power); the CSV flattens it.
			body.forEach((row, i) => expect(row[header!.indexOf('name_zh')]).toBe(json.records[i].name.zh));
			return;
		}
		expect(json.columns).toEqual(header);
		body.forEach((row, i) => expect(row).toEqual(header!.map((column) => asCell(json.records[i][column]))));
	});

	test('the data hub links both files in both languages', () => {
		for (const page of ['data/index.html', 'zh/data/index.html']) {
			const html = read(page).toString('utf8');
			expect(html).toContain(`href="/data/${id}.csv"`);
			expect(html).toContain(`href="/data/${id}.json"`);
		}
	});
});

describe('dataset CSVs', () => {
	const sources = new Map(content.sources.map((s) => [s.id, s]));
	const datasets = content.datasets.map((d) => d.id);

	test.each(datasets)("%s: a row that names a publisher read as a copy says where it was read and gives the publisher's own address", (id) => {
		const [header, ...body] = parseCsvStrict(read(`data/${id}.csv`).toString('utf8').slice(BOM.length));
		const cell = (row: string[], column: string) => row[header!.indexOf(column)]!.split(' | ');
		for (const row of body) {
			const ids = cell(row, 'source_ids');
			const via = ids.map((sid) => sources.get(sid)!.via ?? '');
			const original = ids.map((sid) => sources.get(sid)!.originalUrl ?? '');
			expect(cell(row, 'source_urls'), row[1]).toEqual(ids.map((sid) => sources.get(sid)!.url));
			expect(cell(row, 'source_via'), row[1]).toEqual(via.some(Boolean) ? via : ['']);
			expect(cell(row, 'source_original_urls'), row[1]).toEqual(original.some(Boolean) ? original : ['']);
		}
	});

	// The Chinese pages count money in 亿 (190亿美元); the shared files hold billions (19). A Chinese reader who
	// takes a row's number in the unit its row names must arrive at the figure the Chinese page prints.
	test('a money row read in its stated Chinese unit gives the figure the Chinese data hub and figure print', () => {
		const [header, ...body] = parseCsvStrict(read('data/equity-pledges.csv').toString('utf8').slice(BOM.length));
		const at = (row: string[], column: string) => row[header!.indexOf(column)]!;
		const openai = body.find((row) => at(row, 'label_en') === 'OpenAI')!;
		expect([at(openai, 'value'), at(openai, 'unit_en'), at(openai, 'unit_zh')]).toEqual(['19', 'US dollars, billions', '十亿美元（换算为亿美元须乘以10）']);
		// No label in a money file names 亿美元 as its unit beside numbers in billions.
		for (const id of content.datasets.filter((d) => d.unit === 'usd-billion').map((d) => d.id)) {
			const [head, ...rows] = parseCsvStrict(read(`data/${id}.csv`).toString('utf8').slice(BOM.length));
			for (const row of rows) for (const column of ['series_zh', 'label_zh']) expect(row[head!.indexOf(column)], `${id} ${column}`).not.toMatch(/（亿美元）$|单位：亿美元/);
		}
		const hub = read('zh/data/index.html').toString('utf8');
		const entry = hub.slice(hub.indexOf('id="dataset-equity-pledges"'), hub.indexOf('</li>', hub.indexOf('id="dataset-equity-pledges"')));
		expect(entry.replace(/<[^>]*>/g, ' ')).toMatch(/单位\s+十亿美元（换算为亿美元须乘以10）\s/);
		expect(entry).not.toMatch(/单位：亿美元/);
		// 19 billion, read as the unit says: 19 × 10 = 190亿美元, as the Chinese figure's table prints it.
		expect(read('zh/figures/equity-pledges/index.html').toString('utf8')).toContain('190亿美元');
		const json = JSON.parse(read('data/equity-pledges.json').toString('utf8'));
		expect(json.unitNames).toEqual({ 'usd-billion': { en: 'US dollars, billions', zh: '十亿美元（换算为亿美元须乘以10）' } });
	});

	test('the announcement figure, read on a copy, says so in its first row', () => {
		const [header, first] = parseCsvStrict(read('data/headline-commitments.csv').toString('utf8').slice(BOM.length));
		const at = (column: string) => first![header!.indexOf(column)];
		expect([at('source_publishers'), at('source_via'), at('source_original_urls')]).toEqual(['OpenAI', 'WTGuru', 'https://openai.com/index/announcing-the-stargate-project/']);
	});
});

describe('download everything', () => {
	test('the data hub links the bundle in both languages', () => {
		expect(existsSync(join(DIST, BUNDLE))).toBe(true);
		for (const page of ['data/index.html', 'zh/data/index.html']) expect(read(page).toString('utf8')).toContain(`href="/${BUNDLE}"`);
	});

	test('the zip holds every list and dataset download, byte for byte, and a README', () => {
		const files = unzip(read(BUNDLE));
		expect(files.get('README.txt')?.toString('utf8')).toMatch(/CC BY 4\.0/);
		for (const id of LISTS) {
			for (const ext of ['csv', 'json']) expect(files.get(`${id}.${ext}`)?.equals(read(`data/${id}.${ext}`))).toBe(true);
		}
		const datasets = [...files.keys()].filter((name) => name.startsWith('datasets/'));
		expect(datasets.length).toBeGreaterThan(4);
		for (const name of datasets) expect(files.get(name)?.equals(read(`data/${name.slice('datasets/'.length)}`)), name).toBe(true);
	});
});
