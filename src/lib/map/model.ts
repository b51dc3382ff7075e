/**
 * Everything the site map draws, computed once per language at build time:
 * the two panels with their base layers, the markers (position, size, status
 * glyph, number) and two sets of labels: names for wide figures, numbers keyed
 * to the site table for narrow ones (CSS shows one set).
 */
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Lang } from '../../schemas/common.ts';
import type { Site } from '../../schemas/site.ts';
import { formatValue, latestDate, PUNCT } from '../format.ts';
import { countryAt, projectLines, usBasemap, worldBasemap, type Basemap, type Point } from './basemap.ts';
import { insideRings, panelOf, project, usProjection, worldProjection, type Frame, type PanelId } from './projection.ts';
import { markerGeometry, outerRadius, radiusForMw, separateCircles, SIZE_KEY_MW, STATUS_GLYPH, type MarkerGeometry, type StatusGlyph } from './markers.ts';
import { placeLabels, shortLabel, textWidth, type Box, type PlacedLabel } from './labels.ts';

/** Label sizes in panel units: names are read at desktop widths, numbers at phone widths. */
export const WIDE_FONT = 19;
export const NARROW_FONT = 34;
/**
 * Geometry detail kept, in panel units (one unit is about 0.7 px on a desktop):
 * enough to recognise every state and coastline, small enough that the whole
 * map costs a few kilobytes. The world panel is context only, so coarser.
 * (3.5 and 6 rather than 2 and 3: about 1 KB less gzip, so the sites overview
 * with its map stays within the 28 KB page budget; corners stay under 3 px.)
 */
const US_TOLERANCE = 3.5;
const WORLD_TOLERANCE = 6;
const MARGIN = 12;

export interface Atlases {
	/** us-atlas `states-albers-10m.json`. */
	usStates: Topology;
	/** world-atlas `countries-110m.json`. */
	worldCountries: Topology;
}

export interface MapMarker {
	site: Site;
	/** Position in the site table (1-based); the narrow labels show it. */
	number: number;
	/** Where the site is (panel units). */
	x: number;
	y: number;
	/** Where its marker is drawn: the same point unless it was moved off a neighbour. */
	mx: number;
	my: number;
	/** For a marker moved so far that it no longer covers the site's point: a line from its edge to the point. */
	pointer: { x1: number; y1: number; x2: number; y2: number } | null;
	geometry: MarkerGeometry;
	glyph: StatusGlyph;
	wide: PlacedLabel;
	narrow: PlacedLabel;
}

export interface SizeKeyItem {
	mw: number;
	r: number;
	cx: number;
	cy: number;
}

export interface SizeKey {
	items: SizeKeyItem[];
	/** Baseline shared by the circles; the value labels sit under it. */
	baseY: number;
	box: Box;
}

export interface MapPanel {
	id: PanelId;
	frame: Frame;
	basemap: Basemap;
	/** Largest first, so smaller markers are drawn on top and stay visible. */
	markers: MapMarker[];
	sizeKey: SizeKey | null;
}

