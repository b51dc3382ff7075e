/**
 * Lists grouped by date (the timeline's years) are shown newest first: the
 * groups and the entries in each group reversed. The reader can flip back to
 * oldest first in the browser (src/scripts/filter-list.ts), which reverses the
 * same way, so both orders agree.
 */
export interface OrderedGroup<K, T> {
	key: K;
	items: T[];
}

export function newestFirst<K, T>(groups: readonly OrderedGroup<K, T>[]): Array<OrderedGroup<K, T>> {
	return [...groups].reverse().map((group) => ({ ...group, items: [...group.items].reverse() }));
}
