/**
 * The source policy (issue 10, item 4): a source is the page actually read, over https, on a host that
 * will still hold it next year, and a copy says it is one. Pure, so the content test can run it over every
 * record in content/sources/ and over planted bad records.
 */
import type { Source } from '../../schemas/source.ts';
import { hostBelongsTo, isPublisherUrl } from './hosts.ts';

export type PolicyRule =
	| 'https'
	| 'banned-host'
	| 'banned-shape'
	| 'copy-needs-via'
	| 'via-on-original'
	| 'original-needs-via'
	| 'original-not-publisher'
	| 'duplicate-id'
	| 'duplicate-url';

export interface PolicyProblem {
	id: string;
	rule: PolicyRule;
	message: string;
}

/**
 * Hosts whose pages do not hold. Each entry says why, so a new one can be judged by the same test.
 */
export const BANNED_HOSTS: ReadonlyArray<{ domain: string; why: string }> = [
	// Disposable or ephemeral viewers: the page is gone or different the next time anyone looks.
	{ domain: 'niepodam.pl', why: 'disposable-email viewer' },
	{ domain: 'workers.dev', why: 'throwaway Cloudflare Workers host' },
	{ domain: 'pages.dev', why: 'throwaway Cloudflare Pages host' },
	{ domain: 'mockmirror.thorstenkranz.de', why: 'a mirror made for testing' },
	// Machine-written wikis: no author or editor stands behind the text.
	{ domain: 'grokipedia.com', why: 'machine-written wiki' },
	{ domain: 'aiwiki.ai', why: 'machine-written wiki' },
	{ domain: 'wiki.techstora.com', why: 'machine-written wiki' },
	{ domain: 'wiki.hearn.me', why: 'machine-written wiki' },
	// Reposts of headline feeds on social or forum sites: one line of someone else's summary.
	{ domain: 'longform.social', why: 'repost of a headline feed on a social site' },
	{ domain: 'forums.azcwr.org', why: 'forum repost' },
	// Search engines: a result page is not a source.
	{ domain: 'google.com', why: 'search results' },
	{ domain: 'bing.com', why: 'search results' },
	{ domain: 'duckduckgo.com', why: 'search results' },
];

/** URL shapes that are listings, searches or forum threads, whatever the host. */
export const BANNED_SHAPES: ReadonlyArray<{ pattern: RegExp; why: string }> = [
	{ pattern: /\/(tag|tags|topic|topics|category)\//i, why: 'tag or listing page' },
	{ pattern: /[?&](tax|term|tag)=/i, why: 'tag listing' },
	{ pattern: /\/search(\/|\?|$)/i, why: 'search-result page' },
	{ pattern: /[?&](q|s|query|search)=/i, why: 'search-result page' },
	{ pattern: /\/(forum|forums)\/|viewtopic\.php|showthread\.php|^https?:\/\/forums?\./i, why: 'forum repost' },
];

type Record = Pick<Source, 'id' | 'publisher' | 'url' | 'via' | 'originalUrl' | 'archiveUrl'>;

/** Free dynamic-DNS zones (ClouDNS has one per top-level domain: cloudns.net, cloudns.biz, ...). */
const THROWAWAY_ZONE = /(^|\.)cloudns\.[a-z]+$/i;

function bannedHost(url: string): string | undefined {
	const host = new URL(url).hostname;
	if (THROWAWAY_ZONE.test(host)) return 'free dynamic-DNS host';
	return BANNED_HOSTS.find((b) => hostBelongsTo(host, b.domain))?.why;
}

function bannedShape(url: string): string | undefined {
	return BANNED_SHAPES.find((s) => s.pattern.test(url))?.why;
}

/**
 * Records allowed on a banned host because nothing better exists in the material read, each with why.
 * The research rule bans such copies "when anything better exists"; every exception is named here, and
 * the reading it supports is shown as contested on the site.
 */
export const HOST_EXCEPTIONS: { readonly [id: string]: string | undefined } = {
	'theinformation-2025-02-stargate-gp-equity':
		"the only copy of The Information's February 2025 newsletter found (searched again on 2026-11-29); it alone gives the ~$45B total behind the 'Oracle and MGX together' reading, shown as contested",
};

/** Every problem with one record, on its own. */
export function checkRecord(record: Record): PolicyProblem[] {
	const problems: PolicyProblem[] = [];
	const add = (rule: PolicyRule, message: string) => problems.push({ id: record.id, rule, message });
	const urls = [
		['url', record.url],
		['originalUrl', record.originalUrl],
		['archiveUrl', record.archiveUrl],
	] as const;
	for (const [field, url] of urls) {
		if (url === undefined) continue;
		if (!url.startsWith('https://')) add('https', `${field} is not https: ${url}`);
		const host = bannedHost(url);
		if (host && !(field === 'url' && HOST_EXCEPTIONS[record.id])) add('banned-host', `${field} is on a banned host (${host}): ${url}`);
		// An archive's own path embeds the archived address; only the page URLs are judged by shape.
		const shape = field === 'archiveUrl' ? undefined : bannedShape(url);
		if (shape) add('banned-shape', `${field} looks like a ${shape}: ${url}`);
	}
	const own = isPublisherUrl(record.publisher, record.url);
	if (own === false && record.via === undefined) {
		add('copy-needs-via', `url is not on ${record.publisher}'s own site, so the record needs \`via\` (the site read): ${record.url}`);
	}
	if (own === true && record.via !== undefined) {
		add('via-on-original', `url is ${record.publisher}'s own page, yet \`via\` says it was read elsewhere: drop \`via\` or point url at the copy read`);
	}
	if (record.originalUrl !== undefined) {
		if (record.via === undefined) add('original-needs-via', '`originalUrl` is only for a copy: set `via` or move the URL to `url`');
		if (isPublisherUrl(record.publisher, record.originalUrl) === false) {
			add('original-not-publisher', `originalUrl is not on ${record.publisher}'s own site: ${record.originalUrl}`);
		}
	}
	return problems;
}

/** Normalised for duplicate detection: no scheme, no "www.", no trailing slash, no tracking query. */
export function urlKey(url: string): string {
	const u = new URL(url);
	for (const key of [...u.searchParams.keys()]) if (/^(utm_|ref$)/.test(key)) u.searchParams.delete(key);
	const host = u.hostname.replace(/^www\./, '');
	return `${host}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
}

/** Every problem across a set of records: each record's own, and duplicate ids or URLs between them. */
export function checkSources(records: readonly Record[]): PolicyProblem[] {
	const problems = records.flatMap(checkRecord);
	const ids = new Map<string, number>();
	const urls = new Map<string, string>();
	for (const r of records) {
		ids.set(r.id, (ids.get(r.id) ?? 0) + 1);
		if (ids.get(r.id) === 2) problems.push({ id: r.id, rule: 'duplicate-id', message: `id ${r.id} is used by more than one record` });
		// A URL may appear once across url and originalUrl of all records (an archive may repeat nothing either).
		for (const url of [r.url, r.originalUrl, r.archiveUrl]) {
			if (url === undefined) continue;
			const key = urlKey(url);
			const first = urls.get(key);
			if (first !== undefined && first !== r.id) {
				problems.push({ id: r.id, rule: 'duplicate-url', message: `${url} is also in ${first}: merge the two records` });
			} else {
				urls.set(key, r.id);
			}
		}
	}
	return problems;
}
