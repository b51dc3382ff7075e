/**
 * The built claims ledger, timeline, data hub and "then vs now" (dist/):
 * anchors unique and identical in both languages, counts that match the
 * entries, every download a real file, the complete list without JavaScript.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Node } from 'ultrahtml';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { ARTICLE_SLUGS } from '../../src/schemas/article.ts';
import { sitePageSlug } from '../../src/schemas/site-page.ts';
import { VERDICTS } from '../../src/schemas/claim.ts';
import { SEED_EVENT_ID } from '../../src/lib/ledger/verdicts.ts';
import { timelineEvents } from '../../src/lib/timeline/events.ts';
import { attr, loadPages, textOf, type BuiltPage } from '../support/html.ts';
import { CONTENT_ROOT, DIST } from '../support/project.ts';

const { content } = validateContent(readContent(CONTENT_ROOT));
const pages = loadPages(DIST);
const page = (path: string): BuiltPage => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`no built page ${path}`);
	return found;
};
const where = (p: BuiltPage, test: (e: Node) => boolean) => p.elements.filter(test);
const hasClass = (e: Node, name: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const squash = (s: string) => decode(s).replace(/\s+/g, ' ').trim();
const LANG_PREFIXES = ['/', '/zh/'] as const;

describe('claims ledger', () => {
	const entries = (prefix: string) => where(page(`${prefix}claims/`), (e) => e.name === 'li' && attr(e, 'data-filter-item') !== undefined);
	const anchors = (prefix: string) => entries(prefix).map((e) => attr(e, 'id'));

	test('every claim has one #claim-<id> entry, the same anchors in both languages', () => {
		const en = anchors('/');
		expect(en).toHaveLength(content.claims.length);
		expect(new Set(en).size).toBe(en.length);
		expect(en.sort()).toEqual(content.claims.map((c) => `claim-${c.id}`).sort());
		expect(anchors('/zh/').sort()).toEqual(en);
	});

	test.each(LANG_PREFIXES)('%sclaims/: ids on the page are unique, and each entry links to itself', (prefix) => {
		const p = page(`${prefix}claims/`);
		const ids = p.elements.map((e) => attr(e, 'id')).filter(Boolean);
		expect(ids.length - new Set(ids).size, 'duplicate ids').toBe(0);
		const hrefs = new Set(p.elements.map((e) => attr(e, 'href')));
		for (const id of anchors(prefix)) expect(hrefs, `a link to #${id}`).toContain(`#${id}`);
	});

	test.each(LANG_PREFIXES)('%sclaims/: the summary counts equal the entries per verdict', (prefix) => {
		const p = page(`${prefix}claims/`);
		for (const verdict of VERDICTS) {
			const row = where(p, (e) => attr(e, 'data-verdict-count') === verdict)[0];
			expect(row, `summary row for ${verdict}`).toBeDefined();
			const shown = Number(textOf(row!.children.find((c: Node) => c.name === 'dt')!).match(/\d+/)?.[0]);
			const listed = entries(prefix).filter((e) => attr(e, 'data-verdict') === verdict).length;
			expect(shown, verdict).toBe(listed);
			expect(listed, verdict).toBe(content.claims.filter((c) => c.verdict === verdict).length);
		}
	});

	test.each(LANG_PREFIXES)('%sclaims/: without JavaScript every entry shows, grouped by topic, and the filters are hidden', (prefix) => {
		const p = page(`${prefix}claims/`);
		expect(entries(prefix).filter((e) => attr(e, 'hidden') !== undefined)).toEqual([]);
		const groups = where(p, (e) => attr(e, 'data-filter-group') !== undefined);
		expect(groups.length).toBeGreaterThanOrEqual(5);
		expect(groups.every((g) => attr(g, 'hidden') === undefined)).toBe(true);
		const controls = where(p, (e) => attr(e, 'data-filter-controls') !== undefined);
		expect(controls).toHaveLength(1);
		expect(attr(controls[0]!, 'hidden')).toBeDefined();
	});

	test('the Chinese page leads with the seed’s quote; the English page with our translation, marked as ours, the original beneath', () => {
		const claim = content.claims.find((c) => c.id === 'musk-funding-secured') ?? content.claims[0]!;
		const heading = (prefix: string) => squash(textOf(where(page(`${prefix}claims/`), (e) => attr(e, 'id') === `claim-${claim.id}-title`)[0]!));
		expect(heading('/zh/')).toBe(claim.seedQuote);
		// The English is ours, labelled so; only the Chinese original is quoted (a <q> in Chinese).
		expect(heading('/')).toBe(`Our translation: ${claim.seedTranslation}`);
		const original = where(page('/claims/'), (e) => e.name === 'q' && attr(e, 'lang') === 'zh-Hans').map((e) => squash(textOf(e)));
		expect(original).toContain(claim.seedQuote);
	});
});

describe('timeline', () => {
	const events = (prefix: string) => where(page(`${prefix}timeline/`), (e) => e.name === 'li' && (attr(e, 'id') ?? '').startsWith('event-'));

	test('every event has one #event-<id> entry, the same anchors in both languages', () => {
		const en = events('/').map((e) => attr(e, 'id'));
		expect(en).toHaveLength(timelineEvents(content).length);
		expect(en.length).toBeGreaterThanOrEqual(40);
		expect(new Set(en).size).toBe(en.length);
		expect(events('/zh/').map((e) => attr(e, 'id'))).toEqual(en);
	});

	test.each(LANG_PREFIXES)('%stimeline/: ids unique, events newest first, each linking to itself', (prefix) => {
		const p = page(`${prefix}timeline/`);
		const ids = p.elements.map((e) => attr(e, 'id')).filter(Boolean);
		expect(ids.length - new Set(ids).size, 'duplicate ids').toBe(0);
		// Each event's own date (the header's print line carries a date too), newest first.
		const timeIn = (node: Node): string[] => [...(node.name === 'time' && attr(node, 'datetime') ? [attr(node, 'datetime')!] : []), ...(node.children ?? []).flatMap(timeIn)];
		const dates = events(prefix).flatMap(timeIn);
		expect(dates).toHaveLength(timelineEvents(content).length);
		expect(dates).toEqual([...dates].sort().reverse());
		const hrefs = new Set(p.elements.map((e) => attr(e, 'href')));
		for (const event of events(prefix)) expect(hrefs).toContain(`#${attr(event, 'id')}`);
		expect(events(prefix).filter((e) => attr(e, 'hidden') !== undefined)).toEqual([]);
	});

	test.each([
		['/', 'The article was written here'],
		['/zh/', '公众号文章写于此时'],
	])('%stimeline/: the seed’s publication is a reference line that filters keep, counted as an event of its topic', (prefix, label) => {
		const seed = events(prefix).find((e) => attr(e, 'id') === `event-${SEED_EVENT_ID}`)!;
		expect(hasClass(seed, 'event-seed')).toBe(true);
		expect(attr(seed, 'data-filter-keep')).toBeDefined();
		expect(attr(seed, 'data-filter-item')).toBeDefined();
		expect(squash(textOf(seed))).toContain(label);
		expect(page(`${prefix}timeline/`).html).toContain('datetime="2025-01-26"');
	});

	test.each([
		['/', (n: number) => `All ${n} events shown`, (n: number) => `${n} records`],
		['/zh/', (n: number) => `已显示全部${n}个事件`, (n: number) => `${n}条记录`],
	])('%stimeline/: the count it states is the events it shows, the count the data hub states and the download holds', (prefix, stated, hubStated) => {
		const shown = events(prefix).length;
		const status = where(page(`${prefix}timeline/`), (e) => attr(e, 'data-filter-status') !== undefined)[0]!;
		expect(squash(textOf(status))).toBe(stated(shown));
		const hubEntry = where(page(`${prefix}data/`), (e) => attr(e, 'id') === 'list-timeline')[0]!;
		expect(squash(textOf(hubEntry))).toContain(hubStated(shown));
		const download = JSON.parse(readFileSync(join(DIST, 'data/timeline.json'), 'utf8')) as { records: unknown[] };
		expect(download.records).toHaveLength(shown);
	});
});

describe('data hub', () => {
	test.each(LANG_PREFIXES)('%sdata/: every dataset and list (claims, timeline, sources, sites) offers CSV and JSON, and every download is a file in dist', (prefix) => {
		const p = page(`${prefix}data/`);
		const downloads = where(p, (e) => e.name === 'a' && attr(e, 'data-download') !== undefined).map((e) => attr(e, 'href')!);
		const lists = ['claims', 'timeline', 'sources', 'sites'].flatMap((id) => [`/data/${id}.csv`, `/data/${id}.json`]);
		const expected = [...content.datasets.flatMap((d) => [`/data/${d.id}.csv`, `/data/${d.id}.json`]), ...lists];
		expect(downloads.sort()).toEqual(expected.sort());
		for (const href of downloads) {
			const file = join(DIST, href);
			expect(existsSync(file), `${href} exists in dist`).toBe(true);
			expect(statSync(file).size, `${href} is not empty`).toBeGreaterThan(50);
		}
	});

	test.each([
		['/', 'CC BY 4.0', 'Cite this page'],
		['/zh/', 'CC BY 4.0', '引用本页'],
	])('%sdata/: a citation with the last update and a licence statement', (prefix, licence, cite) => {
		const text = squash(textOf(where(page(`${prefix}data/`), (e) => e.name === 'main')[0]!));
		expect(text).toContain(cite);
		expect(text).toContain(licence);
		const updated = [...content.articles.map((a) => a.data.updated)].sort().at(-1)!;
		expect(page(`${prefix}data/`).html).toContain(`<time datetime="${updated}"`);
	});

	test('each dataset names the article sections that chart it', () => {
		const p = page('/data/');
		const hrefsIn = (n: Node): string[] => [...(attr(n, 'href') ? [attr(n, 'href')!] : []), ...(n.children ?? []).flatMap(hrefsIn)];
		for (const dataset of content.datasets) {
			const placedIn = content.articles.filter((a) => a.lang === 'en' && a.body.includes(`<Figure id="${dataset.id}"`)).map((a) => a.slug);
			const entry = where(p, (e) => attr(e, 'id') === `dataset-${dataset.id}`)[0]!;
			const articleLinks = hrefsIn(entry).filter((h) => (ARTICLE_SLUGS as readonly string[]).includes(h.split('/')[1] ?? ''));
			for (const href of articleLinks) expect(href, 'a link to a section').toMatch(/^\/[a-z]+\/#[a-z0-9-]+$/);
			expect(articleLinks.map((h) => h.split('/')[1]).sort(), dataset.id).toEqual([...new Set(placedIn)].sort());
		}
	});
});

describe('then vs now and inline verdicts', () => {
	const rows = content.thenNow?.rows.length ?? 0;
	const tnRows = (path: string) => where(page(path), (e) => attr(e, 'data-then-now') !== undefined);

	test.each(LANG_PREFIXES)('%s: the home page shows every row; an article only the rows it explains', (prefix) => {
		expect(rows).toBeGreaterThanOrEqual(3);
		expect(tnRows(prefix)).toHaveLength(rows);
		for (const slug of ARTICLE_SLUGS) {
			const own = (content.thenNow?.rows ?? []).filter((r) => r.article.startsWith(`/${slug}/`)).map((r) => r.id);
			expect(tnRows(`${prefix}${slug}/`).map((e) => attr(e, 'data-then-now')), slug).toEqual(own);
		}
	});

	test.each(LANG_PREFIXES)('%s: inline verdict markers link to a ledger entry in the same language', (prefix) => {
		const linked = new Set<string>();
		// The articles and each site's own page (`sites/<id>`), where the site sections' verdicts now sit.
		for (const slug of [...ARTICLE_SLUGS, ...content.sites.map((s) => sitePageSlug(s.id))]) {
			for (const badge of where(page(`${prefix}${slug}/`), (e) => e.name === 'a' && attr(e, 'data-verdict-badge') !== undefined)) {
				const href = attr(badge, 'href')!;
				expect(href).toMatch(new RegExp(`^${prefix}claims/#claim-[a-z0-9-]+$`));
				const id = href.split('#claim-')[1]!;
				expect(content.claims.find((c) => c.id === id)?.verdict, href).toBe(attr(badge, 'data-verdict-badge'));
				linked.add(id);
			}
		}
		expect([...linked].sort()).toEqual(content.claims.map((c) => c.id).sort());
	});
});
