/**
 * A promise's status, computed from its deadline, its evidence and a reference
 * date (the site's newest reporting), never typed by hand.
 *
 * - The newest evidence item decides: kept, partly kept or missed close the promise.
 * - A `moved` item replaces the deadline; the promise is then judged against the
 *   new deadline like any other (pending or overdue) and keeps a "moved" mark.
 * - Without closing evidence: pending while the deadline's period has not ended
 *   (a period containing the reference date has not ended), overdue once it has
 *   and no report of delivery exists.
 */
import type { Evidence, PromiseRecord } from '../../schemas/promise.ts';
import { hasPassed } from './deadline.ts';

export const PROMISE_STATUSES = ['pending', 'overdue', 'kept', 'partly-kept', 'missed'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

export interface PromiseState {
	status: PromiseStatus;
	/** The deadline in force: the last moved one, else the original. */
	deadline: string;
	/** True when a report moved the deadline at least once. */
	moved: boolean;
	/** The evidence item that decided the status, if any. */
	decidedBy: Evidence | null;
}

/** Evidence oldest first; items of the same date keep their file order. */
function byDate(evidence: readonly Evidence[]): Evidence[] {
	return evidence
		.map((item, index) => ({ item, index }))
		.sort((a, b) => (a.item.date === b.item.date ? a.index - b.index : a.item.date < b.item.date ? -1 : 1))
		.map(({ item }) => item);
}

export function promiseState(promise: Pick<PromiseRecord, 'deadline' | 'evidence'>, reference: string): PromiseState {
	const evidence = byDate(promise.evidence);
	let deadline = promise.deadline;
	let moved = false;
	let closing: Evidence | null = null;
	for (const item of evidence) {
		if (item.kind === 'moved' && item.deadline) {
			deadline = item.deadline;
			moved = true;
			closing = null;
		} else if (item.kind !== 'moved') {
			closing = item;
		}
	}
	if (closing) return { status: closing.kind as Exclude<PromiseStatus, 'pending' | 'overdue'>, deadline, moved, decidedBy: closing };
	const last = evidence.at(-1) ?? null;
	return { status: hasPassed(deadline, reference) ? 'overdue' : 'pending', deadline, moved, decidedBy: last };
}

/** How many promises have each status, in the fixed order of PROMISE_STATUSES. */
export function statusCounts(states: readonly Pick<PromiseState, 'status'>[]): Record<PromiseStatus, number> {
	const counts = Object.fromEntries(PROMISE_STATUSES.map((s) => [s, 0])) as Record<PromiseStatus, number>;
	for (const { status } of states) counts[status] += 1;
	return counts;
}
