/**
 * What a source's links say and where they go (issue 11: "the link names what it opens").
 * Pure: SourceLink.astro renders these parts; tests check them without a build.
 */
import type { Source } from '../../schemas/source.ts';
import { displayHost } from './hosts.ts';

export type LinkRole = 'original' | 'copy' | 'archive';

export interface SourceLinkPart {
	role: LinkRole;
	href: string;
	/** Host as shown to the reader, without "www.". */
	host: string;
	/**
	 * Whether print shows the URL after the link. The first way to the text is printed in full (the
	 * original, or the copy when no original is known) and the archive; a copy that follows an original
	 * is not, because its host is already in the link text and the long aggregator URL adds nothing.
	 */
	printUrl: boolean;
	/** For a copy: the copy site's name from `via`, when it says more than the host. */
	viaName?: string;
	/** For a copy: `via` says the page holds only a summary or the headline, not the text itself. */
	summary?: boolean;
}

type LinkFields = Pick<Source, 'url' | 'via' | 'originalUrl' | 'archiveUrl'>;

/**
 * `via` is the copy site's name, sometimes followed by a note in parentheses ("Business Standard
 * (syndicated copy)"): the link already says "copy", so only the name is shown, and not at all when it
 * is just the host again.
 */
function viaName(via: string | undefined, host: string): string | undefined {
	if (!via) return undefined;
	const name = via.replace(/\s*\(.*\)\s*$/, '').trim();
	if (!name) return undefined;
	const flat = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
	return flat(name) === flat(host) || flat(name) === flat(host.replace(/\.[a-z]+$/, '')) ? undefined : name;
}

/** Words in `via` that mean the page read carries a summary or headline, not the full text. */
const SUMMARY = /\b(summary|summarised|summarized|headline|digest)\b/i;

/**
 * The links of one source, in reading order: the publisher's own page first (the record's URL, or
 * `originalUrl` when the URL is a copy), then the copy, then the archived copy.
 */
export function sourceLinkParts(source: LinkFields): SourceLinkPart[] {
	const parts: SourceLinkPart[] = [];
	const isCopy = source.via !== undefined;
	if (!isCopy) {
		parts.push({ role: 'original', href: source.url, host: displayHost(source.url), printUrl: true });
	} else {
		if (source.originalUrl) {
			parts.push({ role: 'original', href: source.originalUrl, host: displayHost(source.originalUrl), printUrl: true });
		}
		const host = displayHost(source.url);
		const copy: SourceLinkPart = { role: 'copy', href: source.url, host, printUrl: !source.originalUrl, viaName: viaName(source.via, host) };
		if (SUMMARY.test(source.via ?? '')) copy.summary = true;
		parts.push(copy);
	}
	if (source.archiveUrl) {
		parts.push({ role: 'archive', href: source.archiveUrl, host: displayHost(source.archiveUrl), printUrl: true });
	}
	return parts;
}
