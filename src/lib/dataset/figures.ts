/**
 * Every figure's dataset: the files in content/datasets/ and the promise
 * tracker's figure, computed from content/promises.yaml. Figure pages, embeds,
 * downloads and images list figures from here, so a computed figure gets all a
 * figure gets.
 */
import { LANGS, type Lang } from '../../schemas/common.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { langParam } from '../routes.ts';
import { trackerDataset } from '../promises/dataset.ts';

export function figureDatasets(content: Parameters<typeof trackerDataset>[0] & { datasets: readonly Dataset[] }): Dataset[] {
	return [...content.datasets, trackerDataset(content)];
}

/** The routes of the per-figure pages (figure page and embed): every figure in every language. */
export function figureRoutes(content: Parameters<typeof figureDatasets>[0]): Array<{ params: { lang: string | undefined; id: string }; props: { lang: Lang; dataset: Dataset } }> {
	return figureDatasets(content).flatMap((dataset) => LANGS.map((lang) => ({ params: { lang: langParam(lang), id: dataset.id }, props: { lang, dataset } })));
}
