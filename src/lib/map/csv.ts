/**
 * The site list behind the map as CSV: one row per site, both languages side
 * by side, the point with what it marks, capacity as stated (ranges as low and
 * high), status, and the sources of each part. Same conventions as the dataset
 * CSVs (src/lib/csv.ts): UTF-8 with BOM, CRLF, formula-safe cells.
 */
import type { Site } from '../../schemas/site.ts';
import type { Source } from '../../schemas/source.ts';
import { LIST_SEPARATOR, toCsv, type Cell } from '../dataset/csv.ts';
import { sitePageSlug } from '../../schemas/site-page.ts';

export const SITES_CSV_COLUMNS = [
	'id',
	'name_en',
	'name_zh',
	'country',
	'region_en',
	'region_zh',
	'lat',
	'lon',
	'point_basis_en',
	'point_basis_zh',
	'point_source_ids',
	'capacity_mw',
	'capacity_mw_low',
	'capacity_mw_high',
	'capacity_qualifier',
	'capacity_stated',
	'capacity_source_ids',
	'capacity_other_mw',
	'status',
	'status_as_of',
	'status_source_ids',
	'page_path',
	'source_urls',
] as const;

/** `sources` must hold every source the sites cite. */
export function sitesCsv(sites: readonly Site[], sources: ReadonlyMap<string, Source>): string {
	const rows = sites.map((site) => {
		const capacity = site.capacityMw;
		const range = capacity && typeof capacity.value !== 'number' ? capacity.value : null;
		const ids = [
			...new Set([
				...site.location.sources,
				...(capacity?.sources ?? []),
				...(capacity?.alternatives ?? []).flatMap((a) => a.sources),
				...site.status.sources,
			]),
		];
		const urls = ids.map((id) => {
			const source = sources.get(id);
			if (!source) throw new Error(`Site ${site.id} cites unknown source "${id}"`);
			return source.url;
		});
		const other = (capacity?.alternatives ?? []).map((a) => (typeof a.value === 'number' ? String(a.value) : `${a.value.low}-${a.value.high}`));
		return [
			site.id,
			site.name.en,
			site.name.zh,
			site.country,
			site.region.en,
			site.region.zh,
			site.location.lat,
			site.location.lon,
			site.location.basis.en,
			site.location.basis.zh,
			site.location.sources.join(LIST_SEPARATOR),
			capacity && !range ? (capacity.value as number) : null,
			range?.low,
			range?.high,
			capacity?.qualifier,
			capacity?.stated,
			capacity?.sources.join(LIST_SEPARATOR),
			other.join(LIST_SEPARATOR),
			site.status.value,
			site.status.asOf,
			site.status.sources.join(LIST_SEPARATOR),
			`${sitePageSlug(site.id)}/`,
			urls.join(LIST_SEPARATOR),
		] satisfies Cell[];
	});
	return toCsv([[...SITES_CSV_COLUMNS], ...rows]);
}
