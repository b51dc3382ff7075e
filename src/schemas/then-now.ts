import { z } from 'astro/zod';
import { asciiId, isoDate, localized, sourceIds } from './common.ts';

/** Figures the site derives from `content/sites.yaml` instead of storing them twice. */
export const THEN_NOW_COMPUTED = ['site-count', 'permanent-jobs-per-site'] as const;
export type ThenNowComputed = (typeof THEN_NOW_COMPUTED)[number];

/** A point in a dataset, named by its `key`: value, date and sources are stored once, in the dataset. */
const pointRef = z.strictObject({ dataset: asciiId, point: asciiId });

/**
 * One side of a comparison. Exactly one of: dataset points, a figure computed
 * from the site records, or words (the seed's own figure, or a sourced absence
 * such as "no capacity was given"), which then carry their own date and sources.
 */
export const thenNowSideSchema = z
	.strictObject({
		points: z.array(pointRef).min(1).max(2).optional(),
		computed: z.enum(THEN_NOW_COMPUTED).optional(),
		text: localized.optional(),
		stated: isoDate.optional(),
		sources: sourceIds.optional(),
		/** What the figure counts, in a few words. */
		caption: localized,
	})
	.superRefine((side, ctx) => {
		const kinds = [side.points, side.computed, side.text].filter((k) => k !== undefined).length;
		if (kinds !== 1) ctx.addIssue({ code: 'custom', path: [], message: 'needs exactly one of points, computed or text' });
		if (side.text !== undefined && (side.stated === undefined || side.sources === undefined)) {
			ctx.addIssue({ code: 'custom', path: ['text'], message: 'needs `stated` and `sources`: words stand in for a figure, so they carry its date and source' });
		}
		if (side.text === undefined && (side.stated !== undefined || side.sources !== undefined)) {
			ctx.addIssue({ code: 'custom', path: ['stated'], message: 'is only for `text` sides: points and computed figures bring their own dates and sources' });
		}
	});
export type ThenNowSide = z.infer<typeof thenNowSideSchema>;

/** One headline number of the seed beside the latest sourced figure. */
export const thenNowRowSchema = z.strictObject({
	id: asciiId,
	/** What is compared: "Money committed". */
	label: localized,
	/** The ledger entry that checks the seed's figure, if there is one. */
	claim: asciiId.optional(),
	then: thenNowSideSchema,
	now: thenNowSideSchema,
	/** Where to read more: an article path such as `/funding/#headline-numbers`. */
	article: z.string().regex(/^\/[a-z-]+\/(#[a-z0-9-]+)?$/),
});
export type ThenNowRow = z.infer<typeof thenNowRowSchema>;

/** `content/then-now.yaml`. */
export const thenNowSchema = z.strictObject({
	rows: z.array(thenNowRowSchema).min(3).max(6),
});
export type ThenNow = z.infer<typeof thenNowSchema>;
