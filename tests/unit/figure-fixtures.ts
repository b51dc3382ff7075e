/**
 * Small datasets shaped like the real ones (content/datasets/), parsed with the
 * real schema, for the figure tests: several series on one scale (readings),
 * two units, status with a range and a contested value, grouped series.
 */
import { datasetSchema, type Dataset } from '../../src/schemas/dataset.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { ThemeColours, DrawEnv } from '../../src/lib/chart/config.ts';

const L = (en: string, zh: string) => ({ en, zh });

export const equity: Dataset = datasetSchema.parse({
	id: 'equity-pledges',
	title: L('Reported equity pledges', '出资承诺'),
	description: L('Both readings.', '两种解读。'),
	unit: 'usd-billion',
	series: [
		{ id: 'reading-1', label: L('Reading 1: $7B each', '解读一：各70亿美元') },
		{ id: 'reading-2', label: L('Reading 2: $7B combined', '解读二：合计70亿美元') },
		{ id: 'later-report', label: L('Later report: $18B each', '后续报道：各180亿美元') },
	],
	asOf: '2025-11-20',
	chart: { kind: 'bar' },
	points: [
		{ label: L('OpenAI', 'OpenAI'), value: 19, stated: '2025-01-23', sources: ['bloomberg'], series: 'reading-1', partner: 'openai' },
		{ label: L('Oracle', '甲骨文'), value: 7, qualifier: 'about', stated: '2025-01-23', sources: ['bloomberg'], series: 'reading-1', partner: 'oracle', contested: true },
		{ label: L('OpenAI', 'OpenAI'), value: 19, stated: '2025-01-22', sources: ['reuters'], series: 'reading-2', partner: 'openai' },
		{ label: L('Oracle and MGX combined', '甲骨文与MGX合计'), value: 7, qualifier: 'about', stated: '2025-02', sources: ['theinformation', 'reuters'], series: 'reading-2', contested: true },
		{ label: L('OpenAI', 'OpenAI'), value: 18, stated: '2025-11-20', sources: ['reuters'], series: 'later-report', partner: 'openai' },
	],
});

export const headline: Dataset = datasetSchema.parse({
	id: 'headline-commitments',
	title: L('Headline claims', '对外宣布的目标'),
	description: L('Claimed, not spent.', '宣称而非支出。'),
	unit: 'usd-billion',
	series: [
		{ id: 'usd', label: L('Money announced', '宣布的资金'), unit: 'usd-billion' },
		{ id: 'gw', label: L('Capacity planned or secured', '规划或已锁定的算力'), unit: 'gw' },
	],
	asOf: '2026-04-29',
	chart: { kind: 'bar' },
	points: [
		{ label: L('Jan 2025: four-year target', '2025年1月：四年目标'), value: 500, stated: '2025-01-21', sources: ['openai'], series: 'usd' },
		{ label: L('Sep 2025: planned', '2025年9月：规划'), value: 400, qualifier: 'more-than', stated: '2025-09-23', sources: ['openai'], series: 'usd' },
		{ label: L('Apr 2026: secured', '2026年4月：已锁定'), value: 10, qualifier: 'more-than', stated: '2026-04-29', sources: ['openai'], series: 'gw' },
	],
});

export const capacity: Dataset = datasetSchema.parse({
	id: 'capacity-by-site',
	title: L('Planned capacity by site (MW)', '各站点规划容量（兆瓦）'),
	description: L('Coloured by status.', '按状态着色。'),
	unit: 'mw',
	asOf: '2026-06',
	chart: { kind: 'horizontal-bar' },
	points: [
		{ label: L('Abilene, TX', '得克萨斯州阿比林'), value: 1200, stated: '2025-05-21', sources: ['crusoe', 'ap'], site: 'abilene', status: 'operating', contested: true },
		{ label: L('Doña Ana County, NM', '新墨西哥州多尼亚安娜县'), value: { low: 700, high: 900 }, stated: '2025-09', sources: ['abq'], site: 'dona-ana', status: 'under-construction' },
		{ label: L('Stargate Argentina', '阿根廷星际之门'), value: 500, qualifier: 'up-to', stated: '2025-10-10', sources: ['techrepublic'], site: 'argentina', status: 'announced' },
	],
});

