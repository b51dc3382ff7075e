import { describe, expect, test } from 'vitest';
import type { Site } from '../../src/schemas/site.ts';
import { capacityBars, newest } from '../../src/lib/home/capacity.ts';

const site = (id: string, value: Site['capacityMw'] extends infer C ? (C extends { value: infer V } ? V : never) | null : never, status = 'announced') =>
	({ id, status: { value: status }, capacityMw: value === null ? null : { value } }) as unknown as Site;

describe('home capacity bars', () => {
	test('largest first, ranges drawn to their high end, unknown capacities counted', () => {
		const { bars, unknown } = capacityBars([site('a', 200), site('b', { low: 400, high: 1000 }), site('c', null), site('d', 500, 'operating')]);
		expect(bars.map((b) => [b.id, b.mw, b.share])).toEqual([
			['b', 1000, 1],
			['d', 500, 0.5],
			['a', 200, 0.2],
		]);
		expect(bars[1]?.status).toBe('operating');
		expect(unknown).toBe(1);
	});
	test('newest items of an oldest-first list, newest first', () => {
		expect(newest(['2025', '2026-01', '2026-05'], 2)).toEqual(['2026-05', '2026-01']);
	});
});
