import { expect, test } from 'vitest';
import { sitemapItem } from '../../src/lib/feeds/sitemap.ts';
import type { PageHead } from '../../src/lib/page/head.ts';

const head = (canonical: string | undefined, extra: Partial<PageHead> = {}): PageHead => ({
	lang: 'en',
	canonical,
	alternates: [
		{ hreflang: 'en', href: 'https://x.example/energy/' },
		{ hreflang: 'zh-Hans', href: 'https://x.example/zh/energy/' },
		{ hreflang: 'x-default', href: 'https://x.example/energy/' },
	],
	meta: {},
	...extra,
});

test("an entry carries the page's own alternates, x-default included, and its checked date", () => {
	const entry = sitemapItem({ url: 'https://x.example/energy/' }, head('https://x.example/energy/', { meta: { 'article:modified_time': '2026-11-28' } }));
	expect(entry).toEqual({
		url: 'https://x.example/energy/',
		lastmod: '2026-11-28',
		links: [
			{ lang: 'en', url: 'https://x.example/energy/' },
			{ lang: 'zh-Hans', url: 'https://x.example/zh/energy/' },
			{ lang: 'x-default', url: 'https://x.example/energy/' },
		],
	});
});

test('a page is listed only at its own canonical address: no 404, no embed of a figure page', () => {
	expect(sitemapItem({ url: 'https://x.example/404.html' }, head(undefined))).toBeUndefined();
	expect(sitemapItem({ url: 'https://x.example/embed/a/' }, head('https://x.example/figures/a/'))).toBeUndefined();
	expect(sitemapItem({ url: 'https://x.example/gone/' }, undefined)).toBeUndefined();
});
