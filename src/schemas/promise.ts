import { z } from 'astro/zod';
import { asciiId, isoDate, localized, qualifier, sourceIds, unit } from './common.ts';

/**
 * A deadline kept at the precision it was stated: a day `2026-06-30`, a month `2026-06`,
 * a quarter `2026-Q3`, a half-year `2026-H2` or a year `2026`. Never widened into a day
 * nobody named; `src/lib/promises/deadline.ts` turns it into the period it covers.
 */
export const DEADLINE_PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])(?:-(\d{2}))?|Q([1-4])|H([12])))?$/;

function isRealDeadline(value: string): boolean {
	const match = DEADLINE_PATTERN.exec(value);
	// A string that is not a date or period at all is reported once, by the pattern.
	if (!match) return true;
	const [, year, month, day] = match;
	if (!day) return true;
	const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
	return Number(day) >= 1 && Number(day) <= last;
}

export const deadline = z
	.string({ error: 'must be a date or period: YYYY-MM-DD, YYYY-MM, YYYY-Q1..Q4, YYYY-H1/H2 or YYYY (quote it in YAML)' })
	.regex(DEADLINE_PATTERN, { error: 'must be a date or period: YYYY-MM-DD, YYYY-MM, YYYY-Q1..Q4, YYYY-H1/H2 or YYYY' })
	.refine(isRealDeadline, { error: 'is not a real calendar date' });

/** What later reporting says. `moved` carries the new deadline; the others close the promise. */
export const EVIDENCE_KINDS = ['kept', 'partly-kept', 'missed', 'moved'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const evidenceSchema = z
	.strictObject({
		kind: z.enum(EVIDENCE_KINDS, { error: `must be one of: ${EVIDENCE_KINDS.join(', ')}` }),
		/** Date of the report (or of the event it reports). */
		date: isoDate,
		text: localized,
		sources: sourceIds,
		/** Only for `moved`: the new deadline, at the precision stated. */
		deadline: deadline.optional(),
		/** Only for `moved`: the new deadline in the words used. */
		deadlineWording: localized.optional(),
	})
	.superRefine((evidence, ctx) => {
		if (evidence.kind === 'moved' && !evidence.deadline) {
			ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'is required when the deadline was moved (give the new deadline)' });
		}
		if (evidence.kind !== 'moved' && evidence.deadline) {
			ctx.addIssue({ code: 'custom', path: ['deadline'], message: `belongs only to "moved" evidence, not "${evidence.kind}"` });
		}
	});
export type Evidence = z.infer<typeof evidenceSchema>;

/** One dated promise about Stargate (`content/promises.yaml`). Its status is computed, never typed. */
export const promiseSchema = z.strictObject({
	/** Stable ASCII anchor on the tracker (`#promise-<id>`). */
	id: asciiId,
	/** What was promised, in a short sentence. */
	text: localized,
	/** Who said it when it was not a company (a president, a minister), in words. */
	by: localized.optional(),
	/** Partner ids of the companies that made or carry the promise. */
	partners: z.array(asciiId).min(1, { error: 'needs at least one partner id' }),
	/** The amount promised, where there is one. */
	quantity: z.strictObject({ value: z.number().positive(), unit, qualifier: qualifier.optional() }).optional(),
	deadline,
	/** The deadline in the words used ("by mid-2026", "immediately"). */
	deadlineWording: localized,
	/** Date the promise was made. */
	stated: isoDate,
	sources: sourceIds,
	/** Site ids in `content/sites.yaml`, for site promises (one promise may cover two sites). */
	sites: z.array(asciiId).optional(),
	/** Where an article discusses it: article slug and section id. */
	article: asciiId,
	section: asciiId,
	/** The claims-ledger entry it concerns, if any. */
	claim: asciiId.optional(),
	/** Later reports, oldest first. */
	evidence: z.array(evidenceSchema).default([]),
	/** Context a reader needs (how a vague deadline was read, what else was reported), with its sources. */
	note: z.strictObject({ text: localized, sources: sourceIds.optional() }).optional(),
});
export type PromiseRecord = z.infer<typeof promiseSchema>;
