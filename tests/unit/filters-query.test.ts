import { describe, expect, test } from 'vitest';
import { queryValues, withQueryValues } from '../../src/lib/filters/query.ts';
import { newestFirst } from '../../src/lib/filters/order.ts';

describe('list state in the URL query', () => {
	test('reads comma-separated and repeated values, trimmed and without duplicates', () => {
		expect(queryValues('?verdict=misstated,%20unclear&verdict=misstated', 'verdict')).toEqual(['misstated', 'unclear']);
		expect(queryValues('?topic=', 'topic')).toEqual([]);
		expect(queryValues('', 'topic')).toEqual([]);
	});
	test('writes a key, keeps the others, removes empty keys', () => {
		expect(withQueryValues('?order=oldest', { verdict: ['misstated', 'unclear'] })).toBe('?order=oldest&verdict=misstated,unclear');
		expect(withQueryValues('?verdict=x&order=oldest', { verdict: [] })).toBe('?order=oldest');
		expect(withQueryValues('?verdict=x', { verdict: [] })).toBe('');
	});
	test('round-trips', () => {
		const query = withQueryValues('', { topic: ['money', 'jobs'], order: ['oldest'] });
		expect(queryValues(query, 'topic')).toEqual(['money', 'jobs']);
		expect(queryValues(query, 'order')).toEqual(['oldest']);
	});
});

describe('newest first', () => {
	test('reverses the groups and the entries in each, without touching the input', () => {
		const groups = [
			{ key: '2025', items: ['jan', 'may'] },
			{ key: '2026', items: ['feb'] },
		];
		expect(newestFirst(groups)).toEqual([
			{ key: '2026', items: ['feb'] },
			{ key: '2025', items: ['may', 'jan'] },
		]);
		expect(groups[0]!.items).toEqual(['jan', 'may']);
	});
});
