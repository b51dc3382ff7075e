import { expect, test } from 'vitest';
import type { Site } from '../../src/schemas/site.ts';
import type { Source } from '../../src/schemas/source.ts';
import { SITES_CSV_COLUMNS, sitesCsv } from '../../src/lib/map/csv.ts';

const source = (id: string): Source => ({
	id,
	publisher: 'Pub',
	title: 'T',
	url: `https://example.org/${id}`,
	published: '2025-01-01',
	language: 'en',
	kind: 'primary',
});
const sources = new Map(['loc', 'cap', 'alt', 'status', 'other'].map((id) => [id, source(id)]));

function site(overrides: Partial<Site>): Site {
	return {
		id: 'x',
		name: { en: 'Place, State', zh: '某州某地' },
		country: 'US',
		region: { en: 'County, State', zh: '某州某县' },
		location: { lat: 32.5, lon: -99.7, basis: { en: 'City centre, "approx."', zh: '市中心' }, sources: ['loc'] },
		developers: ['d'],
		partners: [],
		announced: '2025-01',
		capacityMw: { value: 1200, stated: '2025-05-21', sources: ['cap'], alternatives: [{ value: 900, stated: '2025-09', sources: ['alt'] }] },
		status: { value: 'operating', asOf: '2026-04-29', note: { en: 'n', zh: 'n' }, sources: ['status'] },
		jobs: { construction: null, permanent: null },
		power: { kinds: ['grid'], onSiteMw: null, note: { en: 'n', zh: 'n' }, sources: ['other'] },
		sources: ['other'],
		...overrides,
	};
}

const parse = (csv: string) => csv.slice(1).trimEnd().split('\r\n');

test('UTF-8 with BOM, CRLF, one row per site with its point, capacity, status and sources', () => {
	const csv = sitesCsv([site({})], sources);
	expect(csv.startsWith('\uFEFFid,name_en,name_zh,')).toBe(true);
	const [header, row] = parse(csv);
	expect(header).toBe(SITES_CSV_COLUMNS.join(','));
	const cells = Object.fromEntries(SITES_CSV_COLUMNS.map((c, i) => [c, row!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[i]]));
	expect(cells).toMatchObject({
		id: 'x',
		name_zh: '某州某地',
		lat: '32.5',
		lon: '-99.7',
		point_basis_en: '"City centre, ""approx."""',
		point_source_ids: 'loc',
		capacity_mw: '1200',
		capacity_mw_low: '',
		capacity_other_mw: '900',
		status: 'operating',
		status_as_of: '2026-04-29',
		page_path: 'sites/x/',
		source_urls: 'https://example.org/loc | https://example.org/cap | https://example.org/alt | https://example.org/status',
	});
});

test('a range is written as low and high, an unknown capacity as empty cells', () => {
	const [, ranged, unknown] = parse(
		sitesCsv([site({ id: 'r', capacityMw: { value: { low: 700, high: 900 }, qualifier: 'about', stated: '2025-09', sources: ['cap'] } }), site({ id: 'u', capacityMw: null })], sources),
	);
	expect(ranged).toContain(',,700,900,about,2025-09,cap,,');
	expect(unknown).toMatch(/,,,,,,,,operating,/);
});

test('a source id missing from the records fails instead of writing an empty cell', () => {
	expect(() => sitesCsv([site({ location: { lat: 0, lon: 0, basis: { en: 'b', zh: 'b' }, sources: ['nope'] } })], sources)).toThrow(/unknown source "nope"/);
});
