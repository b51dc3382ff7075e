/**
 * Key published numbers, pinned as literals in both languages: the first rows
 * of three figure tables as a reader sees them. figures.test.ts checks every
 * table against the data through the site's own formatting code, so a wrong
 * value in the data or a formatting slip shared by both would pass there; it
 * fails here. A deliberate change to one of these values updates this file in
 * the same commit (and gets a changelog entry, see README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/project.ts';

/** [row heading, value cell] of a figure's table, tags and notes inside the heading left out. */
function tableRows(file: string, figureId: string): Array<[string, string]> {
	const html = readFileSync(join(DIST, file), 'utf8');
	const start = html.indexOf(`<figure id="${figureId}"`);
	expect(start, `${file} has #${figureId}`).toBeGreaterThan(-1);
	const figure = html.slice(start, html.indexOf('</figure>', start));
	const plain = (s: string) =>
		s
			.replace(/<span class="(?:row-note|tag)">[\s\S]*?<\/span>/g, '')
			.replace(/<[^>]+>/g, '')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&')
			.trim();
	return [...figure.matchAll(/<tr><th scope="row">([\s\S]*?)<\/th>[\s\S]*?<td class="num">([\s\S]*?)<\/td>/g)].map((m) => [plain(m[1]!), plain(m[2]!)]);
}

const PINNED: Array<[file: string, figure: string, rows: Array<[string, string]>]> = [
	[
		'funding/index.html',
		'fig-headline-commitments',
		[
			['Jan 2025: to deploy "immediately"', '$100B'],
			['Jan 2025: four-year target', '$500B'],
			['Sep 2025: planned over three years', 'more than $400B'],
			['Oct 2025: planned over three years', 'more than $450B'],
		],
	],
	[
		'zh/funding/index.html',
		'fig-headline-commitments',
		[
			['2025年1月：“立即”投入', '1000亿美元'],
			['2025年1月：四年目标', '5000亿美元'],
			['2025年9月：未来三年规划', '超过4000亿美元'],
			['2025年10月：未来三年规划', '超过4500亿美元'],
		],
	],
	[
		'funding/index.html',
		'fig-equity-pledges',
		[
			['OpenAI', '$19B'],
			['SoftBank', '$19B'],
			['Oracle', 'about $7B'],
			['MGX', 'about $7B'],
		],
	],
	[
		'zh/funding/index.html',
		'fig-equity-pledges',
		[
			['OpenAI', '190亿美元'],
			['软银', '190亿美元'],
			['甲骨文', '约70亿美元'],
			['MGX', '约70亿美元'],
		],
	],
	[
		'energy/index.html',
		'fig-us-datacenter-electricity',
		[
			['2014', '58 TWh'],
			['2018', '76 TWh'],
			['2023', '176 TWh'],
			['2028 (projection)', '325–580 TWh'],
		],
	],
	[
		'zh/energy/index.html',
		'fig-us-datacenter-electricity',
		[
			['2014年', '58太瓦时'],
			['2018年', '76太瓦时'],
			['2023年', '176太瓦时'],
			['2028年（预测）', '325–580太瓦时'],
		],
	],
];

describe.each(PINNED)('%s #%s', (file, figure, rows) => {
	test('its first rows say exactly these values', () => {
		expect(tableRows(file, figure).slice(0, rows.length)).toEqual(rows);
	});
});
