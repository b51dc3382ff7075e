import { expect, test } from 'vitest';
import { brotliBytes, composition } from '../../src/cli/bench/composition.ts';

const page = (css: string, body: string) =>
	`<!doctype html><html><head><title>T</title><style>${css}</style><script>(()=>{})()</script></head><body><header class="site-header"><a href="/">Site</a></header><main>${body}</main><footer>f</footer></body></html>`;

test('the parts and the content add up to the whole compressed page', () => {
	const html = page('.a{color:red}'.repeat(20), '<p>Text.</p><svg viewBox="0 0 1 1"><path d="M0 0h1"/></svg>');
	const { total, parts } = composition(html);
	expect(total).toBe(brotliBytes(html));
	expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(total);
});

test('inline CSS that does not repeat the page costs its own bytes; a page without SVG has none', () => {
	// 200 distinct rules: incompressible against each other and the page.
	const rules = Array.from({ length: 200 }, (_, i) => `.c${i.toString(36)}x${(i * 7919).toString(36)}{margin:${i}px ${(i * 13) % 97}px}`).join('');
	const light = composition(page('', '<p>Text.</p>')).parts;
	const heavy = composition(page(rules, '<p>Text.</p>')).parts;
	expect(heavy['inline CSS'] - light['inline CSS']).toBeGreaterThan(brotliBytes(rules) * 0.8);
	expect(heavy['inline SVG (icons, map)']).toBe(0);
	expect(heavy.content).toBe(light.content);
});
