/**
 * Chart.js configurations built from datasets: chart type, panels, labels,
 * values (ranges as floating bars), colours from the theme, and the text of
 * ticks, tooltips and value labels in both languages.
 */
import { describe, expect, test } from 'vitest';
import type { TooltipItem } from 'chart.js';
import { buildChartConfigs, chartConfigs, fitNames, withAlpha, type FigureChartConfig } from '../../src/lib/chart/config.ts';
import { chartModel, MAX_COLUMNS, wrapLabel } from '../../src/lib/chart/model.ts';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { pointUnit } from '../../src/lib/dataset/table.ts';
import { CONTENT_ROOT } from '../support/project.ts';
import { capacity, DARK, electricity, env, equity, headline, jobs, LIGHT } from './figure-fixtures.ts';

/** Calls a tick callback the way Chart.js does. */
function tick(config: FigureChartConfig, axis: 'x' | 'y', value: number): unknown {
	const ticks = config.options?.scales?.[axis]?.ticks as { callback: (this: unknown, v: number, i: number, t: unknown[]) => unknown };
	return ticks.callback.call({}, value, 0, []);
}
const tooltips = (config: FigureChartConfig) =>
	config.options?.plugins?.tooltip?.callbacks as {
		title: (items: Partial<TooltipItem<'bar'>>[]) => string;
		label: (item: Partial<TooltipItem<'bar'>>) => string | string[];
	};
const valueLabels = (config: FigureChartConfig) => config.options?.plugins?.valueLabels?.labels;

