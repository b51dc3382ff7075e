/**
 * One page per site (`/sites/<id>/`, `/zh/sites/<id>/`), what a reader sees: the site's
 * name as the title, the facts box with a way back to the overview and the sources of
 * every fact, the moved section text with its citations and verdicts, its dated
 * promises, a reference list of only what the page cites, a correction link, the
 * previous and next site; and the overview lists every site, each row linking here.
 */
import type { Node } from 'ultrahtml';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/content-model/index.ts';
import { t } from '../../src/i18n/ui.ts';
import { citationOrder, scanComponentRefs } from '../../src/lib/article/mdx-scan.ts';
import { mapSourceIds } from '../../src/lib/map/model.ts';
import { LANGS } from '../../src/schemas/common.ts';
import { sitePageSlug } from '../../src/schemas/site-page.ts';
import { attr, byTag, idsOf, loadPages, textOf } from '../support/html.ts';
import { DIST } from '../support/project.ts';

const content = loadContent();
const pages = loadPages(DIST);
const prefix = (lang: string) => (lang === 'en' ? '/' : '/zh/');
const pageAt = (path: string) => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`no built page ${path}`);
	return found;
};
/** An element and everything inside it. */
const all = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(all)];
/** Source ids of the links to source records (`/sources/#src-<id>`), in document order. */
const sourceIdsLinked = (links: Node[]) => links.map((a) => /#src-(.+)$/.exec(attr(a, 'href') ?? '')?.[1]).filter((id): id is string => id !== undefined);
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
const withClass = (page: ReturnType<typeof pageAt>, name: string) => page.elements.filter((e) => (attr(e, 'class') ?? '').split(/\s+/).includes(name));

const cases = LANGS.flatMap((lang) => content.sites.map((site, i) => [lang, site.id, i] as const));

test('names in a facts box read as running text in each language, the Chinese list joined with 和 as the English with "and"', () => {
	const facts = (path: string) => byTag(pageAt(path), 'dd').map(textOf);
	expect(facts('/sites/lordstown/')).toContain('OpenAI and Foxconn');
	expect(facts('/zh/sites/lordstown/')).toContain('OpenAI和富士康');
	expect(facts('/sites/shackelford/')).toContain('Oracle, OpenAI, VoltaGrid and JPMorgan Chase');
	expect(facts('/zh/sites/shackelford/')).toContain('甲骨文、OpenAI、VoltaGrid和摩根大通');
});

describe.each(cases)('%s /sites/%s/', (lang, siteId, index) => {
	const site = content.sites[index]!;
	const page = pageAt(`${prefix(lang)}sites/${siteId}/`);
	const article = content.articles.find((a) => a.lang === lang && a.slug === sitePageSlug(siteId))!;
	const text = textOf(byTag(page, 'body')[0]!);

	test("is titled with the site's canonical name", () => {
		expect(textOf(byTag(page, 'h1')[0]!)).toBe(site.name[lang]);
		expect(textOf(byTag(page, 'title')[0]!)).toContain(site.name[lang]);
	});

	test('says where it stands, links back to the overview entry and lists the sources of its facts', () => {
		expect(textOf(withClass(page, 'site-facts')[0]!)).toContain(t(lang, `figure.status.${site.status.value}`));
		const up = withClass(page, 'site-up')[0]!;
		expect(attr(byTag({ ...page, elements: all(up) }, 'a')[0]!, 'href')).toBe(`${prefix(lang)}sites/#site-${siteId}`);
		const facts = withClass(page, 'site-facts')[0]!;
		const linked = facts ? sourceIdsLinked(byTag({ ...page, elements: all(facts) }, 'a')) : [];
		for (const id of mapSourceIds([site])) expect(linked, id).toContain(id);
	});

	test('carries the section text moved from the overview: its citations, verdicts and promises', () => {
		const verdicts = scanComponentRefs(article.body, ['Verdict']).map((r) => r.id);
		for (const id of verdicts) expect(page.html).toContain(`claim-${id}`);
		const promises = content.promises.filter((p) => p.sites?.includes(siteId));
		const box = page.elements.find((e) => attr(e, 'data-site-promises') === siteId);
		if (article.body.includes('<SitePromises')) {
			expect(promises.length).toBeGreaterThan(0);
			for (const promise of promises) expect(decode(textOf(box!))).toContain(promise.text[lang]);
		} else expect(box).toBeUndefined();
	});

	test('lists as references only what it cites, in order', () => {
		const refs = withClass(page, 'references')[0]!;
		const items = all(refs).filter((e) => e.name === 'li' && attr(e, 'id')?.startsWith('ref-'));
		expect(items).toHaveLength(citationOrder(article.body).length);
		// Each entry links to its source's record; the first such link of each entry, in order, is the cited source.
		const firstLinked = items.map((li) => sourceIdsLinked(byTag({ ...page, elements: all(li) }, 'a'))[0]);
		expect(firstLinked).toEqual(citationOrder(article.body));
	});

	test('offers a correction, and the previous and next site', () => {
		expect(page.elements.some((e) => attr(e, 'data-correction') === 'page')).toBe(true);
		const pager = withClass(page, 'article-pager')[0]!;
		const links = byTag({ ...page, elements: all(pager) }, 'a').map((a) => attr(a, 'href'));
		const previous = content.sites[index - 1];
		const next = content.sites[index + 1];
		if (previous) expect(links).toContain(`${prefix(lang)}sites/${previous.id}/`);
		if (next) expect(links).toContain(`${prefix(lang)}sites/${next.id}/`);
		expect(text.length).toBeGreaterThan(300);
	});

	test('has language alternates to its twin and is in the sitemap', () => {
		const other = lang === 'en' ? 'zh' : 'en';
		const alternates = byTag(page, 'link').filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang'));
		expect(alternates.map((l) => new URL(attr(l, 'href')!).pathname)).toContain(`${prefix(other)}sites/${siteId}/`);
	});
});

describe.each(LANGS)('the sites overview (%s)', (lang) => {
	const page = pageAt(`${prefix(lang)}sites/`);
	test('lists all fifteen sites, each entry keeping its old id and linking to the site page', () => {
		const ids = idsOf(page);
		expect(content.sites).toHaveLength(15);
		for (const site of content.sites) {
			expect(ids.has(`site-${site.id}`), site.id).toBe(true);
			expect(page.html).toContain(`href="${prefix(lang)}sites/${site.id}/"`);
		}
	});
	test('no longer carries the site sections: no promises boxes, fewer references', () => {
		expect(page.elements.some((e) => attr(e, 'data-site-promises'))).toBe(false);
	});
});
