/**
 * Chinese strings a share card (or a figure image) must never break inside:
 * the site's own entity names (content/glossary.yaml, partners and sites) and
 * a few phrases the dictionary splits (是|什么). ICU's word segmenter alone
 * breaks 星际|之|门 and 马|斯克, names it does not know.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';

/** Question words a title must keep together. */
export const NO_BREAK_PHRASES = ['是什么', '为什么', '怎么样', '有多少'];

const HAN = /[\u3400-\u9fff]/;
/** Longer strings are phrases, not names: they may break. */
const MAX_NAME = 12;

export interface NameSources {
	glossary: ReadonlyArray<Pick<GlossaryEntry, 'name' | 'firstMention'>>;
	partners: ReadonlyArray<{ name: { zh: string } }>;
	sites: ReadonlyArray<{ name: { zh: string } }>;
}

/** Every protected string, longest first (so 星际之门阿联酋 wins over 星际之门). */
export function noBreakNames(sources: NameSources): string[] {
	const names = new Set<string>(NO_BREAK_PHRASES);
	const add = (name: string | undefined) => {
		if (!name) return;
		for (const part of [name, ...name.split(/[·（）()“”、，]/)]) {
			const clean = part.trim();
			if (clean.length >= 2 && clean.length <= MAX_NAME && HAN.test(clean)) names.add(clean);
		}
	};
	for (const entry of sources.glossary) {
		add(entry.name.zh);
		add(entry.firstMention?.zh);
	}
	for (const partner of sources.partners) add(partner.name.zh);
	for (const site of sources.sites) add(site.name.zh);
	return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** Offsets inside `text` where a break would split a protected string. */
export function protectedOffsets(text: string, names: readonly string[]): Set<number> {
	const inside = new Set<number>();
	for (const name of names) {
		for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
			for (let i = at + 1; i < at + name.length; i++) inside.add(i);
		}
	}
	return inside;
}
