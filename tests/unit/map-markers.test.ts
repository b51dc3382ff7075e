import { expect, test } from 'vitest';
import { SITE_STATUSES } from '../../src/schemas/site.ts';
import {
	halfDiscPath,
	markerGeometry,
	outerRadius,
	radiusForMw,
	REFERENCE_MW,
	REFERENCE_RADIUS,
	separateCircles,
	STATUS_GLYPH,
	statusRadius,
	UNKNOWN_RADIUS,
} from '../../src/lib/map/markers.ts';

const area = (r: number) => Math.PI * r * r;

test('marker area is proportional to capacity (area ratio = MW ratio)', () => {
	for (const [a, b] of [
		[1400, 700],
		[1000, 100],
		[230, 1200],
	] as const) {
		expect(area(radiusForMw(a)) / area(radiusForMw(b))).toBeCloseTo(a / b, 10);
	}
	expect(radiusForMw(REFERENCE_MW)).toBe(REFERENCE_RADIUS);
	expect(radiusForMw(0)).toBe(0);
	expect(() => radiusForMw(-1)).toThrow();
});

test('a stated range is two circles: disc for the low end, ring for the high end', () => {
	const geometry = markerGeometry({ low: 700, high: 900 });
	expect(geometry).toEqual({ kind: 'range', low: radiusForMw(700), high: radiusForMw(900) });
	expect(statusRadius(geometry)).toBe(radiusForMw(700));
	expect(outerRadius(geometry)).toBe(radiusForMw(900));
	expect(area(outerRadius(geometry)) / area(statusRadius(geometry))).toBeCloseTo(900 / 700, 10);
	// A "range" with equal ends is one figure.
	expect(markerGeometry({ low: 500, high: 500 })).toEqual({ kind: 'single', r: radiusForMw(500) });
});

test('unknown capacity is a fixed-size marker of its own kind, never a zero-size one', () => {
	const geometry = markerGeometry(null);
	expect(geometry).toEqual({ kind: 'unknown', r: UNKNOWN_RADIUS });
	expect(outerRadius(geometry)).toBeGreaterThan(0);
	expect(markerGeometry(1000)).toEqual({ kind: 'single', r: REFERENCE_RADIUS });
});

test('every status has its own shape, so status never rests on colour alone', () => {
	const glyphs = SITE_STATUSES.map((s) => STATUS_GLYPH[s]);
	expect(new Set(glyphs).size).toBe(SITE_STATUSES.length);
	expect(halfDiscPath(10)).toBe('M0 -10A10 10 0 0 0 0 10z');
});

test('overlapping circles are moved apart just enough; others stay put', () => {
	const circles = [
		{ x: 0, y: 0, r: 20 },
		{ x: 1, y: 0, r: 10 },
		{ x: 200, y: 200, r: 15 },
	];
	const moved = separateCircles(circles, 3);
	expect(moved[2]).toEqual({ x: 200, y: 200 });
	const d = Math.hypot(moved[0]!.x - moved[1]!.x, moved[0]!.y - moved[1]!.y);
	expect(d).toBeGreaterThanOrEqual(20 + 10 + 3 - 1e-6);
	expect(d).toBeLessThan(20 + 10 + 3 + 0.01);
	// The smaller circle moves more.
	expect(Math.abs(moved[1]!.x - 1)).toBeGreaterThan(Math.abs(moved[0]!.x));
	// Same input, same output; a stack of identical points splits north–south.
	expect(separateCircles(circles, 3)).toEqual(moved);
	const stacked = separateCircles(
		[
			{ x: 5, y: 5, r: 4 },
			{ x: 5, y: 5, r: 4 },
		],
		2,
	);
	expect(stacked[1]!.y).toBeLessThan(stacked[0]!.y);
	expect(stacked[0]!.x).toBe(5);
});
