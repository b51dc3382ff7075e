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
		// Each side in the words used when there are any ("by mid-2026"), else at its stated precision.
		const said = (deadline: string, wording: PromiseRecord['deadlineWording'] | undefined) => ({
			en: wording?.en ?? formatDeadline(deadline, 'en'),
			zh: wording?.zh ?? formatDeadline(deadline, 'zh'),
		});
		let previous = said(promise.deadline, promise.deadlineWording);
		return promise.evidence.flatMap((evidence, i) => {
			if (evidence.kind !== 'moved' || !evidence.deadline) return [];
			const [from, to] = [previous, said(evidence.deadline, evidence.deadlineWording)];
			previous = to;
			const what = { en: promise.text.en.replace(/\.$/, ''), zh: promise.text.zh.replace(/。$/, '') };
			return [
				{
					id: `${MOVED_EVENT_PREFIX}${promise.id}-${i + 1}`,
					date: evidence.date,
					topic,
					text: {
						en: `Deadline moved for “${what.en}”: was ${from.en}, now ${to.en}. ${evidence.text.en}`,
						zh: `期限更改：“${what.zh}”，原为${from.zh}，现为${to.zh}。${evidence.text.zh}`,
					},
					sources: evidence.sources,
				},
			];
		});
	});
}
