import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { allowOwnInlineScripts, executableInlineScripts, setCspHashes } from '../../src/lib/page/csp.ts';

const head = (scriptSrc: string) => `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${scriptSrc}; style-src 'self' 'sha256-keep'">`;
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('only scripts the browser runs count: no src, no JSON or text/plain data block', () => {
	const html =
		'<script>a()</script><script type="module">b()</script><script type="text/javascript">c()</script>' +
		'<script type="module" src="/x.js"></script><script type="application/json" data-chart-model>{"d":1}</script><script type="text/plain" data-module="/y.js"></script>';
	expect(executableInlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
});

test("script-src keeps its keyword sources and lists exactly the page's own inline scripts", () => {
	const html = `${head("'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='")}<script>boot()</script></head><script type="text/plain" data-module="/a.js"></script>`;
	const out = allowOwnInlineScripts(html);
	expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashOf('boot()')}; style-src 'self' 'sha256-keep'"`);
	expect(out).not.toContain('sha256-AAA=');
	// The rest of the page is untouched.
	expect(out.replace(/script-src [^;]*/, '')).toBe(html.replace(/script-src [^;]*/, ''));
});

test('a page without inline scripts allows none; the same hash is listed once', () => {
	expect(allowOwnInlineScripts(`${head("'self' 'sha256-AAA='")}</head>`)).toContain(`script-src 'self'; style-src`);
	expect(setCspHashes(`${head("'self'")}</head>`, 'script-src', ["'sha256-X='", "'sha256-X='"])).toContain(`script-src 'self' 'sha256-X='; style-src`);
});

test('inline code with no CSP directive to allow it is a build error; a page with neither is left alone', () => {
	expect(() => allowOwnInlineScripts('<script>x()</script>')).toThrow(/no CSP script-src/);
	expect(allowOwnInlineScripts('<p>no scripts</p>')).toBe('<p>no scripts</p>');
});