export const electricity: Dataset = datasetSchema.parse({
	id: 'us-datacenter-electricity',
	title: L('US data-centre electricity', '美国数据中心用电量'),
	description: L('Measured and projected.', '实测与预测。'),
	unit: 'twh',
	series: [
		{ id: 'twh', label: L('Electricity use', '用电量'), unit: 'twh' },
		{ id: 'share', label: L('Share of US electricity', '占全美用电比例'), unit: 'percent' },
	],
	asOf: '2024-12-20',
	chart: { kind: 'bar' },
	points: [
		{ label: L('2014', '2014年'), value: 58, stated: '2024-12-20', sources: ['lbnl'], series: 'twh' },
		{ label: L('2023', '2023年'), value: 176, stated: '2024-12-20', sources: ['lbnl'], series: 'twh' },
		{ label: L('2028 (projection)', '2028年（预测）'), value: { low: 325, high: 580 }, stated: '2024-12-20', sources: ['lbnl'], series: 'twh' },
		{ label: L('2023', '2023年'), value: 4.4, stated: '2024-12-20', sources: ['lbnl'], series: 'share' },
		{ label: L('2028 (projection)', '2028年（预测）'), value: { low: 6.7, high: 12 }, stated: '2024-12-20', sources: ['lbnl'], series: 'share' },
	],
});

const site = (id: string, en: string, zh: string) => ({ site: id, label: L(en, zh) });
export const jobs: Dataset = datasetSchema.parse({
	id: 'jobs-by-site',
	title: L('Jobs claimed for each site', '各站点公布的岗位'),
	description: L('Never summed.', '绝不相加。'),
	unit: 'jobs',
	series: [
		{ id: 'construction', label: L('Construction (temporary)', '施工岗位（临时）') },
		{ id: 'permanent', label: L('Permanent', '永久岗位') },
	],
	asOf: '2025-12-05',
	chart: { kind: 'bar' },
	points: [
		{ ...site('abilene', 'Abilene, TX', '阿比林'), value: 6400, qualifier: 'more-than', stated: '2025-09-23', sources: ['rn'], series: 'construction' },
		{ ...site('abilene', 'Abilene, TX', '阿比林'), value: { low: 300, high: 1700 }, qualifier: 'about', stated: '2025-10', sources: ['ss', 'ts'], series: 'permanent', contested: true },
		{ ...site('shackelford', 'Shackelford County, TX', '沙克尔福德县'), value: 5000, qualifier: 'more-than', stated: '2025-08-20', sources: ['v'], series: 'construction' },
		{ ...site('dona-ana', 'Doña Ana County, NM', '多尼亚安娜县'), value: 2500, stated: '2025-09', sources: ['b'], series: 'construction' },
		{ ...site('dona-ana', 'Doña Ana County, NM', '多尼亚安娜县'), value: 750, stated: '2025-09', sources: ['b'], series: 'permanent' },
		{ ...site('port-washington', 'Port Washington, WI', '华盛顿港'), value: 4000, stated: '2025-10', sources: ['r'], series: 'construction' },
		{ ...site('saline', 'Saline Township, MI', '塞林镇'), value: 2500, stated: '2025-10-30', sources: ['rd'], series: 'construction' },
		{ ...site('uae', 'Stargate UAE', '阿联酋星际之门'), value: 5000, stated: '2025-12-05', sources: ['tn'], series: 'construction' },
	],
});

export const LIGHT: ThemeColours = {
	ink: '#1b1b1a',
	muted: '#595956',
	rule: '#dcdbd4',
	paper: '#fcfcfa',
	role: (role) => `light:${role}`,
};
export const DARK: ThemeColours = { ink: '#e9e7e2', muted: '#aeb1b5', rule: '#33373c', paper: '#141618', role: (role) => `dark:${role}` };

export function env(colours: ThemeColours = LIGHT, animate = true): DrawEnv {
	return { colours, hatch: (colour) => `hatch(${colour})`, measure: (text) => text.length * 7, animate };
}

const source = (id: string, publisher: string, url: string): Source => ({
	id,
	publisher,
	title: `${publisher} report`,
	url,
	published: '2025-01-23',
	language: 'en',
	kind: 'secondary',
});
export const SOURCES = new Map(
	[
		source('bloomberg', 'Bloomberg', 'https://www.bloomberg.com/a'),
		source('reuters', 'Reuters', 'https://www.reuters.com/b?x=1,2'),
		source('theinformation', 'The Information, "Stargate" newsletter', 'https://www.theinformation.com/c'),
	].map((s) => [s.id, s]),
);
