/**
 * The built site (dist/, from `npm run build`): every page is complete and
 * every internal link and #fragment resolves, in both languages.
 */
import { describe, expect, test } from 'vitest';
import { ARTICLE_SLUGS } from '../../src/schemas/article.ts';
import { attr, byTag, textOf, loadPages } from '../support/html.ts';
import { findBrokenLinks } from '../support/links.ts';
import { DIST } from '../support/project.ts';

const pages = loadPages(DIST);
const page = (path: string) => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`no built page ${path}`);
	return found;
};
const meta = (path: string, name: string) => byTag(page(path), 'meta').find((m) => attr(m, 'name') === name);

test('both languages have home, 9 articles, sources, about', () => {
	for (const prefix of ['/', '/zh/']) {
		for (const path of ['', ...ARTICLE_SLUGS.map((s) => `${s}/`), 'sources/', 'about/']) expect(pages.map((p) => p.path)).toContain(`${prefix}${path}`);
	}
	expect(pages.map((p) => p.path)).toContain('/404.html');
});

describe.each(pages.map((p) => p.path))('%s', (path) => {
	test('has lang, title, description and (except the 404) an absolute canonical URL', () => {
		const html = byTag(page(path), 'html')[0]!;
		expect(['en', 'zh-Hans']).toContain(attr(html, 'lang'));
		expect(textOf(byTag(page(path), 'title')[0]!).length).toBeGreaterThan(5);
		expect(attr(meta(path, 'description')!, 'content')?.length).toBeGreaterThan(20);
		const canonical = byTag(page(path), 'link').find((l) => attr(l, 'rel') === 'canonical');
		if (path.endsWith('/404.html')) expect(canonical).toBeUndefined();
		else expect(attr(canonical!, 'href')).toMatch(/^https:\/\/[^/]+\/.*\/$|^https:\/\/[^/]+\/$/);
	});

	test('has a Content-Security-Policy without unsafe-inline scripts', () => {
		const csp = byTag(page(path), 'meta').find((m) => attr(m, 'http-equiv') === 'content-security-policy');
		expect(attr(csp!, 'content')).toContain("object-src 'none'");
		expect(attr(csp!, 'content')).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	});
});

test('every internal link, asset and #fragment resolves', () => {
	expect(findBrokenLinks(pages, DIST)).toEqual([]);
});

describe.each(ARTICLE_SLUGS)('article %s', (slug) => {
	/** h2/h3 ids of the article body (not the header's search dialog, not the reference list). */
	const sectionIds = (path: string) => {
		const html = page(path).html;
		// The element, not the word (it also appears in the inlined stylesheet).
		const body = html.slice(html.indexOf('class="prose article-body"'), html.indexOf('<section class="references"'));
		return [...body.matchAll(/<h[23][^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
	};

	test('section ids are ASCII and identical in English and Chinese', () => {
		const en = sectionIds(`/${slug}/`);
		expect(en.length).toBeGreaterThanOrEqual(4);
		for (const id of en) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(sectionIds(`/zh/${slug}/`)).toEqual(en);
	});

	test.each(['', 'zh/'])('%s: each section heading has an anchor link to itself', (prefix) => {
		const path = `/${prefix}${slug}/`;
		const anchors = new Set(page(path).elements.filter((e) => attr(e, 'class')?.includes('heading-anchor')).map((e) => attr(e, 'href')));
		for (const id of sectionIds(path)) expect(anchors).toContain(`#${id}`);
	});

	test('every citation number opens a reference that links to the source record', () => {
		const p = page(`/${slug}/`);
		const cites = p.elements.filter((e) => e.name === 'button' && attr(e, 'popovertarget')?.startsWith('ref-'));
		expect(cites.length).toBeGreaterThan(5);
		const refs = p.elements.filter((e) => e.name === 'li' && attr(e, 'id')?.startsWith('ref-'));
		const hrefsInside = (node: (typeof refs)[number]): string[] =>
			(node.children ?? []).flatMap((child: (typeof refs)[number]) => [...(attr(child, 'href') ? [attr(child, 'href')!] : []), ...hrefsInside(child)]);
		expect(refs.length).toBeGreaterThan(3);
		for (const ref of refs) expect(hrefsInside(ref).some((href) => /\/sources\/.*#src-/.test(href))).toBe(true);
	});

	test('the language switch points to the same article in the other language', () => {
		const link = (path: string) => page(path).elements.find((e) => e.name === 'a' && attr(e, 'data-keep-hash') !== undefined);
		expect(attr(link(`/${slug}/`)!, 'href')).toBe(`/zh/${slug}/`);
		expect(attr(link(`/zh/${slug}/`)!, 'href')).toBe(`/${slug}/`);
	});
});

/** Elements that end a run of text: a space next to one is not between two words of a sentence. */
const BLOCK_TAG = /<\/?(?:p|li|h[1-6]|td|th|dd|dt|div|section|ul|ol|dl|tr|table|figure|figcaption|caption|header|footer|nav|main|article|aside|br|summary|details|blockquote|button|label|time|title|option)\b[^>]*>/g;
/** A page's text as a reader meets it: inline markup dropped, each block on a line of its own, no scripts or styles. */
const runsOfText = (html: string) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(BLOCK_TAG, '\n').replace(/<[^>]+>/g, '');

test('Chinese text has no space between a Chinese character or mark and the Chinese that follows it in the same sentence', () => {
	// Folded YAML lines, a space after a bold lead-in or before a source link: each shows as a gap in Chinese.
	const gaps: string[] = [];
	for (const zh of pages.filter((p) => p.path.startsWith('/zh/'))) {
		const text = runsOfText(zh.html);
		for (const match of text.matchAll(/[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’][ \u00A0]+[\p{Script=Han}“‘]/gu)) {
			gaps.push(`${zh.path}: …${text.slice(Math.max(0, match.index - 15), match.index + match[0].length + 5).replace(/\s+/g, ' ')}…`);
		}
	}
	expect(gaps).toEqual([]);
});

test('Chinese text puts full-width punctuation after a Chinese word: 注：, not 注:', () => {
	const ascii: string[] = [];
	for (const zh of pages.filter((p) => p.path.startsWith('/zh/'))) {
		const text = runsOfText(zh.html);
		for (const match of text.matchAll(/\p{Script=Han}[:;,?!]/gu)) ascii.push(`${zh.path}: …${text.slice(Math.max(0, match.index - 10), match.index + 10).replace(/\s+/g, ' ')}…`);
	}
	expect(ascii).toEqual([]);
});

test('Chinese pages name a relayed report in Chinese: 路透社（转述《华尔街日报》）, not "Reuters (reporting …)"', () => {
	const english = pages
		.filter((p) => p.path.startsWith('/zh/'))
		.flatMap((p) => [...p.html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').matchAll(/\((?:reporting|citing|summarising) [^)<]*\)/g)].map((m) => `${p.path}: ${m[0]}`));
	expect(english).toEqual([]);
	expect(page('/zh/promises/tracker/').html).toContain('路透社（转述《华尔街日报》）');
});

test('the footer names the publisher in the language of the page (the placeholder defaults of src/site-settings.ts)', () => {
	expect(runsOfText(page('/').html)).toContain('Stargate, explained (independent volunteers)');
	expect(runsOfText(page('/zh/').html)).toContain('星际之门，一文读懂（独立志愿者）');
	expect(page('/zh/').html).not.toContain('independent volunteers');
});
