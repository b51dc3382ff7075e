import { expect, test } from 'vitest';
import { aliasesOf } from '../../src/lib/article/aliases.ts';
import { atomFeed, sortEntries } from '../../src/lib/feeds/atom.ts';
import { readPageHead } from '../../src/lib/page/head.ts';

const head = `<!DOCTYPE html><html lang="zh-Hans" dir="ltr"><head><title>x</title>
<link rel="canonical" href="https://example.org/stargate/zh/energy/">
<link rel="alternate" hreflang="en" href="https://example.org/stargate/energy/">
<link rel="alternate" hreflang="zh-Hans" href="https://example.org/stargate/zh/energy/">
<link rel="alternate" hreflang="x-default" href="https://example.org/stargate/energy/">
<meta property="og:title" content="星际之门要用多少电，电从哪里来">
<meta property="og:description" content="OpenAI&#39;s &quot;pledge&quot; &amp; more">
<meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/atom+xml" href="/stargate/zh/feed.xml">
</head><body><meta property="og:title" content="not in the head"></body></html>`;

test('a page head gives its language, canonical, hreflang alternates and share tags', () => {
	const parsed = readPageHead(head);
	expect(parsed.lang).toBe('zh-Hans');
	expect(parsed.canonical).toBe('https://example.org/stargate/zh/energy/');
	expect(parsed.alternates.map((a) => a.hreflang)).toEqual(['en', 'zh-Hans', 'x-default']);
	expect(parsed.meta['og:title']).toBe('星际之门要用多少电，电从哪里来');
	expect(parsed.meta['og:description']).toBe('OpenAI\'s "pledge" & more');
	expect(parsed.meta['twitter:card']).toBe('summary_large_image');
});

test('feed entries: newest first, same-day entries in file order', () => {
	const entry = (id: string, date: string) => ({ id, date, title: id, summary: id, url: `https://example.org/#${id}` });
	expect(sortEntries([entry('a', '2026-11-28'), entry('b', '2026-12-01'), entry('c', '2026-11-28')]).map((e) => e.id)).toEqual(['b', 'a', 'c']);
});

test('an Atom feed carries the required elements, escaped', () => {
	const xml = atomFeed({
		selfUrl: 'https://example.org/zh/feed.xml',
		homeUrl: 'https://example.org/zh/',
		lang: 'zh-Hans',
		title: '网站更新',
		subtitle: 'A & B',
		author: '星际之门',
		rights: 'CC BY 4.0',
		entries: [{ id: 'https://example.org/zh/#update-x', date: '2026-11-28', title: '<新>', summary: 's', url: 'https://example.org/zh/energy/' }],
	});
	expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="zh-Hans">/);
	expect(xml).toContain('<id>https://example.org/zh/feed.xml</id>');
	expect(xml).toContain('<updated>2026-11-28T00:00:00Z</updated>');
	expect(xml).toContain('<subtitle>A &amp; B</subtitle>');
	expect(xml).toContain('<title>&lt;新&gt;</title>');
	expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/zh/energy/"/>');
});

test('aliases: the retired ids that point at a section', () => {
	expect(aliasesOf({ 'water-use': 'cooling', 'old-cooling': 'cooling', scale: 'size' }, 'cooling')).toEqual(['old-cooling', 'water-use']);
	expect(aliasesOf(undefined, 'cooling')).toEqual([]);
});
