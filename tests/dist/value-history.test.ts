/**
 * In the built pages (dist/): every `<Value dataset point />` an article uses
 * prints the same text as the figure's table for that point, in the page's
 * language; and every claim with an earlier verdict shows it on the ledger
 * with the date it stood until and why it changed.
 */
import { describe, expect, test } from 'vitest';
import type { Node } from 'ultrahtml';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { scanComponentUses } from '../../src/lib/article/mdx-scan.ts';
import { pointValueText } from '../../src/lib/dataset/value-text.ts';
import { formatDate } from '../../src/lib/format.ts';
import { t } from '../../src/i18n/ui.ts';
import { attr, loadPages, textOf, type BuiltPage } from '../support/html.ts';
import { CONTENT_ROOT, DIST } from '../support/project.ts';

const { content } = validateContent(readContent(CONTENT_ROOT));
const pages = loadPages(DIST);
const page = (path: string): BuiltPage => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`no built page ${path}`);
	return found;
};
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const squash = (s: string) => decode(s).replace(/\s+/g, ' ').trim();
const prefix = (lang: string) => (lang === 'en' ? '/' : `/${lang}/`);

const uses = content.articles.flatMap((article) =>
	scanComponentUses(article.body, 'Value').map((use) => ({ article, dataset: use.props.dataset ?? '', point: use.props.point ?? '' })),
);

describe('<Value> in prose', () => {
	test('articles use it', () => expect(uses.length).toBeGreaterThan(0));

	test.each(content.articles.filter((a) => uses.some((u) => u.article === a)).map((a) => [`${a.lang}/${a.slug}`, a] as const))(
		'%s: each value reads as the figure table shows it',
		(_, article) => {
			const expected = uses
				.filter((u) => u.article === article)
				.map((u) => `${u.dataset}/${u.point} ${pointValueText(content.datasets.find((d) => d.id === u.dataset)!, u.point, article.lang)}`);
			const shown = page(`${prefix(article.lang)}${article.slug}/`)
				.elements.filter((e) => attr(e, 'data-value') !== undefined)
				.map((e) => `${attr(e, 'data-value')} ${squash(textOf(e))}`);
			expect(shown).toEqual(expected);
		},
	);
});

describe('verdict history on the ledger', () => {
	const withHistory = content.claims.filter((c) => c.history);
	test('some claims carry an earlier verdict', () => expect(withHistory.length).toBeGreaterThan(0));

	test.each(withHistory.flatMap((claim) => (['en', 'zh'] as const).map((lang) => [claim.id, lang, claim] as const)))('%s (%s): earlier verdicts shown with date and reason', (_, lang, claim) => {
		const ledger = page(`${prefix(lang)}claims/`);
		const entry = ledger.elements.find((e) => attr(e, 'id') === `claim-${claim.id}`);
		expect(entry, `#claim-${claim.id}`).toBeDefined();
		const items: Node[] = [];
		const walk = (n: Node) => {
			if (attr(n, 'data-verdict-was') !== undefined) items.push(n);
			for (const child of n.children ?? []) walk(child);
		};
		walk(entry!);
		expect(items.map((n) => attr(n, 'data-verdict-was'))).toEqual([...claim.history!].reverse().map((h) => h.verdict));
		[...claim.history!].reverse().forEach((change, i) => {
			const text = squash(textOf(items[i]!));
			expect(text).toContain(t(lang, `verdict.${change.verdict}`));
			expect(text).toContain(formatDate(change.until, lang));
			expect(text).toContain(squash(change.why[lang]).slice(0, 40));
		});
	});
});
