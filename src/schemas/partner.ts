import { z } from 'astro/zod';
import { asciiId, localized, sourceIds } from './common.ts';

/** Roles a company can hold in the Stargate story; one company may hold several. */
export const PARTNER_ROLES = [
	'lead-partner',
	'equity-funder',
	'technology-partner',
	'site-developer',
	'financier',
	'power-supplier',
	'international-partner',
	'customer',
] as const;

export const partnerSchema = z.strictObject({
	id: asciiId,
	name: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }),
	roles: z.array(z.enum(PARTNER_ROLES)).min(1),
	/** One or two sentences on what the company does in Stargate. */
	summary: localized,
	sources: sourceIds,
});
export type Partner = z.infer<typeof partnerSchema>;
