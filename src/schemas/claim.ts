import { z } from 'astro/zod';
import { asciiId, isoDate, localized, sourceIds } from './common.ts';

/** The fixed verdict scale of the claims ledger. */
export const VERDICTS = ['accurate', 'outdated', 'misstated', 'disputed', 'unsupported'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const TOPICS = ['funding', 'partners', 'sites', 'energy', 'jobs', 'promises', 'policy'] as const;

/**
 * A verdict the claim used to carry. When later reporting (or a correction)
 * changes a verdict, the old one moves here with the last day it stood and why
 * it changed, so the ledger never edits a verdict silently.
 */
export const verdictChangeSchema = z.strictObject({
	verdict: z.enum(VERDICTS, { error: `must be one of: ${VERDICTS.join(', ')}` }),
	/** The last day this verdict stood (YYYY-MM-DD): the date of the event or correction that changed it. */
	until: isoDate.refine((value) => value.length === 10, { error: 'must be a full date written as YYYY-MM-DD' }),
	/** What changed it, in a sentence. */
	why: localized,
	/** Reporting that changed it, when an event did (omit for our own correction). */
	sources: sourceIds.optional(),
});
export type VerdictChange = z.infer<typeof verdictChangeSchema>;

/** One factual statement of the seed article, checked against the sources. */
export const claimSchema = z.strictObject({
	/** Stable ASCII anchor on the ledger page (`#claim-<id>`). */
	id: asciiId,
	topic: z.enum(TOPICS),
	/** The seed's own words, a short quote in Chinese. */
	seedQuote: z.string().trim().min(2).max(160),
	/** Our English translation of the quote. */
	seedTranslation: z.string().trim().min(2),
	/** Who originally made the claim (not the seed, unless the seed invented it). */
	claimant: localized,
	claimedOn: isoDate,
	verdict: z.enum(VERDICTS, { error: `must be one of: ${VERDICTS.join(', ')}` }),
	/** Earlier verdicts, oldest first; each differs from the one after it. */
	history: z.array(verdictChangeSchema).min(1).optional(),
	/** Two or three sentences in our own words. */
	explanation: localized,
	sources: sourceIds,
	/** Where an article discusses it: article slug and section id. */
	article: asciiId,
	section: asciiId,
}).superRefine((claim, ctx) => {
	const history = claim.history ?? [];
	history.forEach((change, index) => {
		const next = history[index + 1];
		if (next && next.until < change.until) ctx.addIssue({ code: 'custom', path: ['history', index + 1, 'until'], message: 'must not be earlier than the entry before it (oldest first)' });
		const followingVerdict = next?.verdict ?? claim.verdict;
		if (followingVerdict === change.verdict) ctx.addIssue({ code: 'custom', path: ['history', index, 'verdict'], message: `is the same as the verdict that followed it ("${change.verdict}"): a history entry records a change` });
	});
});
export type Claim = z.infer<typeof claimSchema>;
