import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { classTokens, pruneCss, prunePageStyles } from '../../src/lib/page/prune-css.ts';

const known = (names: string[], elements: string[] = []) => ({ hasClass: (name: string) => names.includes(name), hasElement: (name: string) => elements.includes(name) });

test('a rule goes only when every selector of its list names a class the page does not use', () => {
	const css = '.map-mark{fill:red}.cite,.map-x{color:blue}p{margin:0}.cite .map-y{color:green}@media print{.map-z{display:none}.cite{color:black}}';
	const out = pruneCss(css, known(['cite']));
	expect(out).not.toMatch(/map-mark|map-y|map-z/);
	expect(out).toContain('.cite,.map-x{color:#00f}');
	expect(out).toContain('p{margin:0}');
	expect(out).toMatch(/@media print\{\.cite\{color:#000\}\}/);
});

test('a custom element the page lacks removes a rule; standard elements never do', () => {
	const out = pruneCss('chart-figure{display:block}.x,chart-figure .y{color:red}map-thing{color:blue}section{margin:0}', known(['x'], ['map-thing']));
	expect(out).toBe('.x,chart-figure .y{color:red}map-thing{color:#00f}section{margin:0}');
});

test('state never removes a rule: attributes, pseudo-classes and classes inside them keep it', () => {
	const css = ':root[data-theme=dark]{--ink:#fff}[hidden]{display:none}a:hover{color:red}p:not(.gone){color:blue}:is(.gone){color:green}';
	const out = pruneCss(css, known([]));
	for (const kept of ['data-theme', '[hidden]', 'a:hover', 'p:not(.gone)', '.gone{color:green}']) expect(out).toContain(kept);
});

test('class tokens come from class attributes only', () => {
	expect([...classTokens('<p class="a  b"><span class="c">.d</span><i data-class="e"></i></p>')].sort()).toEqual(['a', 'b', 'c']);
});

test('the page CSP allows its own styles by their hashes, and no other', () => {
	const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-old' 'sha256-other'; img-src 'self'"><style>.a{color:red}.b{color:blue}</style></head><p class="a">`;
	const out = prunePageStyles(html, known(['a']));
	const style = /<style>([\s\S]*?)<\/style>/.exec(out)![1]!;
	expect(style).toBe('.a{color:red}');
	const hash = createHash('sha256').update(style).digest('base64');
	expect(out).toContain(`style-src 'self' 'sha256-${hash}'; img-src 'self'"`);
	expect(() => prunePageStyles('<style>.x{color:red}</style>', known([]))).toThrow(/CSP/);
});