describe('panels and scales', () => {
	test('money and gigawatts never share a scale: one panel per unit', () => {
		const configs = buildChartConfigs(headline, 'en', env());
		expect(configs).toHaveLength(2);
		expect(configs.map((c) => c.type)).toEqual(['bar', 'bar']);
		expect(configs[0]!.data.datasets.map((d) => d.data)).toEqual([[500, 400]]);
		expect(configs[1]!.data.datasets.map((d) => d.data)).toEqual([[10]]);
		expect(tick(configs[0]!, 'y', 500)).toBe('$500B');
		expect(tick(configs[1]!, 'y', 10)).toBe('10 GW');
	});

	test('a count (jobs, promises) ticks in whole numbers only; a measure (GW) may tick in fractions', () => {
		const precision = (config: FigureChartConfig, axis: 'x' | 'y') => (config.options?.scales?.[axis]?.ticks as { precision?: number } | undefined)?.precision;
		const [jobsConfig] = buildChartConfigs(jobs, 'en', env());
		const valueAxis = jobsConfig!.options?.indexAxis === 'y' ? 'x' : 'y';
		expect(precision(jobsConfig!, valueAxis)).toBe(0);
		expect(precision(buildChartConfigs(headline, 'en', env())[1]!, 'y')).toBeUndefined();
	});

	test('alternative readings are side-by-side panels on one shared scale, in one colour', () => {
		const model = chartModel(equity, 'en');
		expect(model.layout).toBe('columns');
		expect(model.panels.map((p) => p.title)).toEqual(['Reading 1: $7B each', 'Reading 2: $7B combined', 'Later report: $18B each']);
		const configs = chartConfigs(model, env());
		expect(configs.map((c) => c.options?.scales?.y && 'suggestedMax' in c.options.scales.y && c.options.scales.y.suggestedMax)).toEqual([19, 19, 19]);
		expect(configs.map((c) => c.data.datasets[0]!.data)).toEqual([[19, 7], [19, 7], [18]]);
		// Labels padded to the same depth keep the zero lines level.
		expect(new Set(model.panels.flatMap((p) => p.lines.map((l) => l.length))).size).toBe(1);
		expect(new Set(configs.flatMap((c) => c.data.datasets[0]!.borderColor as string[]))).toEqual(new Set(['light:series-1']));
	});

	test('a range is one floating bar [low, high], pale with an outline; a contested value is hatched', () => {
		const [config] = buildChartConfigs(capacity, 'en', env());
		const dataset = config!.data.datasets[0]!;
		expect(config!.options?.indexAxis).toBe('y');
		expect(dataset.data).toEqual([1200, [700, 900], 500]);
		expect(dataset.backgroundColor).toEqual(['hatch(light:status-operating)', 'light:status-under-construction', 'light:status-announced']);
		expect(dataset.borderWidth).toEqual([1.5, 1.5, 0]);
		expect(valueLabels(config!)).toEqual([['1,200 MW', '700–900 MW', '≤500 MW']]);
	});

	test('status is written beside each name, not shown by colour alone', () => {
		expect(chartModel(capacity, 'en').panels[0]!.lines).toEqual([
			['Abilene, TX', 'Operating'],
			['Doña Ana County, NM', 'Under construction'],
			['Stargate Argentina', 'Announced'],
		]);
		expect(chartModel(capacity, 'zh').panels[0]!.lines.map((l) => l.at(-1))).toEqual(['运营中', '在建', '已宣布']);
	});

	test('in an image of fixed height, names stay whole: the status line goes first (the colour and the legend carry it), then the bars narrow, and only then a name is cut', () => {
		const panel = chartModel(capacity, 'en').panels[0]!;
		// Three rows of one line each (14.4 px a line) in a 1000 px wide image; names measure 7 px a character.
		const image = { ...env(), width: 1000, height: 40 + 3 * 25 };
		expect(fitNames(panel, image)).toEqual([['Abilene, TX'], ['Doña Ana County, NM'], ['Stargate Argentina']]);
		// Room for two lines a row: the status stays.
		expect(fitNames(panel, { ...image, height: 40 + 3 * 40 })).toEqual(panel.lines);
		const named = (last: string) => ({ ...panel, categories: [...panel.categories.slice(0, 2), last] });
		// 70 characters (490 px) is over 40% of the width but within 60%: whole, on one line.
		const long = `${'x'.repeat(40)} ${'y'.repeat(29)}`;
		expect(fitNames(named(long), image).at(-1)).toEqual([long]);
		// 100 characters (700 px) is over 60%: wrapped, and the line that does not fit is cut.
		expect(fitNames(named(`${'x'.repeat(60)} ${'y'.repeat(39)}`), image).at(-1)).toEqual([`${'x'.repeat(60)}…`]);
	});

	test('in an image, the name axis is widened to its names past the half of the width Chart.js allows; on a page it is left to Chart.js', () => {
		const model = chartModel(capacity, 'en');
		const long = { ...model, panels: [{ ...model.panels[0]!, categories: [...model.panels[0]!.categories.slice(0, 2), `${'x'.repeat(40)} ${'y'.repeat(29)}`] }] };
		const afterFit = (config: FigureChartConfig) => (config.options?.scales?.y as { afterFit?: (scale: { width: number }) => void }).afterFit;
		const [image] = chartConfigs(long, { ...env(), width: 1000, height: 40 + 3 * 25 });
		const scale = { width: 300 };
		afterFit(image!)!(scale);
		// 70 characters at 7 px, and the tick padding.
		expect(scale.width).toBe(70 * 7 + 12);
		expect(afterFit(chartConfigs(long, { ...env(), width: 1000 })[0]!)).toBeUndefined();
	});

	test(`grouped series sit side by side and are never stacked; over ${MAX_COLUMNS} categories turn horizontal`, () => {
		const [config] = buildChartConfigs(jobs, 'en', env());
		expect(jobs.chart?.kind).toBe('bar');
		expect(config!.options?.indexAxis).toBe('y');
		expect(config!.data.datasets.map((d) => d.label)).toEqual(['Construction (temporary)', 'Permanent']);
		expect(config!.data.datasets[0]!.data).toEqual([6400, 5000, 2500, 4000, 2500, 5000]);
		expect(config!.data.datasets[1]!.data).toEqual([[300, 1700], null, 750, null, null, null]);
		expect(config!.data.datasets.every((d) => (d as { skipNull?: boolean }).skipNull)).toBe(true);
		const scales = config!.options?.scales as Record<string, { stacked?: boolean }>;
		expect(Object.values(scales).some((s) => s.stacked)).toBe(false);
	});

	test('stacked panels over the same categories keep each category in the same place', () => {
		const model = chartModel(electricity, 'en');
		expect(model.panels.map((p) => p.categories)).toEqual([
			['2014', '2023', '2028 (projection)'],
			['2014', '2023', '2028 (projection)'],
		]);
		const [, share] = chartConfigs(model, env());
		expect(share!.data.datasets[0]!.data).toEqual([null, 4.4, [6.7, 12]]);
		expect(tick(share!, 'y', 12)).toBe('12%');
	});

	test('the chart box height is reserved per panel and grows with the rows', () => {
		const few = chartModel(capacity, 'en').panels[0]!.height;
		const many = chartModel(jobs, 'en').panels[0]!.height;
		expect(few).toBeGreaterThanOrEqual(10);
		expect(many).toBeGreaterThan(few);
		expect(many).toBeLessThanOrEqual(40);
	});
});

