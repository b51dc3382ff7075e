import { describe, expect, it } from 'vitest';
import { EARLIER, byKind, sourceHref, sourcePageKey, sourcePagePath, sourcePages } from '../../src/lib/sources/pages.ts';

describe('sourcePageKey', () => {
	it('puts a record on the page of its year of publication, whatever the date precision', () => {
		expect(sourcePageKey('2025-01-21')).toBe('2025');
		expect(sourcePageKey('2026-06')).toBe('2026');
		expect(sourcePageKey('2027')).toBe('2027');
	});
	it('puts everything published before 2025 on one page', () => {
		expect(sourcePageKey('2024-12-31')).toBe(EARLIER);
		expect(sourcePageKey('2018')).toBe(EARLIER);
		expect(EARLIER).toBe('before-2025');
	});
	it('refuses a date without a year rather than inventing a page', () => {
		expect(() => sourcePageKey('Jan 2025')).toThrow();
	});
});

describe('sourceHref', () => {
	it('links the full entry on its page, in the language asked for', () => {
		expect(sourceHref({ id: 'ap-2025', published: '2025-03-02' }, 'en')).toBe('/sources/2025/#src-ap-2025');
		expect(sourceHref({ id: 'ap-2025', published: '2025-03-02' }, 'zh')).toBe('/zh/sources/2025/#src-ap-2025');
		expect(sourceHref({ id: 'iea-2024', published: '2024-01' }, 'en')).toBe('/sources/before-2025/#src-iea-2024');
	});
	it('matches the page path of the page that holds the record', () => {
		expect(sourceHref({ id: 'x', published: '2026-02-09' }, 'zh').startsWith(sourcePagePath('zh', '2026'))).toBe(true);
	});
});

describe('sourcePages', () => {
	const records = [
		{ id: 'a', published: '2025-05-01' },
		{ id: 'b', published: '2022-12' },
		{ id: 'c', published: '2026-01-02' },
		{ id: 'd', published: '2025-01-21' },
		{ id: 'e', published: '2018' },
	];
	it('lists the newest year first and the earlier page last, every record on exactly one page', () => {
		const pages = sourcePages(records);
		expect(pages.map((p) => p.key)).toEqual(['2026', '2025', EARLIER]);
		expect(pages.map((p) => p.sources.map((s) => s.id))).toEqual([['c'], ['a', 'd'], ['b', 'e']]);
	});
	it('makes no page for a year without records', () => {
		expect(sourcePages([{ published: '2026-01-01' }]).map((p) => p.key)).toEqual(['2026']);
		expect(sourcePages([])).toEqual([]);
	});
});

describe('byKind', () => {
	it('groups by kind in the fixed order, each by publisher then date', () => {
		const groups = byKind([
			{ kind: 'secondary', publisher: 'Reuters', published: '2025-02-01' },
			{ kind: 'primary', publisher: 'OpenAI', published: '2025-01-21' },
			{ kind: 'secondary', publisher: 'AP', published: '2025-03-01' },
			{ kind: 'secondary', publisher: 'Reuters', published: '2025-01-22' },
		] as const);
		expect(groups.map((g) => g.kind)).toEqual(['primary', 'secondary', 'single-report']);
		expect(groups[1]!.sources.map((s) => `${s.publisher} ${s.published}`)).toEqual(['AP 2025-03-01', 'Reuters 2025-01-22', 'Reuters 2025-02-01']);
		expect(groups[2]!.sources).toEqual([]);
	});
});
