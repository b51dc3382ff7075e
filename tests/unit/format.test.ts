import { describe, expect, test } from 'vitest';
import { aside, dataUnitLabel, formatDate, formatNumber, formatValue, joinRange, latestDate, unitLabel, zhCount } from '../../src/lib/format.ts';

describe('formatValue', () => {
	test('money reads as $500B in English and 5000亿美元 in Chinese', () => {
		expect(formatValue(500, 'usd-billion', 'en')).toBe('$500B');
		expect(formatValue(500, 'usd-billion', 'zh')).toBe('5000亿美元');
		expect(formatValue(19, 'usd-billion', 'zh')).toBe('190亿美元');
		expect(formatValue(7.1, 'usd-billion', 'zh')).toBe('71亿美元');
		expect(formatValue(0.375, 'usd-billion', 'en')).toBe('$375M');
		expect(formatValue(0.375, 'usd-billion', 'zh')).toBe('3.75亿美元');
	});

	test('a range states its unit once', () => {
		expect(formatValue({ low: 325, high: 580 }, 'twh', 'en')).toBe('325–580 TWh');
		expect(formatValue({ low: 325, high: 580 }, 'twh', 'zh')).toBe('325–580太瓦时');
		expect(formatValue({ low: 6.7, high: 12 }, 'percent', 'en')).toBe('6.7–12%');
		expect(formatValue({ low: 19, high: 23 }, 'usd-billion', 'en')).toBe('$19–23B');
		expect(formatValue({ low: 700, high: 900 }, 'mw', 'zh')).toBe('700–900兆瓦');
	});

	test('qualifiers are words in text and signs when compact', () => {
		expect(formatValue(100000, 'jobs', 'en', { qualifier: 'more-than' })).toBe('more than 100,000 jobs');
		expect(formatValue(100000, 'jobs', 'zh', { qualifier: 'more-than' })).toBe('超过10万个岗位');
		expect(formatValue(900, 'mw', 'en', { qualifier: 'about', compact: true })).toBe('~900 MW');
		expect(formatValue(10, 'gw', 'zh', { qualifier: 'more-than', compact: true })).toBe('>10吉瓦');
	});

	test('Chinese counts use 万 and 亿 without digit grouping', () => {
		expect(zhCount(1200)).toBe('1200');
		expect(zhCount(25000)).toBe('2.5万');
		expect(zhCount(5e11)).toBe('5000亿');
		expect(formatNumber(1200, 'mw', 'en')).toBe('1,200 MW');
		expect(formatNumber(176, 'twh', 'zh')).toBe('176太瓦时');
	});

	test('the promise tracker counts promises, one or many, in both languages', () => {
		expect(formatNumber(1, 'promises', 'en')).toBe('1 promise');
		expect(formatNumber(3, 'promises', 'en')).toBe('3 promises');
		expect(formatNumber(3, 'promises', 'zh')).toBe('3项承诺');
		expect(unitLabel('promises', 'zh')).toBe('承诺数');
	});

	test('joinRange keeps a leading currency sign on the low end only', () => {
		expect(joinRange('$7B', '$14B')).toBe('$7–14B');
		expect(joinRange('7500万个岗位', '1.2亿个岗位')).toBe('7500万–1.2亿个岗位');
		expect(joinRange('3250亿千瓦时', '5800亿千瓦时')).toBe('3250–5800亿千瓦时');
	});

	test('unit labels exist in both languages', () => {
		expect(unitLabel('twh', 'en')).toBe('terawatt-hours (TWh) per year');
		// The pages count Chinese money in 亿 (190亿美元); the downloads hold billions (19), and say so.
		expect(unitLabel('usd-billion', 'zh')).toBe('亿美元');
		expect(dataUnitLabel('usd-billion', 'zh')).toBe('十亿美元（换算为亿美元须乘以10）');
		expect(dataUnitLabel('usd-billion', 'en')).toBe('US dollars, billions');
		expect(dataUnitLabel('gw', 'zh')).toBe(unitLabel('gw', 'zh'));
	});
});

describe('dates', () => {
	test('full and month-only dates in both languages', () => {
		expect(formatDate('2025-01-21', 'en')).toBe('January 21, 2025');
		expect(formatDate('2025-01-21', 'zh')).toBe('2025年1月21日');
		expect(formatDate('2024-06', 'en')).toBe('June 2024');
		expect(formatDate('2024-06', 'zh')).toBe('2024年6月');
	});

	test('latestDate compares month-only and full dates', () => {
		expect(latestDate(['2025-01-21', '2026-04', '2026-03-27'])).toBe('2026-04');
		expect(latestDate([])).toBe('');
	});
});

test('folded Chinese YAML text loses the spaces its line breaks left between Chinese characters, not the others', async () => {
	const { joinChineseLines } = await import('../../src/schemas/common.ts');
	expect(joinChineseLines('据彭博社报道。 阿比林扩建项目\n已放弃')).toBe('据彭博社报道。阿比林扩建项目已放弃');
	expect(joinChineseLines('OpenAI 与 Oracle')).toBe('OpenAI 与 Oracle');
	// Chinese quotation marks are curly quotes, not full-width forms: a line broken after one joins without a space too.
	expect(joinChineseLines('相当于一个中等城市”\n就公众号文章而言')).toBe('相当于一个中等城市”就公众号文章而言');
	expect(joinChineseLines('据报道\n“立即”投入')).toBe('据报道“立即”投入');
});

test('a parenthetical: full-width brackets without a space in Chinese, a space and ASCII brackets in English', () => {
	expect(aside(25, 'zh')).toBe('（25）');
	expect(aside('single report', 'en')).toBe(' (single report)');
});

test('marks put together in code follow each language: a label and its colon, a list, the gap between sentences', async () => {
	const { PUNCT, withColon } = await import('../../src/lib/format.ts');
	expect(withColon('Sources', 'en')).toBe('Sources: ');
	expect(withColon('来源', 'zh')).toBe('来源：');
	expect(['a', 'b'].join(PUNCT.en.list)).toBe('a, b');
	expect(['甲', '乙'].join(PUNCT.zh.list)).toBe('甲、乙');
	expect(`一句。${PUNCT.zh.sentenceGap}二句。`).toBe('一句。二句。');
	expect(`One.${PUNCT.en.sentenceGap}Two.`).toBe('One. Two.');
});
