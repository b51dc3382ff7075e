/**
 * No page shows Markdown syntax as text. CommonMark closes `**` only when the
 * run is "right-flanking": `**谁参与。**牵头方` (full-width punctuation inside,
 * a Han character right after) stays two literal asterisk pairs on the page,
 * and the English twin, with its space after the full stop, hides the fault.
 */
import { expect, test } from 'vitest';
import { loadPages } from '../support/html.ts';
import { DIST } from '../support/project.ts';

/** What a reader sees: the HTML without scripts, styles and tags. */
const visibleText = (html: string) =>
	html
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ');

const pages = loadPages(DIST).filter((page) => page.file.endsWith('.html'));

test.each(pages.map((page) => [page.path, page] as const))('%s shows no Markdown emphasis or link syntax as text', (_, page) => {
	const text = visibleText(page.html);
	const around = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + 20));
	expect(around(/\*\*|__/g)).toEqual([]);
	expect(around(/\]\(/g)).toEqual([]);
});
