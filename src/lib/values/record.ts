/**
 * The published-values record (content/published-values.json): every dataset
 * point's value, one line each, committed and reviewed in diffs like a
 * lockfile. A value that differs from the record must be named by a changelog
 * `changes` item (from → to); otherwise a figure changed silently. Pure
 * functions: the generator (src/cli/values-record.ts) and the test share them.
 */
import type { ChangelogEntry, ValueChange } from '../../schemas/changelog.ts';
import type { Dataset, DataPoint } from '../../schemas/dataset.ts';
import type { Value } from '../../schemas/common.ts';

export interface RecordLine {
	dataset: string;
	/** The point's key, or its English label (with its series when the label alone is ambiguous). */
	point: string;
	value: Value;
}

/** A point's name in the record and in changelog `changes` items. */
export function pointName(dataset: Pick<Dataset, 'points'>, point: DataPoint): string {
	if (point.key) return point.key;
	const label = point.label.en;
	const ambiguous = dataset.points.filter((p) => !p.key && p.label.en === label).length > 1;
	return ambiguous && point.series ? `${label} (${point.series})` : label;
}

/** Does a changelog item name this point? Its key, its record name or (when unambiguous enough) its English label. */
export function namesPoint(dataset: Pick<Dataset, 'points'>, point: DataPoint, name: string): boolean {
	return name === pointName(dataset, point) || name === point.key || name === point.label.en || name === `${point.label.en} (${point.series})`;
}

export function recordOf(datasets: readonly Dataset[]): RecordLine[] {
	return [...datasets]
		.sort((a, b) => a.id.localeCompare(b.id))
		.flatMap((dataset) => dataset.points.map((point) => ({ dataset: dataset.id, point: pointName(dataset, point), value: point.value })));
}

/** A JSON array with one point per line: a changed value is a one-line diff. */
export function serializeRecord(lines: readonly RecordLine[]): string {
	return `[\n${lines.map((line) => JSON.stringify(line)).join(',\n')}\n]\n`;
}

export const sameValue = (a: Value | undefined, b: Value | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

export function formatRecordValue(value: Value | undefined): string {
	if (value === undefined) return '(none)';
	return typeof value === 'number' ? String(value) : `${value.low}–${value.high}`;
}

export interface SilentChange {
	dataset: string;
	point: string;
	recorded: Value | undefined;
	current: Value | undefined;
}

/**
 * Values that differ from the record without a changelog item explaining them. Items are applied
 * oldest entry first, so a value changed twice since the record (19 → 20 → 91) needs both steps.
 */
export function silentChanges(record: readonly RecordLine[], datasets: readonly Dataset[], changelog: readonly ChangelogEntry[]): SilentChange[] {
	const changes = [...changelog]
		.map((entry, index) => ({ entry, index }))
		.sort((a, b) => a.entry.date.localeCompare(b.entry.date) || b.index - a.index)
		.flatMap(({ entry }) => entry.changes ?? []);
	const out: SilentChange[] = [];
	const explained = (dataset: string, matches: (change: ValueChange) => boolean, recorded: Value | undefined, current: Value | undefined) => {
		let value = recorded;
		for (const change of changes) {
			if (change.dataset === dataset && matches(change) && sameValue(change.from, value)) value = change.to;
		}
		return sameValue(value, current);
	};
	const matched = new Set<RecordLine>();
	for (const dataset of datasets) {
		for (const point of dataset.points) {
			const name = pointName(dataset, point);
			// A point keeps its record line when it later gains a key: match the line by key, name or English label.
			// A point whose label changed is tied to its old line by a changes item that names it with the old value as `from`.
			const free = record.filter((l) => l.dataset === dataset.id && !matched.has(l));
			const line =
				free.find((l) => l.point === name) ??
				free.find((l) => namesPoint(dataset, point, l.point)) ??
				free.find((l) => changes.some((c) => c.dataset === dataset.id && namesPoint(dataset, point, c.point) && sameValue(c.from, l.value)));
			if (line) matched.add(line);
			if (line && sameValue(line.value, point.value)) continue;
			if (!explained(dataset.id, (c) => namesPoint(dataset, point, c.point), line?.value, point.value)) {
				out.push({ dataset: dataset.id, point: name, recorded: line?.value, current: point.value });
			}
		}
	}
	for (const line of record) {
		if (matched.has(line)) continue;
		if (!explained(line.dataset, (c) => c.point === line.point, line.value, undefined)) {
			out.push({ dataset: line.dataset, point: line.point, recorded: line.value, current: undefined });
		}
	}
	return out;
}

/** One line a reader of the test output can act on. */
export function describeSilentChange(change: SilentChange): string {
	return (
		`content/datasets/${change.dataset}.yaml › point "${change.point}": ${formatRecordValue(change.recorded)} → ${formatRecordValue(change.current)} ` +
		`is not in content/published-values.json and no changelog entry names it; add to content/changelog/<file>.yaml a ` +
		`changes item { dataset: ${change.dataset}, point: "${change.point}", from: ${formatRecordValue(change.recorded)}, to: ${formatRecordValue(change.current)}, sources: [...] }`
	);
}
