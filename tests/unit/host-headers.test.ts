import { expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { cspMetaContents, formatHeadersFile, IMMUTABLE, REVALIDATE, siteHeaderRules, unionCsp, serializeCsp } from '../../src/lib/hosting/host-headers.ts';

const pageA = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-S1='";
const pageB = "default-src 'self'; script-src 'self' 'sha256-BBB='; style-src 'self' 'sha256-S1='";

test('the header CSP allows exactly what the pages allow, merged', () => {
	expect(serializeCsp(unionCsp([pageA, pageB]))).toBe(
		"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-S1='",
	);
});

test('CSP meta tags are read with their HTML entities decoded', () => {
	const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;img-src &#39;self&#39; data:"></head>`;
	expect(cspMetaContents(html)).toEqual(["default-src 'self';img-src 'self' data:"]);
});

const rules = siteHeaderRules({
	pages: [
		{ path: '/', policies: [pageA] },
		{ path: '/energy/', policies: [pageA] },
		{ path: '/zh/energy/', policies: [pageB] },
		{ path: '/figures/a/', policies: [pageA] },
		{ path: '/figures/b/', policies: [pageB] },
	],
	notFound: [{ path: '/404.html', policies: [pageB] }],
});
const file = parseHeadersFile(formatHeadersFile(rules, 'generated'));

test('every path gets the CSP with frame-ancestors and the security headers', () => {
	const headers = headersFor(file, '/zh/energy/');
	expect(headers.get('content-security-policy')).toMatch(/'sha256-BBB='.*frame-ancestors 'none'$/);
	expect(headers.get('x-content-type-options')).toBe('nosniff');
	expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
	expect(headers.get('permissions-policy')).toContain('camera=()');
});

test("each page's header carries its own policy only, not other pages' hashes (a union made every response ~3 KB heavier)", () => {
	expect(headersFor(file, '/').get('content-security-policy')).toBe(
		"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-S1='; frame-ancestors 'none'",
	);
	expect(headersFor(file, '/zh/energy/').get('content-security-policy')).not.toContain('sha256-AAA=');
	expect(headersFor(file, '/404.html').get('content-security-policy')).toBe("default-src 'self'; script-src 'self' 'sha256-BBB='; style-src 'self' 'sha256-S1='; frame-ancestors 'none'");
});

test('pages grouped under one wildcard rule (figure pages) share the union of their own policies', () => {
	const policy = headersFor(file, '/figures/b/').get('content-security-policy');
	expect(policy).toContain("'sha256-AAA=' 'sha256-BBB='");
	expect(file.filter((rule) => rule.pattern.startsWith('/figures/'))).toHaveLength(1);
});

test('hashed assets are immutable for a year; pages revalidate', () => {
	expect(headersFor(file, '/_astro/site.Ab12.js').get('cache-control')).toBe(IMMUTABLE);
	expect(headersFor(file, '/').get('cache-control')).toBe(REVALIDATE);
	expect(headersFor(file, '/zh/energy/').get('cache-control')).toBe(REVALIDATE);
});

test('no path matches two Cache-Control rules (Cloudflare would join their values with a comma)', () => {
	for (const path of ['/', '/energy/', '/zh/energy/', '/_astro/a.js', '/og/en/index.png', '/pagefind/pagefind.js', '/data/x.csv']) {
		const matching = file.filter((rule) => rule.headers.some(([name]) => name === 'Cache-Control') && headersFor([rule], path).has('cache-control'));
		expect(matching.length, path).toBeLessThanOrEqual(1);
	}
});
