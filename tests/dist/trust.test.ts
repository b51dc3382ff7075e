/**
 * Trust features in the built site (dist/), both languages: merged citation
 * markers whose numbers open exactly their sources, back-links that resolve to
 * citing spots, feed entries that link to entries on the updates page, value
 * changes shown old → new, correction links that name page, part and language,
 * and freshness dates equal to the ones computed from content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Node } from 'ultrahtml';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { ARTICLE_SLUGS } from '../../src/schemas/article.ts';
import { articleFreshness, siteFreshness } from '../../src/lib/freshness/site.ts';
import { showChange } from '../../src/lib/updates/changes.ts';
import { attr, idsOf, loadPages, textOf, type BuiltPage } from '../support/html.ts';
import { CONTENT_ROOT, DIST } from '../support/project.ts';

const { content } = validateContent(readContent(CONTENT_ROOT));
const pages = loadPages(DIST);
const page = (path: string): BuiltPage => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`no built page ${path}`);
	return found;
};
const hasClass = (e: Node, name: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);
const within = (root: Node, test: (e: Node) => boolean): Node[] => {
	const out: Node[] = [];
	const walk = (n: Node) => {
		for (const child of n.children ?? []) {
			if (child.type !== 1) continue;
			if (test(child)) out.push(child);
			walk(child);
		}
	};
	walk(root);
	return out;
};
const squash = (s: string) => s.replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const LANGS = [
	['en', '/'],
	['zh', '/zh/'],
] as const;
const articlePages = LANGS.flatMap(([lang, prefix]) => ARTICLE_SLUGS.map((slug) => ({ lang, slug, path: `${prefix}${slug}/` })));

describe.each(articlePages)('$path', ({ lang, slug, path }) => {
	const p = page(path);
	// Each marker is its citing spot (back-links land on its id): a button "[3]", or a bracket "[3, 4]" holding one button per number.
	const spots = p.elements.filter((e) => hasClass(e, 'cite-marker'));
	const buttonsOf = (spot: Node) => (spot.name === 'button' ? [spot] : within(spot, (e) => e.name === 'button'));
	const referenceIds = p.elements.filter((e) => e.name === 'li' && attr(e, 'id')?.startsWith('ref-')).map((e) => attr(e, 'id')!);

	test('each number of a marker opens exactly that reference in the list, numbers ascending', () => {
		expect(spots.length).toBeGreaterThan(0);
		for (const spot of spots) {
			const numbers = buttonsOf(spot).map((button) => {
				const entry = p.elements.find((e) => attr(e, 'id') === attr(button, 'popovertarget') && attr(e, 'popover') !== undefined);
				expect(entry, `${attr(spot, 'id')} opens no popover`).toBeDefined();
				// The number the reader sees is the entry's position in the list.
				expect(textOf(button).replace(/[^\d]/g, '')).toBe(String(referenceIds.indexOf(attr(entry!, 'id')!) + 1));
				return referenceIds.indexOf(attr(entry!, 'id')!) + 1;
			});
			expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
		}
	});

	test('markers written next to each other are merged', () => {
		const adjacent = /(<\/button>|\]<\/span>)\s*<(button type="button"|span) class="cite-marker"/.exec(p.html);
		expect(adjacent?.[0]).toBeUndefined();
		expect(p.html).not.toContain('<cite-ref');
	});

	test('every back-link resolves to a citing spot that cites that reference', () => {
		const ids = idsOf(p);
		const items = p.elements.filter((e) => e.name === 'li' && attr(e, 'id')?.startsWith('ref-'));
		expect(items.length).toBe(referenceIds.length);
		for (const item of items) {
			const back = within(item, (e) => e.name === 'a' && (attr(e, 'href') ?? '').startsWith('#cite-'));
			expect(back.length, `${attr(item, 'id')} has no back-link`).toBeGreaterThan(0);
			for (const link of back) {
				const target = attr(link, 'href')!.slice(1);
				expect(ids.has(target)).toBe(true);
				const spot = spots.find((s) => attr(s, 'id') === target)!;
				expect(buttonsOf(spot).map((b) => attr(b, 'popovertarget'))).toContain(attr(item, 'id'));
			}
		}
	});

	test('every section has a correction link naming page, section and language', () => {
		// Article sections (figure title bars reuse the class but have no h2/h3).
		const wraps = p.elements.filter((e) => e.name === 'div' && hasClass(e, 'heading-wrap') && within(e, (c) => c.name === 'h2' || c.name === 'h3').length > 0);
		expect(wraps.length).toBeGreaterThan(0);
		for (const wrap of wraps) {
			const heading = within(wrap, (e) => e.name === 'h2' || e.name === 'h3')[0]!;
			const link = within(wrap, (e) => hasClass(e, 'correction-link'))[0];
			expect(link, `section #${attr(heading, 'id')} has no correction link`).toBeDefined();
			const href = squash(attr(link!, 'href')!);
			const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)?.[1] ?? href);
			expect(body).toContain(`${path}#${attr(heading, 'id')}`);
			expect(body).toContain(lang === 'en' ? 'English (en)' : '简体中文 (zh-Hans)');
		}
		const figures = p.elements.filter((e) => e.name === 'figure' && attr(e, 'id')?.startsWith('fig-'));
		for (const figure of figures) {
			const link = within(figure, (e) => hasClass(e, 'correction-link'))[0];
			expect(link, `figure #${attr(figure, 'id')} has no correction link`).toBeDefined();
			expect(decodeURIComponent(squash(attr(link!, 'href')!))).toContain(`${path}#${attr(figure, 'id')}`);
		}
	});

	test('the freshness line shows the computed dates', () => {
		const article = content.articles.find((a) => a.lang === lang && a.slug === slug)!;
		const expected = articleFreshness(content, article);
		const lastChanged = p.elements.find((e) => attr(e, 'data-last-changed') !== undefined);
		const newest = p.elements.find((e) => attr(e, 'data-newest-reporting') !== undefined);
		expect(attr(lastChanged!, 'datetime')).toBe(expected.lastChanged);
		expect(attr(newest!, 'datetime')).toBe(expected.newest);
	});
});

describe.each(LANGS)('%s site-wide', (lang, prefix) => {
	const updates = page(`${prefix}updates/`);

	test('home page and footer show the computed site-wide dates', () => {
		const expected = siteFreshness(content);
		const home = page(prefix);
		expect(attr(home.elements.find((e) => attr(e, 'data-last-changed') !== undefined)!, 'datetime')).toBe(expected.lastChanged);
		expect(attr(home.elements.find((e) => attr(e, 'data-newest-reporting') !== undefined)!, 'datetime')).toBe(expected.newest);
		// The footer's "newest reporting used" is the same computed date, on every page.
		const footer = home.elements.find((e) => e.name === 'footer')!;
		expect(squash(textOf(footer))).toContain(
			lang === 'en' ? `Newest reporting used: ${textOf(home.elements.find((e) => attr(e, 'data-newest-reporting') !== undefined)!).trim()}` : '所用最新报道：',
		);
	});

	test('every feed entry links to an entry on the updates page', () => {
		const feed = readFileSync(join(DIST, prefix.slice(1), 'feed.xml'), 'utf8');
		const links = [...feed.matchAll(/<entry>.*?<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')));
		expect(links.length).toBe(content.changelog.length);
		const ids = idsOf(updates);
		for (const link of links) {
			expect(link.pathname).toBe(`${prefix}updates/`);
			expect(ids.has(link.hash.slice(1)), `${link.hash} is not on ${prefix}updates/`).toBe(true);
		}
	});

	test('each value change shows its old and new value', () => {
		for (const entry of content.changelog.filter((e) => e.changes?.length)) {
			const block = updates.elements.find((e) => attr(e, 'id') === `update-${entry.id}`)!;
			const rows = within(block, (e) => e.name === 'li' && attr(e, 'data-dataset') !== undefined).map((e) => squash(textOf(e)));
			entry.changes!.forEach((change, i) => {
				const shown = showChange(change, content.datasets, lang);
				if (shown.from) expect(rows[i]).toContain(shown.from);
				if (shown.to) expect(rows[i]).toContain(shown.to);
			});
		}
	});

	test('a site page says when it last changed and links to that update, which links back to it', () => {
		// Pinned by hand from content/changelog/sites.yaml: the newest entry naming the Abilene site page.
		const site = page(`${prefix}sites/abilene/`);
		const freshness = site.elements.find((e) => attr(e, 'data-freshness') !== undefined)!;
		expect(attr(within(freshness, (e) => attr(e, 'data-last-changed') !== undefined)[0]!, 'datetime')).toBe('2026-11-29');
		expect(within(freshness, (e) => e.name === 'a').map((a) => attr(a, 'href'))).toEqual([`${prefix}updates/#update-sites-current-to-july-2026`]);
		// The update that gave each site its page lists all fifteen, Abilene's among them.
		const block = updates.elements.find((e) => attr(e, 'id') === 'update-site-pages-2026-11')!;
		const links = within(block, (e) => e.name === 'a').map((a) => attr(a, 'href') ?? '');
		expect(links.filter((href) => /\/sites\/[a-z-]+\/$/.test(href))).toHaveLength(15);
		expect(links).toContain(`${prefix}sites/abilene/`);
	});

	test('footer, about page and home page link to the updates page', () => {
		for (const path of [prefix, `${prefix}about/`, `${prefix}energy/`]) {
			expect(page(path).elements.some((e) => e.name === 'a' && attr(e, 'href')?.startsWith(`${prefix}updates/`)), path).toBe(true);
		}
	});
});
