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
