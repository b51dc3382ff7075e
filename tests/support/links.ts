/**
 * Resolves every internal link of a built site against the files in dist/:
 * the page or file must exist and its #fragment must be an id on that page.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, byTag, idsOf, type BuiltPage } from './html.ts';

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/** Internal hrefs (a, link, img, script) of a page, resolved to site paths under `base`. */
export function internalRefs(page: BuiltPage): string[] {
	const refs: string[] = [];
	for (const [tag, name] of [['a', 'href'], ['link', 'href'], ['img', 'src'], ['script', 'src']] as const) {
		for (const node of byTag(page, tag)) {
			const value = attr(node, name);
			if (!value || /^(https?:|mailto:|data:)/.test(value)) continue;
			if (tag === 'link' && ['canonical', 'alternate'].includes(attr(node, 'rel') ?? '')) continue;
			refs.push(value);
		}
	}
	return refs;
}

export function findBrokenLinks(pages: BuiltPage[], dist: string, base = '/'): BrokenLink[] {
	const pagesByPath = new Map(pages.map((p) => [p.path, p]));
	const idCache = new Map<string, Set<string>>();
	const ids = (page: BuiltPage) => {
		let set = idCache.get(page.path);
		if (!set) idCache.set(page.path, (set = idsOf(page)));
		return set;
	};
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of internalRefs(page)) {
			const url = new URL(href, `http://site${base}${page.path.slice(1)}`);
			const [pathPart, fragment] = [decodeURIComponent(url.pathname), decodeURIComponent(url.hash.slice(1))];
			if (!pathPart.startsWith(base)) {
				broken.push({ page: page.path, href, reason: `outside the base ${base}` });
				continue;
			}
			const sitePath = `/${pathPart.slice(base.length)}`;
			const target = pagesByPath.get(sitePath);
			if (!target) {
				const file = join(dist, sitePath);
				if (!existsSync(file) || statSync(file).isDirectory()) broken.push({ page: page.path, href, reason: 'no such page or file' });
				else if (fragment) broken.push({ page: page.path, href, reason: 'fragment on a file' });
				continue;
			}
			if (fragment && !ids(target).has(fragment)) broken.push({ page: page.path, href, reason: `no id "${fragment}" on ${sitePath}` });
		}
	}
	return broken;
}
