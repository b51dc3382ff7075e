/**
 * Marker geometry: a circle whose AREA is proportional to planned capacity, so
 * a 1,400 MW campus covers twice the ink of a 700 MW one. A stated range is two
 * circles (disc = low, ring = high); a campus with no published figure gets a
 * fixed-size dashed marker, never a zero-size one.
 */
import type { SiteStatus } from '../../schemas/site.ts';
import type { Value } from '../../schemas/common.ts';

/** A 1,000 MW campus is drawn with this radius (panel units). */
export const REFERENCE_MW = 1000;
export const REFERENCE_RADIUS = 20;

/** Size of the "capacity not published" marker: clearly a symbol, not a tiny campus. */
export const UNKNOWN_RADIUS = 12;

/** Capacities shown in the size key, largest first. */
export const SIZE_KEY_MW = [1000, 500, 100] as const;

export function radiusForMw(mw: number): number {
	if (!Number.isFinite(mw) || mw < 0) throw new Error(`map: capacity must be a non-negative number of MW, got ${mw}`);
	return REFERENCE_RADIUS * Math.sqrt(mw / REFERENCE_MW);
}

export type MarkerGeometry =
	| { kind: 'single'; r: number }
	| { kind: 'range'; low: number; high: number }
	| { kind: 'unknown'; r: number };

export function markerGeometry(capacity: Value | null): MarkerGeometry {
	if (capacity === null) return { kind: 'unknown', r: UNKNOWN_RADIUS };
	if (typeof capacity === 'number') return { kind: 'single', r: radiusForMw(capacity) };
	if (capacity.low === capacity.high) return { kind: 'single', r: radiusForMw(capacity.low) };
	return { kind: 'range', low: radiusForMw(capacity.low), high: radiusForMw(capacity.high) };
}

/** The radius a marker occupies on the map (for label placement and draw order). */
export function outerRadius(geometry: MarkerGeometry): number {
	return geometry.kind === 'range' ? geometry.high : geometry.r;
}

/** The circle that carries the status style (the low end of a range). */
export function statusRadius(geometry: MarkerGeometry): number {
	return geometry.kind === 'range' ? geometry.low : geometry.r;
}

/**
 * The status glyph drawn on a circle, so status never depends on colour alone:
 * operating = solid disc, under construction = half-filled, announced = open
 * ring, paused or dropped = ring struck through.
 */
export type StatusGlyph = 'solid' | 'half' | 'open' | 'struck';
export const STATUS_GLYPH: Record<SiteStatus, StatusGlyph> = {
	operating: 'solid',
	'under-construction': 'half',
	announced: 'open',
	'paused-or-dropped': 'struck',
};

/** SVG path of the left half of a circle of radius r centred on 0,0 (the "half-built" fill). */
export function halfDiscPath(r: number): string {
	const n = (v: number) => Number(v.toFixed(1));
	return `M0 ${n(-r)}A${n(r)} ${n(r)} 0 0 0 0 ${n(r)}z`;
}

/** The slash across a "paused or dropped" ring, corner to corner at 45°. */
export function strikeLine(r: number): { x1: number; y1: number; x2: number; y2: number } {
	const d = Number((r * Math.SQRT1_2).toFixed(1));
	return { x1: -d, y1: d, x2: d, y2: -d };
}

export interface Circle {
	x: number;
	y: number;
	r: number;
}

/**
 * Moves overlapping circles apart just enough to leave `gap` between them, the
 * smaller one moving more; circles that do not overlap stay where they are.
 * Deterministic: two circles on the same spot split north–south, the later one
 * going north. The map joins a moved marker to its true point with a line.
 */
export function separateCircles(circles: readonly Circle[], gap: number): Array<{ x: number; y: number }> {
	const pos = circles.map((c) => ({ x: c.x, y: c.y }));
	for (let iteration = 0; iteration < 500; iteration++) {
		let moved = false;
		for (let i = 0; i < circles.length; i++) {
			for (let j = i + 1; j < circles.length; j++) {
				const a = pos[i]!;
				const b = pos[j]!;
				const ri = circles[i]!.r;
				const rj = circles[j]!.r;
				const d = Math.hypot(b.x - a.x, b.y - a.y);
				const overlap = ri + rj + gap - d;
				if (overlap <= 1e-6) continue;
				const [ux, uy] = d < 1e-6 ? [0, -1] : [(b.x - a.x) / d, (b.y - a.y) / d];
				const share = ri + rj === 0 ? 0.5 : rj / (ri + rj);
				a.x -= ux * overlap * share;
				a.y -= uy * overlap * share;
				b.x += ux * overlap * (1 - share);
				b.y += uy * overlap * (1 - share);
				moved = true;
			}
		}
		if (!moved) return pos;
	}
	throw new Error('map: markers could not be moved apart; check the site coordinates');
}
