/**
 * Sharing and discovery in the built site (DIST_DIR, default dist/), read as
 * files (no browser): every page's language alternates, canonical URL and
 * share card (its PNG header says 1200×630); the sitemap, feeds, robots.txt
 * and the search index. The `_headers` file is pinned in headers.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/content-model/index.ts';
import { attr, byTag, loadPages, type BuiltPage } from '../support/html.ts';
import { DIST } from '../support/project.ts';
import { childNamed, childrenNamed, parseXml } from '../support/xml.ts';

const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
/** Not shared and not in the sitemap: the 404 pages, and the figure embeds (made to be framed, marked noindex). */
const unlisted = (path: string) => ['/404.html', '/zh/404.html', '/zh/404/'].includes(path) || /^\/(zh\/)?embed\//.test(path);
const all = loadPages(DIST);
const pages = all.filter((p) => !unlisted(p.path));
const byPath = new Map(pages.map((p) => [p.path, p]));

const links = (page: BuiltPage, rel: string) => byTag(page, 'link').filter((l) => attr(l, 'rel') === rel);
const meta = (page: BuiltPage, key: string) => attr(byTag(page, 'meta').find((m) => attr(m, 'property') === key || attr(m, 'name') === key) ?? { attributes: {} } as never, 'content');
const hreflangs = (page: BuiltPage) => Object.fromEntries(links(page, 'alternate').filter((l) => attr(l, 'hreflang')).map((l) => [attr(l, 'hreflang')!, attr(l, 'href')!]));
const canonical = (page: BuiltPage) => attr(links(page, 'canonical')[0]!, 'href')!;
/** `https://site/stargate/zh/energy/` → the built page `/zh/energy/`, or a file under dist/. */
const sitePath = (url: string) => `/${new URL(url).pathname.slice(BASE.length)}`;

