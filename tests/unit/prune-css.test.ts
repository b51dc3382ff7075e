import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import {
	classTokens,
	elementNames,
	inputTypes,
	pruneCss,
	prunePageStyles,
	scriptVocabulary,
	type PageVocabulary,
} from '../../src/lib/page/prune-css.ts';

const known = (names: string[], elements: string[] = [], more: Partial<PageVocabulary> = {}): PageVocabulary => ({
	hasClass: (name) => names.includes(name),
	hasElement: (name) => elements.includes(name),
	hasInputType: () => false,
	mentions: () => false,
	...more,
});

test('a rule goes only when every selector of its list names a class the page does not use', () => {
	const css = '.map-mark{fill:red}.cite,.map-x{color:blue}p{margin:0}.cite .map-y{color:green}@media print{.map-z{display:none}.cite{color:black}}';
	const out = pruneCss(css, known(['cite'], ['p']));
	expect(out).not.toMatch(/map-mark|map-y|map-z/);
	expect(out).toContain('.cite,.map-x{color:#00f}');
	expect(out).toContain('p{margin:0}');
	expect(out).toMatch(/@media print\{\.cite\{color:#000\}\}/);
});

test('an element the page lacks removes a rule, custom or standard', () => {
	const out = pruneCss('chart-figure{display:block}.x,chart-figure .y{color:red}map-thing{color:blue}section{margin:0}progress{color:red}', known(['x'], ['map-thing', 'section']));
	expect(out).toBe('.x,chart-figure .y{color:red}map-thing{color:#00f}section{margin:0}');
});

test('form-control parts go unless the page has an input of their type', () => {
	const css = '::-webkit-datetime-edit{padding:0}::-webkit-search-decoration{appearance:none}::file-selector-button{margin:0}::backdrop{color:red}';
	expect(pruneCss(css, known([]))).toBe('::backdrop{color:red}');
	expect(pruneCss(css, known([], [], { hasInputType: (t) => t === 'search' }))).toBe('::-webkit-search-decoration{appearance:none}::backdrop{color:red}');
});

test('state never removes a rule: attributes, pseudo-classes and classes inside them keep it', () => {
	const css = ':root[data-theme=dark]{--ink:#fff}[hidden]{display:none}a:hover{color:red}p:not(.gone){color:blue}:is(.gone){color:green}';
	const out = pruneCss(css, known([], ['a', 'p'], { mentions: () => true }));
	for (const kept of ['data-theme', '[hidden]', 'a:hover', 'p:not(.gone)', '.gone{color:green}']) expect(out).toContain(kept);
});

test('custom properties, @property and @keyframes go when nothing reads them; var(), markup and scripts keep them', () => {
	const css =
		'@property --tw-shadow{syntax:"*";inherits:false}@property --tw-leading{syntax:"*";inherits:false}' +
		':root{--a:1px;--b:var(--a);--unused:red;--series-2:blue;--header-height:3rem}' +
		'.x{line-height:var(--tw-leading);margin:var(--b)}@keyframes gone{to{opacity:0}}@keyframes used{to{opacity:1}}.x{animation:1s used}';
	const out = pruneCss(css, known(['x'], [], { mentions: (t) => t === 'series-2' || t === '--header-height' }));
	expect(out).not.toMatch(/--tw-shadow|--unused|gone/);
	for (const kept of ['@property --tw-leading', '--a:1px', '--b:var(--a)', '--series-2:blue', '--header-height:3rem', '@keyframes used'])
		expect(out).toContain(kept);
});

test('a chain of unread variables goes as a whole', () => {
	expect(pruneCss(':root{--font-mono:monospace;--default-mono:var(--font-mono)}.x{color:red}', known(['x']))).toBe('.x{color:red}');
});

test('class tokens come from class attributes only; elements and input types from tags', () => {
	expect([...classTokens('<p class="a  b"><span class="c">.d</span><i data-class="e"></i></p>')].sort()).toEqual(['a', 'b', 'c']);
	expect([...elementNames('<P class="x"><chart-figure>a < b <br/></chart-figure>')].sort()).toEqual(['br', 'chart-figure', 'p']);
	expect([...inputTypes('<input type="search" id=q><input name=x><INPUT type=date>')].sort()).toEqual(['date', 'search', 'text']);
});

test('scripts add the classes and elements they write, not every word they contain', () => {
	const js = 'a.filter(x=>x);n.className=`sr-only`;t.classList.add("is-open","x-y");e.innerHTML=\'<li class="hit">\';document.createElement(`mark`);s.style.display="table"';
	const { classes, elements } = scriptVocabulary(js);
	expect([...classes].sort()).toEqual(['hit', 'is-open', 'sr-only', 'x-y']);
	expect([...elements].sort()).toEqual(['li', 'mark']);
});

test('the page CSP allows its own styles by their hashes, and no other; print rules stay inline', () => {
	const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-old' 'sha256-other'; img-src 'self'"><style>.a{color:red}.b{color:blue}@media print{.a{color:black}}</style></head><p class="a">`;
	const out = prunePageStyles(html, known(['a']));
	const style = /<style>([\s\S]*?)<\/style>/.exec(out)![1]!;
	expect(style).toBe('.a{color:red}@media print{.a{color:#000}}');
	expect(out).not.toContain('<link');
	const hash = createHash('sha256').update(style).digest('base64');
	expect(out).toContain(`style-src 'self' 'sha256-${hash}'; img-src 'self'"`);
	expect(() => prunePageStyles('<style>.x{color:red}</style>', known([]))).toThrow(/CSP/);
});
