/**
 * A minimal Atom 1.0 feed (RFC 4287) as text: feed readers need an id, a
 * title, an updated time and, per entry, an id, a title, a link and a summary.
 */
import { escapeXml } from '../xml.ts';

export interface AtomEntry {
	/** A permanent, unique IRI for the entry. */
	id: string;
	title: string;
	summary: string;
	url: string;
	/** YYYY-MM-DD. */
	date: string;
}

export interface AtomFeed {
	/** The feed's own URL, used as its id and rel="self" link. */
	selfUrl: string;
	/** The HTML page the feed belongs to. */
	homeUrl: string;
	/** BCP 47 tag of the feed's language. */
	lang: string;
	title: string;
	subtitle: string;
	author: string;
	rights: string;
	entries: readonly AtomEntry[];
}

/** A calendar day as an Atom timestamp (midnight UTC: the changelog records days, not times). */
const timestamp = (date: string) => `${date}T00:00:00Z`;

/** Newest first; entries of the same day keep their order in the changelog (the feeds and the updates page). */
export function sortEntries<T extends { date: string }>(entries: readonly T[]): T[] {
	return entries
		.map((entry, index) => ({ entry, index }))
		.sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index)
		.map(({ entry }) => entry);
}

export function atomFeed(feed: AtomFeed): string {
	const entries = sortEntries(feed.entries);
	const updated = entries[0]?.date ?? '1970-01-01';
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
		`<id>${escapeXml(feed.selfUrl)}</id>`,
		`<title>${escapeXml(feed.title)}</title>`,
		`<subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
		`<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
		`<updated>${timestamp(updated)}</updated>`,
		`<author><name>${escapeXml(feed.author)}</name><uri>${escapeXml(feed.homeUrl)}</uri></author>`,
		`<rights>${escapeXml(feed.rights)}</rights>`,
		...entries.map((entry) =>
			[
				'<entry>',
				`<id>${escapeXml(entry.id)}</id>`,
				`<title>${escapeXml(entry.title)}</title>`,
				`<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
				`<published>${timestamp(entry.date)}</published>`,
				`<updated>${timestamp(entry.date)}</updated>`,
				`<summary>${escapeXml(entry.summary)}</summary>`,
				'</entry>',
			].join(''),
		),
		'</feed>',
	];
	return `${lines.join('\n')}\n`;
}
