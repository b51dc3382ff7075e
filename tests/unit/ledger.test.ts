import { describe, expect, test } from 'vitest';
import type { Claim } from '../../src/schemas/claim.ts';
import type { TimelineEvent } from '../../src/schemas/timeline.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import type { Site } from '../../src/schemas/site.ts';
import { thenNowSchema } from '../../src/schemas/then-now.ts';
import { claimPath, claimsByTopic, eventsByYear, groupInOrder, sectionTitle, sortEvents, timelineTopicsUsed, verdictCounts } from '../../src/lib/ledger/verdicts.ts';
import { fillTemplate, isEmptySelection, matchesSelection } from '../../src/lib/filters/match.ts';
import { figurePlacements } from '../../src/lib/dataset/usage.ts';
import { showSide } from '../../src/lib/ledger/then-now.ts';

const claim = (id: string, verdict: Claim['verdict'], topic: Claim['topic']) => ({ id, verdict, topic }) as Claim;
const event = (id: string, date: string, topic: TimelineEvent['topic'] = 'funding') => ({ id, date, topic }) as TimelineEvent;

describe('claims ledger', () => {
	test('counts every verdict of the fixed scale, zeros included, in the scale order', () => {
		const claims = [claim('a', 'misstated', 'funding'), claim('b', 'accurate', 'jobs'), claim('c', 'misstated', 'sites')];
		expect(verdictCounts(claims)).toEqual([
			{ verdict: 'accurate', count: 1 },
			{ verdict: 'outdated', count: 0 },
			{ verdict: 'misstated', count: 2 },
			{ verdict: 'disputed', count: 0 },
			{ verdict: 'unsupported', count: 0 },
		]);
	});

	test('groups claims by topic in the schema order, keeping file order inside a group and leaving out empty topics', () => {
		const claims = [claim('j1', 'accurate', 'jobs'), claim('f1', 'accurate', 'funding'), claim('j2', 'disputed', 'jobs')];
		expect(claimsByTopic(claims).map((g) => [g.key, g.items.map((c) => c.id)])).toEqual([
			['funding', ['f1']],
			['jobs', ['j1', 'j2']],
		]);
		expect(groupInOrder([1, 2, 3], ['odd', 'even'] as const, (n) => (n % 2 ? 'odd' : 'even'))).toEqual([
			{ key: 'odd', items: [1, 3] },
			{ key: 'even', items: [2] },
		]);
	});

	test('links a claim in the page language', () => {
		expect(claimPath('en', 'ten-data-centres')).toBe('/claims/#claim-ten-data-centres');
		expect(claimPath('zh', 'ten-data-centres')).toBe('/zh/claims/#claim-ten-data-centres');
	});

	test('finds the visible title of an article section by its id', () => {
		const body = '## 资金来源 {#funding}\n\nText.\n\n### Musk’s doubts {#musk-doubts}\n';
		expect(sectionTitle(body, 'musk-doubts')).toBe('Musk’s doubts');
		expect(sectionTitle(body, 'funding')).toBe('资金来源');
		expect(sectionTitle(body, 'nowhere')).toBeNull();
	});
});

describe('timeline', () => {
	test('sorts by date, a month-only date before the days of that month, same-day events in file order', () => {
		const events = [event('c', '2025-02-01'), event('b2', '2025-01-26'), event('a', '2025-01'), event('b1', '2025-01-26'), event('z', '2024-06')];
		expect(sortEvents(events).map((e) => e.id)).toEqual(['z', 'a', 'b2', 'b1', 'c']);
	});

	test('groups by year, oldest first', () => {
		const groups = eventsByYear([event('x', '2026-04-09'), event('y', '2024-06'), event('z', '2025-01-21')]);
		expect(groups.map((g) => [g.key, g.items.map((e) => e.id)])).toEqual([
			['2024', ['y']],
			['2025', ['z']],
			['2026', ['x']],
		]);
	});

	test('offers only the topics that occur, in the schema order', () => {
		expect(timelineTopicsUsed([event('a', '2025-01', 'policy'), event('b', '2025-02', 'sites'), event('c', '2025-03', 'policy')])).toEqual(['sites', 'policy']);
	});
});

