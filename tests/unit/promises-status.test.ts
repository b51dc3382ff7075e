import { describe, expect, test } from 'vitest';
import { deadlinePeriod, formatDeadline, hasPassed, referenceDay } from '../../src/lib/promises/deadline.ts';
import { promiseState, statusCounts } from '../../src/lib/promises/status.ts';
import { movedDeadlineEvents } from '../../src/lib/promises/timeline.ts';
import type { Evidence } from '../../src/schemas/promise.ts';
import { deadline as deadlineSchema } from '../../src/schemas/promise.ts';

const REF = '2026-07-04';
const text = { en: 'x', zh: 'x' };
const ev = (kind: Evidence['kind'], date: string, extra: Partial<Evidence> = {}): Evidence => ({ kind, date, text, sources: ['s'], ...extra });
const status = (deadline: string, evidence: Evidence[] = [], reference = REF) => promiseState({ deadline, evidence }, reference).status;

describe('deadline periods', () => {
	test.each([
		['2026-06-30', 'day', '2026-06-30', '2026-06-30'],
		['2026-02', 'month', '2026-02-01', '2026-02-28'],
		['2024-02', 'month', '2024-02-01', '2024-02-29'],
		['2026-Q3', 'quarter', '2026-07-01', '2026-09-30'],
		['2026-H1', 'half', '2026-01-01', '2026-06-30'],
		['2026', 'year', '2026-01-01', '2026-12-31'],
	])('%s is a %s from %s to %s', (deadline, precision, start, end) => {
		expect(deadlinePeriod(deadline)).toEqual({ precision, start, end });
	});

	test('a month-only reference date counts from the first of the month', () => {
		expect(referenceDay('2026-07')).toBe('2026-07-01');
		expect(hasPassed('2026-06', '2026-07')).toBe(true);
		expect(hasPassed('2026-07', '2026-07')).toBe(false);
	});

	test('reads in both languages at the precision stated', () => {
		expect(formatDeadline('2026-Q3', 'en')).toBe('Q3 2026');
		expect(formatDeadline('2026-Q3', 'zh')).toBe('2026年第三季度');
		expect(formatDeadline('2026-H2', 'en')).toBe('second half of 2026');
		expect(formatDeadline('2026-H1', 'zh')).toBe('2026年上半年');
		expect(formatDeadline('2027', 'zh')).toBe('2027年');
		expect(formatDeadline('2026-10-15', 'en')).toBe('October 15, 2026');
		expect(formatDeadline('2027-03', 'zh')).toBe('2027年3月');
	});

	test.each(['mid-2026', '2026-13', '2026-Q5', '2026-H3', '2026-02-30', '26'])('the schema rejects "%s"', (value) => {
		expect(deadlineSchema.safeParse(value).success).toBe(false);
	});
});

describe('status against the reference date, every precision on both sides', () => {
	test.each([
		// precision, before the reference (passed), containing or after it (not passed)
		['day', '2026-07-03', '2026-07-04'],
		['month', '2026-06', '2026-07'],
		['quarter', '2026-Q2', '2026-Q3'],
		['half', '2026-H1', '2026-H2'],
		['year', '2025', '2026'],
	])('%s: %s is overdue, %s is pending', (_precision, passed, notPassed) => {
		expect(status(passed)).toBe('overdue');
		expect(status(notPassed)).toBe('pending');
	});

	test('a day after the reference date is pending, the day before overdue', () => {
		expect(status('2026-07-05')).toBe('pending');
		expect(status('2026-07-03')).toBe('overdue');
	});

	test('a quarter and a half-year containing the reference date are not yet due', () => {
		expect(status('2026-Q3', [], '2026-09-30')).toBe('pending');
		expect(status('2026-Q3', [], '2026-10-01')).toBe('overdue');
		expect(status('2026-H2', [], '2026-07-01')).toBe('pending');
	});
});

describe('evidence', () => {
	test('closing evidence overrides the computed state, before or after the deadline', () => {
		expect(status('2025', [ev('kept', '2025-10-01')])).toBe('kept');
		expect(status('2027', [ev('missed', '2026-04-09')])).toBe('missed');
		expect(status('2025-H1', [ev('partly-kept', '2025-07-22')])).toBe('partly-kept');
	});

	test('a moved deadline is judged like any other, and keeps a mark', () => {
		const later = promiseState({ deadline: '2026-H1', evidence: [ev('moved', '2026-03', { deadline: '2026' })] }, REF);
		expect(later).toMatchObject({ status: 'pending', deadline: '2026', moved: true });
		const stillPassed = promiseState({ deadline: '2025-Q1', evidence: [ev('moved', '2025-03-01', { deadline: '2026-Q2' })] }, REF);
		expect(stillPassed).toMatchObject({ status: 'overdue', deadline: '2026-Q2', moved: true });
	});

	test('the newest report decides, whatever the order in the file', () => {
		expect(status('2029', [ev('kept', '2026-04-29'), ev('moved', '2025-09-23', { deadline: '2025' })])).toBe('kept');
		// Kept, then moved again later: open again, judged against the new deadline.
		expect(status('2025', [ev('kept', '2025-06-01'), ev('moved', '2026-01-01', { deadline: '2027' })])).toBe('pending');
	});

	test('counts come in a fixed order with zeros', () => {
		expect(statusCounts([{ status: 'kept' }, { status: 'overdue' }, { status: 'kept' }])).toEqual({ pending: 0, overdue: 1, kept: 2, 'partly-kept': 0, missed: 0 });
	});
});

describe('moved deadlines on the timeline', () => {
	const promise = {
		id: 'abilene-eight-buildings',
		text: { en: 'Complete the second phase.', zh: '完成二期。' },
		partners: ['crusoe'],
		deadline: '2026-H1',
		deadlineWording: { en: 'by mid-2026', zh: '2026年年中' },
		stated: '2025-05-21',
		sources: ['s'],
		sites: ['abilene'],
		article: 'sites',
		section: 'site-abilene',
		evidence: [ev('moved', '2026-03', { deadline: '2026', text: { en: 'Reported.', zh: '有报道。' } }), ev('kept', '2026-12-01')],
	};
	test('one event per move, dated the report, from the old deadline to the new', () => {
		const events = movedDeadlineEvents([promise], [{ id: 'abilene', country: 'US' }]);
		expect(events).toEqual([
			{
				id: 'promise-moved-abilene-eight-buildings-1',
				date: '2026-03',
				topic: 'sites',
				text: {
					en: 'Deadline moved for “Complete the second phase”: was by mid-2026, now 2026. Reported.',
					zh: '期限更改：“完成二期”，原为2026年年中，现为2026年。有报道。',
				},
				sources: ['s'],
			},
		]);
		expect(movedDeadlineEvents([promise], [{ id: 'abilene', country: 'AE' }])[0]?.topic).toBe('international');
	});
});
