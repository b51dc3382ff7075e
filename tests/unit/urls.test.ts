import { expect, test } from 'vitest';
import { articlePath, isExternal, localizedPath, splitLangPath, stripBase, withBase } from '../../src/lib/urls.ts';
import { alternates, otherLang, pageTitle } from '../../src/lib/page/meta.ts';
import { nestHeadings } from '../../src/lib/article/toc.ts';

test('paths work at a domain root and under a sub-path', () => {
	expect(withBase('/energy/', '/')).toBe('/energy/');
	expect(withBase('/energy/', '/stargate/')).toBe('/stargate/energy/');
	expect(withBase('energy/', '/stargate')).toBe('/stargate/energy/');
	expect(stripBase('/stargate/zh/energy/', '/stargate/')).toBe('/zh/energy/');
	expect(stripBase('/energy/', '/')).toBe('/energy/');
});

test('English lives at /, Chinese at /zh/', () => {
	expect(localizedPath('en', 'energy/')).toBe('/energy/');
	expect(localizedPath('zh', 'energy/')).toBe('/zh/energy/');
	expect(localizedPath('zh', '')).toBe('/zh/');
	expect(articlePath('zh', 'jobs')).toBe('/zh/jobs/');
	expect(splitLangPath('/zh/energy/')).toEqual({ lang: 'zh', rest: 'energy/' });
	expect(splitLangPath('/zh/')).toEqual({ lang: 'zh', rest: '' });
	expect(splitLangPath('/zhongguo/')).toEqual({ lang: 'en', rest: 'zhongguo/' });
	expect(otherLang('en')).toBe('zh');
});

test('alternates give absolute URLs in both languages, base included', () => {
	expect(alternates('energy/', new URL('https://example.org'), '/stargate/')).toEqual([
		{ lang: 'en', href: 'https://example.org/stargate/energy/' },
		{ lang: 'zh', href: 'https://example.org/stargate/zh/energy/' },
	]);
});

test('page titles put the page first', () => {
	expect(pageTitle('Energy', 'Stargate, explained')).toBe('Energy | Stargate, explained');
	expect(pageTitle('Stargate, explained', 'Stargate, explained')).toBe('Stargate, explained');
	// 55 + 22 characters would be cut in search results: the page's own title stays whole.
	expect(pageTitle('How much power Stargate needs, and where it comes from', 'Stargate, explained')).toBe('How much power Stargate needs, and where it comes from');
});

test('external links are http(s) only', () => {
	expect(isExternal('https://openai.com/')).toBe(true);
	expect(isExternal('/energy/')).toBe(false);
	expect(isExternal('#cooling')).toBe(false);
});

test('the table of contents nests h3 under the preceding h2', () => {
	expect(
		nestHeadings([
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 2, slug: 'b', text: 'B' },
		]),
	).toEqual([
		{ depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a1', text: 'A1' }] },
		{ depth: 2, slug: 'b', text: 'B', children: [] },
	]);
});