export interface SiteMapModel {
	panels: MapPanel[];
	/** Sites in table order (the order of the data). */
	sites: Site[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The size key: the SIZE_KEY_MW circles side by side on one baseline, values
 * under them, tucked in the frame's lower-left corner (the Pacific off Mexico
 * on the US panel). Spaced for the wider of the two label sizes.
 */
function sizeKey(frame: Frame, format: (mw: number) => string): SizeKey {
	const gap = NARROW_FONT;
	const sizes = [...SIZE_KEY_MW].sort((a, b) => a - b);
	const slot = (mw: number) => Math.max(2 * radiusForMw(mw), textWidth(format(mw), NARROW_FONT));
	const left = frame.x + MARGIN;
	const baseY = frame.y + frame.height - MARGIN - NARROW_FONT * 1.3;
	let x = left;
	const items = sizes.map((mw) => {
		const r = radiusForMw(mw);
		const width = slot(mw);
		const item = { mw, r: round1(r), cx: round1(x + width / 2), cy: round1(baseY - r) };
		x += width + gap;
		return item;
	});
	const top = baseY - 2 * radiusForMw(Math.max(...sizes));
	return { items, baseY: round1(baseY), box: { x0: left, y0: top, x1: x - gap, y1: frame.y + frame.height - MARGIN } };
}

function frameBox(frame: Frame): Box {
	return { x0: frame.x + MARGIN / 2, y0: frame.y + MARGIN / 2, x1: frame.x + frame.width - MARGIN / 2, y1: frame.y + frame.height - MARGIN / 2 };
}

/** Radius of the dot that marks a site's true point when its marker had to move. */
export const TRUE_POINT_RADIUS = 2.5;
const MARKER_GAP = 3;

type Located = { site: Site; number: number; x: number; y: number; geometry: MarkerGeometry };

function labelled(panelSites: Located[], frame: Frame, lang: Lang, reserved: Box[]): MapMarker[] {
	const moved = separateCircles(
		panelSites.map((s) => ({ x: s.x, y: s.y, r: outerRadius(s.geometry) })),
		MARKER_GAP,
	);
	const markers = panelSites.map((s, i) => {
		const mx = round1(moved[i]!.x);
		const my = round1(moved[i]!.y);
		const d = Math.hypot(s.x - mx, s.y - my);
		const r = outerRadius(s.geometry);
		const pointer = d <= r ? null : { x1: round1(mx + ((s.x - mx) * r) / d), y1: round1(my + ((s.y - my) * r) / d), x2: s.x, y2: s.y };
		return { ...s, mx, my, pointer };
	});
	const circles = [
		...markers.map((m) => ({ x: m.mx, y: m.my, r: outerRadius(m.geometry) })),
		...markers.filter((m) => m.pointer).map((m) => ({ x: m.x, y: m.y, r: TRUE_POINT_RADIUS })),
	];
	const requests = (text: (m: (typeof markers)[number]) => string) =>
		markers.map((m) => ({ id: m.site.id, x: m.mx, y: m.my, r: outerRadius(m.geometry), text: text(m) }));
	const bounds = frameBox(frame);
	const wide = placeLabels(requests((m) => shortLabel(m.site.name[lang], lang)), { fontSize: WIDE_FONT, bounds, reserved, circles });
	const narrow = placeLabels(requests((m) => String(m.number)), { fontSize: NARROW_FONT, bounds, reserved, circles });
	return markers
		.map((m, i) => ({ ...m, glyph: STATUS_GLYPH[m.site.status.value], wide: wide[i]!, narrow: narrow[i]! }))
		.sort((a, b) => outerRadius(b.geometry) - outerRadius(a.geometry) || a.number - b.number);
}

/**
 * Builds both panels. `formatMw` writes the size key's values in the page's
 * language. Throws when a US site falls outside the contiguous states drawn
 * (a wrong coordinate, or a state the map leaves out).
 */
export function buildSiteMap(sites: readonly Site[], lang: Lang, atlases: Atlases, formatMw: (mw: number) => string): SiteMapModel {
	const numbered = sites.map((site, i) => ({ site, number: i + 1, geometry: markerGeometry(site.capacityMw?.value ?? null) }));
	const panels: MapPanel[] = [];

	const us = numbered.filter((s) => panelOf(s.site.country) === 'us');
	if (us.length > 0) {
		const projection = usProjection();
		const basemap = usBasemap(atlases.usStates, US_TOLERANCE);
		const states = atlases.usStates.objects.states as GeometryCollection;
		const drawn = merge(atlases.usStates, states.geometries.filter((g) => !['02', '15'].includes(String(g.id))) as never);
		const rings = projectLines(drawn, null);
		const xs = rings.flat().map((p) => p[0]);
		const ys = rings.flat().map((p) => p[1]);
		const frame: Frame = {
			x: Math.floor(Math.min(...xs) - MARGIN),
			y: Math.floor(Math.min(...ys) - MARGIN),
			width: 0,
			height: 0,
		};
		frame.width = Math.ceil(Math.max(...xs) + MARGIN) - frame.x;
		frame.height = Math.ceil(Math.max(...ys) + MARGIN + NARROW_FONT * 1.5) - frame.y;
		const placed = us.map((s) => {
			const [x, y] = project(projection, s.site.location.lon, s.site.location.lat);
			if (!insideRings([x, y], rings)) {
				throw new Error(`map: site "${s.site.id}" (${s.site.location.lat}, ${s.site.location.lon}) is not inside the contiguous United States drawn on the map`);
			}
			return { ...s, x: round1(x), y: round1(y) };
		});
		const key = sizeKey(frame, formatMw);
		panels.push({ id: 'us', frame, basemap, markers: labelled(placed, frame, lang, [key.box]), sizeKey: key });
	}

	const world = numbered.filter((s) => panelOf(s.site.country) === 'world');
	if (world.length > 0) {
		const width = panels[0]?.frame.width ?? 960;
		const points: Point[] = world.map((s) => [s.site.location.lon, s.site.location.lat]);
		const { projection, frame } = worldProjection(width);
		const hostIds = [...new Set(points.map((p) => countryAt(atlases.worldCountries, p)).filter((id): id is string => id !== undefined))];
		const basemap = worldBasemap(atlases.worldCountries, projection, hostIds, WORLD_TOLERANCE);
		const placed = world.map((s) => {
			const [x, y] = project(projection, s.site.location.lon, s.site.location.lat);
			return { ...s, x: round1(x), y: round1(y) };
		});
		panels.push({ id: 'world', frame, basemap, markers: labelled(placed, frame, lang, []), sizeKey: null });
	}
	return { panels, sites: [...sites] };
}

/** Capacity as the table and the marker's name say it: value with qualifier, or "not published". */
export function capacityText(site: Site, lang: Lang, unknown: string): string {
	const capacity = site.capacityMw;
	return capacity ? formatValue(capacity.value, 'mw', lang, { qualifier: capacity.qualifier }) : unknown;
}

/** The other capacities sources gave for a site, formatted, or null when there are none. */
export function alternativeCapacities(site: Site, lang: Lang): string | null {
	const alternatives = site.capacityMw?.alternatives ?? [];
	if (alternatives.length === 0) return null;
	return alternatives.map((a) => formatValue(a.value, 'mw', lang, { qualifier: a.qualifier })).join(PUNCT[lang].list);
}

/** Every source behind what the map shows (point, capacity, status), in first-use order. */
export function mapSourceIds(sites: readonly Site[]): string[] {
	return [
		...new Set(
			sites.flatMap((s) => [
				...s.location.sources,
				...(s.capacityMw?.sources ?? []),
				...(s.capacityMw?.alternatives ?? []).flatMap((a) => a.sources),
				...s.status.sources,
			]),
		),
	];
}

/** The map's "as of" date: the newest status date among the sites. */
export const mapAsOf = (sites: readonly Site[]): string => latestDate(sites.map((s) => s.status.asOf));
