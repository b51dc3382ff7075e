import { expect, test } from 'vitest';
import { validateContent } from '../../src/content-model/validate.ts';
import { formatIssue } from '../../src/content-model/issues.ts';
import type { RawContent } from '../../src/content-model/read.ts';

const text = { en: 'Text', zh: '文字' };
const article = (lang: string, aliases: Record<string, string> | undefined) => ({
	file: `content/articles/${lang}/energy.mdx`,
	lang,
	slug: 'energy',
	frontmatter: { title: 'T', dek: 'D', description: 'Desc', updated: '2026-11-28', ...(aliases ? { aliases } : {}) },
	body: '## Scale {#scale}\n\nText.\n\n## Cooling {#cooling}\n\nText.\n',
	bodyLine: 6,
});
const raw = (changelog: unknown, aliases: { en?: Record<string, string>; zh?: Record<string, string> } = {}): RawContent => ({
	sources: [],
	partners: [],
	sites: [],
	datasets: [],
	claims: [],
	timeline: [],
	home: [],
	thenNow: [],
	changelog: [{ file: 'content/changelog.yaml', data: changelog }],
	articles: [article('en', aliases.en), article('zh', aliases.zh)],
	readIssues: [],
});
/** Only the problems this test is about (the two-article fixture also lacks the other six articles). */
const reported = (input: RawContent) =>
	validateContent(input)
		.issues.filter((i) => i.file === 'content/changelog.yaml' || i.field.startsWith('frontmatter.aliases'))
		.map(formatIssue);

const entry = { id: 'launch', date: '2026-11-28', title: text, summary: text, articles: ['energy'] };

test('a valid changelog is typed content', () => {
	const { content } = validateContent(raw([entry]));
	expect(content.changelog).toEqual([entry]);
	expect(reported(raw([entry]))).toEqual([]);
});

test('changelog entries need a full date, both languages, unique ids, and real articles and datasets', () => {
	expect(
		reported(
			raw([
				entry,
				{ id: 'month-only', date: '2026-11', title: text, summary: { en: 'Only English' } },
				{ ...entry, id: 'typo', articles: ['power'] },
				{ ...entry, id: 'figures', datasets: ['no-such-dataset'] },
				{ ...entry, date: '2026-11-29' },
			]),
		),
	).toEqual([
		'content/changelog.yaml › [1] "month-only" › date: must be a full date written as YYYY-MM-DD',
		'content/changelog.yaml › [1] "month-only" › summary.zh: Chinese text is missing',
		'content/changelog.yaml › [2] "typo" › articles[0]: Invalid option: expected one of "overview"|"partners"|"funding"|"financing"|"sites"|"energy"|"jobs"|"promises"|"policy"',
		'content/changelog.yaml › [4] "launch" › id: duplicate changelog entry id "launch" (first defined in content/changelog.yaml)',
		'content/changelog.yaml › [3] "figures" › datasets[0]: unknown dataset id "no-such-dataset"',
	]);
});

test('section aliases must be retired ASCII ids pointing at a current section, the same in both languages', () => {
	expect(reported(raw([entry], { en: { 'water-use': 'cooling' }, zh: { 'water-use': 'cooling' } }))).toEqual([]);
	expect(reported(raw([entry], { en: { 'water-use': 'cooling', scale: 'cooling', Old_Id: 'gone' }, zh: { 'water-use': 'cooling' } }))).toEqual([
		'content/articles/en/energy.mdx › article "en/energy" › frontmatter.aliases.scale: "scale" is still a section id; an alias must be a retired id',
		'content/articles/en/energy.mdx › article "en/energy" › frontmatter.aliases.Old_Id: old id "Old_Id" must be a lower-case ASCII slug',
		'content/articles/en/energy.mdx › article "en/energy" › frontmatter.aliases.Old_Id: points to "gone", which is not a section of this article',
		'content/articles/zh/energy.mdx › article "zh/energy" › frontmatter.aliases: must be the same as in the English article',
	]);
});
