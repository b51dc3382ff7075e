/**
 * The built `_headers` file, pinned with literal values (not the constants the
 * product builds it from), read the way Cloudflare and Netlify read it: every
 * rule whose pattern matches a path applies, and two values for one header are
 * both sent. A cache rule that changes (share cards cached for a year, pages
 * made immutable) or a rule that doubles up fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attr, byTag, loadPages, type BuiltPage } from '../support/html.ts';
import { DIST } from '../support/project.ts';

interface Rule {
	pattern: RegExp;
	headers: Array<[name: string, value: string]>;
}

/** An independent reading of the file: a path line, then indented `Name: value` lines; `*` is any run of characters. */
function readRules(text: string): Rule[] {
	const rules: Rule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)!.headers.push([name!.trim().toLowerCase(), value.join(':').trim()]);
		}
	}
	return rules;
}

const rules = readRules(readFileSync(join(DIST, '_headers'), 'utf8'));
/** Every value the host would send for a header on a path, in file order (one expected). */
const sent = (path: string, header: string) => rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers.filter(([n]) => n === header).map(([, v]) => v));
const pages = loadPages(DIST).filter((p) => !p.path.endsWith('/404.html'));

const PAGE_CACHE = 'public, max-age=0, must-revalidate';
const HASHED_CACHE = 'public, max-age=31536000, immutable';
/** Share cards keep their URL when a title changes: a day, and never immutable. */
const CARD_CACHE = 'public, max-age=86400';

describe('Cache-Control', () => {
	test('every page is revalidated on every visit', () => {
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) expect(sent(page.path, 'cache-control'), page.path).toEqual([PAGE_CACHE]);
	});

	test('every hashed asset in /_astro/ is cached for a year as immutable', () => {
		const assets = readdirSync(join(DIST, '_astro'));
		expect(assets.length).toBeGreaterThan(3);
		for (const name of assets) expect(sent(`/_astro/${name}`, 'cache-control'), name).toEqual([HASHED_CACHE]);
	});

	test('share cards, text and figure cards in both languages, are cached for one day', () => {
		for (const path of ['/og/en/index.png', '/og/zh/energy.png', '/og/en/figures/equity-pledges.png', '/og/zh/figures/equity-pledges.png'])
			expect(sent(path, 'cache-control'), path).toEqual([CARD_CACHE]);
	});

	test('unhashed files (data downloads, feeds, sitemap, search index) get no long cache', () => {
		for (const path of ['/data/equity-pledges.csv', '/data/sites.csv', '/feed.xml', '/zh/feed.xml', '/sitemap-index.xml', '/sitemap-0.xml', '/robots.txt', '/pagefind/pagefind-entry.json'])
			expect(sent(path, 'cache-control'), path).toEqual([]);
	});
});

describe('security headers', () => {
	const samples = ['/', '/zh/energy/', '/og/en/index.png', '/_astro/x.js', '/data/sites.csv', '/embed/equity-pledges/'];

	test.each(samples)('%s: each security header once, with its pinned value', (path) => {
		expect(sent(path, 'x-content-type-options')).toEqual(['nosniff']);
		expect(sent(path, 'referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
		expect(sent(path, 'strict-transport-security')).toEqual(['max-age=31536000']);
		expect(sent(path, 'permissions-policy')).toEqual(['camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()']);
	});
});

describe('Content-Security-Policy', () => {
	const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
	const metaCsp = (page: BuiltPage) => attr(byTag(page, 'meta').find((m) => attr(m, 'http-equiv') === 'content-security-policy')!, 'content')!.replace(/&#39;/g, "'");

	test('every page gets exactly one CSP header; only embeds may be framed, by anyone', () => {
		for (const page of pages) {
			const policies = sent(page.path, 'content-security-policy');
			expect(policies, page.path).toHaveLength(1);
			const embed = /^\/(zh\/)?embed\//.test(page.path);
			expect(directives(policies[0]!).get('frame-ancestors'), page.path).toEqual(embed ? ['*'] : ["'none'"]);
		}
	});

	test("the header allows everything the page's own <meta> allows, with scripts from 'self' and search (WebAssembly)", () => {
		for (const page of pages) {
			const header = directives(sent(page.path, 'content-security-policy')[0]!);
			const meta = directives(metaCsp(page));
			expect(meta.get('script-src'), page.path).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
			expect(header.get('script-src'), page.path).not.toContain("'unsafe-inline'");
			expect(header.get('object-src'), page.path).toEqual(["'none'"]);
			for (const [directive, sources] of meta) expect(header.get(directive), `${page.path} ${directive}`).toEqual(expect.arrayContaining(sources));
		}
	});

	// A union of every page's hashes made each HTML response ~3 KB heavier, past the first
	// congestion window (issue 14). Figure and embed pages share one wildcard rule per language.
	test("each page's header is its own <meta> policy plus frame-ancestors, nothing from other pages", () => {
		const single = pages.filter((page) => !/^\/(zh\/)?(figures|embed)\//.test(page.path));
		expect(single.length).toBeGreaterThan(20);
		for (const page of single) {
			const header = directives(sent(page.path, 'content-security-policy')[0]!);
			header.delete('frame-ancestors');
			expect(Object.fromEntries(header), page.path).toEqual(Object.fromEntries(directives(metaCsp(page))));
		}
		expect(sent('/', 'content-security-policy')[0]!.length).toBeLessThan(1200);
	});
});
