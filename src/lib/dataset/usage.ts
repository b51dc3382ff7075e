/** Where each dataset is placed with `<Figure id>`: the data hub's "used in" lines. */
import { scanComponentRefs, scanHeadings } from '../article/mdx-scan.ts';

export interface FigurePlacement {
	/** Article slug. */
	article: string;
	/** Id of the section the figure sits in, or null when it comes before the first heading. */
	section: string | null;
}

/** Dataset id → placements, in article order, for the articles given (one language). */
export function figurePlacements(articles: ReadonlyArray<{ slug: string; body: string }>): Map<string, FigurePlacement[]> {
	const placements = new Map<string, FigurePlacement[]>();
	for (const { slug, body } of articles) {
		const headings = scanHeadings(body);
		for (const ref of scanComponentRefs(body, ['Figure'])) {
			const section = headings.filter((h) => h.line < ref.line).at(-1)?.id ?? null;
			const list = placements.get(ref.id) ?? [];
			if (!list.some((p) => p.article === slug && p.section === section)) list.push({ article: slug, section });
			placements.set(ref.id, list);
		}
	}
	return placements;
}