describe('language', () => {
	test('ticks read $500B in English and 5000亿美元 in Chinese', () => {
		const [en] = buildChartConfigs(headline, 'en', env());
		const [zh] = buildChartConfigs(headline, 'zh', env());
		expect(tick(en!, 'y', 500)).toBe('$500B');
		expect(tick(en!, 'y', 0)).toBe('$0B');
		expect(tick(zh!, 'y', 500)).toBe('5000亿美元');
		expect(tick(zh!, 'y', 100)).toBe('1000亿美元');
		const [, gwZh] = buildChartConfigs(headline, 'zh', env());
		expect(tick(gwZh!, 'y', 10)).toBe('10吉瓦');
	});

	test('tooltips give the full name, the value in words, the date stated and any contest', () => {
		const [en] = buildChartConfigs(headline, 'en', env());
		expect(tooltips(en!).title([{ dataIndex: 1 }])).toBe('Sep 2025: planned');
		expect(tooltips(en!).label({ datasetIndex: 0, dataIndex: 1 })).toEqual(['more than $400B', 'Stated: September 23, 2025']);
		const [zh] = buildChartConfigs(headline, 'zh', env());
		expect(tooltips(zh!).label({ datasetIndex: 0, dataIndex: 1 })).toEqual(['超过4000亿美元', '公布日期：2025年9月23日']);

		const [capacityZh] = buildChartConfigs(capacity, 'zh', env());
		expect(tooltips(capacityZh!).label({ datasetIndex: 0, dataIndex: 0 })).toEqual(['1200兆瓦', '公布日期：2025年5月21日', '状态：运营中', '（存在争议）']);
		expect(tooltips(capacityZh!).label({ datasetIndex: 0, dataIndex: 1 })).toEqual(['700–900兆瓦（区间）', '公布日期：2025年9月', '状态：在建']);
		const [jobsEn] = buildChartConfigs(jobs, 'en', env());
		expect(tooltips(jobsEn!).label({ datasetIndex: 1, dataIndex: 0 })).toEqual([
			'Permanent: about 300–1,700 jobs (range)',
			'Stated: October 2025',
			'(contested)',
		]);
	});

	test('value labels are compact, with the qualifier as a sign', () => {
		expect(valueLabels(buildChartConfigs(headline, 'en', env())[0]!)).toEqual([['$500B', '>$400B']]);
		expect(valueLabels(buildChartConfigs(headline, 'zh', env())[0]!)).toEqual([['5000亿美元', '>4000亿美元']]);
		expect(valueLabels(buildChartConfigs(equity, 'zh', env())[1]!)).toEqual([['190亿美元', '~70亿美元']]);
	});

	test('the side padding fits the widest value label', () => {
		const [config] = buildChartConfigs(capacity, 'en', env());
		expect(config!.options?.layout?.padding).toMatchObject({ right: '700–900 MW'.length * 7 + 8 });
	});
});

