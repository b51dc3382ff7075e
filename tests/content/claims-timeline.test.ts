/**
 * The claims ledger, the timeline and "then vs now" in content/: complete,
 * sourced, in both languages, and tied to the article sections they name.
 */
import { describe, expect, test } from 'vitest';
import { pointedSectionTitle } from '../../src/lib/sites/anchors.ts';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { VERDICTS } from '../../src/schemas/claim.ts';
import { TIMELINE_TOPICS, type TimelineEvent } from '../../src/schemas/timeline.ts';
import { LANGS } from '../../src/schemas/common.ts';
import { scanComponentRefs, scanHeadings } from '../../src/lib/article/mdx-scan.ts';
import { SEED_EVENT_ID, sortEvents } from '../../src/lib/ledger/verdicts.ts';
import { showSide } from '../../src/lib/ledger/then-now.ts';
import { CONTENT_ROOT } from '../support/project.ts';

const { content } = validateContent(readContent(CONTENT_ROOT));
const { claims, timeline, sources } = content;
const sourceIds = new Set(sources.map((s) => s.id));
const article = (lang: string, slug: string) => content.articles.find((a) => a.lang === lang && a.slug === slug);
const han = /\p{Script=Han}/u;

describe('claims ledger', () => {
	test('has at least 20 claims with unique ASCII ids', () => {
		expect(claims.length).toBeGreaterThanOrEqual(20);
		expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
		for (const claim of claims) expect(claim.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	test.each(claims.map((c) => [c.id, c] as const))('%s: verdict from the fixed set, sourced, in both languages, tied to an existing section', (_, claim) => {
		expect(VERDICTS).toContain(claim.verdict);
		expect(claim.sources.length).toBeGreaterThanOrEqual(1);
		for (const id of claim.sources) expect(sourceIds, `unknown source ${id}`).toContain(id);
		expect(claim.seedQuote, 'the seed quote is the Chinese original').toMatch(han);
		expect(claim.seedTranslation, 'the translation is English').not.toMatch(han);
		for (const lang of LANGS) {
			expect(claim.claimant[lang].length).toBeGreaterThan(1);
			expect(claim.explanation[lang].length).toBeGreaterThan(lang === 'en' ? 80 : 40);
			// A heading of the article, or on the sites overview a site's entry (the row that links on to its page).
			const found = article(lang, claim.article);
			expect(found && pointedSectionTitle(found, claim.section, content.sites, lang), `${lang}/${claim.article} has section ${claim.section}`).toBeTruthy();
		}
		expect(claim.explanation.zh).toMatch(han);
	});

	// The examples issue 5 names, found by the seed's own words.
	const bySeed = (fragment: string) => claims.filter((c) => c.seedQuote.includes(fragment));
	test.each([
		['10亿美元', 'misstated'],
		['直接创造超过100,000个工作岗位', 'misstated'],
		['10个数据中心', 'misstated'],
		['30%至50%', 'unsupported'],
		['20%至30%', 'unsupported'],
		['15%至30%', 'unsupported'],
		['10%至20%', 'unsupported'],
		['190亿美元', null],
		['30%至40%', null],
	] as const)('the seed’s “%s” is in the ledger (verdict %s)', (fragment, verdict) => {
		const found = bySeed(fragment);
		expect(found.length, `a claim quoting “${fragment}”`).toBeGreaterThanOrEqual(1);
		if (verdict) expect(found.map((c) => c.verdict)).toContain(verdict);
	});

	// A claim's marker sits where the article discusses it, usually the section the ledger links to.
	test('every claim is marked with <Verdict> in its own article, in the same sections in both languages', () => {
		const markers = (lang: string) =>
			content.articles
				.filter((a) => a.lang === lang)
				.flatMap((a) => {
					const headings = scanHeadings(a.body);
					// A site's own page carries on its overview entry (`sites#site-<id>`), which the ledger links to and which links on to it.
					const at = (line: number) => (a.site ? `sites#site-${a.site}` : `${a.slug}#${headings.filter((h) => h.line < line).at(-1)?.id}`);
					return scanComponentRefs(a.body, ['Verdict']).map((ref) => `${at(ref.line)}:${ref.id}`);
				})
				.sort();
		const en = markers('en');
		expect(markers('zh')).toEqual(en);
		const missing = claims.filter((c) => !en.some((m) => m.startsWith(`${c.article}#`) && m.endsWith(`:${c.id}`))).map((c) => `${c.id} (${c.article})`);
		expect(missing).toEqual([]);
	});
});

describe('timeline', () => {
	test('has at least 40 events with unique ids, from 2024 on', () => {
		expect(timeline.length).toBeGreaterThanOrEqual(40);
		expect(new Set(timeline.map((e) => e.id)).size).toBe(timeline.length);
		expect(timeline[0]?.date.slice(0, 4)).toBe('2024');
	});

	// Several authors keep their own file in content/timeline/; each file reads oldest first.
	test.each(readContent(CONTENT_ROOT).timeline.map((f) => [f.file, f.data] as const))('%s is kept in date order', (_, data) => {
		const events = data as TimelineEvent[];
		expect(events.map((e) => `${e.date} ${e.id}`)).toEqual(sortEvents(events).map((e) => `${e.date} ${e.id}`));
	});

	test.each(timeline.map((e) => [e.id, e] as const))('%s: dated, sourced, topic-tagged, in both languages', (_, event) => {
		expect(event.date).toMatch(/^(2024|2025|2026)-\d{2}(-\d{2})?$/);
		expect(TIMELINE_TOPICS).toContain(event.topic);
		expect(event.sources.length).toBeGreaterThanOrEqual(1);
		for (const id of event.sources) expect(sourceIds, `unknown source ${id}`).toContain(id);
		expect(event.text.zh).toMatch(han);
		expect(event.text.en.length).toBeGreaterThan(30);
	});

	test('marks the seed’s publication on the day the seed’s source record gives', () => {
		const seed = timeline.find((e) => e.id === SEED_EVENT_ID);
		expect(seed?.date).toBe('2025-01-26');
		const published = seed?.sources.map((id) => sources.find((s) => s.id === id)?.published);
		expect(published).toContain('2025-01-26');
	});
});

describe('then vs now', () => {
	const rows = content.thenNow?.rows ?? [];

	test('compares money, capacity, sites and jobs', () => {
		expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['money', 'capacity', 'sites', 'jobs']));
	});

	test.each(rows.map((r) => [r.id, r] as const))('%s: both sides show a figure with its date and sources, in both languages', (_, row) => {
		for (const lang of LANGS) {
			for (const side of [row.then, row.now]) {
				const shown = showSide(side, content, lang);
				expect(shown.figures.length).toBeGreaterThanOrEqual(1);
				expect(shown.stated).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
				expect(shown.sources.length).toBeGreaterThanOrEqual(1);
			}
		}
		expect(showSide(row.then, content, 'en').stated <= showSide(row.now, content, 'en').stated, 'then is not later than now').toBe(true);
	});
});
