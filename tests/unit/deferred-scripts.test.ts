import { expect, test } from 'vitest';
import { deferModuleScripts } from '../../src/lib/page/deferred-scripts.ts';
import { THEME_INIT_SCRIPT } from '../../src/scripts/theme-init.ts';

test('module scripts become inert data blocks naming their file; inline and other scripts stay', () => {
	const html = '<script>x()</script><p>a</p><script type="module" src="/_astro/A.1.js"></script><script type="application/json" data-chart-model>{}</script><script type="module" src="/sub/_astro/B.2.js"></script>';
	expect(deferModuleScripts(html)).toBe(
		'<script>x()</script><p>a</p><script type="text/plain" data-module="/_astro/A.1.js"></script><script type="application/json" data-chart-model>{}</script><script type="text/plain" data-module="/sub/_astro/B.2.js"></script>',
	);
});

test('the inline bootstrap starts them as module scripts two frames after the document is parsed', () => {
	expect(THEME_INIT_SCRIPT).toContain("addEventListener('DOMContentLoaded'");
	expect(THEME_INIT_SCRIPT).toContain('requestAnimationFrame(()=>requestAnimationFrame(');
	expect(THEME_INIT_SCRIPT).toContain("querySelectorAll('script[data-module]')");
	expect(THEME_INIT_SCRIPT).toContain("m.type='module'");
});

test('scripts start only after the first contentful paint; when every one has run or failed, <html> says so (data-scripts="ready"), also on a page with none', () => {
	const html = { dataset: {} as Record<string, string> };
	const started: Array<{ onload?: () => void; onerror?: () => void; src?: string }> = [];
	const document = {
		documentElement: html,
		head: { append: () => undefined },
		querySelectorAll: () => blocks,
		createElement: () => {
			const element = {};
			started.push(element);
			return element;
		},
	};
	let blocks: Array<{ dataset: { module: string } }> = [{ dataset: { module: '/a.js' } }, { dataset: { module: '/b.js' } }];
	let paint: ((list: { getEntriesByName: (name: string) => unknown[] }, observer: { disconnect: () => void }) => void) | undefined;
	class FakeObserver {
		static supportedEntryTypes = ['paint'];
		constructor(callback: typeof paint) {
			paint = callback;
		}
		observe() {}
	}
	const painted = (name: string) => paint!({ getEntriesByName: (wanted) => (wanted === name ? [{}] : []) }, { disconnect: () => undefined });
	let fallback: (() => void) | undefined;
	const run = () => {
		let parsed: (() => void) | undefined;
		const frame = (callback: () => void) => callback();
		new Function('addEventListener', 'requestAnimationFrame', 'document', 'localStorage', 'matchMedia', 'PerformanceObserver', 'setTimeout', THEME_INIT_SCRIPT)(
			(_: string, callback: () => void) => (parsed = callback),
			frame,
			document,
			{ getItem: () => 'light' },
			() => ({ matches: false }),
			FakeObserver,
			(callback: () => void) => (fallback = callback),
		);
		parsed!();
		expect(started).toHaveLength(0);
		painted('first-paint');
		expect(started).toHaveLength(0);
		painted('first-contentful-paint');
	};
	run();
	expect(started.map((s) => s.src)).toEqual(['/a.js', '/b.js']);
	expect(html.dataset.scripts).toBeUndefined();
	started[0]!.onload!();
	expect(html.dataset.scripts).toBeUndefined();
	started[1]!.onerror!();
	expect(html.dataset.scripts).toBe('ready');

	// The 3 s fallback (a background tab paints nothing) finds them started and does not start them twice.
	fallback!();
	expect(started).toHaveLength(2);

	html.dataset = {};
	blocks = [];
	started.length = 0;
	run();
	expect(html.dataset.scripts).toBe('ready');
});
