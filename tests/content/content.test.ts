/**
 * The real content/ tree: valid, complete in both languages, every figure cited.
 * These are the rules an author breaks most easily, checked on every file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { formatIssue } from '../../src/content-model/issues.ts';
import { ARTICLE_SLUGS } from '../../src/schemas/article.ts';
import { countWords, scanComponentRefs, scanComponentUses, scanHeadings } from '../../src/lib/article/mdx-scan.ts';
import { SITES_OVERVIEW, sitePageSlug } from '../../src/schemas/site-page.ts';
import { CONTENT_ROOT } from '../support/project.ts';

const { content, issues } = validateContent(readContent(CONTENT_ROOT));
const article = (lang: 'en' | 'zh', slug: string) => content.articles.find((a) => a.lang === lang && a.slug === slug);

test('content/ has no problems', () => {
	expect(issues.map(formatIssue)).toEqual([]);
});

test('every collection is non-empty', () => {
	for (const [name, list] of Object.entries(content)) {
		if (Array.isArray(list)) expect(list.length, name).toBeGreaterThan(0);
	}
	expect(content.home?.figures.length).toBeGreaterThanOrEqual(4);
});

// The nine articles, then each site's own page (`sites/<id>`, content/sites/): the same rules in both languages.
const sitePages = content.sites.map((s) => sitePageSlug(s.id));
describe.each([...ARTICLE_SLUGS, ...sitePages])('article %s', (slug) => {
	const en = article('en', slug);
	const zh = article('zh', slug);
	const isSitePage = sitePages.includes(slug);

	test('exists in both languages', () => {
		expect(en, `content/articles/en/${slug}.mdx`).toBeDefined();
		expect(zh, `content/articles/zh/${slug}.mdx`).toBeDefined();
	});

	test('has the same section ids, in the same order, in both languages', () => {
		const ids = (body: string) => scanHeadings(body).map((h) => `${h.depth}:${h.id}`);
		expect(ids(zh!.body)).toEqual(ids(en!.body));
		// A site's page is one section of text under its title; articles have several.
		if (!isSitePage) expect(ids(en!.body).length).toBeGreaterThanOrEqual(4);
	});

	// The sites overview is read with the fifteen pages it links to; each site page is a section, not an article.
	// (Registered only where it applies, so the run reports no skipped tests.)
	if (!isSitePage)
		test('is long enough: 600+ English words, 1,000+ Han characters', () => {
			const words = (lang: 'en' | 'zh') =>
				[slug, ...(slug === SITES_OVERVIEW ? sitePages : [])].reduce((sum, s) => sum + countWords(article(lang, s)!.body, lang), 0);
			expect(words('en')).toBeGreaterThanOrEqual(600);
			expect(words('zh')).toBeGreaterThanOrEqual(1000);
		});

	test('places the same figures in both languages', () => {
		const figures = (body: string) => scanComponentRefs(body, ['Figure']).map((r) => r.id);
		expect(figures(zh!.body)).toEqual(figures(en!.body));
	});

	// A site's page is read on its own: where it mentions the seed article, the first mention carries the gloss.
	if (isSitePage)
		test.each(['en', 'zh'] as const)('%s: the first mention of the seed article is wrapped in <SeedArticle>', (lang) => {
			const body = article(lang, slug)!.body;
			const first = body.search(lang === 'en' ? /seed article/i : /公众号|情报分析师/);
			// A page that never mentions the seed article has nothing to gloss. The gloss sits on the mention or on the
			// term it defines right after it ("…发布的文章（下称“<SeedArticle>公众号文章</SeedArticle>”）"): a button does not
			// wrap across lines, so Chinese glosses only the short term.
			if (first >= 0) {
				const gloss = body.indexOf('<SeedArticle>', Math.max(0, first - 60));
				expect(gloss >= 0 && gloss < first + 60, body.slice(Math.max(0, first - 80), first + 80)).toBe(true);
			}
		});

	test('cites the same sources and marks the same verdicts and promises in both languages', () => {
		const refs = (body: string) => ({
			sources: [...new Set(scanComponentRefs(body, ['Cite']).map((r) => r.id))].sort(),
			verdicts: scanComponentRefs(body, ['Verdict']).map((r) => r.id),
			promises: scanComponentUses(body, 'SitePromises').map((u) => u.props.site),
		});
		expect(refs(zh!.body)).toEqual(refs(en!.body));
	});

	test.each(['en', 'zh'] as const)('%s: every paragraph or list item with a number cites a source', (lang) => {
		const body = article(lang, slug)!.body;
		// Blocks are separated by blank lines; list items and table rows are blocks of their own.
		const blocks = body
			.split(/\n\s*\n/)
			.flatMap((block) => (/^\s*([-*]|\d+\.|\|)\s/m.test(block) ? block.split(/\n(?=\s*(?:[-*]|\d+\.|\|)\s)/) : [block]))
			.map((block) => block.trim())
			.filter((block) => block && !block.startsWith('#') && !/^<Figure\b|^<SiteMap\b/.test(block) && !/^\|[\s|:-]+\|$/.test(block));
		const uncited = blocks.filter((block) => /\d/.test(block.replace(/<[^>]*>/g, '')) && !block.includes('<Cite'));
		expect(uncited).toEqual([]);
	});
});

/** The same page under tracking parameters or a fragment is still the same page. */
function normalisedUrl(url: string): string {
	const u = new URL(url);
	u.hash = '';
	for (const key of [...u.searchParams.keys()]) if (/^(utm_|chksm$|scene$|subscene$|ref$)/.test(key)) u.searchParams.delete(key);
	return u.href;
}

// Both languages show this date as "facts checked"; a reader comparing them must see one date.
test('every article, site page and page gives the same facts-checked date in both languages', () => {
	const updated = (file: string) => /^updated:\s*"?([\d-]+)"?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
	const differing = ['articles', 'sites', 'pages'].flatMap((dir) =>
		readdirSync(join(CONTENT_ROOT, dir, 'en'))
			.map((name) => ({ file: `${dir}/<lang>/${name}`, en: updated(join(CONTENT_ROOT, dir, 'en', name)), zh: updated(join(CONTENT_ROOT, dir, 'zh', name)) }))
			.filter(({ en, zh }) => !en || en !== zh),
	);
	expect(differing).toEqual([]);
});

test('no two source records share a URL', () => {
	const byUrl = new Map<string, string[]>();
	for (const source of content.sources) byUrl.set(normalisedUrl(source.url), [...(byUrl.get(normalisedUrl(source.url)) ?? []), source.id]);
	expect([...byUrl.entries()].filter(([, ids]) => ids.length > 1)).toEqual([]);
});

test('every source is used somewhere (article, dataset, site, partner, claim, event or promise)', () => {
	const text = JSON.stringify([content.articles.map((a) => a.body), content.datasets, content.sites, content.partners, content.claims, content.timeline, content.promises]);
	const unused = content.sources.filter((s) => !text.includes(`"${s.id}"`) && !text.includes(`id=\\"${s.id}\\"`)).map((s) => s.id);
	expect(unused).toEqual([]);
});

test('the four untraceable seed statistics never appear as plain figures in the data', () => {
	const data = JSON.stringify([content.datasets, content.home]);
	for (const phrase of ['30-50', '30–50', '15-30', '15–30', '20-30', '10-20']) expect(data).not.toContain(phrase);
});
