import { z } from 'astro/zod';
import { asciiId, isoDate, localized } from './common.ts';

/**
 * How much weight a source carries.
 * - primary: the company or government itself, or an official transcript;
 * - secondary: a reputable outlet (Reuters, Bloomberg, AP, WSJ, FT ...);
 * - single-report: one outlet, a leak or an aggregator, unconfirmed elsewhere.
 */
export const SOURCE_KINDS = ['primary', 'secondary', 'single-report'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' });

/** One bibliography record in `content/sources/*.yaml`. The rest of the source policy (hosts, copies,
 * duplicates) is in src/lib/sources/policy.ts and tests/content/source-policy.test.ts. */
export const sourceSchema = z.strictObject({
	id: asciiId,
	/** Who published it, e.g. "Reuters" or "OpenAI". */
	publisher: z.string().trim().min(1),
	/**
	 * The publisher as Chinese pages name it, when `publisher` carries an English description that
	 * src/lib/sources/hosts.ts cannot render (情报分析师 (WeChat account) → 微信公众号“情报分析师”).
	 */
	publisherZh: z.string().trim().min(1).optional(),
	/** Headline or document title, in its own language. */
	title: z.string().trim().min(1),
	/** The page actually read. https only: a source a reader follows must not be open to tampering on the way. */
	url: httpsUrl,
	/** Date the source was published. */
	published: isoDate,
	/** BCP 47 language of the source text. */
	language: z.enum(['en', 'zh', 'ja', 'ko', 'es', 'no']),
	kind: z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` }),
	/**
	 * Set when `url` is a copy (a syndication, a reprint, an aggregator), not the publisher's own page:
	 * the name of the site the text was read on, e.g. "Business Recorder", optionally with a note in
	 * parentheses. Links then name the copy's host; a note saying "summary" or "headline" makes them say
	 * "summary on <host>" instead of "read via <host> (copy)".
	 */
	via: z
		.string()
		.regex(/^[^()]+(?: \([^()]*\))?$/, { error: 'must be the copy site\'s name, optionally followed by one note in parentheses, e.g. "Business Standard (syndicated copy)"' })
		.optional(),
	/** The publisher's own URL for a copied text, when the material read gives it: linked first, the copy second. */
	originalUrl: httpsUrl.optional(),
	/** A stable archived copy (for example the Wayback Machine) of the page read. */
	archiveUrl: httpsUrl.optional(),
	/** What the source says that the site uses, or how it was read: shown under the record, in the page's language. */
	note: localized.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
