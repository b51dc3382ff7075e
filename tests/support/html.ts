/** Reads built HTML pages into something tests can query: ids, links, meta. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

export interface BuiltPage {
	/** URL path without base, e.g. `/zh/energy/`. */
	path: string;
	file: string;
	html: string;
	elements: Node[];
}

function walkFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walkFiles(path) : [path];
	});
}

export function loadPages(dist: string): BuiltPage[] {
	return walkFiles(dist)
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const rel = `/${relative(dist, file).split('\\').join('/')}`;
			const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
			const html = readFileSync(file, 'utf8');
			const elements: Node[] = [];
			walkSync(parse(html), (node) => {
				if (node.type === ELEMENT_NODE) elements.push(node);
			});
			return { path, file, html, elements };
		});
}

export const byTag = (page: BuiltPage, tag: string) => page.elements.filter((e) => e.name === tag);
export const attr = (node: Node, name: string): string | undefined => node.attributes?.[name];
export const textOf = (node: Node): string =>
	(node.children ?? []).map((child: Node) => (child.type === ELEMENT_NODE ? textOf(child) : (child.value ?? ''))).join('');
export const idsOf = (page: BuiltPage) => new Set(page.elements.map((e) => attr(e, 'id')).filter((id): id is string => Boolean(id)));

/**
 * The pages a whole-site browser check visits: every page, except that the figure, embed, site
 * and sources-by-year pages (one per figure, site or year and language, all from four templates)
 * are represented by the first one's, in each language. The figure-page tests and the built-site
 * tests (HTML validity, links, fragments, budgets) cover every one.
 */
export function pagesToVisit(dist: string): string[] {
	const paths = loadPages(dist).map((p) => p.path);
	const templated = /^\/(zh\/)?(figures|embed|sites|sources)\/[^/]+\/$/;
	const keep = new Set<string>();
	for (const path of paths.filter((p) => templated.test(p)).sort()) {
		const template = path.replace(/[^/]+\/$/, '');
		if (![...keep].some((k) => k.startsWith(template))) keep.add(path);
	}
	return paths.filter((p) => !templated.test(p) || keep.has(p)).sort();
}
