/**
 * The promises as the tracker shows them: each with its computed state, in
 * deadline order, plus the counts behind every summary line (tracker, home page,
 * site sections), so all of them say the same numbers.
 */
import type { PromiseRecord } from '../../schemas/promise.ts';
import { deadlinePeriod } from './deadline.ts';
import { PROMISE_STATUSES, promiseState, statusCounts, type PromiseState, type PromiseStatus } from './status.ts';

export interface TrackedPromise {
	promise: PromiseRecord;
	state: PromiseState;
}

/** `#promise-<id>` on the tracker page. */
export const promiseAnchor = (id: string) => `promise-${id}`;

/** Site path of the tracker, without language prefix or base. */
export const TRACKER_PATH = 'promises/tracker/';

/** Every promise with its state, ordered by the end of the deadline in force, then by id. */
export function trackPromises(promises: readonly PromiseRecord[], reference: string): TrackedPromise[] {
	return promises
		.map((promise) => ({ promise, state: promiseState(promise, reference) }))
		.sort((a, b) => {
			const [ea, eb] = [deadlinePeriod(a.state.deadline).end, deadlinePeriod(b.state.deadline).end];
			return ea === eb ? a.promise.id.localeCompare(b.promise.id) : ea < eb ? -1 : 1;
		});
}

export interface PromiseSummary {
	total: number;
	counts: Record<PromiseStatus, number>;
	/** Promises whose deadline was moved at least once. */
	moved: number;
}

export function summarize(tracked: readonly TrackedPromise[]): PromiseSummary {
	return {
		total: tracked.length,
		counts: statusCounts(tracked.map((t) => t.state)),
		moved: tracked.filter((t) => t.state.moved).length,
	};
}

/** Statuses that occur, in the fixed order, for filters and legends. */
export function statusesPresent(tracked: readonly TrackedPromise[]): PromiseStatus[] {
	return PROMISE_STATUSES.filter((status) => tracked.some((t) => t.state.status === status));
}

/** The promises about one site (a promise may name two sites). */
export function promisesForSite(tracked: readonly TrackedPromise[], site: string): TrackedPromise[] {
	return tracked.filter((t) => t.promise.sites?.includes(site));
}
