/**
 * Every share card's lines, as drawn (src/lib/share/card.ts), from what each
 * built page declares: no line break inside one of the site's own names
 * (星际之|门, 马|斯克), a question word (是|什么) or an ICU dictionary word.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { readFontMetrics } from '../../src/lib/share/font-metrics.ts';
import { breakUnits, shareCardLines, type ShareCard } from '../../src/lib/share/card.ts';
import { noBreakNames } from '../../src/lib/share/no-break.ts';
import { readPageHead } from '../../src/lib/page/head.ts';
import { loadPages } from '../support/html.ts';
import { DIST } from '../support/project.ts';

const { content } = validateContent(readContent(process.env.STARGATE_CONTENT_ROOT ?? 'content'));
const names = noBreakNames(content);
const font = (weight: string) => readFontMetrics(readFileSync(`node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-${weight}.otf`));
const fonts = { regular: font('Regular'), bold: font('Bold') };
const cards = loadPages(DIST).flatMap((page) => {
	const { lang, meta } = readPageHead(page.html);
	if (!meta['og:image'] || !lang.startsWith('zh')) return [];
	const card: ShareCard = { lang: 'zh', siteName: '', title: meta['og:title'] ?? '', description: meta['og:description'] ?? '', address: '', languageName: '', noBreak: names };
	return [{ path: page.path, card }];
});

/** Where a break between `before` and `after` would cut a protected name or a dictionary word. */
function cut(before: string, after: string): string | null {
	if (before.endsWith('…')) return null;
	// Lines that broke at a space lost it.
	const spaced = /[A-Za-z0-9,.)]$/.test(before) && /^[A-Za-z0-9(]/.test(after);
	const joined = spaced ? `${before} ${after}` : before + after;
	const at = spaced ? before.length + 1 : before.length;
	for (const name of names) {
		for (let i = joined.indexOf(name); i !== -1; i = joined.indexOf(name, i + 1)) if (i < at && i + name.length > at) return name;
	}
	const units = breakUnits(joined, names);
	let offset = 0;
	for (const unit of units) {
		// A break at a space consumes it: the space is not on either line.
		if (unit.space) offset += 1;
		if (offset < at && offset + unit.text.length > at) return unit.text;
		offset += unit.text.length;
	}
	return null;
}

test('the names list holds the names a card must keep whole', () => {
	expect(names).toEqual(expect.arrayContaining(['星际之门', '马斯克', '是什么']));
});

test('there are Chinese cards to check', () => {
	expect(cards.length).toBeGreaterThan(10);
});

test.each(cards.map((c) => [c.path, c.card] as const))('%s: no line breaks inside a name or a word', (_path, card) => {
	const { title, description } = shareCardLines(card, fonts);
	const problems: string[] = [];
	for (const lines of [title, description]) {
		for (let i = 0; i + 1 < lines.length; i++) {
			const name = cut(lines[i]!, lines[i + 1]!);
			if (name) problems.push(`"${lines[i]}" | "${lines[i + 1]}" splits ${name}`);
		}
	}
	expect(problems).toEqual([]);
});
