/**
 * The bench's verdict (issue 14's targets) and its report, as pure functions:
 * each page against its own floor page (LCP at most 1.15x), TBT at most 30 ms,
 * CLS exactly 0.
 */
import { PARTS, type PartName } from './composition.ts';
import type { PageRun } from './lighthouse.ts';

export const TARGETS = { lcpRatio: 1.15, tbtMs: 30, cls: 0 } as const;
/** TCP's initial congestion window as Lighthouse simulates it: 10 packets of 1460 bytes. */
export const INITIAL_WINDOW = 14600;

export interface PageResult {
	path: string;
	/** Medians of the page's runs and of its floor page's runs. */
	page: PageRun;
	floor: PageRun;
	/** Brotli bytes each part of the page's HTML adds (composition.ts). */
	composition?: Record<PartName, number>;
}

export function median(values: number[]): number {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of every metric over several runs. */
export function medianRun(runs: PageRun[]): PageRun {
	const m = (key: keyof PageRun) => median(runs.map((r) => r[key]));
	return { performance: m('performance'), accessibility: m('accessibility'), lcpMs: m('lcpMs'), fcpMs: m('fcpMs'), tbtMs: m('tbtMs'), cls: m('cls'), transferBytes: m('transferBytes'), htmlBytes: m('htmlBytes') };
}

export function verdict({ page, floor }: PageResult): { lcpRatio: number; pass: boolean } {
	const lcpRatio = page.lcpMs / floor.lcpMs;
	return { lcpRatio, pass: lcpRatio <= TARGETS.lcpRatio && page.tbtMs <= TARGETS.tbtMs && page.cls === TARGETS.cls };
}

export function reportMarkdown(results: PageResult[], meta: { date: string; runs: number; lighthouse: string; machine: string; buildSeconds: number }): string {
	const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
	const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
	const kb = (v: number) => (Number.isFinite(v) ? (v / 1024).toFixed(1) : '–');
	const floors = new Set<string>();
	const lines: string[] = [];
	for (const result of results) {
		// One floor row per page, before it: the same text, bare.
		if (!floors.has(result.path)) {
			floors.add(result.path);
			lines.push(row([`floor, ${result.path}'s text`, ms(result.floor.lcpMs), ms(result.floor.fcpMs), ms(result.floor.tbtMs), result.floor.cls.toFixed(3), kb(result.floor.htmlBytes), kb(result.floor.transferBytes), '', '', '']));
		}
		const { lcpRatio, pass } = verdict(result);
		lines.push(row([result.path, ms(result.page.lcpMs), ms(result.page.fcpMs), ms(result.page.tbtMs), result.page.cls.toFixed(3), kb(result.page.htmlBytes), kb(result.page.transferBytes), lcpRatio.toFixed(2), result.page.performance, pass ? 'yes' : '**no**']));
	}
	const passed = results.filter((r) => verdict(r).pass).length;
	const partNames: PartName[] = [...PARTS.map((part) => part.name), 'content'];
	const composed = results.filter((r) => r.composition);
	const overBy = (bytes: number) => (bytes <= INITIAL_WINDOW ? 'fits' : `+${kb(bytes - INITIAL_WINDOW)}`);
	// What the first round trip leaves for styles and scripts once the rest of the page (its text, markup, head,
	// header, icons and the response headers) is in: the whole budget for CSS if the text stays as it is.
	const room = (r: PageResult) => INITIAL_WINDOW - r.page.htmlBytes + r.composition!['inline CSS'] + r.composition!['scripts and chart data'];
	const composition = composed.length
		? [
				'## Where each page\'s HTML goes',
				'',
				`Brotli KB that each part adds to the page's HTML (taken out in this order, so the parts add up; headers not included). "One round trip" is what the HTML, headers included, needs to lose to arrive in the first ${(INITIAL_WINDOW / 1024).toFixed(1)} KB. "Room for CSS and scripts" is what that first round trip leaves for inline CSS, scripts and chart data once everything else on the page is in: to arrive in one round trip with its text as it is, the page's styles and scripts must fit there.`,
				'',
				row(['page', 'HTML KB', 'one round trip', 'room for CSS and scripts', ...partNames]),
				row(['---', '---:', '---:', '---:', ...partNames.map(() => '---:')]),
				...composed.map((r) => row([r.path, kb(r.page.htmlBytes), overBy(r.page.htmlBytes), kb(room(r)), ...partNames.map((name) => kb(r.composition![name]))])),
				'',
			]
		: [];
	return [
		'# Benchmark',
		'',
		`${meta.date}. ${meta.machine}. ${meta.lighthouse}, medians of ${meta.runs} runs per page.`,
		'',
		`Clean build: **${meta.buildSeconds.toFixed(1)} s**.`,
		'',
		`Targets: LCP at most ${TARGETS.lcpRatio}x the page's own floor page (the same text in bare HTML, one small stylesheet, no JavaScript), TBT at most ${TARGETS.tbtMs} ms, CLS exactly ${TARGETS.cls}. **${passed} of ${results.length} pages meet all three.**`,
		'',
		row(['page', 'LCP ms', 'FCP ms', 'TBT ms', 'CLS', 'HTML KB', 'transfer KB', 'LCP / floor', 'performance', 'on target']),
		row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
		...lines,
		'',
		`HTML KB is the page's own response as sent (compressed, headers included). Lighthouse's simulation downloads it in TCP round trips: the first carries ${(INITIAL_WINDOW / 1024).toFixed(1)} KB, the next twice as much, so a page whose HTML needs one more round trip than its floor's starts ~150 ms behind.`,
		'',
		...composition,
	].join('\n');
}
