import { expect, test } from 'vitest';
import { median, reportMarkdown, verdict } from '../../src/cli/bench/report.ts';

const run = (lcpMs: number, tbtMs = 0, cls = 0) => ({ performance: 99, accessibility: 100, lcpMs, fcpMs: lcpMs - 100, tbtMs, cls, transferBytes: 20480, htmlBytes: 14336 });

test('median of an odd and an even count, ignoring failed runs', () => {
	expect(median([3, 1, 2])).toBe(2);
	expect(median([4, 1, 3, 2])).toBe(2.5);
	expect(median([NaN, 5])).toBe(5);
});

test('a page meets the targets only within 1.15x its floor LCP, TBT <= 30 ms and CLS exactly 0', () => {
	const floor = run(1000);
	expect(verdict({ path: '/', page: run(1150), floor })).toEqual({ lcpRatio: 1.15, pass: true });
	expect(verdict({ path: '/', page: run(1151), floor }).pass).toBe(false);
	expect(verdict({ path: '/', page: run(1000, 31), floor }).pass).toBe(false);
	expect(verdict({ path: '/', page: run(1000, 0, 0.001), floor }).pass).toBe(false);
});

test('the report has a floor row and a page row with the ratio', () => {
	const md = reportMarkdown([{ path: '/funding/', page: run(1405, 32, 0.002), floor: run(905) }], { date: '2026-11-29', runs: 3, lighthouse: 'Lighthouse 13.5.0', machine: '2 CPUs', buildSeconds: 30 });
	expect(md).toContain("| floor, /funding/'s text | 905 | 805 | 0 | 0.000 | 14.0 | 20.0 |  |  |  |");
	expect(md).toContain('| /funding/ | 1405 | 1305 | 32 | 0.002 | 14.0 | 20.0 | 1.55 | 99 | **no** |');
	expect(md).toContain('the first carries 14.3 KB');
	expect(md).toContain('**0 of 1 pages meet all three.**');
});

test('with the page\'s composition, the report says how far its HTML is from one round trip, part by part', () => {
	const parts = { 'inline CSS': 5734, 'scripts and chart data': 1300, 'inline SVG (icons, map)': 140, 'rest of <head>': 900, 'site header and footer': 1100, content: 10200 };
	const over = { path: '/funding/', page: { ...run(900), htmlBytes: 20172 }, floor: run(700), composition: parts };
	const fits = { path: '/', page: { ...run(700), htmlBytes: 14600 }, floor: run(650), composition: parts };
	const md = reportMarkdown([over, fits], { date: '2026-11-29', runs: 3, lighthouse: 'Lighthouse 13.5.0', machine: '2 CPUs', buildSeconds: 30 });
	expect(md).toContain('| page | HTML KB | one round trip | room for CSS and scripts | inline CSS | scripts and chart data | inline SVG (icons, map) | rest of <head> | site header and footer | content |');
	// 14600 - 20172 + 5734 + 1300 = 1462 bytes.
	expect(md).toContain('| /funding/ | 19.7 | +5.4 | 1.4 | 5.6 | 1.3 | 0.1 | 0.9 | 1.1 | 10.0 |');
	expect(md).toContain('| / | 14.3 | fits | 6.9 |');
});

test('without compositions the report has no such section', () => {
	expect(reportMarkdown([{ path: '/', page: run(700), floor: run(650) }], { date: 'd', runs: 1, lighthouse: 'L', machine: 'm', buildSeconds: 1 })).not.toContain('one round trip |');
});
