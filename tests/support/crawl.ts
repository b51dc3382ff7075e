/**
 * A small crawler for a served build: starting from some URLs it follows every
 * internal reference a page makes (links, stylesheets, scripts, images,
 * share-card and canonical URLs, CSS url()s, sitemap and feed links), fetches
 * each once, and reports
 * what is missing, redirected (the trailing-slash policy says links must not
 * redirect), outside the base path, or a #fragment with no matching id.
 */
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

export interface Broken {
	from: string;
	url: string;
	reason: string;
}

export interface CrawlResult {
	/** Every HTML page reached, by URL without fragment. */
	pages: string[];
	/** Every URL fetched. */
	fetched: string[];
	broken: Broken[];
}

const REFS: Array<[tag: string, attribute: string]> = [
	['a', 'href'],
	['link', 'href'],
	['script', 'src'],
	// Page scripts wait in inert blocks until the first paint (src/lib/page/deferred-scripts.ts).
	['script', 'data-module'],
	['img', 'src'],
	['img', 'srcset'],
	['source', 'srcset'],
	['object', 'data'],
];
const URL_METAS = new Set(['og:image', 'og:url']);

function htmlRefs(html: string): { refs: string[]; ids: Set<string> } {
	const refs: string[] = [];
	const ids = new Set<string>();
	walkSync(parse(html), (node: Node) => {
		if (node.type !== ELEMENT_NODE) return;
		const attributes: Record<string, string> = node.attributes ?? {};
		if (attributes.id) ids.add(attributes.id);
		for (const [tag, name] of REFS) {
			const value = node.name === tag ? attributes[name] : undefined;
			if (!value) continue;
			if (name === 'srcset') refs.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
			else refs.push(value);
		}
		if (node.name === 'meta' && URL_METAS.has(attributes.property ?? attributes.name ?? '') && attributes.content) refs.push(attributes.content);
	});
	return { refs, ids };
}

/** Sitemap `<loc>`s and feed `href`s. */
const xmlRefs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>|\shref="([^"]+)"/g)].map((m) => (m[1] ?? m[2]!).replace(/&amp;/g, '&'));
const cssRefs = (css: string) => [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((u) => !u.startsWith('data:'));

/**
 * `server`: where the build is served, including its base (`http://127.0.0.1:4000/stargate/`).
 * `site`: the public address it was built for (`https://example.org/stargate/`); absolute
 * links to it (canonical, og:image) are checked against the server.
 */
export async function crawl(options: { server: string; site: string; start: string[] }): Promise<CrawlResult> {
	const server = new URL(options.server);
	const site = new URL(options.site);
	const basePath = server.pathname;
	const status = new Map<string, { ok: boolean; reason?: string; ids?: Set<string> }>();
	const references: Array<{ from: string; url: URL }> = [];
	const queue: string[] = [];
	const broken: Broken[] = [];

	const internal = (ref: string, from: string): URL | null => {
		if (/^(mailto:|tel:|javascript:|data:)/.test(ref)) return null;
		const url = new URL(ref, from);
		if (url.origin === site.origin && url.pathname.startsWith(site.pathname)) {
			return new URL(`${basePath}${url.pathname.slice(site.pathname.length)}${url.search}${url.hash}`, server);
		}
		return url.origin === server.origin ? url : null;
	};
	const visit = (ref: string, from: string) => {
		const url = internal(ref, from);
		if (!url) return;
		references.push({ from, url });
		const key = url.href.replace(/#.*$/, '');
		if (!status.has(key) && !queue.includes(key)) queue.push(key);
	};

	for (const start of options.start) visit(start, options.server);
	while (queue.length > 0) {
		const key = queue.shift()!;
		const url = new URL(key);
		if (!url.pathname.startsWith(basePath)) {
			status.set(key, { ok: false, reason: `outside the base path ${basePath}` });
			continue;
		}
		const isPage = url.pathname.endsWith('/') || url.pathname.endsWith('.html');
		const isCss = url.pathname.endsWith('.css');
		const isXml = url.pathname.endsWith('.xml');
		const response = await fetch(key, { method: isPage || isCss || isXml ? 'GET' : 'HEAD', redirect: 'manual' });
		if (response.status !== 200) {
			const where = response.headers.get('location');
			status.set(key, { ok: false, reason: where ? `${response.status} redirect to ${where}` : `HTTP ${response.status}` });
			continue;
		}
		if (isPage) {
			const { refs, ids } = htmlRefs(await response.text());
			status.set(key, { ok: true, ids });
			for (const ref of refs) visit(ref, key);
		} else {
			status.set(key, { ok: true });
			if (isCss) for (const ref of cssRefs(await response.text())) visit(ref, key);
			if (isXml) for (const ref of xmlRefs(await response.text())) visit(ref, key);
		}
	}

	for (const { from, url } of references) {
		const target = status.get(url.href.replace(/#.*$/, ''))!;
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (!target.ok) broken.push({ from, url: url.href, reason: target.reason! });
		else if (fragment && !target.ids?.has(fragment)) broken.push({ from, url: url.href, reason: `no element with id "${fragment}"` });
	}
	const unique = new Map(broken.map((b) => [`${b.from} ${b.url}`, b]));
	return {
		pages: [...status].filter(([, s]) => s.ids).map(([key]) => key),
		fetched: [...status.keys()],
		broken: [...unique.values()],
	};
}
