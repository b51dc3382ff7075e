/**
 * Building blocks shared by every content schema.
 * Pure Zod (from `astro/zod`), no virtual modules, so tests and the build-time
 * content guard import the same definitions the collections use.
 */
import { z } from 'astro/zod';

/** Site languages. English is served at `/`, Chinese at `/zh/`. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** Lower-case ASCII slug: safe in URLs, ids and file names, identical in both languages. */
export const asciiId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lower-case ASCII slug (a-z, 0-9, single hyphens)' });

function isRealCalendarDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number);
	if (!y || !m || m < 1 || m > 12) return false;
	if (d === undefined) return true;
	const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d >= 1 && d <= daysInMonth;
}

/**
 * A date a figure was stated or an event happened: `YYYY-MM-DD`, or `YYYY-MM`
 * when the source gives only the month. Kept as a string so nothing shifts
 * with time zones, and checked against the calendar (2025-02-30 fails).
 */
export const isoDate = z
	.string({ error: 'must be a date written as YYYY-MM-DD or YYYY-MM (quote it in YAML)' })
	.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, { error: 'must be a date written as YYYY-MM-DD or YYYY-MM' })
	.refine(isRealCalendarDate, { error: 'is not a real calendar date' });

/**
 * Folded YAML (`>-`) joins lines with a space, which Chinese does not put between its characters
 * or punctuation: drop white space that has a CJK character or full-width mark on both sides.
 * Chinese quotation marks are the curly ones (“”‘’), outside the full-width block, so they count too.
 */
export function joinChineseLines(text: string): string {
	return text.replace(/(?<=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’])\s+(?=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’])/gu, '');
}

/** The same text in both languages; a missing or empty side fails. */
export const localized = z.strictObject(
	{
		en: z.string({ error: 'English text is missing' }).trim().min(1, { error: 'English text is empty' }),
		zh: z.string({ error: 'Chinese text is missing' }).trim().min(1, { error: 'Chinese text is empty' }).transform(joinChineseLines),
	},
	{ error: (issue) => (issue.code === 'invalid_type' ? 'must give the text in both languages, as { en: …, zh: … }' : undefined) },
);
export type Localized = z.infer<typeof localized>;

/** One or more ids from `content/sources/`. A figure without a source does not ship. */
export const sourceIds = z
	.array(asciiId, { error: 'is missing: a figure without a source does not ship (give a list of source ids)' })
	.min(1, { error: 'needs at least one source id' });

/** Units a figure may be stated in. Formatting lives in `src/lib/format.ts`. `promises`: the promise tracker's counts. */
export const UNITS = ['usd-billion', 'gw', 'mw', 'twh', 'jobs', 'percent', 'homes', 'buildings', 'gpus', 'sq-ft', 'promises'] as const;
export const unit = z.enum(UNITS, { error: `must be one of: ${UNITS.join(', ')}` });
export type Unit = (typeof UNITS)[number];

/** How a source qualified its number ("more than 100,000", "about 900 MW"). */
export const QUALIFIERS = ['about', 'more-than', 'at-least', 'up-to', 'nearly'] as const;
export const qualifier = z.enum(QUALIFIERS);
export type Qualifier = (typeof QUALIFIERS)[number];

// Zod 4 numbers are finite by construction (NaN and Infinity fail).
const nonNegative = z.number({ error: 'must be a number' }).nonnegative({ error: 'must not be negative' });

/** A low–high range is one value, not two points. */
export const range = z
	.strictObject({ low: nonNegative, high: nonNegative })
	.refine((r) => r.low <= r.high, { error: 'range low must not exceed high', path: ['low'] });
export type Range = z.infer<typeof range>;

/** A single number or a range. */
export const value = z.union([nonNegative, range], {
	error: 'must be a non-negative number or a { low, high } range',
});
export type Value = z.infer<typeof value>;

/**
 * A number as a source stated it: the value, how it was qualified, the date it
 * was stated (not the date of the event it forecasts) and who stated it.
 */
export const statedFigure = z.strictObject({
	value,
	qualifier: qualifier.optional(),
	stated: isoDate,
	sources: sourceIds,
	note: localized.optional(),
});
export type StatedFigure = z.infer<typeof statedFigure>;