describe('list filters', () => {
	test('OR within a dimension, AND across dimensions, nothing selected shows everything', () => {
		const item = { verdict: 'misstated', topic: 'jobs' };
		expect(matchesSelection(item, { verdict: [], topic: [] })).toBe(true);
		expect(matchesSelection(item, { verdict: ['accurate', 'misstated'], topic: [] })).toBe(true);
		expect(matchesSelection(item, { verdict: ['misstated'], topic: ['funding'] })).toBe(false);
		expect(matchesSelection(item, { verdict: ['accurate'] })).toBe(false);
		expect(matchesSelection({ topic: 'jobs' }, { verdict: ['accurate'] })).toBe(false);
		expect(isEmptySelection({ verdict: [], topic: [] })).toBe(true);
		expect(isEmptySelection({ verdict: ['accurate'] })).toBe(false);
	});

	test('fills the live count from a template in the page language', () => {
		expect(fillTemplate('Showing {shown} of {total} claims', { shown: 5, total: 33 })).toBe('Showing 5 of 33 claims');
		expect(fillTemplate('显示{shown}条，共{total}条说法', { shown: 5, total: 33 })).toBe('显示5条，共33条说法');
		expect(fillTemplate('{unknown} stays', {})).toBe('{unknown} stays');
	});
});

describe('data hub: where each dataset is charted', () => {
	test('names the article and the section each <Figure> sits in, once per section', () => {
		const articles = [
			{ slug: 'funding', body: '<Figure id="early" />\n\n## Money {#headline-numbers}\n\n<Figure id="headline" />\n\n<Figure id="headline" />\n\n## Pledges {#equity-pledges}\n\n<Figure id="equity" />\n' },
			{ slug: 'overview', body: '## What it became {#what-it-became}\n\n```\n<Figure id="in-code" />\n```\n\n<Figure id="headline" />\n' },
		];
		const placements = figurePlacements(articles);
		expect(placements.get('headline')).toEqual([
			{ article: 'funding', section: 'headline-numbers' },
			{ article: 'overview', section: 'what-it-became' },
		]);
		expect(placements.get('equity')).toEqual([{ article: 'funding', section: 'equity-pledges' }]);
		expect(placements.get('early')).toEqual([{ article: 'funding', section: null }]);
		expect(placements.has('in-code')).toBe(false);
	});
});

