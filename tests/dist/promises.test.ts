/**
 * The built promise tracker (dist/): both languages, the reference date stated,
 * the counts the summary line says (written out here as numbers, so a change in
 * the data or the status rule shows up as a failing line), the same counts on the
 * home page, one anchor per promise in both languages, the figure with its table
 * and downloads, and moved deadlines on the timeline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Node } from 'ultrahtml';
import { attr, loadPages, textOf, type BuiltPage } from '../support/html.ts';
import { DIST } from '../support/project.ts';

// What the tracker says as of the newest reporting the site uses (4 July 2026).
const REFERENCE = '2026-07-04';
const EXPECTED = { total: 27, kept: 1, 'partly-kept': 1, missed: 1, overdue: 3, pending: 21 };
const SUMMARY = {
	en: 'Of 27 dated promises, 1 kept, 1 partly kept, 1 missed, 3 overdue without confirmation and 21 not yet due; 3 had their deadline moved.',
	zh: '在27项带日期的承诺中，1项已兑现，1项部分兑现，1项未兑现，3项已过期限但未获证实，21项尚未到期；其中3项的期限曾被推迟或更改。',
};

const pages = loadPages(DIST);
const page = (path: string): BuiltPage => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`no built page ${path}`);
	return found;
};
const where = (p: BuiltPage, pick: (e: Node) => boolean) => p.elements.filter(pick);
const squash = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const summaryOf = (p: BuiltPage) => {
	const found = where(p, (e) => attr(e, 'data-promise-summary') !== undefined);
	expect(found).toHaveLength(1);
	const e = found[0]!;
	const n = (name: string) => Number(attr(e, name));
	return { text: squash(textOf(e)), counts: { total: n('data-total'), kept: n('data-kept'), 'partly-kept': n('data-partly-kept'), missed: n('data-missed'), overdue: n('data-overdue'), pending: n('data-pending') } };
};
const entries = (p: BuiltPage) => where(p, (e) => e.name === 'li' && (attr(e, 'class') ?? '').split(' ').includes('promise'));

describe.each([
	['en', '/'],
	['zh', '/zh/'],
] as const)('tracker (%s)', (lang, prefix) => {
	const tracker = () => page(`${prefix}promises/tracker/`);

	test('states its reference date and the summary with the expected counts', () => {
		const p = tracker();
		expect(where(p, (e) => attr(e, 'data-reference-date') === REFERENCE)).toHaveLength(1);
		const summary = summaryOf(p);
		expect(summary.counts).toEqual(EXPECTED);
		expect(summary.text).toBe(SUMMARY[lang]);
	});

	test('lists every promise once, with a status each and the counts of the summary', () => {
		const list = entries(tracker());
		expect(list).toHaveLength(27);
		const statuses = list.map((e) => attr(e, 'data-status'));
		for (const [status, n] of Object.entries(EXPECTED)) if (status !== 'total') expect(statuses.filter((s) => s === status), status).toHaveLength(n);
	});

	test('the home page gives the same counts and links to the tracker', () => {
		const home = page(prefix);
		expect(summaryOf(home).counts).toEqual(EXPECTED);
		expect(where(home, (e) => e.name === 'a' && attr(e, 'href') === `${prefix}promises/tracker/`).length).toBeGreaterThan(0);
	});

	test('has the figure, its table rows and its downloads', () => {
		const p = tracker();
		expect(where(p, (e) => attr(e, 'id') === 'fig-promise-deadlines')).toHaveLength(1);
		const rows = where(p, (e) => e.name === 'tr').filter((e) => textOf(e).includes(lang === 'en' ? 'of all 27' : '占全部27项'));
		// 2025: pending 0, overdue 2, kept 1, partly kept 1; 2026: pending 13, overdue 1, missed 1; 2027, 2028, 2029: pending.
		expect(rows).toHaveLength(10);
		// Each bar is a count of promises; its share of all 27 is the row's note (13 of 27 = 48.1%).
		const due2026 = rows.map((row) => textOf(row)).find((text) => text.includes(lang === 'en' ? '13 promises' : '13项承诺'));
		expect(due2026).toContain(lang === 'en' ? '48.1% of all 27' : '占全部27项的48.1%');
		for (const file of ['promise-deadlines.csv', 'promise-deadlines.json']) {
			expect(where(p, (e) => e.name === 'a' && attr(e, 'href') === `/data/${file}`)).toHaveLength(1);
			expect(existsSync(join(DIST, 'data', file))).toBe(true);
		}
	});

	test('every entry links to its article section, and ledger claims resolve', () => {
		for (const e of entries(tracker())) {
			const hrefs: string[] = [];
			const walk = (n: Node) => {
				if (n.name === 'a' && attr(n, 'href')) hrefs.push(attr(n, 'href')!);
				(n.children ?? []).forEach(walk);
			};
			walk(e);
			// The article section (`/energy/#power-by-site`) or, for a site's entry on the sites overview, the site's own
			// page (`/sites/abilene/`); wherever it points, the page and the section exist.
			const own = hrefs.filter((h) => /^\/(zh\/)?[a-z]+\/(#[a-z0-9-]+|[a-z0-9-]+\/)$/.test(h) && !h.includes('/claims/') && !h.includes('/sources/'));
			expect(own.length, attr(e, 'id')).toBeGreaterThan(0);
			for (const href of own) {
				const [path, id] = href.split('#');
				const target = page(path!);
				if (id) expect(where(target, (n) => attr(n, 'id') === id), `${attr(e, 'id')} → ${href}`).toHaveLength(1);
			}
			for (const claim of hrefs.filter((h) => h.includes('/claims/#'))) {
				const [path, id] = claim.split('#');
				expect(where(page(path!), (n) => attr(n, 'id') === id)).toHaveLength(1);
			}
		}
	});
});

test('the anchors are the same in both languages', () => {
	const ids = (prefix: string) => entries(page(`${prefix}promises/tracker/`)).map((e) => attr(e, 'id'));
	expect(ids('/')).toEqual(ids('/zh/'));
	expect(ids('/')).toContain('promise-uae-first-200mw');
	expect(new Set(ids('/')).size).toBe(27);
});

test('the CSV holds the figure rows with both languages', () => {
	const csv = readFileSync(join(DIST, 'data/promise-deadlines.csv'), 'utf8');
	expect(csv).toContain('2026-pending');
	expect(csv).toContain('尚未到期');
});

test('moved deadlines appear on the timeline in both languages', () => {
	for (const prefix of ['/', '/zh/']) {
		const ids = where(page(`${prefix}timeline/`), (e) => (attr(e, 'id') ?? '').startsWith('event-promise-moved-')).map((e) => attr(e, 'id'));
		expect(ids.sort()).toEqual(['event-promise-moved-abilene-eight-buildings-1', 'event-promise-moved-secure-10gw-us-1', 'event-promise-moved-uae-first-200mw-1']);
	}
});

test('who made a promise reads as running text in both languages: "A, B and C", "A、B和C"', () => {
	const text = (path: string) => squash(textOf(where(page(path), (e) => e.name === 'main')[0]!));
	expect(text('/promises/tracker/')).toContain('Promised by Sur Energy and OpenAI, October 11, 2025');
	expect(text('/zh/promises/tracker/')).toContain('OpenAI、软银集团、甲骨文和MGX于2025年1月21日作出');
});