describe('theme and motion', () => {
	test('colours come from the theme passed in, so a theme change re-colours', () => {
		const [light] = buildChartConfigs(headline, 'en', env(LIGHT));
		const [dark] = buildChartConfigs(headline, 'en', env(DARK));
		expect(light!.data.datasets[0]!.backgroundColor).toEqual(['light:series-1', 'light:series-1']);
		expect(dark!.data.datasets[0]!.backgroundColor).toEqual(['dark:series-1', 'dark:series-1']);
		expect(dark!.options?.plugins?.tooltip?.backgroundColor).toBe(DARK.ink);
		expect(dark!.options?.plugins?.valueLabels?.color).toBe(DARK.ink);
		expect((dark!.options?.scales?.y?.grid as { color: string }).color).toBe(DARK.rule);
	});

	test('reduced motion turns animation off; the box, not the aspect ratio, sets the height', () => {
		const [still] = buildChartConfigs(headline, 'en', env(LIGHT, false));
		const [moving] = buildChartConfigs(headline, 'en', env(LIGHT, true));
		expect(still!.options?.animation).toBe(false);
		expect(moving!.options?.animation).toMatchObject({ duration: expect.any(Number) });
		expect(still!.options?.maintainAspectRatio).toBe(false);
		expect(still!.options?.responsive).toBe(true);
	});

	test('withAlpha turns hex into rgba and leaves other colours alone', () => {
		expect(withAlpha('#0b58a8', 0.28)).toBe('rgba(11, 88, 168, 0.28)');
		expect(withAlpha('#fff', 0.5)).toBe('rgba(255, 255, 255, 0.5)');
		expect(withAlpha('rgb(1, 2, 3)', 0.5)).toBe('rgb(1, 2, 3)');
	});
});

describe('wrapLabel', () => {
	test('breaks at spaces in English and between Han characters, in balanced lines', () => {
		expect(wrapLabel('Shackelford County, TX', 16)).toEqual(['Shackelford', 'County, TX']);
		expect(wrapLabel('得克萨斯州米拉姆县', 16)).toEqual(['得克萨斯州', '米拉姆县']);
		expect(wrapLabel('OpenAI', 10)).toEqual(['OpenAI']);
	});
	test('keeps Latin words, numbers and a short bracketed aside whole', () => {
		expect(wrapLabel('2028年（预测）', 9)).toEqual(['2028年', '（预测）']);
		expect(wrapLabel('甲骨文与MGX合计', 10)).toEqual(['甲骨文与', 'MGX合计']);
		expect(wrapLabel('Jan 2025: to deploy "immediately"', 11)).toEqual(['Jan 2025:', 'to deploy', '"immediately"']);
	});
});

describe('every real dataset', () => {
	const { content } = validateContent(readContent(CONTENT_ROOT));
	test.each(content.datasets.map((d) => [d.id, d] as const))('%s: each point drawn once, one unit per panel, in both languages', (_id, dataset) => {
		for (const lang of ['en', 'zh'] as const) {
			const model = chartModel(dataset, lang);
			const bars = model.panels.flatMap((p) => p.series.flatMap((s) => s.bars)).filter((b) => b !== null);
			expect(bars).toHaveLength(dataset.points.length);
			for (const panel of model.panels) {
				const units = new Set(
					dataset.points.filter((p) => panel.series.some((s) => (s.id === 'values' ? true : p.series === s.id))).map((p) => pointUnit(dataset, p)),
				);
				expect([...units]).toEqual([panel.unit]);
				expect(panel.lines.length).toBe(panel.categories.length);
			}
			const configs = chartConfigs(model, env());
			expect(configs.map((c) => c.data.datasets.flatMap((d) => d.data).filter((v) => v !== null))).toEqual(
				model.panels.map((p) => p.series.flatMap((s) => s.bars.filter((b) => b !== null).map((b) => b.value))),
			);
		}
	});
});
