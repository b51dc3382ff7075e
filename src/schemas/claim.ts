import { z } from 'astro/zod';
import { asciiId, isoDate, localized, sourceIds } from './common.ts';

/** The fixed verdict scale of the claims ledger. */
export const VERDICTS = ['accurate', 'outdated', 'misstated', 'disputed', 'unsupported'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const TOPICS = ['funding', 'partners', 'sites', 'energy', 'jobs', 'promises', 'policy'] as const;

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
	/** Two or three sentences in our own words. */
	explanation: localized,
	sources: sourceIds,
	/** Where an article discusses it: article slug and section id. */
	article: asciiId,
	section: asciiId,
});
export type Claim = z.infer<typeof claimSchema>;
