/**
 * Security of the built site (issue 6): a strict Content-Security-Policy in
 * every page and in `_headers` with the other security headers, nothing
 * loaded from another origin, and external links that open safely and say
 * they are external.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { parseCsp } from '../../src/lib/hosting/host-headers.ts';
import { THEME_INIT_SCRIPT, themeScriptHash } from '../../src/scripts/theme-init.ts';
import { attr, byTag, loadPages, textOf, type BuiltPage } from '../support/html.ts';
import { DIST } from '../support/project.ts';
import type { Node } from 'ultrahtml';

const pages = loadPages(DIST).sort((a, b) => a.path.localeCompare(b.path));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The site's own origin, from the canonical URL of the home page. */
const home = pages.find((p) => p.path === '/');
const canonical = home && byTag(home, 'link').find((l) => attr(l, 'rel') === 'canonical');
const SITE_ORIGIN = new URL(attr(canonical!, 'href')!).origin;

function metaCsp(page: BuiltPage): Map<string, string[]> {
	const metas = byTag(page, 'meta').filter((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
	expect(metas, `${page.path}: one CSP <meta>`).toHaveLength(1);
	return parseCsp(attr(metas[0]!, 'content')!);
}

/** Executable inline scripts (JSON data blocks do not run and need no hash). */
const inlineScripts = (page: BuiltPage) =>
	byTag(page, 'script').filter((s) => !attr(s, 'src') && (!attr(s, 'type') || /^(module|text\/javascript)$/i.test(attr(s, 'type')!)));

describe.each(pages.map((p) => p.path))('%s: Content-Security-Policy <meta>', (path) => {
	const page = pages.find((p) => p.path === path)!;

	test("locks down plugins, <base>, and anything not from the site itself", () => {
		const csp = metaCsp(page);
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'self'"]);
		for (const [directive, sources] of csp) {
			expect(sources.filter((s) => s === '*' || /^(https?:|wss?:|\*\.|\/\/)/.test(s)), `${directive} allows other origins`).toEqual([]);
		}
	});

	test("script-src has no 'unsafe-inline' or 'unsafe-eval', and hashes exactly the page's inline scripts, the theme bootstrap included", () => {
		const scriptSrc = metaCsp(page).get('script-src') ?? [];
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		const scripts = inlineScripts(page);
		const theme = scripts.filter((s) => textOf(s) === THEME_INIT_SCRIPT);
		expect(theme, 'the theme bootstrap is inline, exactly once').toHaveLength(1);
		expect(sha256(textOf(theme[0]!))).toBe(`'${themeScriptHash()}'`);
		for (const script of scripts) expect(scriptSrc, `hash of inline script "${textOf(script).slice(0, 60)}…"`).toContain(sha256(textOf(script)));
		// A hash of code the page does not have (Astro lists every script of the site) allows more than it needs.
		expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).sort(), 'hashes of scripts not on the page').toEqual([...new Set(scripts.map((s) => sha256(textOf(s))))].sort());
	});

	test("style-src has no 'unsafe-inline' and hashes every <style>; no style=\"\" or on…= attributes, which hashes do not cover", () => {
		const styleSrc = metaCsp(page).get('style-src') ?? [];
		expect(styleSrc).not.toContain("'unsafe-inline'");
		for (const style of byTag(page, 'style')) expect(styleSrc, `hash of <style> "${textOf(style).slice(0, 60)}…"`).toContain(sha256(textOf(style)));
		expect(styleSrc.filter((s) => s.startsWith("'sha256-")).sort(), 'hashes of styles not on the page').toEqual([...new Set(byTag(page, 'style').map((s) => sha256(textOf(s))))].sort());
		const offending = page.elements.flatMap((e) =>
			Object.keys(e.attributes ?? {})
				.filter((name) => name === 'style' || /^on[a-z]+$/.test(name))
				.map((name) => `<${e.name} ${name}="${String(attr(e, name)).slice(0, 40)}">`),
		);
		expect(offending).toEqual([]);
	});
});