describe('then vs now', () => {
	const dataset = {
		id: 'headline-commitments',
		title: { en: 't', zh: 't' },
		description: { en: 'd', zh: 'd' },
		unit: 'usd-billion',
		series: [
			{ id: 'usd', label: { en: 'USD', zh: '美元' }, unit: 'usd-billion' },
			{ id: 'gw', label: { en: 'GW', zh: '吉瓦' }, unit: 'gw' },
		],
		asOf: '2026-04-29',
		points: [
			{ key: 'target', label: { en: 'Four-year target', zh: '四年目标' }, value: 500, stated: '2025-01-21', sources: ['openai', 'ucsb'], series: 'usd' },
			{ key: 'initial', label: { en: 'Immediately', zh: '立即' }, value: 100, stated: '2025-01-21', sources: ['openai'], series: 'usd' },
			{ key: 'secured', label: { en: 'Secured', zh: '已锁定' }, value: 10, qualifier: 'more-than', stated: '2026-04-29', sources: ['openai-2026'], series: 'gw' },
		],
	} as Dataset;
	const site = (id: string, country: string, status: Site['status']['value'], asOf: string, permanent: Site['jobs']['permanent']) =>
		({ id, country, status: { value: status, asOf, sources: [`${id}-status`] }, jobs: { construction: null, permanent } }) as unknown as Site;
	const sites = [
		site('abilene', 'US', 'operating', '2026-04-29', {
			value: 1700,
			qualifier: 'about',
			stated: '2025-10-10',
			sources: ['blog'],
			alternatives: [{ value: 300, qualifier: 'about', stated: '2025-10', sources: ['radio'] }],
		}),
		site('saline', 'US', 'under-construction', '2026-06-01', { value: 450, qualifier: 'more-than', stated: '2025-10-30', sources: ['release'] }),
		site('expansion', 'US', 'paused-or-dropped', '2026-03-27', null),
		site('uae', 'AE', 'under-construction', '2025-12-05', null),
		site('uk', 'GB', 'paused-or-dropped', '2026-04-09', null),
	];
	const kinds = { blog: 'secondary', radio: 'secondary', release: 'primary', rumour: 'single-report' } as const;
	const data = { datasets: [dataset], sites, sources: Object.entries(kinds).map(([id, kind]) => ({ id, kind })) };
	const caption = { en: 'caption', zh: '说明' };

	test('dataset points keep their unit, qualifier, date and sources; labels show only when a side has two figures', () => {
		expect(showSide({ points: [{ dataset: 'headline-commitments', point: 'secured' }], caption }, data, 'en')).toEqual({
			figures: [{ text: 'more than 10 GW', label: null }],
			detail: null,
			caption: 'caption',
			stated: '2026-04-29',
			sources: ['openai-2026'],
			perSite: false,
		});
		const launch = showSide(
			{
				points: [
					{ dataset: 'headline-commitments', point: 'target' },
					{ dataset: 'headline-commitments', point: 'initial' },
				],
				caption,
			},
			data,
			'zh',
		);
		expect(launch.figures).toEqual([
			{ text: '5000亿美元', label: '四年目标' },
			{ text: '1000亿美元', label: '立即' },
		]);
		expect(launch.sources).toEqual(['openai', 'ucsb']);
	});

	test('counts US sites still in the programme from the site records', () => {
		const side = showSide({ computed: 'site-count', caption }, data, 'en');
		expect(side.figures).toEqual([{ text: '2 US sites', label: null }]);
		expect(side.detail).toBe('1 partly operating; 1 dropped; 2 more abroad, 1 of them paused');
		expect(side.stated).toBe('2026-06-01');
		expect(side.perSite).toBe(true);
		expect(showSide({ computed: 'site-count', caption }, data, 'zh').figures[0]?.text).toBe('美国2个站点');
	});

	test('gives the spread of permanent jobs per site, alternatives included, never a sum', () => {
		const side = showSide({ computed: 'permanent-jobs-per-site', caption }, data, 'en');
		expect(side.figures).toEqual([{ text: '300–1,700 jobs', label: null }]);
		expect(side.detail).toBe('range across 2 sites');
		expect(side.sources).toEqual(['blog', 'radio', 'release']);
		expect(side.stated).toBe('2025-10-30');
		expect(showSide({ computed: 'permanent-jobs-per-site', caption }, data, 'zh').figures[0]?.text).toBe('300–1700个岗位');
	});

	test('leaves out a permanent-jobs figure that rests on single reports alone', () => {
		const rumoured = site('milam', 'US', 'under-construction', '2026-06-01', { value: 5000, stated: '2026-06-01', sources: ['rumour'] });
		const side = showSide({ computed: 'permanent-jobs-per-site', caption }, { ...data, sites: [...sites, rumoured] }, 'en');
		expect(side.figures).toEqual([{ text: '300–1,700 jobs', label: null }]);
		expect(side.detail).toBe('range across 2 sites');
		expect(side.sources).not.toContain('rumour');
	});

	test('words carry their own date and sources', () => {
		expect(showSide({ text: { en: '10 data centres', zh: '10个数据中心' }, stated: '2025-01-26', sources: ['seed'], caption }, data, 'zh')).toMatchObject({
			figures: [{ text: '10个数据中心', label: null }],
			stated: '2025-01-26',
			sources: ['seed'],
		});
	});

	test('the schema wants exactly one kind of figure per side, and words with a date and sources', () => {
		const row = (then: object) => ({ rows: [1, 2, 3].map((i) => ({ id: `r${i}`, label: caption, then, now: { computed: 'site-count', caption }, article: '/sites/' })) });
		expect(thenNowSchema.safeParse(row({ computed: 'site-count', caption })).success).toBe(true);
		const messages = (then: object) => thenNowSchema.safeParse(row(then)).error?.issues.map((i) => i.message) ?? [];
		expect(messages({ caption })).toContain('needs exactly one of points, computed or text');
		expect(messages({ computed: 'site-count', text: caption, stated: '2025-01-26', sources: ['s'], caption })).toContain('needs exactly one of points, computed or text');
		expect(messages({ text: caption, caption })[0]).toMatch(/needs `stated` and `sources`/);
		expect(messages({ computed: 'site-count', stated: '2025-01-26', caption })[0]).toMatch(/only for `text` sides/);
	});
});
