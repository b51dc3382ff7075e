/**
 * What each downloadable list holds, both languages side by side. Every record
 * names its sources by id and URL, so a row can be checked on its own.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Site } from '../../schemas/site.ts';
import type { Source } from '../../schemas/source.ts';
import type { TimelineEvent } from '../../schemas/timeline.ts';
import type { ListTable } from './table.ts';
import { DATA_LICENCE } from '../dataset/json.ts';

type SourceMap = ReadonlyMap<string, Source>;

function urls(ids: readonly string[], sources: SourceMap, owner: string): string[] {
	return ids.map((id) => {
		const source = sources.get(id);
		if (!source) throw new Error(`${owner} cites unknown source "${id}"`);
		return source.url;
	});
}

export function claimsTable(claims: readonly Claim[], sources: SourceMap): ListTable {
	return {
		id: 'claims',
		columns: [
			'id',
			'topic',
			'verdict',
			'seed_quote_zh',
			'our_translation_en',
			'claimant_en',
			'claimant_zh',
			'claimed_on',
			'explanation_en',
			'explanation_zh',
			'earlier_verdicts',
			'article',
			'section',
			'source_ids',
			'source_urls',
		],
		records: claims.map((claim) => ({
			id: claim.id,
			topic: claim.topic,
			verdict: claim.verdict,
			seed_quote_zh: claim.seedQuote,
			our_translation_en: claim.seedTranslation,
			claimant_en: claim.claimant.en,
			claimant_zh: claim.claimant.zh,
			claimed_on: claim.claimedOn,
			explanation_en: claim.explanation.en,
			explanation_zh: claim.explanation.zh,
			// "verdict until date", oldest first.
			earlier_verdicts: (claim.history ?? []).map((change) => `${change.verdict} until ${change.until}`),
			article: claim.article,
			section: claim.section,
			source_ids: claim.sources,
			source_urls: urls(claim.sources, sources, `Claim ${claim.id}`),
		})),
	};
}

/** Events as the timeline page lists them, oldest first. */
export function timelineTable(events: readonly TimelineEvent[], sources: SourceMap): ListTable {
	return {
		id: 'timeline',
		columns: ['id', 'date', 'topic', 'text_en', 'text_zh', 'source_ids', 'source_urls'],
		records: events.map((event) => ({
			id: event.id,
			date: event.date,
			topic: event.topic,
			text_en: event.text.en,
			text_zh: event.text.zh,
			source_ids: event.sources,
			source_urls: urls(event.sources, sources, `Event ${event.id}`),
		})),
	};
}

export function sourcesTable(list: readonly Source[]): ListTable {
	return {
		id: 'sources',
		columns: ['id', 'publisher', 'title', 'url', 'published', 'language', 'kind', 'via', 'original_url', 'archive_url'],
		records: list.map((source) => ({
			id: source.id,
			publisher: source.publisher,
			title: source.title,
			url: source.url,
			published: source.published,
			language: source.language,
			kind: source.kind,
			via: source.via ?? null,
			original_url: source.originalUrl ?? null,
			archive_url: source.archiveUrl ?? null,
		})),
	};
}

/** Every source id a record cites anywhere (its `sources` lists at any depth), in first-use order. */
export function citedSourceIds(value: unknown): string[] {
	const found = new Set<string>();
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) node.forEach(walk);
		else if (node && typeof node === 'object') {
			for (const [key, child] of Object.entries(node)) {
				if (key === 'sources' && Array.isArray(child)) for (const id of child) found.add(String(id));
				else walk(child);
			}
		}
	};
	walk(value);
	return [...found];
}

/** The sites as JSON: each record as in content/sites.yaml (capacity, status, jobs, power with their sources) plus the cited URLs. */
export function sitesJson(sites: readonly Site[], sources: SourceMap): string {
	const records = sites.map((site) => ({ ...site, source_urls: urls(citedSourceIds(site), sources, `Site ${site.id}`) }));
	return `${JSON.stringify({ id: 'sites', licence: DATA_LICENCE, records }, null, '\t')}\n`;
}
