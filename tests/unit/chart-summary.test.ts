/** The canvas's aria-label: every plotted value in words, in the page's language. */
import { describe, expect, test } from 'vitest';
import { chartModel } from '../../src/lib/chart/model.ts';
import { chartSummaries } from '../../src/lib/chart/summary.ts';
import { capacity, electricity, equity, jobs } from './figure-fixtures.ts';

describe('chartSummaries', () => {
	test('one summary per panel, naming the panel and saying which values are contested', () => {
		const summaries = chartSummaries(chartModel(equity, 'en'), 'Reported equity pledges');
		expect(summaries).toEqual([
			'Bar chart: Reported equity pledges — Reading 1: $7B each. OpenAI: $19B; Oracle: about $7B (contested).',
			'Bar chart: Reported equity pledges — Reading 2: $7B combined. OpenAI: $19B; Oracle and MGX combined: about $7B (contested).',
			'Bar chart: Reported equity pledges — Later report: $18B each. OpenAI: $18B.',
		]);
	});

	test('Chinese summaries use Chinese punctuation and the house money style', () => {
		const [first] = chartSummaries(chartModel(equity, 'zh'), '出资承诺');
		expect(first).toBe('柱状图：出资承诺——解读一：各70亿美元。OpenAI：190亿美元；甲骨文：约70亿美元（存在争议）。');
	});

	test('ranges are said to be ranges, and status is spoken, not only coloured', () => {
		const [summary] = chartSummaries(chartModel(capacity, 'en'), 'Planned capacity');
		expect(summary).toBe(
			'Horizontal bar chart: Planned capacity. Abilene, TX: 1,200 MW (Operating, contested); Doña Ana County, NM: 700–900 MW (range, Under construction); Stargate Argentina: up to 500 MW (Announced).',
		);
		const [, share] = chartSummaries(chartModel(electricity, 'zh'), '美国数据中心用电量');
		expect(share).toBe('柱状图：美国数据中心用电量——占全美用电比例（%）。2023年：4.4%；2028年（预测）：6.7–12%（区间）。');
	});

	test('grouped series name the series beside the category and skip missing values', () => {
		const [summary] = chartSummaries(chartModel(jobs, 'en'), 'Jobs');
		expect(summary).toContain('Abilene, TX, Construction (temporary): more than 6,400 jobs; Abilene, TX, Permanent: about 300–1,700 jobs (range, contested); Shackelford County, TX, Construction (temporary): more than 5,000 jobs;');
		expect(summary).not.toContain('Shackelford County, TX, Permanent');
	});
});
