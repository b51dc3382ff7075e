/**
 * What a built page declares about itself in its `<head>`: language,
 * canonical URL, hreflang alternates and share tags. The post-build steps
 * (share cards, sitemap) and the dist tests read pages through this, so a
 * card or sitemap entry always matches what the page itself says.
 */

export interface PageHead {
	/** `<html lang>`, e.g. `en` or `zh-Hans`. */
	lang: string;
	canonical?: string;
	alternates: Array<{ hreflang: string; href: string }>;
	/** `og:*`, `twitter:*` and `article:*` properties, first value of each. */
	meta: Record<string, string>;
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Attributes of one start tag: `<link rel="x" href="y">` → { rel: 'x', href: 'y' }. */
export function tagAttributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const match of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
		const name = match[1]!.toLowerCase();
		if (name === 'meta' || name === 'link' || name === 'html') continue;
		out[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
	}
	return out;
}

export function readPageHead(html: string): PageHead {
	const head = html.slice(0, html.search(/<\/head>/i) + 1 || undefined);
	const lang = tagAttributes(/<html\b[^>]*>/i.exec(html)?.[0] ?? '').lang ?? '';
	const result: PageHead = { lang, alternates: [], meta: {} };
	for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
		const a = tagAttributes(tag);
		if (a.rel === 'canonical' && a.href) result.canonical ??= a.href;
		if (a.rel === 'alternate' && a.hreflang && a.href) result.alternates.push({ hreflang: a.hreflang, href: a.href });
	}
	for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
		const a = tagAttributes(tag);
		const key = a.property ?? a.name;
		if (key && a.content !== undefined && /^(og|twitter|article):/.test(key)) result.meta[key] ??= a.content;
	}
	return result;
}
