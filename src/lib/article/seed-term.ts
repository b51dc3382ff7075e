/** Ids for the in-place explanations of "the seed article": unique on each page, whatever order components render in. */
const count = new WeakMap<object, number>();

/** The next explanation id of this page render (`renderKey` is Astro.request, one per page). */
export function nextSeedTermId(renderKey: object): string {
	const n = (count.get(renderKey) ?? 0) + 1;
	count.set(renderKey, n);
	return `seed-article-${n}`;
}
