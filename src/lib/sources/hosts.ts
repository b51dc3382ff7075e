/**
 * Hosts: who publishes where. A record naming Reuters whose URL is not on reuters.com is a copy, and the
 * reader must be told so (issue 11). The map covers the outlets this site cites through copies; a
 * publisher not listed here is taken at its record's word (its URL is its own unless `via` says otherwise).
 */
import { listText } from '../format.ts';

/** A URL's host without a leading "www.", lower case: what a reader recognises in a link. */
export function displayHost(url: string): string {
	return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** True when `host` is `domain` or one of its subdomains (edition.cnn.com belongs to cnn.com). */
export function hostBelongsTo(host: string, domain: string): boolean {
	const h = host.toLowerCase().replace(/^www\./, '');
	return h === domain || h.endsWith(`.${domain}`);
}

/**
 * Publisher names (as they begin a record's `publisher` field) and the domains that are their own.
 * "Reuters (reporting The Wall Street Journal)" is Reuters' text: it should be on reuters.com.
 */
export const PUBLISHER_HOSTS: ReadonlyArray<{ name: string; zh?: string; domains: readonly string[] }> = [
	{ name: 'Reuters', zh: '路透社', domains: ['reuters.com'] },
	// Listed before Bloomberg: a name matches the first entry it starts with.
	{ name: 'Bloomberg Law', domains: ['bloomberglaw.com'] },
	{ name: 'Bloomberg', zh: '彭博社', domains: ['bloomberg.com'] },
	{ name: 'CNN', domains: ['cnn.com'] },
	{ name: 'CNBC', domains: ['cnbc.com'] },
	{ name: 'The Wall Street Journal', zh: '《华尔街日报》', domains: ['wsj.com'] },
	{ name: 'Financial Times', zh: '《金融时报》', domains: ['ft.com'] },
	{ name: 'The Information', domains: ['theinformation.com'] },
	{ name: 'Associated Press', zh: '美联社', domains: ['apnews.com'] },
	{ name: 'Business Insider', domains: ['businessinsider.com'] },
	{ name: 'The Hill', zh: '《国会山报》', domains: ['thehill.com'] },
	{ name: 'Fox News', zh: '福克斯新闻', domains: ['foxnews.com'] },
	{ name: 'Fox Business', zh: '福克斯商业频道', domains: ['foxbusiness.com'] },
	{ name: 'The New York Times', zh: '《纽约时报》', domains: ['nytimes.com'] },
	{ name: 'The Washington Post', zh: '《华盛顿邮报》', domains: ['washingtonpost.com'] },
	{ name: 'The Guardian', zh: '《卫报》', domains: ['theguardian.com'] },
	{ name: 'Semafor', domains: ['semafor.com'] },
	{ name: 'Axios', domains: ['axios.com'] },
	{ name: 'Nikkei', zh: '日经', domains: ['nikkei.com', 'asia.nikkei.com'] },
	{ name: 'Abilene Reporter-News', domains: ['reporternews.com'] },
	{ name: 'Source NM', domains: ['sourcenm.com'] },
	{ name: 'RTTNews', domains: ['rttnews.com'] },
	{ name: 'OpenAI', domains: ['openai.com'] },
	{ name: 'NVIDIA', zh: '英伟达', domains: ['nvidia.com'] },
	{ name: 'Oracle', zh: '甲骨文', domains: ['oracle.com'] },
	{ name: 'SoftBank', zh: '软银', domains: ['softbank.jp', 'group.softbank'] },
	{ name: 'SB Energy', domains: ['sbenergy.com'] },
	{ name: 'Crusoe', domains: ['crusoe.ai'] },
	{ name: 'Vantage Data Centers', domains: ['vantage-dc.com'] },
	{ name: 'Lawrence Berkeley National Laboratory', domains: ['lbl.gov'] },
	{ name: 'Epoch AI', domains: ['epoch.ai'] },
	{ name: 'McKinsey', domains: ['mckinsey.com'] },
];

const findPublisher = (publisher: string) =>
	PUBLISHER_HOSTS.find((p) => publisher === p.name || publisher.startsWith(`${p.name} `) || publisher.startsWith(`${p.name},`));

/** The publisher's own domains, or undefined when the map does not know it. */
export function publisherDomains(publisher: string): readonly string[] | undefined {
	return findPublisher(publisher)?.domains;
}

/** How a record says one outlet relayed another's report ("Reuters (reporting The Information)"), and the Chinese for it. */
const RELAYED: Readonly<Record<string, string>> = { reporting: '转述', citing: '援引', summarising: '概述' };

/**
 * The name Chinese readers know an outlet by (路透社), when the record names exactly that outlet; a relay
 * or a joint statement reads as Chinese reporting writes it, each outlet by its Chinese name:
 * 路透社（转述《华尔街日报》）, OpenAI、甲骨文和Related Digital.
 * Any other description stays as recorded (a proper name, or a note this map cannot translate).
 */
export function publisherName(publisher: string, lang: 'en' | 'zh'): string {
	if (lang === 'en') return publisher;
	const relay = /^(.+?) \((reporting|citing|summarising) (.+)\)$/.exec(publisher);
	if (relay) return `${publisherName(relay[1]!, 'zh')}（${RELAYED[relay[2]!]}${publisherName(relay[3]!, 'zh')}）`;
	// A joint statement: "OpenAI, Oracle and Related Digital" → OpenAI、甲骨文和Related Digital.
	const joint = /^([^,()"]+(?:, [^,()"]+)*) and ([^,()"]+)$/.exec(publisher);
	if (joint) return listText([...joint[1]!.split(', '), joint[2]!].map((name) => publisherName(name, 'zh')), 'zh');
	const known = PUBLISHER_HOSTS.find((p) => p.name === publisher);
	return known?.zh ?? publisher;
}

/** A source's publisher as a page in `lang` names it: the record's own Chinese name first, else publisherName. */
export function sourcePublisherName(source: { publisher: string; publisherZh?: string | undefined }, lang: 'en' | 'zh'): string {
	return lang === 'zh' && source.publisherZh ? source.publisherZh : publisherName(source.publisher, lang);
}

/** True when `url` is on one of the publisher's own domains; undefined when the publisher is not mapped. */
export function isPublisherUrl(publisher: string, url: string): boolean | undefined {
	const domains = publisherDomains(publisher);
	if (!domains) return undefined;
	const host = new URL(url).hostname;
	return domains.some((d) => hostBelongsTo(host, d));
}
