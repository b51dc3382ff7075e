/**
 * The text `<Value dataset point />` prints in prose: the very string the
 * figure's data table shows for that point, so a sentence and its chart
 * cannot drift apart.
 */
import type { Lang } from '../../schemas/common.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { datasetRows } from './table.ts';

/** Null when the dataset has no point with this key (the content model reports it first). */
export function pointValueText(dataset: Dataset, key: string, lang: Lang): string | null {
	return datasetRows(dataset, lang).find((row) => row.point.key === key)?.value ?? null;
}