function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('embeds are kept out of search and the sitemap: noindex, and no canonical URL of their own', () => {
	const embeds = all.filter((p) => /^\/(zh\/)?embed\//.test(p.path));
	expect(embeds.length).toBeGreaterThan(0);
	for (const page of embeds) {
		expect(meta(page, 'robots'), page.path).toBe('noindex');
		// None, or the figure page it shows.
		for (const link of links(page, 'canonical')) expect(sitePath(attr(link, 'href')!), page.path).toBe(page.path.replace('/embed/', '/figures/'));
	}
});

test('the site has pages in both languages to check', () => {
	expect(pages.filter((p) => p.path.startsWith('/zh/')).length).toBeGreaterThanOrEqual(11);
	expect(pages.filter((p) => !p.path.startsWith('/zh/')).length).toBeGreaterThanOrEqual(11);
});

describe.each(pages.map((p) => p.path))('%s', (path) => {
	const page = byPath.get(path)!;

	test('canonical URL is absolute, is the og:url, and is this page', () => {
		const url = canonical(page);
		expect(url).toMatch(/^https:\/\/[^/]+\//);
		expect(sitePath(url)).toBe(path);
		expect(meta(page, 'og:url')).toBe(url);
	});

	test('hreflang alternates: en, zh-Hans and x-default (English), symmetric with the twin page', () => {
		const own = hreflangs(page);
		expect(Object.keys(own).sort()).toEqual(['en', 'x-default', 'zh-Hans']);
		expect(own[attr(byTag(page, 'html')[0]!, 'lang')!]).toBe(canonical(page));
		expect(own['x-default']).toBe(own.en);
		for (const lang of ['en', 'zh-Hans']) {
			const twin = byPath.get(sitePath(own[lang]!));
			expect(twin, `${lang} twin of ${path}`).toBeDefined();
			expect(hreflangs(twin!)).toEqual(own);
		}
	});

	test('has its own 1200×630 share card in its language, declared for Open Graph (which X also reads)', () => {
		const image = meta(page, 'og:image')!;
		const lang = attr(byTag(page, 'html')[0]!, 'lang') === 'zh-Hans' ? 'zh' : 'en';
		const name = path.replace(/^\/(zh\/)?/, '').replace(/\/$/, '') || 'index';
		expect(image).toBe(new URL(`og/${lang}/${name}.png`, new URL(BASE, canonical(page))).href);
		expect(meta(page, 'twitter:card')).toBe('summary_large_image');
		expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual(['1200', '630']);
		expect(meta(page, 'og:title')?.length).toBeGreaterThan(1);
		const file = join(DIST, sitePath(image));
		expect(existsSync(file), file).toBe(true);
		expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
	});

	test('links the Atom feed of its language', () => {
		const feed = links(page, 'alternate').find((l) => attr(l, 'type') === 'application/atom+xml');
		expect(attr(feed!, 'href')).toBe(`${BASE}${path.startsWith('/zh/') ? 'zh/' : ''}feed.xml`);
	});
});

test('no two pages share a card', () => {
	const images = pages.map((p) => meta(p, 'og:image'));
	expect(new Set(images).size).toBe(pages.length);
});

describe('XML', () => {
	test('the sitemap index lists its sitemaps, which list every page once, with the alternates the page declares', () => {
		const index = parseXml(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'));
		expect(index.name).toBe('sitemapindex');
		expect(index.namespace).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
		const files = childrenNamed(index, 'sitemap').map((s) => sitePath(childNamed(s, 'loc')!.text));
		expect(files.length).toBeGreaterThan(0);
		const urls = files.flatMap((file) => {
			const urlset = parseXml(readFileSync(join(DIST, file), 'utf8'));
			expect(urlset.name).toBe('urlset');
			expect(urlset.namespace).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
			return childrenNamed(urlset, 'url');
		});
		expect(urls.map((u) => childNamed(u, 'loc')!.text).sort()).toEqual(pages.map(canonical).sort());
		for (const url of urls) {
			const page = byPath.get(sitePath(childNamed(url, 'loc')!.text))!;
			const alternates = childrenNamed(url, 'link');
			for (const link of alternates) expect(link.namespace).toBe('http://www.w3.org/1999/xhtml');
			expect(Object.fromEntries(alternates.map((l) => [l.attributes.hreflang, l.attributes.href]))).toEqual(hreflangs(page));
			// The page's date (YYYY-MM-DD); the sitemap writes it as a W3C date-time at midnight UTC.
			const modified = meta(page, 'article:modified_time');
			expect(childNamed(url, 'lastmod')?.text.slice(0, 10)).toBe(modified);
			if (modified) expect(childNamed(url, 'lastmod')?.text).toBe(`${modified}T00:00:00.000Z`);
		}
	});

	test.each([
		['en', 'feed.xml'],
		['zh', 'zh/feed.xml'],
	] as const)('the %s Atom feed is valid XML with every changelog entry, in its language, linking to built pages', (lang, file) => {
		const feed = parseXml(readFileSync(join(DIST, file), 'utf8'));
		expect(feed.name).toBe('feed');
		expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
		expect(feed.attributes['xml:lang']).toBe(lang === 'zh' ? 'zh-Hans' : 'en');
		for (const name of ['id', 'title', 'updated', 'author']) expect(childNamed(feed, name), name).toBeDefined();
		const self = childrenNamed(feed, 'link').find((l) => l.attributes.rel === 'self')!;
		expect(sitePath(self.attributes.href!)).toBe(`/${file}`);
		const changelog = loadContent().changelog;
		const entries = childrenNamed(feed, 'entry');
		expect(entries.map((e) => childNamed(e, 'title')!.text).sort()).toEqual(changelog.map((c) => c.title[lang]).sort());
		const dates = entries.map((e) => childNamed(e, 'updated')!.text);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(new Set(entries.map((e) => childNamed(e, 'id')!.text)).size).toBe(entries.length);
		for (const entry of entries) {
			expect(childNamed(entry, 'summary')!.text.length).toBeGreaterThan(20);
			expect(byPath.has(sitePath(childNamed(entry, 'link')!.attributes.href!))).toBe(true);
		}
	});
});

test('robots.txt allows crawling and points to the absolute sitemap URL', () => {
	const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
	expect(robots).toContain('User-agent: *');
	expect(robots).toMatch(new RegExp(`^Sitemap: https://[^/]+${BASE}sitemap-index\\.xml$`, 'm'));
});

test('the search index has one language per site language, each with all its pages but the figure pages', () => {
	const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-hans']);
	// A figure's own page is left out: the article around the figure is the better result.
	const searched = pages.filter((p) => !/^\/(zh\/)?figures\//.test(p.path));
	expect(entry.languages.en!.page_count).toBe(searched.filter((p) => !p.path.startsWith('/zh/')).length);
	expect(entry.languages['zh-hans']!.page_count).toBe(searched.filter((p) => p.path.startsWith('/zh/')).length);
});
