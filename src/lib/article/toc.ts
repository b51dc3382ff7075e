/** Flat headings (as `render()` returns them) → a two-level table of contents. */
export interface TocHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocItem extends TocHeading {
	children: TocHeading[];
}

export function nestHeadings(headings: readonly TocHeading[]): TocItem[] {
	const items: TocItem[] = [];
	for (const heading of headings) {
		if (heading.depth === 2) items.push({ ...heading, children: [] });
		else if (heading.depth === 3) {
			const parent = items.at(-1);
			if (parent) parent.children.push(heading);
			else items.push({ ...heading, children: [] });
		}
	}
	return items;
}
