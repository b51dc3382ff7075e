import { describe, expect, test } from 'vitest';
import { houseSpelling } from '../../src/lib/search/spelling.ts';

describe('houseSpelling', () => {
	test('an American spelling becomes the site’s British one, keeping case and plural', () => {
		expect(houseSpelling('data center')).toBe('data centre');
		expect(houseSpelling('Data Centers in Texas')).toBe('Data Centres in Texas');
		expect(houseSpelling('colors')).toBe('colours');
	});
	test('other words, part-words and Chinese are left alone', () => {
		expect(houseSpelling('centerline epicenter')).toBe('centerline epicenter');
		expect(houseSpelling('数据中心 center')).toBe('数据中心 centre');
		expect(houseSpelling('Abilene')).toBe('Abilene');
	});
});