describe('_headers (Netlify, Cloudflare, npm run serve)', () => {
	const file = join(DIST, '_headers');
	const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
	const forPath = (path: string) => headersFor(rules, path);

	test('exists and sets headers for every page, in fewer rules than Cloudflare accepts (100)', () => {
		expect(rules.length).toBeGreaterThan(0);
		expect(rules.length).toBeLessThanOrEqual(100);
	});

	test("every page gets a CSP header with frame-ancestors 'none' that allows no more than the pages' own", () => {
		for (const page of pages) {
			const header = forPath(page.path).get('content-security-policy');
			expect(header, page.path).toBeTruthy();
			const csp = parseCsp(header!);
			// Only the embed pages may be framed by other sites (issue 12); every other page may not be framed at all.
			expect(csp.get('frame-ancestors'), page.path).toEqual(/^\/(zh\/)?embed\//.test(page.path) ? ['*'] : ["'none'"]);
			expect(csp.get('object-src')).toEqual(["'none'"]);
			expect(csp.get('base-uri')).toEqual(["'self'"]);
			expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
			// The header and the <meta> both apply; the page's own scripts and styles must pass the header too.
			const meta = metaCsp(page);
			for (const directive of ['script-src', 'style-src'])
				expect((meta.get(directive) ?? []).filter((s) => !csp.get(directive)?.includes(s)), `${page.path} ${directive}`).toEqual([]);
		}
	});

	test('every page gets nosniff, a referrer policy, a permissions policy and HSTS for at least a year', () => {
		for (const page of pages) {
			const headers = forPath(page.path);
			expect(headers.get('x-content-type-options'), page.path).toBe('nosniff');
			expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(headers.get('referrer-policy'));
			const permissions = headers.get('permissions-policy') ?? '';
			for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions, page.path).toContain(`${feature}=()`);
			const maxAge = Number(/max-age=(\d+)/.exec(headers.get('strict-transport-security') ?? '')?.[1] ?? 0);
			expect(maxAge, page.path).toBeGreaterThanOrEqual(31_536_000);
		}
	});

	test('hashed assets in /_astro/ are cached for a year as immutable; pages are not', () => {
		const assets = readdirSync(join(DIST, '_astro'));
		expect(assets.length).toBeGreaterThan(0);
		for (const name of assets) {
			const cache = forPath(`/_astro/${name}`).get('cache-control') ?? '';
			expect(cache, name).toMatch(/max-age=31536000/);
			expect(cache, name).toContain('immutable');
		}
		for (const page of pages) expect(forPath(page.path).get('cache-control') ?? '', page.path).not.toContain('immutable');
	});
});

/** Attributes through which a page loads something (not links a reader follows). */
const LOADED: Array<[tag: string, attribute: string]> = [
	['script', 'src'],
	['img', 'src'],
	['img', 'srcset'],
	['source', 'src'],
	['source', 'srcset'],
	['video', 'src'],
	['video', 'poster'],
	['audio', 'src'],
	['track', 'src'],
	['iframe', 'src'],
	['embed', 'src'],
	['object', 'data'],
	['image', 'href'],
	['use', 'href'],
	['use', 'xlink:href'],
	['input', 'src'],
];
// <link> relations that fetch: stylesheets, icons, fonts and other preloads, manifests, connections.
const FETCHING_REL = /\b(stylesheet|icon|apple-touch-icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|mask-icon)\b/;

const isForeign = (url: string) => {
	const trimmed = url.trim();
	if (/^data:/.test(trimmed)) return false;
	return /^(\/\/|[a-z][a-z0-9+.-]*:)/i.test(trimmed) && new URL(trimmed, `${SITE_ORIGIN}/`).origin !== SITE_ORIGIN;
};

describe('nothing is loaded from another origin', () => {
	test.each(pages.map((p) => p.path))('%s: no third-party script, stylesheet, font, image or frame', (path) => {
		const page = pages.find((p) => p.path === path)!;
		const foreign: string[] = [];
		for (const [tag, name] of LOADED) {
			for (const node of byTag(page, tag)) {
				const value = attr(node, name);
				const urls = name.endsWith('srcset') ? (value ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value ?? ''];
				for (const url of urls) if (url && isForeign(url)) foreign.push(`<${tag} ${name}="${url}">`);
			}
		}
		for (const link of byTag(page, 'link')) {
			if (FETCHING_REL.test(attr(link, 'rel') ?? '') && isForeign(attr(link, 'href') ?? '')) foreign.push(`<link rel="${attr(link, 'rel')}" href="${attr(link, 'href')}">`);
		}
		for (const style of byTag(page, 'style')) for (const url of cssUrls(textOf(style))) if (isForeign(url)) foreign.push(`<style> url(${url})`);
		expect(foreign).toEqual([]);
	});

	test('no built stylesheet imports or points to another origin (fonts, images, @import)', () => {
		// None when the build inlines its stylesheets: the <style> check above covers those.
		const cssFiles = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
		const foreign = cssFiles.flatMap((f) => cssUrls(readFileSync(join(DIST, '_astro', f), 'utf8')).filter(isForeign).map((url) => `${f}: ${url}`));
		expect(foreign).toEqual([]);
	});
});

function cssUrls(css: string): string[] {
	return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => m[2] ?? m[4] ?? '');
}

/** Text a screen reader announces inside a link, from visually hidden spans. */
const hasSrOnlyText = (node: Node): boolean =>
	(node.children ?? []).some((child: Node) => (/\bsr-only\b/.test(attr(child, 'class') ?? '') && textOf(child).trim().length > 0) || hasSrOnlyText(child));

test('every external link opens safely (rel noopener) and is marked as external (class "external" or visually hidden text)', () => {
	const failures: string[] = [];
	let external = 0;
	for (const page of pages) {
		for (const link of byTag(page, 'a')) {
			const href = attr(link, 'href') ?? '';
			if (!/^https?:\/\//.test(href) || new URL(href).origin === SITE_ORIGIN) continue;
			external++;
			const problems = [
				...(/\bnoopener\b/.test(attr(link, 'rel') ?? '') ? [] : ['no rel="noopener"']),
				...(/\bexternal\b/.test(attr(link, 'class') ?? '') || hasSrOnlyText(link) ? [] : ['no external marker']),
			];
			if (problems.length > 0) failures.push(`${page.path}: <a href="${href}"> ${problems.join(', ')}`);
		}
	}
	expect(external, 'the site cites outside sources, so it has external links').toBeGreaterThan(20);
	expect(failures).toEqual([]);
});
