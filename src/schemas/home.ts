import { z } from 'astro/zod';
import { asciiId, localized } from './common.ts';

/**
 * `content/home.yaml`: which figures the home page leads with. Each names a
 * point in a dataset by key, so the number, its date and its sources are
 * stored once, in the dataset.
 */
export const homeSchema = z.strictObject({
	figures: z
		.array(
			z.strictObject({
				dataset: asciiId,
				point: asciiId,
				/** What the number is, in a few words. */
				caption: localized,
				/** Where to read more: an article path such as `/funding/#equity-pledges`. */
				article: z.string().regex(/^\/[a-z-]+\/(#[a-z0-9-]+)?$/),
			}),
		)
		.min(4)
		.max(6),
});
export type Home = z.infer<typeof homeSchema>;
