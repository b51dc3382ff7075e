import { z } from 'astro/zod';
import { asciiId } from './common.ts';

/** What a glossary entry names; only for reading the file, nothing renders by kind. */
export const GLOSSARY_KINDS = ['document', 'project', 'company', 'place', 'instrument', 'job-type', 'term', 'person', 'style'] as const;

const variants = z.array(z.string().trim().min(2, { error: 'a variant must be at least two characters' })).min(1);

/**
 * One entity with the single name each language uses for it, and the variants
 * that must not appear anywhere in content/ or the interface strings
 * (`tests/content/names.test.ts` scans for them, case-sensitively).
 */
export const glossaryEntrySchema = z
	.strictObject({
		id: asciiId,
		kind: z.enum(GLOSSARY_KINDS),
		/** The canonical name in running text. */
		name: z.strictObject({ en: z.string().trim().min(1), zh: z.string().trim().min(1) }),
		/** How the first mention on a page reads, where it differs from `name`. */
		firstMention: z.strictObject({ en: z.string().trim().min(1).optional(), zh: z.string().trim().min(1).optional() }).optional(),
		/** Spellings, renderings and translations that must not be used. */
		forbidden: z.strictObject({ en: variants.optional(), zh: variants.optional() }),
		/** Why, or when an exception applies; for editors. */
		note: z.string().trim().min(1).optional(),
	})
	.superRefine((entry, ctx) => {
		const allowed = [entry.name.en, entry.name.zh, entry.firstMention?.en ?? '', entry.firstMention?.zh ?? ''];
		for (const lang of ['en', 'zh'] as const) {
			entry.forbidden[lang]?.forEach((variant, index) => {
				// A variant inside the canonical form would make the canonical form itself fail the scan.
				if (allowed.some((text) => text.includes(variant))) {
					ctx.addIssue({ code: 'custom', path: ['forbidden', lang, index], message: `"${variant}" occurs in the canonical name or first mention` });
				}
			});
		}
	});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
