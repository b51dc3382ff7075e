import { expect, test } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { ATLASES } from '../../src/lib/map/atlases.ts';
import { countryAt, projectLines, simplifyLine, toSvgPath, type Point } from '../../src/lib/map/basemap.ts';
import { insideRings, panelOf, project, usProjection, worldProjection } from '../../src/lib/map/projection.ts';

const states = feature(ATLASES.usStates, ATLASES.usStates.objects.states as GeometryCollection);
/** A state's outline in us-atlas's pre-projected Albers USA units, by FIPS code. */
const outline = (fips: string) => projectLines(states.features.find((f) => f.id === fips)!, null);
const TEXAS = '48';

test('Abilene, Texas projects inside the Texas outline, not a neighbour', () => {
	const abilene = project(usProjection(), -99.7331, 32.4487);
	expect(insideRings(abilene, outline(TEXAS))).toBe(true);
	for (const neighbour of ['35', '40', '05', '22']) expect(insideRings(abilene, outline(neighbour))).toBe(false);
});

test.each([
	['Columbus, Ohio', -82.9988, 39.9612, '39'],
	['Milwaukee, Wisconsin', -87.9065, 43.0389, '55'],
	['Ann Arbor, Michigan', -83.743, 42.2808, '26'],
	['Las Cruces, New Mexico', -106.7637, 32.3199, '35'],
	['Cameron, Texas', -96.9769, 30.8533, TEXAS],
])('%s lands in its own state', (_, lon, lat, fips) => {
	const point = project(usProjection(), lon, lat);
	const containing = states.features.filter((f) => insideRings(point, projectLines(f, null))).map((f) => f.id);
	expect(containing).toEqual([fips]);
});

test('a point outside the United States cannot be placed on the US panel', () => {
	expect(() => project(usProjection(), -0.1276, 51.5072)).toThrow(/cannot project/);
});

test('US sites go on the US panel, all others on the world panel', () => {
	expect(panelOf('US')).toBe('us');
	for (const country of ['AE', 'NO', 'GB', 'IN', 'AR']) expect(panelOf(country)).toBe('world');
});

test('the world panel places each international city in its own country and inside the frame', () => {
	const { projection, frame } = worldProjection(960);
	const cities: Array<[Point, string]> = [
		[[54.3773, 24.4539], '784'],
		[[17.43, 68.43], '578'],
		[[-1.51, 55.02], '826'],
		[[72.8777, 19.076], '356'],
		[[-69, -45], '032'],
	];
	for (const [point, id] of cities) {
		expect(countryAt(ATLASES.worldCountries, point)).toBe(id);
		const [x, y] = project(projection, point[0], point[1]);
		expect(x).toBeGreaterThan(frame.x);
		expect(x).toBeLessThan(frame.x + frame.width);
		expect(y).toBeGreaterThan(frame.y);
		expect(y).toBeLessThan(frame.y + frame.height);
	}
	// Wider than tall, like the US panel: Antarctica and the high Arctic are cut.
	expect(frame.height).toBeLessThan(frame.width / 2);
});

test('lines are simplified without moving their ends, and written with relative integer steps', () => {
	const line: Point[] = [
		[0, 0],
		[5, 0.2],
		[10, 0],
		[10, 10],
	];
	expect(simplifyLine(line, 0.5)).toEqual([
		[0, 0],
		[10, 0],
		[10, 10],
	]);
	expect(simplifyLine(line, 0.1)).toEqual(line);
	expect(toSvgPath([[[0.4, 0.4], [10.2, -3.6], [10, 10]]], false)).toBe('M0 0l10-4 0 14');
	expect(toSvgPath([[[0, 0], [10, 0], [10, 10], [0, 0]]], true)).toBe('M0 0l10 0 0 10z');
	// A ring that rounds to fewer than three points is dropped.
	expect(toSvgPath([[[0, 0], [0.2, 0.1], [0.1, 0.3], [0, 0]]], true)).toBe('');
});
