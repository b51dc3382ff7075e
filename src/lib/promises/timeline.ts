/**
 * Moved deadlines as timeline events, computed from content/promises.yaml (never
 * copied into the timeline files): one event per `moved` report, dated the day of
 * the report, saying what moved, from when to when.
 */
import type { TimelineEvent } from '../../schemas/timeline.ts';
import type { PromiseRecord } from '../../schemas/promise.ts';
import type { Site } from '../../schemas/site.ts';
import { formatDeadline } from './deadline.ts';

/** Event ids start with this, so the timeline can tell computed events apart. */
export const MOVED_EVENT_PREFIX = 'promise-moved-';

export function movedDeadlineEvents(promises: readonly PromiseRecord[], sites: readonly Pick<Site, 'id' | 'country'>[]): TimelineEvent[] {
	const country = new Map(sites.map((s) => [s.id, s.country]));
	return promises.flatMap((promise) => {
		const topic: TimelineEvent['topic'] = !promise.sites?.length ? 'partners' : promise.sites.every((id) => country.get(id) === 'US') ? 'sites' : 'international';
		let previous = promise.deadline;
		return promise.evidence.flatMap((evidence, i) => {
			if (evidence.kind !== 'moved' || !evidence.deadline) return [];
			const [from, to] = [previous, evidence.deadline];
			previous = to;
			const what = { en: promise.text.en.replace(/\.$/, ''), zh: promise.text.zh.replace(/。$/, '') };
			return [
				{
					id: `${MOVED_EVENT_PREFIX}${promise.id}-${i + 1}`,
					date: evidence.date,
					topic,
					text: {
						en: `Deadline moved: “${what.en}”, from ${formatDeadline(from, 'en')} to ${formatDeadline(to, 'en')}. ${evidence.text.en}`,
						zh: `期限更改：“${what.zh}”由${formatDeadline(from, 'zh')}改为${formatDeadline(to, 'zh')}。${evidence.text.zh}`,
					},
					sources: evidence.sources,
				},
			];
		});
	});
}
