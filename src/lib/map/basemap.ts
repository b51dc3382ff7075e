/**
 * The map's base layers (land, state borders, host countries) as compact SVG path
 * strings. Geometry is projected, simplified (Douglas–Peucker) and rounded to
 * whole units, then written with relative commands: the inline SVG stays a few
 * kilobytes while keeping shared borders identical on both sides.
 */
import { geoContains, geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export type Point = [number, number];

/** Perpendicular distance from p to the segment a–b (to a itself when a = b). */
function segmentDistance(p: Point, a: Point, b: Point): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const lengthSq = dx * dx + dy * dy;
	const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSq));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker: keeps the end points, so lines that meet at a junction still meet. */
export function simplifyLine(line: readonly Point[], tolerance: number): Point[] {
	if (line.length <= 2) return [...line];
	const keep = new Uint8Array(line.length);
	keep[0] = 1;
	keep[line.length - 1] = 1;
	const stack: Array<[number, number]> = [[0, line.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		let worst = -1;
		let worstDistance = tolerance;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance(line[i]!, line[first]!, line[last]!);
			if (d > worstDistance) {
				worst = i;
				worstDistance = d;
			}
		}
		if (worst >= 0) {
			keep[worst] = 1;
			stack.push([first, worst], [worst, last]);
		}
	}
	return line.filter((_, i) => keep[i] === 1);
}

const num = (n: number) => (Object.is(n, -0) ? '0' : String(n));

/** Joins numbers the SVG way: a minus sign separates on its own. */
function joinNumbers(values: number[]): string {
	return values.reduce((out, v, i) => (i === 0 || v < 0 ? `${out}${num(v)}` : `${out} ${num(v)}`), '');
}

/**
 * Lines → `M x y l dx dy ...` with integer coordinates. Points that round to the
 * previous one are dropped; rings that collapse below a triangle are skipped.
 */
export function toSvgPath(lines: readonly (readonly Point[])[], closed: boolean): string {
	let out = '';
	for (const line of lines) {
		const rounded: Point[] = [];
		for (const [x, y] of line) {
			const p: Point = [Math.round(x), Math.round(y)];
			const prev = rounded.at(-1);
			if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) rounded.push(p);
		}
		if (closed && rounded.length > 1 && rounded[0]![0] === rounded.at(-1)![0] && rounded[0]![1] === rounded.at(-1)![1]) rounded.pop();
		if (rounded.length < (closed ? 3 : 2)) continue;
		const [start, ...rest] = rounded;
		const deltas = rest.flatMap((p, i) => [p[0] - rounded[i]![0], p[1] - rounded[i]![1]]);
		out += `M${joinNumbers(start!)}l${joinNumbers(deltas)}${closed ? 'z' : ''}`;
	}
	return out;
}

/** Runs a GeoJSON object through d3's path generator and keeps the projected lines. */
export function projectLines(object: GeoPermissibleObjects, projection: GeoProjection | GeoStreamWrapper | null): Point[][] {
	const lines: Point[][] = [];
	let current: Point[] = [];
	const context = {
		moveTo(x: number, y: number) {
			current = [[x, y]];
			lines.push(current);
		},
		lineTo(x: number, y: number) {
			current.push([x, y]);
		},
		closePath() {
			const first = current[0];
			if (first) current.push([first[0], first[1]]);
		},
		arc() {},
		beginPath() {},
	};
	geoPath(projection, context)(object);
	return lines;
}

/** Twice the signed area of a ring (shoelace formula). */
function ringArea(ring: readonly Point[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
	return Math.abs(sum) / 2;
}

/** Islands smaller than this many square units are dropped: at map scale they are specks. */
const MIN_RING_AREA = 6;

function pathOf(object: GeoPermissibleObjects, projection: GeoProjection | GeoStreamWrapper | null, tolerance: number, closed: boolean): string {
	const lines = projectLines(object, projection).map((line) => simplifyLine(line, tolerance));
	return toSvgPath(closed ? lines.filter((ring) => ringArea(ring) >= MIN_RING_AREA) : lines, closed);
}

export interface Basemap {
	/** Land fill and coastline. */
	land: string;
	/** Borders between the regions drawn (US states); empty when not drawn. */
	borders: string;
	/** Countries that hold a site, drawn a shade darker; empty when none. */
	hosts: string;
}

/**
 * The contiguous United States from us-atlas `states-albers-10m` (already in
 * Albers USA screen units, so no projection). Alaska and Hawaii hold no site
 * and are left out (`omit`, FIPS codes) to give the map its width.
 */
export function usBasemap(topology: Topology, tolerance: number, omit: readonly string[] = ['02', '15']): Basemap {
	const states = topology.objects.states as GeometryCollection;
	const kept = states.geometries.filter((g) => !omit.includes(String(g.id)));
	const keptIds = new Set(kept.map((g) => String(g.id)));
	const inner = (a: GeometryObject, b: GeometryObject) => a !== b && keptIds.has(String(a.id)) && keptIds.has(String(b.id));
	return {
		land: pathOf(merge(topology, kept as never), null, tolerance, true),
		borders: pathOf(mesh(topology, states, inner), null, tolerance, false),
		hosts: '',
	};
}

/** The id of the country that contains a point ([lon, lat]), if any. */
export function countryAt(topology: Topology, point: Point): string | undefined {
	const countries = feature(topology, topology.objects.countries as GeometryCollection);
	return countries.features.find((f) => geoContains(f, point))?.id?.toString();
}

/**
 * Land and the host countries (by world-atlas id) in the given projection. No
 * borders between other countries: the host shading is what readers look for,
 * and borders would double the panel's bytes.
 */
export function worldBasemap(topology: Topology, projection: GeoProjection, hostIds: readonly string[], tolerance: number): Basemap {
	const countries = topology.objects.countries as GeometryCollection;
	const hosts = countries.geometries.filter((g) => hostIds.includes(String(g.id)));
	return {
		land: pathOf(merge(topology, countries.geometries as never), projection, tolerance, true),
		borders: '',
		hosts: hosts.length > 0 ? pathOf(merge(topology, hosts as never), projection, tolerance, true) : '',
	};
}
