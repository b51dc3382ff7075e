/**
 * The claims ledger and the timeline as lists a page can render: anchors,
 * counts per verdict, groups in a fixed order, and the article section each
 * claim points to. Pure functions over validated content.
 */
import type { Lang } from '../../schemas/common.ts';
import { TOPICS, VERDICTS, type Claim, type Verdict } from '../../schemas/claim.ts';
import { TIMELINE_TOPICS, type TimelineEvent } from '../../schemas/timeline.ts';
import { scanHeadings } from '../article/mdx-scan.ts';
import { localizedPath } from '../urls.ts';

/** The timeline event that marks the seed's publication: the page draws it as a reference line. */
export const SEED_EVENT_ID = '2025-01-26-seed-article';

export const claimAnchor = (id: string) => `claim-${id}`;
export const eventAnchor = (id: string) => `event-${id}`;
/** `/claims/#claim-<id>` or `/zh/claims/#claim-<id>`, without the base. */
export const claimPath = (lang: Lang, id: string) => `${localizedPath(lang, 'claims/')}#${claimAnchor(id)}`;

/** Claims per verdict, every verdict present (zero included), in the scale's order. */
export function verdictCounts(claims: readonly Pick<Claim, 'verdict'>[]): Array<{ verdict: Verdict; count: number }> {
	return VERDICTS.map((verdict) => ({ verdict, count: claims.filter((c) => c.verdict === verdict).length }));
}

export interface Group<K extends string, T> {
	key: K;
	items: T[];
}

/** Items grouped by key in the given order; empty groups are left out, items keep their order. */
export function groupInOrder<K extends string, T>(items: readonly T[], order: readonly K[], keyOf: (item: T) => K): Array<Group<K, T>> {
	return order.map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) })).filter((g) => g.items.length > 0);
}

export const claimsByTopic = (claims: readonly Claim[]) => groupInOrder(claims, TOPICS, (c) => c.topic);

/** Oldest first; events on the same date keep their file order. `YYYY-MM` sorts before the days of that month. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
	return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Events grouped by year, oldest year first. */
export function eventsByYear(events: readonly TimelineEvent[]): Array<Group<string, TimelineEvent>> {
	const sorted = sortEvents(events);
	const years = [...new Set(sorted.map((e) => e.date.slice(0, 4)))];
	return groupInOrder(sorted, years, (e) => e.date.slice(0, 4));
}

/** Topics that occur, in the schema's order: the timeline's filter buttons. */
export const timelineTopicsUsed = (events: readonly TimelineEvent[]) => TIMELINE_TOPICS.filter((t) => events.some((e) => e.topic === t));

/** The visible title of a section (`## Title {#id}`) in an article body, or null when it has none. */
export function sectionTitle(body: string, sectionId: string): string | null {
	return scanHeadings(body).find((h) => h.id === sectionId)?.text ?? null;
}
