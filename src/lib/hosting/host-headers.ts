/**
 * The HTTP headers a CDN should send for the built site (`dist/_headers`, read
 * by Netlify, Cloudflare and `npm run serve`). Each page's CSP header is its
 * own `<meta>` policy plus what a meta tag cannot carry (`frame-ancestors`):
 * not the union of every page's hashes, which made every HTML response ~3 KB
 * of headers heavier and pushed pages past the first congestion window (issue
 * 14). Cache-Control patterns never overlap: Cloudflare joins the values of
 * every matching rule with commas, so a site-wide `/*` value would corrupt the
 * one for `/_astro/*`.
 *
 * Framing: every page says `frame-ancestors 'none'`, except the embed pages
 * (`/embed/<id>/`, `/zh/embed/<id>/`), which any site may frame. For the same
 * reason as Cache-Control, the CSP is therefore set per page (or per group of
 * pages), never on `/*`: two matching CSP headers would both apply, and the
 * site-wide 'none' would forbid the embeds too.
 */
import type { HeaderRule } from './headers-file.ts';

/** `script-src 'self' 'sha256-…'; …` → directive name → sources, in first-seen order. */
export function parseCsp(policy: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (!name) continue;
		const list = out.get(name) ?? [];
		for (const source of sources) if (!list.includes(source)) list.push(source);
		out.set(name, list);
	}
	return out;
}

/** One policy that allows everything any of the given policies allows. */
export function unionCsp(policies: readonly string[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const policy of policies) {
		for (const [name, sources] of parseCsp(policy)) {
			const list = out.get(name) ?? [];
			for (const source of sources) if (!list.includes(source)) list.push(source);
			out.set(name, list);
		}
	}
	return out;
}

export function serializeCsp(directives: Map<string, string[]>): string {
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `content` of every `<meta http-equiv="content-security-policy">` in an HTML document. */
export function cspMetaContents(html: string): string[] {
	const out: string[] = [];
	for (const match of html.matchAll(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/gi)) {
		const content = /\scontent="([^"]*)"/i.exec(match[0])?.[1];
		if (content) out.push(content.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
	}
	return out;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML must be revalidated on every visit so a corrected figure reaches readers at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** Share cards keep their URL when a title changes; a day is how long a stale card may live. */
export const ONE_DAY = 'public, max-age=86400';

export const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
	// No includeSubDomains: the site does not own the rest of the domain it is deployed on.
	['Strict-Transport-Security', 'max-age=31536000'],
];

/** Who may frame an embed page: any site. */
export const EMBED_FRAME_ANCESTORS = ['*'];

/**
 * Pages grouped under one wildcard rule, to stay far below Cloudflare's 100
 * rules: `/figures/<id>/` → `/figures/*`, `/zh/embed/<id>/` → `/zh/embed/*`.
 */
export function pageRulePattern(path: string): string {
	const group = /^(\/(?:zh\/)?(?:figures|embed)\/)[^/]+\/$/.exec(path);
	return group ? `${group[1]}*` : path;
}

export const isEmbedPattern = (pattern: string) => /^\/(?:zh\/)?embed\//.test(pattern);

/** A built page as the browser requests it (`/`, `/energy/`, `/404.html`) and the CSP `<meta>` policies it carries. */
export interface PagePolicy {
	path: string;
	policies: readonly string[];
}

/**
 * Rules for the whole site; paths are relative to the folder that is served,
 * like the rest of `_headers`. `pages` are the folder pages; `notFound` the
 * 404 files, which keep the host's default caching. A wildcard group
 * (`/figures/*`) gets the union of its pages' policies: still only what those
 * few pages use.
 */
export function siteHeaderRules(options: { pages: readonly PagePolicy[]; notFound?: readonly PagePolicy[] }): HeaderRule[] {
	const groups = new Map<string, string[]>();
	for (const page of options.pages) {
		const pattern = pageRulePattern(page.path);
		groups.set(pattern, [...(groups.get(pattern) ?? []), ...page.policies]);
	}
	const policy = (policies: readonly string[], ancestors: string[]) => serializeCsp(new Map([...unionCsp(policies), ['frame-ancestors', ancestors]]));
	return [
		{ pattern: '/*', headers: [...SECURITY_HEADERS] },
		{ pattern: '/_astro/*', headers: [['Cache-Control', IMMUTABLE]] },
		{ pattern: '/og/*', headers: [['Cache-Control', ONE_DAY]] },
		...[...groups.keys()].sort().map(
			(pattern): HeaderRule => ({
				pattern,
				headers: [
					['Content-Security-Policy', policy(groups.get(pattern)!, isEmbedPattern(pattern) ? EMBED_FRAME_ANCESTORS : ["'none'"])],
					['Cache-Control', REVALIDATE],
				],
			}),
		),
		// The 404 pages, when requested by name, get their own policy too.
		...(options.notFound ?? []).map((page): HeaderRule => ({ pattern: page.path, headers: [['Content-Security-Policy', policy(page.policies, ["'none'"])]] })),
	];
}

export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
	const lines = comment.split('\n').map((line) => `# ${line}`.trimEnd());
	for (const rule of rules) {
		lines.push(rule.pattern);
		for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
	}
	return `${lines.join('\n')}\n`;
}
