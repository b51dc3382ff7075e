/**
 * The one layout rule for figures (src/lib/chart/config.ts panelLayout), the
 * unit said once (short.ts), the names a card keeps whole (share/no-break.ts),
 * the embed snippet and the framing rule for embed pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chartConfigs, panelLayout } from '../../src/lib/chart/config.ts';
import { chartModel, NARROW_BELOW } from '../../src/lib/chart/model.ts';
import { shortUnit, shortValue } from '../../src/lib/chart/short.ts';
import { embedSnippet } from '../../src/lib/chart/embed.ts';
import { figurePageTitle, isEmbedPage, isFigurePage } from '../../src/lib/chart/figure-files.ts';
import { breakUnits } from '../../src/lib/share/card.ts';
import { noBreakNames } from '../../src/lib/share/no-break.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { formatHeadersFile, siteHeaderRules } from '../../src/lib/hosting/host-headers.ts';
import { capacity, electricity, env } from './figure-fixtures.ts';

describe('one layout rule at every width', () => {
	test('the CSS container query switches heights at the same width as the script', () => {
		const css = readFileSync('src/styles/figure.css', 'utf8');
		expect(css).toContain(`@container figure-panel (max-width: ${NARROW_BELOW - 0.02}px)`);
	});

	test('below the threshold every panel is horizontal bars with names above them and short labels under a unit title', () => {
		const model = chartModel(electricity, 'zh');
		const narrow = { ...env(), width: NARROW_BELOW - 1 };
		expect(model.panels.map((p) => panelLayout(model, p, narrow))).toEqual(model.panels.map(() => ({ horizontal: true, namesAbove: true, short: true })));
		const [config] = chartConfigs(model, narrow);
		expect(config!.options?.indexAxis).toBe('y');
		expect(config!.data.labels).toEqual(model.panels[0]!.narrowLines);
		const y = config!.options?.scales?.y as { ticks: { mirror: boolean; labelOffset: number } };
		expect(y.ticks.mirror).toBe(true);
		expect(y.ticks.labelOffset).toBeLessThan(0);
		const x = config!.options?.scales?.x as { title: { display: boolean; text: string } };
		expect(x.title).toMatchObject({ display: true, text: '太瓦时' });
		expect(config!.options?.plugins?.valueLabels?.labels?.flat()).toContain('325–580');
	});

	test('at or above the threshold columns keep full labels where they fit', () => {
		const model = chartModel(electricity, 'en');
		const wide = { ...env(), width: 1200 };
		expect(panelLayout(model, model.panels[0]!, wide)).toEqual({ horizontal: false, namesAbove: false, short: false });
		// In a column too narrow for "325–580 TWh", numbers only, the unit in the axis title.
		expect(panelLayout(model, model.panels[0]!, { ...env(), width: NARROW_BELOW, measure: (t) => t.length * 30 }).short).toBe(true);
	});

	test('horizontal figures keep names at the side on wide canvases, above the bars on narrow ones', () => {
		const model = chartModel(capacity, 'en');
		expect(panelLayout(model, model.panels[0]!, { ...env(), width: 700 }).namesAbove).toBe(false);
		expect(panelLayout(model, model.panels[0]!, { ...env(), width: 320 }).namesAbove).toBe(true);
	});

	test('narrow names are padded at the top to one depth and the narrow height holds them', () => {
		for (const lang of ['en', 'zh'] as const) {
			for (const panel of chartModel(capacity, lang).panels) {
				expect(new Set(panel.narrowLines.map((l) => l.length)).size).toBe(1);
				expect(panel.narrowHeight).toBeGreaterThanOrEqual(10);
			}
		}
	});
});

describe('the unit said once', () => {
	test('numbers without units, qualifiers as signs, Chinese money in 亿', () => {
		expect(shortValue(19, 'usd-billion', 'en')).toBe('19');
		expect(shortValue(19, 'usd-billion', 'zh')).toBe('190');
		expect(shortValue({ low: 325, high: 580 }, 'twh', 'zh')).toBe('325–580');
		expect(shortValue(7, 'usd-billion', 'en', 'about')).toBe('~7');
		expect(shortValue(31000, 'jobs', 'zh')).toBe('3.1万');
		expect(shortValue(1200, 'mw', 'en')).toBe('1,200');
		expect([shortUnit('usd-billion', 'zh'), shortUnit('twh', 'zh'), shortUnit('usd-billion', 'en')]).toEqual(['亿美元', '太瓦时', '$ billion']);
	});
});

describe('Chinese names never break on a card', () => {
	const names = noBreakNames({
		glossary: [
			{ name: { en: 'Stargate', zh: '星际之门' } },
			{ name: { en: 'Musk', zh: '马斯克' }, firstMention: { en: 'Elon Musk', zh: '埃隆·马斯克' } },
		],
		partners: [{ name: { zh: '软银集团' } }],
		sites: [{ name: { zh: '得克萨斯州阿比林' } }],
	});
	const pieces = (text: string, list: readonly string[]) => breakUnits(text, list).map((u) => u.text);

	test('the dictionary alone splits the names; the list joins them again', () => {
		expect(pieces('星际之门是什么', [])).not.toContain('星际之门');
		expect(pieces('星际之门是什么', names)).toEqual(['星际之门', '是什么']);
		expect(pieces('埃隆·马斯克说', names)).toEqual(['埃隆·马斯克', '说']);
		expect(pieces('得克萨斯州阿比林的园区', names)[0]).toBe('得克萨斯州阿比林');
	});

	test('names come from the glossary, partners and sites, longest first', () => {
		expect(names).toEqual(expect.arrayContaining(['星际之门', '马斯克', '埃隆·马斯克', '埃隆', '软银集团', '得克萨斯州阿比林', '是什么']));
		expect(names.indexOf('得克萨斯州阿比林')).toBeLessThan(names.indexOf('星际之门'));
	});
});

describe('embedding', () => {
	test('the snippet frames the embed page with its title', () => {
		expect(embedSnippet('https://x.example/zh/embed/a/', 'A "quoted" title', 640)).toBe(
			'<iframe src="https://x.example/zh/embed/a/" title="A &quot;quoted&quot; title" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>',
		);
	});

	test('a figure page title drops its unit aside, then words, to fit search results', () => {
		expect(figurePageTitle('Short title (GW)', 70)).toBe('Short title (GW)');
		expect(figurePageTitle('US data-centre electricity use (TWh and share of US electricity)', 40)).toBe('US data-centre electricity use');
		expect(figurePageTitle('One two three four five six', 12)).toBe('One two…');
	});

	test('figure and embed paths are recognised in both languages', () => {
		expect([isFigurePage('figures/a/'), isFigurePage('zh/figures/a/'), isFigurePage('energy/')]).toEqual([true, false, false]);
		expect([isEmbedPage('/embed/a/'), isEmbedPage('/zh/embed/a/'), isEmbedPage('/energy/')]).toEqual([true, true, false]);
	});

	test("only embed pages may be framed; every other page keeps frame-ancestors 'none', and no path gets two CSP headers", () => {
		const rules = siteHeaderRules({ pages: ['/', '/energy/', '/figures/a/', '/zh/figures/a/', '/embed/a/', '/zh/embed/a/'].map((path) => ({ path, policies: ["default-src 'self'"] })) });
		const file = parseHeadersFile(formatHeadersFile(rules, 'x'));
		const csp = (path: string) => headersFor(file, path).get('content-security-policy');
		expect(csp('/embed/a/')).toMatch(/frame-ancestors \*$/);
		expect(csp('/zh/embed/a/')).toMatch(/frame-ancestors \*$/);
		for (const path of ['/', '/energy/', '/figures/a/', '/zh/figures/a/']) expect(csp(path), path).toMatch(/frame-ancestors 'none'$/);
		for (const path of ['/', '/embed/a/', '/figures/a/']) {
			expect(file.filter((r) => r.headers.some(([n]) => n === 'Content-Security-Policy') && headersFor([r], path).size > 0), path).toHaveLength(1);
		}
	});
});
