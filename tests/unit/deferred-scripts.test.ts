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
