/**
 * Reads the structure authors give an MDX article: section headings with their
 * explicit ids, and the components that reference data by id. Pure string work,
 * shared by the build-time content guard, the tests and citation numbering.
 */

export interface ScannedHeading {
	depth: 2 | 3;
	/** The explicit `{#id}`; null when the author forgot it. */
	id: string | null;
	text: string;
	line: number;
}

export interface ComponentRef {
	component: string;
	id: string;
	line: number;
}

/** Lines outside fenced code blocks, with 1-based line numbers. */
function proseLines(body: string): Array<{ text: string; line: number }> {
	const out: Array<{ text: string; line: number }> = [];
	let inFence = false;
	body.split(/\r?\n/).forEach((text, index) => {
		if (/^\s*(```|~~~)/.test(text)) {
			inFence = !inFence;
			return;
		}
		if (!inFence) out.push({ text, line: index + 1 });
	});
	return out;
}

/** `## Title {#id}` and `### Title {#id}` headings, in document order. */
export function scanHeadings(body: string): ScannedHeading[] {
	const headings: ScannedHeading[] = [];
	for (const { text, line } of proseLines(body)) {
		const match = /^(#{2,3})\s+(.*?)\s*$/.exec(text);
		if (!match) continue;
		const hashes = match[1] ?? '';
		const rest = match[2] ?? '';
		const idMatch = /\s*\{#([^}\s]*)\}$/.exec(rest);
		headings.push({
			depth: hashes.length as 2 | 3,
			id: idMatch ? (idMatch[1] ?? '') : null,
			text: idMatch ? rest.slice(0, idMatch.index).trim() : rest,
			line,
		});
	}
	return headings;
}

/** Every `<Name id="..." />` use of the given components, in document order. */
export function scanComponentRefs(body: string, components: readonly string[]): ComponentRef[] {
	const refs: ComponentRef[] = [];
	const pattern = new RegExp(`<(${components.join('|')})\\b[^>]*?\\bid="([^"]*)"`, 'g');
	for (const { text, line } of proseLines(body)) {
		for (const match of text.matchAll(pattern)) {
			refs.push({ component: match[1] ?? '', id: match[2] ?? '', line });
		}
	}
	return refs;
}

export interface ComponentUse {
	component: string;
	/** The string attributes written on the tag (`dataset="…"`, `point="…"`). */
	props: Record<string, string>;
	line: number;
}

/** Every use of one component with all its string attributes, for components that name data by more than an `id`. */
export function scanComponentUses(body: string, component: string): ComponentUse[] {
	const uses: ComponentUse[] = [];
	const tag = new RegExp(`<${component}\\b([^>]*)>`, 'g');
	for (const { text, line } of proseLines(body)) {
		for (const match of text.matchAll(tag)) {
			const props = Object.fromEntries([...(match[1] ?? '').matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
			uses.push({ component, props, line });
		}
	}
	return uses;
}

/** Source ids in order of first citation: the reference numbers an article shows. */
export function citationOrder(body: string): string[] {
	const seen: string[] = [];
	for (const ref of scanComponentRefs(body, ['Cite'])) {
		if (!seen.includes(ref.id)) seen.push(ref.id);
	}
	return seen;
}

/** Words for English, Han characters for Chinese: the unit each language is read in. */
export function countWords(body: string, lang: 'en' | 'zh'): number {
	const text = body
		.replace(/^import .*$/gm, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\{#[^}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ']');
	if (lang === 'zh') return (text.match(/\p{Script=Han}/gu) ?? []).length;
	return (text.match(/[A-Za-z0-9][A-Za-z0-9'’.,%$-]*/g) ?? []).length;
}
