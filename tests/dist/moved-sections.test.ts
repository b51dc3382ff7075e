/**
 * Sections that moved to another article keep their old addresses: on 29 November 2026 the financing sections
 * left /funding/ for /financing/. A link shared before then (`/funding/#partner-borrowing`) must land on the
 * note that says where they went, and the note must link to the article where the same ids now are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/project.ts';

const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const MOVED = ['how-sites-are-financed', 'partner-borrowing', 'compute-deals', 'abilene-expansion-dropped'];
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

describe.each([
	['en', '', 'an article of their own'],
	['zh', 'zh/', '单独的一篇文章'],
])('%s', (_lang, prefix, linkText) => {
	test('the old section ids on /funding/ land on a note that links to /financing/', () => {
		const note = /<p>((?:<span id="[^"]+"><\/span>)+)([^]*?)<\/p>/.exec(page(`${prefix}funding`));
		expect(note, 'no moved-sections note on /funding/').not.toBeNull();
		expect([...note![1]!.matchAll(/id="([^"]+)"/g)].map((m) => m[1])).toEqual(MOVED);
		expect(note![2]).toContain(`<a href="${BASE}${prefix}financing/">${linkText}</a>`);
	});

	test('the same ids are sections of /financing/', () => {
		const html = page(`${prefix}financing`);
		for (const id of MOVED) expect(html, `#${id}`).toMatch(new RegExp(`<h[23][^>]* id="${id}"`));
	});
});
