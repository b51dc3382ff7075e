/** Downloads: CSV (Excel-ready, one row per value with its sources) and JSON (metadata and full source records). */
import { describe, expect, test } from 'vitest';
import { BOM, CSV_COLUMNS, LIST_SEPARATOR, csvField, datasetCsv, toCsv } from '../../src/lib/dataset/csv.ts';
import { DATA_LICENCE, datasetDownload, datasetJson } from '../../src/lib/dataset/json.ts';
import { datasetFilePath } from '../../src/lib/dataset/table.ts';
import { SOURCES, equity, jobs } from './figure-fixtures.ts';

/** Minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i += 1) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(field), (field = '');
		else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field), rows.push(row), (row = []), (field = ''), (i += 1);
		} else field += c;
	}
	return rows;
}

describe('csvField and toCsv', () => {
	test('quotes commas, quotes and line breaks; doubles inner quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "about"')).toBe('"say ""about"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(7.1)).toBe('7.1');
		expect(csvField(true)).toBe('true');
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
	});

	test('text a spreadsheet would run as a formula is defused; numbers are not', () => {
		expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvField('+1')).toBe("'+1");
		expect(csvField('@sum')).toBe("'@sum");
		expect(csvField(-1)).toBe('-1');
	});

	test('UTF-8 byte-order mark first, CRLF line ends, Chinese kept as is', () => {
		const text = toCsv([['a', '星际之门'], [1, 2]]);
		expect(text.startsWith(BOM)).toBe(true);
		expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(text).toBe('\uFEFFa,星际之门\r\n1,2\r\n');
	});
});

describe('datasetCsv', () => {
	const rows = parseCsv(datasetCsv(equity, SOURCES).slice(1));
	const [header, ...body] = rows;
	const col = (row: string[], name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];

	test('a header and one row per plotted value', () => {
		expect(header).toEqual([...CSV_COLUMNS]);
		expect(body).toHaveLength(equity.points.length);
		expect(body.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
	});

	test('each row carries both languages, the raw value, its qualifier and the date stated', () => {
		const oracle = body[1]!;
		expect(col(oracle, 'dataset')).toBe('equity-pledges');
		expect(col(oracle, 'series')).toBe('reading-1');
		expect(col(oracle, 'series_zh')).toBe('解读一：各70亿美元');
		expect(col(oracle, 'label_en')).toBe('Oracle');
		expect(col(oracle, 'label_zh')).toBe('甲骨文');
		expect(col(oracle, 'value')).toBe('7');
		expect(col(oracle, 'qualifier')).toBe('about');
		expect(col(oracle, 'unit')).toBe('usd-billion');
		expect(col(oracle, 'stated')).toBe('2025-01-23');
		expect(col(oracle, 'contested')).toBe('true');
	});

	test("each row carries its own sources: ids, publishers and URLs, in the same order", () => {
		const combined = body[3]!;
		expect(col(combined, 'source_ids')).toBe(['theinformation', 'reuters'].join(LIST_SEPARATOR));
		expect(col(combined, 'source_publishers')).toBe('The Information, "Stargate" newsletter | Reuters');
		expect(col(combined, 'source_urls')).toBe('https://www.theinformation.com/c | https://www.reuters.com/b?x=1,2');
	});

	test('a source read as a copy says where it was read and gives the original address; the lists line up with source_ids', () => {
		const copy = { ...SOURCES.get('reuters')!, url: 'https://copies.example/r', via: 'Copies Daily', originalUrl: 'https://www.reuters.com/original' };
		const all = parseCsv(datasetCsv(equity, new Map([...SOURCES, ['reuters', copy]])).slice(1));
		const combined = all[4]!;
		expect(col(combined, 'source_publishers')).toBe('The Information, "Stargate" newsletter | Reuters');
		expect(col(combined, 'source_via')).toBe(' | Copies Daily');
		expect(col(combined, 'source_urls')).toBe('https://www.theinformation.com/c | https://copies.example/r');
		expect(col(combined, 'source_original_urls')).toBe(' | https://www.reuters.com/original');
		// A row whose sources are all the publishers' own pages leaves both cells empty.
		expect([col(body[3]!, 'source_via'), col(body[3]!, 'source_original_urls')]).toEqual(['', '']);
	});

	test('a range has low and high and no single value', () => {
		const all = parseCsv(datasetCsv(jobs, new Map(['rn', 'ss', 'ts', 'v', 'b', 'r', 'rd', 'tn'].map((id) => [id, { ...SOURCES.get('reuters')!, id }]))).slice(1));
		const abilenePermanent = all[2]!;
		expect([col(abilenePermanent, 'value'), col(abilenePermanent, 'low'), col(abilenePermanent, 'high')]).toEqual(['', '300', '1700']);
		expect(col(abilenePermanent, 'unit')).toBe('jobs');
	});

	test('a source missing from the records fails loudly', () => {
		expect(() => datasetCsv(equity, new Map())).toThrow(/unknown source "bloomberg"/);
	});
});

describe('dataset JSON', () => {
	test('metadata in both languages, the points, the licence and the full record of each source, in first-use order', () => {
		const json = datasetDownload(equity, SOURCES);
		expect(json.id).toBe('equity-pledges');
		expect(json.title).toEqual({ en: 'Reported equity pledges', zh: '出资承诺' });
		expect(json.unit).toBe('usd-billion');
		expect(json.asOf).toBe('2025-11-20');
		expect(json.licence).toBe(DATA_LICENCE);
		expect(json.series.map((s) => s.id)).toEqual(['reading-1', 'reading-2', 'later-report']);
		expect(json.points).toEqual(equity.points);
		expect(json.sources.map((s) => s.id)).toEqual(['bloomberg', 'reuters', 'theinformation']);
		expect(json.sources[0]).toEqual(SOURCES.get('bloomberg'));
	});

	test('the file is valid JSON that round-trips and ends with a newline', () => {
		const text = datasetJson(equity, SOURCES);
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(datasetDownload(equity, SOURCES));
	});

	test('download paths are files without a trailing slash', () => {
		expect(datasetFilePath('equity-pledges', 'csv')).toBe('data/equity-pledges.csv');
		expect(datasetFilePath('equity-pledges', 'json')).toBe('data/equity-pledges.json');
	});
});
