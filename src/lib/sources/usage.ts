/** Which articles cite each source, and which data files use it: the "cited in" lines of the sources page. */
import type { ValidContent } from '../../content-model/index.ts';
import { citationOrder } from '../article/mdx-scan.ts';

export interface SourceUsage {
	/** Article slugs that cite the source (language-neutral; both languages cite the same set or close to it). */
	articles: string[];
	/** Dataset ids whose points use the source. */
	datasets: string[];
}

export function sourceUsage(content: ValidContent, lang: 'en' | 'zh'): Map<string, SourceUsage> {
	const usage = new Map<string, SourceUsage>(content.sources.map((s) => [s.id, { articles: [], datasets: [] }]));
	for (const article of content.articles.filter((a) => a.lang === lang)) {
		for (const id of citationOrder(article.body)) usage.get(id)?.articles.push(article.slug);
	}
	for (const dataset of content.datasets) {
		for (const id of new Set(dataset.points.flatMap((p) => p.sources))) usage.get(id)?.datasets.push(dataset.id);
	}
	return usage;
}
