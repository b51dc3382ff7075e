/**
 * Honest source links in the built site (issue 11), both languages: a link to a source that is not on
 * the publisher's own site says whose site it opens, in text a reader sees (not only a screen reader).
 * The check covers every link on every page whose address is a source record's url, originalUrl or
 * archiveUrl, whichever component drew it (references, citation previews, sources page, figures ...).
 */
import { describe, expect, test } from 'vitest';
import { ELEMENT_NODE, type Node } from 'ultrahtml';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { displayHost, isPublisherUrl } from '../../src/lib/sources/hosts.ts';
import type { Source } from '../../src/schemas/source.ts';
import { attr, loadPages, type BuiltPage } from '../support/html.ts';
import { CONTENT_ROOT, DIST } from '../support/project.ts';

const { content } = validateContent(readContent(CONTENT_ROOT));
const pages = loadPages(DIST);
const decode = (s: string) =>
	s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const hasClass = (e: Node, name: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);

/** Text a sighted reader sees: screen-reader-only spans left out. */
function visibleText(node: Node): string {
	return (node.children ?? [])
		.map((child: Node) => (child.type === ELEMENT_NODE ? (hasClass(child, 'sr-only') ? '' : visibleText(child)) : (child.value ?? '')))
		.join('');
}

/** Every address a source record links, with the record and what the address is to it. */
const byHref = new Map<string, { source: Source; role: 'url' | 'originalUrl' | 'archiveUrl' }>();
for (const source of content.sources) {
	for (const role of ['url', 'originalUrl', 'archiveUrl'] as const) {
		const href = source[role];
		if (href) byHref.set(href, { source, role });
	}
}

/** Whether a link to `href` must name its host: it is not on the publisher's own site, or the record says it is a copy. */
function mustNameHost(href: string, source: Source, role: 'url' | 'originalUrl' | 'archiveUrl'): boolean {
	if (role === 'archiveUrl') return true;
	if (role === 'url' && source.via !== undefined) return true;
	return isPublisherUrl(source.publisher, href) === false;
}

interface Checked {
	page: string;
	href: string;
	text: string;
	ok: boolean;
}

function checkPage(page: BuiltPage): Checked[] {
	return page.elements
		.filter((e) => e.name === 'a' && /^https?:\/\//.test(attr(e, 'href') ?? ''))
		.flatMap((a) => {
			const href = decode(attr(a, 'href')!);
			const found = byHref.get(href);
			if (!found || !mustNameHost(href, found.source, found.role)) return [];
			const text = visibleText(a).replace(/\s+/g, ' ').trim();
			return [{ page: page.path, href, text, ok: text.includes(displayHost(href)) }];
		});
}

const checked = pages.flatMap(checkPage);
const copies = content.sources.filter((s) => s.via !== undefined);

describe.each(['/', '/zh/'])('built pages under %s', (prefix) => {
	const mine = checked.filter((c) => (prefix === '/zh/' ? c.page.startsWith('/zh/') : !c.page.startsWith('/zh/')));

	test('every link to a copy or another host names that host in visible text', () => {
		expect(mine.filter((c) => !c.ok).map((c) => `${c.page}: "${c.text}" -> ${c.href}`)).toEqual([]);
	});

	test('the sources pages link every copy, so the check above is not empty', () => {
		// The full entries are on one page per year under /sources/ (src/lib/sources/pages.ts).
		const onPage = new Set(mine.filter((c) => c.page.startsWith(`${prefix}sources/`)).map((c) => c.href));
		for (const copy of copies) expect(onPage, copy.id).toContain(copy.url);
	});
});

describe('sources page entries', () => {
	const refs = pages.filter((p) => p.path.startsWith('/sources/')).flatMap((p) => p.elements.filter((e) => hasClass(e, 'source-ref')));

	test('one entry per record, each with its kind visible', () => {
		expect(refs.length).toBe(content.sources.length);
		for (const ref of refs) expect(ref.children?.some((c: Node) => c.type === ELEMENT_NODE && hasClass(c, 'source-kind'))).toBe(true);
	});

	test('a copy with a known original links the original first, and print shows only the original URL', () => {
		const withOriginal = content.sources.filter((s) => s.via !== undefined && s.originalUrl !== undefined);
		expect(withOriginal.length).toBeGreaterThan(0);
		for (const source of withOriginal) {
			const ref = refs.find((r) => attr(r, 'data-source-id') === source.id)!;
			const links = (ref.children ?? []).filter((c: Node) => c.type === ELEMENT_NODE && c.name === 'a');
			expect(links.map((l: Node) => decode(attr(l, 'href')!)).slice(0, 2), source.id).toEqual([source.originalUrl, source.url]);
			expect(hasClass(links[0]!, 'no-print-url'), source.id).toBe(false);
			expect(hasClass(links[1]!, 'no-print-url'), source.id).toBe(true);
		}
	});
});
