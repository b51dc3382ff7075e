import { expect, test } from 'vitest';
import { importsOf } from '../../src/lib/budgets/module-graph.ts';

test('finds static imports and re-exports in minified output', () => {
	const code = 'import{a as b}from"./chunk.A1.js";import"/_astro/side.B2.js";import c from \'./c.js\';export{d}from"./d.js";export*from"./e.js";b(c)';
	expect(importsOf(code)).toEqual({ static: ['./chunk.A1.js', '/_astro/side.B2.js', './c.js', './d.js', './e.js'], dynamic: [] });
});

test('dynamic import() is on demand, not static; import.meta and computed specifiers are neither', () => {
	const code =
		'var s;function f(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}async function draw(){s??=a(()=>import(`./chart-render.Dp.js`),[]);await import(x);await import(`${c}pagefind/pagefind.js`)}';
	expect(importsOf(code)).toEqual({ static: [], dynamic: ['./chart-render.Dp.js'] });
});

test('words that merely end in "import" are not imports', () => {
	expect(importsOf('var reimport"x";obj.import("./y.js")')).toEqual({ static: [], dynamic: [] });
});
