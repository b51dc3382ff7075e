/**
 * Deadlines at the precision they were stated (day, month, quarter, half-year,
 * year): the period each covers, whether it has passed, and how it reads in
 * both languages. Pure string arithmetic on ISO dates, so nothing depends on a
 * time zone or on the machine's clock.
 */
import type { Lang } from '../../schemas/common.ts';
import { DEADLINE_PATTERN } from '../../schemas/promise.ts';
import { formatDate } from '../format.ts';

export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year';

export interface Period {
	precision: Precision;
	/** First and last day of the period, `YYYY-MM-DD`. */
	start: string;
	end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthSpan = (year: number, first: number, last: number, precision: Precision): Period => ({
	precision,
	start: `${year}-${pad(first)}-01`,
	end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
});

/** The period a deadline covers. Throws on a string the schema would reject. */
export function deadlinePeriod(deadline: string): Period {
	const match = DEADLINE_PATTERN.exec(deadline);
	if (!match) throw new Error(`not a deadline: "${deadline}"`);
	const [, y, month, day, quarter, half] = match;
	const year = Number(y);
	if (day) return { precision: 'day', start: deadline, end: deadline };
	if (month) return monthSpan(year, Number(month), Number(month), 'month');
	if (quarter) return monthSpan(year, Number(quarter) * 3 - 2, Number(quarter) * 3, 'quarter');
	if (half) return monthSpan(year, half === '1' ? 1 : 7, half === '1' ? 6 : 12, 'half');
	return monthSpan(year, 1, 12, 'year');
}

/**
 * A reference date as a day. Sources dated only by month count from the month's
 * first day: the newest reporting reaches at least that far, and no further is known.
 */
export function referenceDay(reference: string): string {
	return /^\d{4}-\d{2}$/.test(reference) ? `${reference}-01` : reference;
}

/** True once the whole period lies before the reference date; a period containing it has not passed. */
export function hasPassed(deadline: string, reference: string): boolean {
	return deadlinePeriod(deadline).end < referenceDay(reference);
}

/** `2026-Q3` → `Q3 2026` / `2026年第三季度`; days and months as everywhere else on the site. */
export function formatDeadline(deadline: string, lang: Lang): string {
	const period = deadlinePeriod(deadline);
	const year = deadline.slice(0, 4);
	const zhNumber = ['一', '二', '三', '四'];
	switch (period.precision) {
		case 'day':
		case 'month':
			return formatDate(deadline, lang);
		case 'quarter': {
			const q = Number(deadline.slice(-1));
			return lang === 'en' ? `Q${q} ${year}` : `${year}年第${zhNumber[q - 1]}季度`;
		}
		case 'half': {
			const first = deadline.endsWith('H1');
			if (lang === 'en') return `${first ? 'first' : 'second'} half of ${year}`;
			return `${year}年${first ? '上' : '下'}半年`;
		}
		case 'year':
			return lang === 'en' ? year : `${year}年`;
	}
}
