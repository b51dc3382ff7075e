/**
 * Cross-references of changelog `changes` items: the dataset exists, the point
 * is one of its points (a removal may name a point that no longer exists), and
 * the sources exist. Values themselves are checked against the published-values
 * record by the content tests (src/lib/values/record.ts).
 */
import type { ChangelogEntry } from '../schemas/changelog.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { namesPoint } from '../lib/values/record.ts';
import type { ContentIssue } from './issues.ts';

export function checkValueChanges(
	changelog: ReadonlyArray<{ file: string; entry: string; value: ChangelogEntry }>,
	datasets: readonly Dataset[],
	sourceIds: ReadonlySet<string>,
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const { file, entry, value } of changelog) {
		value.changes?.forEach((change, i) => {
			const at = (field: string) => ({ file, entry, field: `changes[${i}].${field}` });
			const dataset = datasets.find((d) => d.id === change.dataset);
			if (!dataset) {
				issues.push({ ...at('dataset'), message: `unknown dataset id "${change.dataset}"` });
				return;
			}
			const exists = dataset.points.some((point) => namesPoint(dataset, point, change.point));
			if (change.to !== undefined && !exists) {
				const names = dataset.points.map((p) => p.key ?? p.label.en).join('", "');
				issues.push({ ...at('point'), message: `dataset "${dataset.id}" has no point "${change.point}" (its points: "${names}")` });
			}
			change.sources?.forEach((id, j) => {
				if (!sourceIds.has(id)) issues.push({ ...at(`sources[${j}]`), message: `unknown source id "${id}"` });
			});
		});
	}
	return issues;
}
