/**
 * Citation markers, assembled from the rendered article. Each `<Cite id>` renders
 * `<cite-ref data-source="id"></cite-ref>`; this pass replaces them in document order
 * (the order of the finished HTML, not the order Astro happens to render components in),
 * merges tags that sit next to each other into one marker `[10, 11]`, and gives each
 * citing spot an id for the reference list's back-links. Pure string work over markup
 * Cite itself writes.
 *
 * Every number opens its reference-list entry as a popover (References.astro): the entry
 * is the preview, so each reference is in the page once (issue 14). A popover can show
 * one element, so a merged marker is one bracket holding one button per number, each a
 * 24×24 target that opens its own reference.
 */
import { escapeXml } from '../xml.ts';

export interface CiteLabels {
	/** Screen-reader prefix of each number ("Source 3"): the button's name says what it opens. */
	source: string;
}

const CITE_REF = /<cite-ref data-source="([^"]+)"><\/cite-ref>/g;

/** The anchor of a citing spot (0-based): back-links from the reference list land here. */
export const spotAnchor = (spot: number) => `cite-${spot + 1}`;

/**
 * The anchor of reference n (1-based), which is also the popover every marker citing it opens.
 * Short on purpose: markers sit in the text, beyond gzip's 32 KB window from the list, so each
 * repeat of a long source id there cost its full length (~0.6 KB a page).
 */
export const referenceAnchor = (n: number) => `ref-${n}`;

function markerHtml(spot: number, numbers: readonly number[], labels: CiteLabels): string {
	const button = (n: number, text: string, attrs = '') =>
		`<button type="button"${attrs} popovertarget="${referenceAnchor(n)}"><span class="sr-only">${escapeXml(labels.source)} </span>${text}</button>`;
	const [single] = numbers;
	// The marker is the citing spot itself (back-links land on its id): one element for one number.
	if (numbers.length === 1 && single !== undefined) return button(single, `[${single}]`, ` class="cite-marker" id="${spotAnchor(spot)}"`);
	return `<span class="cite-marker" id="${spotAnchor(spot)}">[${numbers.map((n) => button(n, String(n))).join(', ')}]</span>`;
}

/**
 * Replaces every `<cite-ref>` of an article's HTML with its marker. `order` is the reference list
 * (source ids by first citation; number = index + 1). Returns the HTML and the source ids of each
 * citing spot in document order (the reference list's back-links).
 */
export function assembleCitations(html: string, order: readonly string[], labels: CiteLabels): { html: string; spots: string[][] } {
	const groups: Array<{ start: number; end: number; ids: string[] }> = [];
	for (const match of html.matchAll(CITE_REF)) {
		const id = match[1] ?? '';
		if (!order.includes(id)) throw new Error(`citation of "${id}" is missing from the reference list`);
		const start = match.index;
		const end = start + match[0].length;
		const last = groups.at(-1);
		// Only whitespace between two tags: the same sentence end, so one marker.
		if (last && /^\s*$/.test(html.slice(last.end, start))) {
			if (!last.ids.includes(id)) last.ids.push(id);
			last.end = end;
		} else {
			groups.push({ start, end, ids: [id] });
		}
	}
	let out = '';
	let cursor = 0;
	groups.forEach((group, spot) => {
		group.ids.sort((a, b) => order.indexOf(a) - order.indexOf(b));
		out += html.slice(cursor, group.start) + markerHtml(spot, group.ids.map((id) => order.indexOf(id) + 1), labels);
		cursor = group.end;
	});
	out += html.slice(cursor);
	return { html: out, spots: groups.map((g) => g.ids) };
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
