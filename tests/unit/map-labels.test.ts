import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/schemas/common.ts';
import { loadContent } from '../../src/content-model/index.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { ATLASES } from '../../src/lib/map/atlases.ts';
import { boxesOverlap, placeLabels, shortLabel, textWidth, type Box } from '../../src/lib/map/labels.ts';
import { outerRadius } from '../../src/lib/map/markers.ts';
import { buildSiteMap, TRUE_POINT_RADIUS } from '../../src/lib/map/model.ts';

test('map labels keep the place and drop the state, nickname and brand', () => {
	expect(shortLabel('Abilene, Texas (Stargate I)', 'en')).toBe('Abilene');
	expect(shortLabel('Abilene expansion (now leased to Microsoft)', 'en')).toBe('Abilene expansion');
	expect(shortLabel('Stargate UAE (Abu Dhabi)', 'en')).toBe('UAE');
	expect(shortLabel('Lordstown, Ohio', 'en')).toBe('Lordstown');
	expect(shortLabel('得克萨斯州阿比林（星际之门一号园区）', 'zh')).toBe('阿比林');
	expect(shortLabel('新墨西哥州多尼亚安娜县（“木星计划”）', 'zh')).toBe('多尼亚安娜县');
	expect(shortLabel('阿比林扩建项目（现由微软承租）', 'zh')).toBe('阿比林扩建项目');
	expect(shortLabel('挪威星际之门（纳尔维克）', 'zh')).toBe('挪威');
});

test('Chinese characters are measured wider than Latin letters', () => {
	expect(textWidth('阿比林', 10)).toBe(30);
	expect(textWidth('Abilene', 10)).toBeGreaterThan(35);
	expect(textWidth('Abilene', 10)).toBeLessThan(50);
});

test('labels move away (with a leader) rather than overlap, and fail loudly when they cannot fit', () => {
	const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };
	const circles = [
		{ x: 200, y: 150, r: 10 },
		{ x: 222, y: 150, r: 10 },
	];
	const placed = placeLabels(
		circles.map((c, i) => ({ ...c, id: `s${i}`, text: 'Somewhere' })),
		{ fontSize: 16, bounds, circles },
	);
	expect(boxesOverlap(placed[0]!.box, placed[1]!.box)).toBe(false);
	expect(placed.map((p) => p.id)).toEqual(['s0', 's1']);
	expect(() =>
		placeLabels([{ id: 'a', x: 10, y: 10, r: 5, text: 'A very long label' }], { fontSize: 16, bounds: { x0: 0, y0: 0, x1: 40, y1: 40 }, circles: [] }),
	).toThrow(/no free place/);
});

/** Distance from a circle's centre to the nearest point of a box. */
const gapToBox = (box: Box, x: number, y: number) => Math.hypot(x - Math.max(box.x0, Math.min(x, box.x1)), y - Math.max(box.y0, Math.min(y, box.y1)));

describe.each(LANGS)('the real site list (%s)', (lang) => {
	const sites = loadContent().sites;
	const model = buildSiteMap(sites, lang, ATLASES, (mw) => formatNumber(mw, 'mw', lang));

	test('every site is on exactly one panel', () => {
		const ids = model.panels.flatMap((p) => p.markers.map((m) => m.site.id));
		expect(ids.sort()).toEqual(sites.map((s) => s.id).sort());
	});

	test.each(['wide', 'narrow'] as const)('%s labels do not overlap each other, any marker, the size key or the edge', (variant) => {
		for (const panel of model.panels) {
			const boxes = panel.markers.map((m) => m[variant].box);
			for (let i = 0; i < boxes.length; i++) {
				for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!), `${panel.markers[i]!.site.id} / ${panel.markers[j]!.site.id}`).toBe(false);
				const box = boxes[i]!;
				expect(box.x0).toBeGreaterThanOrEqual(panel.frame.x);
				expect(box.y0).toBeGreaterThanOrEqual(panel.frame.y);
				expect(box.x1).toBeLessThanOrEqual(panel.frame.x + panel.frame.width);
				expect(box.y1).toBeLessThanOrEqual(panel.frame.y + panel.frame.height);
				if (panel.sizeKey) expect(boxesOverlap(box, panel.sizeKey.box)).toBe(false);
				for (const m of panel.markers) {
					expect(gapToBox(box, m.mx, m.my), `${panel.markers[i]!.site.id} label vs ${m.site.id} marker`).toBeGreaterThanOrEqual(outerRadius(m.geometry));
					if (m.pointer) expect(gapToBox(box, m.x, m.y)).toBeGreaterThanOrEqual(TRUE_POINT_RADIUS);
				}
			}
		}
	});

	test('markers do not overlap each other; a marker moved off its point still covers it or points to it', () => {
		for (const panel of model.panels) {
			for (const [i, a] of panel.markers.entries()) {
				for (const b of panel.markers.slice(i + 1)) {
					expect(Math.hypot(a.mx - b.mx, a.my - b.my)).toBeGreaterThanOrEqual(outerRadius(a.geometry) + outerRadius(b.geometry));
				}
				if (a.pointer) expect([a.pointer.x2, a.pointer.y2]).toEqual([a.x, a.y]);
				else expect(Math.hypot(a.mx - a.x, a.my - a.y)).toBeLessThanOrEqual(outerRadius(a.geometry));
			}
		}
	});
});
