/**
 * Map labels: the short name shown beside a marker, and a deterministic
 * placement that keeps every label box clear of the other labels, the other
 * markers, the panel edge and reserved areas (the size key). Text is measured
 * with a conservative per-character estimate: fonts are not known at build time.
 */
import type { Lang } from '../../schemas/common.ts';
import type { Circle } from './markers.ts';

/** The short name a map label shows: the part of the site's name that says where it is. */
export function shortLabel(name: string, lang: Lang): string {
	if (lang === 'zh') {
		const withoutNote = name.replace(/（[^）]*）/g, '').trim();
		// "得克萨斯州阿比林" → "阿比林"; "挪威星际之门" → "挪威".
		const withoutState = withoutNote.replace(/^[^州]{2,5}州(?=.)/, '');
		return withoutState.replace(/星际之门/g, '').trim() || withoutNote;
	}
	// "Abilene, Texas (Stargate I)" → "Abilene"; "Stargate UAE (Abu Dhabi)" → "UAE".
	const head = name.split(/,|\s\(/)[0]!.trim();
	return head.replace(/^Stargate\s+/, '') || head;
}

/** Width of a character in em, on the wide side of common UI fonts (bold-safe). */
function charWidth(ch: string): number {
	if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch)) return 1.0;
	if (ch === ' ') return 0.3;
	if (/[.,:;'’!|il]/.test(ch)) return 0.32;
	if (/[A-Z]/.test(ch)) return 0.72;
	if (/[mwMW]/.test(ch)) return 1.0;
	if (/[0-9]/.test(ch)) return 0.64;
	return 0.6;
}

export function textWidth(text: string, fontSize: number): number {
	return [...text].reduce((sum, ch) => sum + charWidth(ch), 0) * fontSize;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelRequest extends Circle {
	id: string;
	text: string;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
	id: string;
	text: string;
	/** Where the `<text>` goes (`dominant-baseline: central`, `text-anchor: anchor`). */
	x: number;
	y: number;
	anchor: Anchor;
	box: Box;
	/** From the marker's edge to the label, when the label had to move away. */
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface LabelOptions {
	fontSize: number;
	/** Labels stay inside this box. */
	bounds: Box;
	/** Areas labels must not cover (the size key). */
	reserved?: readonly Box[];
	/** Every marker on the panel; labels keep clear of all of them. */
	circles: readonly Circle[];
}

export const boxesOverlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function boxTouchesCircle(box: Box, c: Circle, pad: number): boolean {
	const nx = Math.max(box.x0, Math.min(c.x, box.x1));
	const ny = Math.max(box.y0, Math.min(c.y, box.y1));
	return Math.hypot(c.x - nx, c.y - ny) < c.r + pad;
}

/** Does the segment cross the box? (Liang–Barsky clipping.) */
function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
	let t0 = 0;
	let t1 = 1;
	const dx = x2 - x1;
	const dy = y2 - y1;
	const checks: Array<[number, number]> = [
		[-dx, x1 - b.x0],
		[dx, b.x1 - x1],
		[-dy, y1 - b.y0],
		[dy, b.y1 - y1],
	];
	for (const [p, q] of checks) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

/** Directions tried, in order of preference: right, left, the four diagonals, above, below. */
const DIRECTIONS: ReadonlyArray<{ angle: number; anchor: Anchor }> = [
	{ angle: 0, anchor: 'start' },
	{ angle: 180, anchor: 'end' },
	{ angle: -45, anchor: 'start' },
	{ angle: 45, anchor: 'start' },
	{ angle: -135, anchor: 'end' },
	{ angle: 135, anchor: 'end' },
	{ angle: -90, anchor: 'middle' },
	{ angle: 90, anchor: 'middle' },
];
/** How far out labels may move, in font sizes beyond the marker's edge. */
const RINGS = [0.25, 1, 2, 3, 4.5, 6];

function candidateBox(px: number, py: number, angle: number, width: number, height: number): Box {
	const dx = Math.round(Math.cos((angle * Math.PI) / 180) * 1000) / 1000;
	const dy = Math.round(Math.sin((angle * Math.PI) / 180) * 1000) / 1000;
	// The box touches the anchor point with the side (or corner) facing the marker.
	const x0 = dx > 0 ? px : dx < 0 ? px - width : px - width / 2;
	const y0 = dy > 0 ? py : dy < 0 ? py - height : py - height / 2;
	return { x0, y0, x1: x0 + width, y1: y0 + height };
}

/**
 * Places one label per request. Labels are placed most-crowded first; each takes
 * the nearest free position in the preferred direction order. Fails loudly if a
 * label has nowhere to go, so an overlap never ships silently.
 */
export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
	const { fontSize, bounds, reserved = [], circles } = options;
	const height = fontSize * 1.25;
	const pad = fontSize * 0.15;
	const crowding = (a: LabelRequest) => requests.filter((b) => b !== a && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + fontSize * 6).length;
	const order = requests.map((request, index) => ({ request, index, crowding: crowding(request) }));
	order.sort((a, b) => b.crowding - a.crowding || a.index - b.index);

	const placed: PlacedLabel[] = [];
	for (const { request } of order) {
		const width = textWidth(request.text, fontSize);
		let best: PlacedLabel | null = null;
		search: for (const [ring, offset] of RINGS.entries()) {
			for (const { angle, anchor } of DIRECTIONS) {
				const rad = (angle * Math.PI) / 180;
				const reach = request.r + offset * fontSize;
				const px = request.x + Math.cos(rad) * reach;
				const py = request.y + Math.sin(rad) * reach;
				const box = candidateBox(px, py, angle, width, height);
				const padded = { x0: box.x0 - pad, y0: box.y0 - pad, x1: box.x1 + pad, y1: box.y1 + pad };
				if (box.x0 < bounds.x0 || box.y0 < bounds.y0 || box.x1 > bounds.x1 || box.y1 > bounds.y1) continue;
				if (placed.some((p) => boxesOverlap(padded, p.box) || (p.leader && segmentHitsBox(p.leader.x1, p.leader.y1, p.leader.x2, p.leader.y2, padded)))) continue;
				if (reserved.some((r) => boxesOverlap(padded, r))) continue;
				if (circles.some((c) => boxTouchesCircle(box, c, pad))) continue;
				const leader =
					ring === 0
						? null
						: {
								x1: request.x + Math.cos(rad) * request.r,
								y1: request.y + Math.sin(rad) * request.r,
								x2: px,
								y2: py,
							};
				if (leader && placed.some((p) => segmentHitsBox(leader.x1, leader.y1, leader.x2, leader.y2, p.box))) continue;
				const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
				best = { id: request.id, text: request.text, x, y: (box.y0 + box.y1) / 2, anchor, box, leader };
				break search;
			}
		}
		if (!best) throw new Error(`map: no free place for the label "${request.text}" (${request.id}); shorten it or move the markers apart`);
		placed.push(best);
	}
	// Callers get the labels back in request order.
	return requests.map((r) => placed.find((p) => p.id === r.id)!);
}
