/**
 * The home page's one picture: every site's planned capacity as a bar, largest
 * first, with its status. A range is drawn to its high end and printed as a
 * range; sites without a published capacity are counted, not drawn.
 */
import type { Site, SiteStatus } from '../../schemas/site.ts';

export interface CapacityBar {
	id: string;
	status: SiteStatus;
	/** The length the bar stands for, in MW. */
	mw: number;
	/** Bar length as a share of the longest bar, 0–1. */
	share: number;
	site: Site;
}

export function capacityBars(sites: readonly Site[]): { bars: CapacityBar[]; unknown: number } {
	const drawn = sites.flatMap((site) => {
		const value = site.capacityMw?.value;
		if (value === undefined) return [];
		return [{ id: site.id, status: site.status.value, mw: typeof value === 'number' ? value : value.high, site }];
	});
	const longest = Math.max(1, ...drawn.map((d) => d.mw));
	const bars = drawn.map((d) => ({ ...d, share: d.mw / longest })).sort((a, b) => b.mw - a.mw || a.id.localeCompare(b.id));
	return { bars, unknown: sites.length - drawn.length };
}

/** The newest `count` items of a date-sorted (oldest-first) list, newest first. */
export const newest = <T>(sorted: readonly T[], count: number): T[] => sorted.slice(-count).reverse();
