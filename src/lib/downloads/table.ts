/**
 * The site's lists (claims ledger, timeline, sources, sites) as downloads: one
 * table of records, written as CSV (UTF-8 with BOM, CRLF, formula-safe cells:
 * the dataset CSV conventions of src/lib/dataset/csv.ts) and as JSON with the
 * same records, so either file can be checked against the other.
 */
import { LIST_SEPARATOR, toCsv } from '../dataset/csv.ts';
import { DATA_LICENCE } from '../dataset/json.ts';

/** A cell: list fields (source ids, URLs) are arrays in JSON and ` | `-joined in CSV. */
export type RecordValue = string | number | boolean | null | readonly string[];

export interface ListTable {
	/** The file name without extension: `claims` → claims.csv, claims.json. */
	id: string;
	columns: readonly string[];
	records: ReadonlyArray<Readonly<Record<string, RecordValue>>>;
}

/** The CSV text of a list: a header row of the column names, then one row per record. */
export function listCsv(table: ListTable): string {
	const rows = table.records.map((record) =>
		table.columns.map((column) => {
			const value = record[column];
			return Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value as string | number | boolean | null);
		}),
	);
	return toCsv([[...table.columns], ...rows]);
}

/** The JSON text of a list: its id, licence, columns (the CSV's order) and records. */
export function listJson(table: ListTable): string {
	return `${JSON.stringify({ id: table.id, licence: DATA_LICENCE, columns: table.columns, records: table.records }, null, '\t')}\n`;
}
