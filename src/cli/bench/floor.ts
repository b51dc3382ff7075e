/**
 * The "floor page" of a built page: the same text (headings, paragraphs, lists,
 * tables) in bare HTML with one small stylesheet and no JavaScript. The bench
 * compares each page with its own floor, so the result means the same on a
 * fast or a slow machine: how much later than bare text does the page paint?
 */
import { ELEMENT_NODE, parse, renderSync, transformSync, walkSync, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import sanitize from 'ultrahtml/transformers/sanitize';

/** What a reader reads; everything else (controls, charts, maps, popovers, icons) is dropped. */
const TEXT_ELEMENTS = ['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'strong', 'em', 'sup', 'time', 'abbr'];
const DROPPED = ['script', 'style', 'svg', 'canvas', 'button', 'nav', 'form', 'template', 'dialog', 'noscript'];
/**
 * Parts of the page that are hidden or only revealed on demand. A reference-list entry is a popover that the
 * page's CSS shows in the list (its citation markers open it in place): it is text the reader sees, so it stays.
 */
const HIDDEN = '[hidden], [popover], [aria-hidden="true"]';
const shownInFlow = (node: Node) => node.name === 'li';

const STYLE = 'body{max-width:40rem;margin:0 auto;padding:1rem;font:1.0625rem/1.6 system-ui,sans-serif}table{border-collapse:collapse}th,td{padding:.25rem .5rem;border-bottom:1px solid #ccc;text-align:left}';

function removeAll(root: Node, selector: string, keep: (node: Node) => boolean = () => false): void {
	for (const node of querySelectorAll(root, selector).filter((n) => !keep(n))) {
		const siblings = (node.parent as { children?: Node[] } | undefined)?.children;
		if (siblings) siblings.splice(siblings.indexOf(node), 1);
	}
}

export function floorPage(html: string): string {
	const doc = parse(html);
	const main = querySelector(doc, 'main') ?? querySelector(doc, 'body');
	if (!main) throw new Error('the page has no <main> or <body>');
	removeAll(main, HIDDEN, (node) => node.attributes.popover !== undefined && shownInFlow(node));
	// Bare HTML: no classes, ids or styles; links keep their target.
	walkSync(main, (node) => {
		if (node.type === ELEMENT_NODE) node.attributes = node.name === 'a' && node.attributes.href ? { href: node.attributes.href } : {};
	});
	const text = transformSync(renderSync({ ...main, name: 'div' } as Node), [
		// Custom elements (the chart wrapper) are unwrapped, not dropped: their tables are text.
		sanitize({ unblockElements: TEXT_ELEMENTS, dropElements: DROPPED, allowCustomElements: true }),
	]);
	const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
	return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${STYLE}</style></head><body><main>${text}</main></body></html>\n`;
}
