/**
 * Every figure's dataset: the files in content/datasets/ and the promise
 * tracker's figure, computed from content/promises.yaml. Figure pages, embeds,
 * downloads and images list figures from here, so a computed figure gets all a
 * figure gets.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { trackerDataset } from '../promises/dataset.ts';

export function figureDatasets(content: Parameters<typeof trackerDataset>[0] & { datasets: readonly Dataset[] }): Dataset[] {
	return [...content.datasets, trackerDataset(content)];
}
