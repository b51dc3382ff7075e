import { z } from 'astro/zod';
import { asciiId, isoDate, localized, sourceIds } from './common.ts';

export const TIMELINE_TOPICS = ['funding', 'sites', 'energy', 'partners', 'international', 'policy'] as const;

/** One dated event; the page anchor is `#event-<id>`. */
export const timelineEventSchema = z.strictObject({
	id: asciiId,
	date: isoDate,
	topic: z.enum(TIMELINE_TOPICS),
	text: localized,
	sources: sourceIds,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
