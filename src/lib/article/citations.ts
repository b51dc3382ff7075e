/**
 * Citation markers, assembled from the rendered article. Each `<Cite id>` renders
 * `<cite-ref data-source="id">preview item</cite-ref>`; this pass replaces them
 * in document order (the order of the finished HTML, not the order Astro happens
 * to render components in), merges tags that sit next to each other into one
 * marker `[10, 11]` with one preview, and gives each citing spot an id for the
 * reference list's back-links. Pure string work over markup Cite itself writes.
 */
import { escapeXml } from '../xml.ts';

export interface CiteLabels {
	/** Screen-reader prefix of a marker with one source, and with several. */
	source: string;
	sources: string;
	/** Accessible name of the preview (a popover group). */
	previewTitle: string;
	close: string;
}

const CITE_REF = /<cite-ref data-source="([^"]+)">([\s\S]*?)<\/cite-ref>/g;

/** The anchor of a citing spot (0-based): back-links from the reference list land here. */
export const spotAnchor = (spot: number) => `cite-${spot + 1}`;

/**
 * The popover a marker opens. A one-source marker opens that source's preview, shared by every
 * marker citing it (reference number n); a merged marker opens a preview of its own listing all.
 */
export const previewAnchor = (spot: number, n?: number) => (n === undefined ? `cite-${spot + 1}-sources` : `ref-${n}-preview`);

function previewHtml(id: string, items: ReadonlyArray<{ html: string }>, labels: CiteLabels): string {
	// Lean on purpose (issue 14: one preview per reference on every article): the group's name is its
	// aria-label, the close button's name its aria-label (× is a symbol, not a word to match).
	return [
		`<span popover id="${id}" class="cite-preview" role="group" aria-label="${escapeXml(labels.previewTitle)}">`,
		`<button type="button" class="cite-close" popovertarget="${id}" popovertargetaction="hide" aria-label="${escapeXml(labels.close)}">×</button>`,
		...items.map((i) => i.html),
		'</span>',
	].join('');
}

function markerHtml(spot: number, items: ReadonlyArray<{ n: number }>, labels: CiteLabels): string {
	const single = items.length === 1 ? items[0] : undefined;
	const prefix = escapeXml(single ? labels.source : labels.sources);
	// The button is the citing spot itself (back-links land on its id): no wrapper, one element per marker.
	return `<button type="button" class="cite-marker" id="${spotAnchor(spot)}" popovertarget="${previewAnchor(spot, single?.n)}"><span class="sr-only">${prefix} </span>[${items.map((i) => i.n).join(', ')}]</button>`;
}

/**
 * Replaces every `<cite-ref>` of an article's HTML with its marker. `order` is the reference list
 * (source ids by first citation; number = index + 1). Returns the HTML, the source ids of each citing
 * spot in document order, and every preview by the source id of the reference-list entry that holds it:
 * a one-source preview (shared by every marker citing that source) in its source's entry, a merged
 * marker's preview in the entry of its lowest number. A popover opens in the top layer wherever it sits,
 * and follows its invoker in focus order; beside the same title and links, gzip finds the repeat
 * (written after the text or inside it, previews sat beyond gzip's 32 KB window and cost ~10 KB a page).
 */
export function assembleCitations(
	html: string,
	order: readonly string[],
	labels: CiteLabels,
): { html: string; spots: string[][]; previews: Map<string, string[]> } {
	const refs = [...html.matchAll(CITE_REF)];
	const groups: Array<{ start: number; end: number; items: Array<{ id: string; n: number; html: string }> }> = [];
	for (const match of refs) {
		const id = match[1] ?? '';
		const n = order.indexOf(id) + 1;
		if (n === 0) throw new Error(`citation of "${id}" is missing from the reference list`);
		const start = match.index;
		const end = start + match[0].length;
		const last = groups.at(-1);
		// Only whitespace between two tags: the same sentence end, so one marker.
		if (last && /^\s*$/.test(html.slice(last.end, start))) {
			if (!last.items.some((item) => item.id === id)) last.items.push({ id, n, html: match[2] ?? '' });
			last.end = end;
		} else {
			groups.push({ start, end, items: [{ id, n, html: match[2] ?? '' }] });
		}
	}
	let out = '';
	let cursor = 0;
	const previews = new Map<string, string[]>();
	const hold = (id: string, html: string) => previews.set(id, [...(previews.get(id) ?? []), html]);
	const shared = new Set<number>();
	groups.forEach((group, spot) => {
		group.items.sort((a, b) => a.n - b.n);
		out += html.slice(cursor, group.start) + markerHtml(spot, group.items, labels);
		cursor = group.end;
		const [first] = group.items;
		if (!first) return;
		if (group.items.length > 1) hold(first.id, previewHtml(previewAnchor(spot), group.items, labels));
		else if (!shared.has(first.n)) {
			shared.add(first.n);
			hold(first.id, previewHtml(previewAnchor(spot, first.n), [first], labels));
		}
	});
	out += html.slice(cursor);
	return { html: out, spots: groups.map((g) => g.items.map((i) => i.id)), previews };
}

/** The spots (0-based) that cite a source, in document order: one back-link each. */
export function spotsCiting(spots: readonly string[][], sourceId: string): number[] {
	return spots.flatMap((ids, i) => (ids.includes(sourceId) ? [i] : []));
}

/** Back-link letters a, b, …, z, aa, ab, … as in printed reference works. */
export function backLinkLabel(index: number): string {
	let n = index;
	let out = '';
	do {
		out = String.fromCharCode(97 + (n % 26)) + out;
		n = Math.floor(n / 26) - 1;
	} while (n >= 0);
	return out;
}
