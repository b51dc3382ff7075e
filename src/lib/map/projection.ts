/**
 * Where a site goes on the map: US sites on an Albers USA panel that matches
 * us-atlas's pre-projected `states-albers-10m` geometry, every other site on a
 * second, equal-area world panel (Equal Earth).
 */
import { geoAlbersUsa, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Point } from './basemap.ts';

export type PanelId = 'us' | 'world';

/** A panel's drawing area in its own SVG units (its viewBox). */
export interface Frame {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The projection us-atlas used for its `*-albers-10m` files (975 × 610 units). */
export function usProjection(): GeoProjection {
	return geoAlbersUsa().scale(1300).translate([487.5, 305]);
}

/** Sites in the United States go on the US panel; all others on the world panel. */
export const panelOf = (country: string): PanelId => (country === 'US' ? 'us' : 'world');

/** [lon, lat] → panel units; throws for a point the projection cannot place. */
export function project(projection: GeoProjection, lon: number, lat: number): Point {
	const p = projection([lon, lat]);
	if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error(`map: cannot project ${lat}, ${lon}`);
	return [p[0], p[1]];
}

// The world panel leaves out Antarctica and the far Arctic: no site can be there,
// and dropping them makes the panel wide and short, like the US panel.
const SOUTH_LIMIT = -56;
const NORTH_LIMIT = 84;

/** An Equal Earth world map, `width` units wide, clipped to the frame it returns. */
export function worldProjection(width: number): { projection: GeoProjection; frame: Frame } {
	// Meridians curve in Equal Earth, so fit to points along the whole frame edge, not its corners.
	const edge: Point[] = [];
	for (let i = 0; i <= 36; i++) {
		const lon = -180 + i * 10;
		const lat = SOUTH_LIMIT + ((NORTH_LIMIT - SOUTH_LIMIT) * i) / 36;
		edge.push([lon, SOUTH_LIMIT], [lon, NORTH_LIMIT], [-180, lat], [180, lat]);
	}
	const box = { type: 'MultiPoint' as const, coordinates: edge };
	const projection = geoEqualEarth().fitWidth(width, box);
	const [[, y0], [, y1]] = geoPath(projection).bounds(box);
	const frame: Frame = { x: 0, y: Math.floor(y0), width, height: Math.ceil(y1) - Math.floor(y0) };
	projection.clipExtent([
		[frame.x, frame.y],
		[frame.x + frame.width, frame.y + frame.height],
	]);
	return { projection, frame };
}

/** Even–odd point-in-polygon test in screen units over a set of closed rings. */
export function insideRings(point: Point, rings: readonly (readonly Point[])[]): boolean {
	const [px, py] = point;
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}
