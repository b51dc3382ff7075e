import { expect, test } from 'vitest';
import { floorPage } from '../../src/cli/bench/floor.ts';

const page = `<!doctype html><html lang="zh-Hans"><head><title>资金 | 星际之门</title><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script></head>
<body><header><nav><a href="/">Home</a></nav></header>
<main><h1 id="t">Who pays</h1><p class="lead">OpenAI said <a href="#r1" class="cite">$500B</a>.</p>
<div popover id="p1"><p>Preview text</p></div>
<ol><li id="ref-1" popover><button type="button">×</button>Reuters, “Headline”</li></ol>
<chart-figure><canvas></canvas><table><caption>Pledges</caption><tr><th>Who</th><td>19</td></tr></table></chart-figure>
<button type="button">Copy link</button><svg><title>icon</title></svg><p hidden>Secret</p></main>
<footer>Footer</footer><script>alert(1)</script></body></html>`;

test('the floor page keeps the main text and tables, bare, with no script or stylesheet link', () => {
	const floor = floorPage(page);
	expect(floor).toContain('<html lang="zh-Hans">');
	expect(floor).toContain('<title>资金 | 星际之门</title>');
	expect(floor).toContain('<h1>Who pays</h1>');
	expect(floor).toContain('<p>OpenAI said <a href="#r1">$500B</a>.</p>');
	expect(floor).toContain('<caption>Pledges</caption>');
	expect(floor).toContain('<td>19</td>');
	// A reference entry is a popover shown in the list: the reader sees it, so the floor keeps it.
	expect(floor).toContain('<li>Reuters, “Headline”</li>');
	for (const gone of ['<script', 'stylesheet', 'canvas', 'Copy link', 'icon', 'Secret', 'Preview text', 'Footer', 'Home', 'class=']) expect(floor).not.toContain(gone);
});
