/**
 * A dataset as CSV: one row per plotted value, both languages side by side, raw
 * numbers (ranges as low and high) with their unit named in each language, and the value's sources with publisher and
 * URL, so a row can be checked on its own. For a source read as a copy (a
 * publisher's report on another site), the row says where it was read
 * (`source_via`) and the publisher's own address when known
 * (`source_original_urls`), as the site's reference lists do: a row must not
 * name Bloomberg beside a URL that opens a copy without saying so. UTF-8 with
 * a byte-order mark and CRLF line ends (RFC 4180): Excel then opens the
 * Chinese text correctly.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Source } from '../../schemas/source.ts';
import { dataUnitLabel } from '../format.ts';
import { pointUnit } from './table.ts';

export const BOM = '\uFEFF';

/** Joins several sources inside one cell. */
export const LIST_SEPARATOR = ' | ';

export type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field. Text that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@` first) gets a leading apostrophe (OWASP "CSV injection"); numbers stay numbers.
 */
export function csvField(cell: Cell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	if (typeof cell === 'boolean') return cell ? 'true' : 'false';
	const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with BOM and CRLF line ends. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CSV_COLUMNS = [
	'dataset',
	'key',
	'series',
	'series_en',
	'series_zh',
	'label_en',
	'label_zh',
	'value',
	'low',
	'high',
	'qualifier',
	'unit',
	'unit_en',
	'unit_zh',
	'stated',
	'contested',
	'status',
	'site',
	'partner',
	'note_en',
	'note_zh',
	'source_ids',
	'source_publishers',
	'source_via',
	'source_urls',
	'source_original_urls',
] as const;

/** One cell listing a field of each source in order; blank when no source has it (most rows). */
function sourceList(cited: readonly Source[], field: (source: Source) => string | undefined): string {
	const values = cited.map((source) => field(source) ?? '');
	return values.some(Boolean) ? values.join(LIST_SEPARATOR) : '';
}

/** The dataset's CSV file. `sources` must hold every source the dataset cites. */
export function datasetCsv(dataset: Dataset, sources: ReadonlyMap<string, Source>): string {
	const rows = dataset.points.map((point) => {
		const series = dataset.series?.find((s) => s.id === point.series);
		const cited = point.sources.map((id) => {
			const source = sources.get(id);
			if (!source) throw new Error(`Dataset ${dataset.id} cites unknown source "${id}"`);
			return source;
		});
		const range = typeof point.value === 'number' ? null : point.value;
		const unit = pointUnit(dataset, point);
		return [
			dataset.id,
			point.key,
			point.series,
			series?.label.en,
			series?.label.zh,
			point.label.en,
			point.label.zh,
			range ? null : (point.value as number),
			range?.low,
			range?.high,
			point.qualifier,
			unit,
			dataUnitLabel(unit, 'en'),
			dataUnitLabel(unit, 'zh'),
			point.stated,
			point.contested === true,
			point.status,
			point.site,
			point.partner,
			point.note?.en,
			point.note?.zh,
			cited.map((s) => s.id).join(LIST_SEPARATOR),
			cited.map((s) => s.publisher).join(LIST_SEPARATOR),
			// One entry per source, empty for a publisher's own page, so the lists line up with source_ids.
			sourceList(cited, (s) => s.via),
			cited.map((s) => s.url).join(LIST_SEPARATOR),
			sourceList(cited, (s) => s.originalUrl),
		] satisfies Cell[];
	});
	return toCsv([[...CSV_COLUMNS], ...rows]);
}
