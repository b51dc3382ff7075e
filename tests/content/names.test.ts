/**
 * One name per entity: no file under content/ or src/i18n/ may use a variant
 * that content/glossary.yaml forbids (萨莱恩镇 for 萨林镇, 木星项目 for 木星计划 …).
 * Source records are skipped: their titles are the publishers' own words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/content-model/read.ts';
import { validateContent } from '../../src/content-model/validate.ts';
import { describeHit, findVariants } from '../../src/lib/glossary/scan.ts';
import { CONTENT_ROOT, PROJECT_ROOT } from '../support/project.ts';

const { content, issues } = validateContent(readContent(CONTENT_ROOT));
const glossary = content.glossary;

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const SKIPPED = [join(CONTENT_ROOT, 'sources'), join(CONTENT_ROOT, 'glossary.yaml')];
const scanned = [...filesUnder(CONTENT_ROOT), ...filesUnder(join(PROJECT_ROOT, 'src/i18n'))]
	.filter((path) => /\.(ya?ml|mdx?|ts|json)$/.test(path))
	.filter((path) => !SKIPPED.some((skip) => path === skip || path.startsWith(`${skip}/`)));

describe('glossary', () => {
	test('is valid and covers the settled names', () => {
		expect(issues.filter((i) => i.file.endsWith('glossary.yaml'))).toEqual([]);
		const byId = new Map(glossary.map((g) => [g.id, g]));
		expect(byId.get('seed-article')?.name.zh).toBe('公众号文章');
		expect(byId.get('saline-township')?.forbidden.zh).toEqual(expect.arrayContaining(['萨莱恩', '塞林']));
		expect(byId.get('project-jupiter')?.forbidden.zh).toContain('木星项目');
		expect(byId.get('industrial-revenue-bonds')?.name.zh).toBe('工业收入债券');
	});
});

describe('names', () => {
	test('the scanner reports a planted variant with file, line and column, and passes the canonical name', () => {
		const fixture = 'title: 萨林镇园区\nsummary: 密歇根州萨莱恩镇的园区属于木星项目之外的开发商。\n';
		const hits = findVariants(fixture, glossary).map((hit) => describeHit('fixture.yaml', hit));
		expect(hits.sort()).toEqual(['fixture.yaml:2:14 "萨莱恩" → 萨林镇 (saline-township)', 'fixture.yaml:2:23 "木星项目" → 木星计划 (project-jupiter)']);
		expect(findVariants('Saline Township, Michigan: 萨林镇', glossary)).toEqual([]);
	});

	test('the seed’s own quoted words keep its spelling', () => {
		expect(findVariants('  seedQuote: 阿尔特曼并未直接回应', glossary)).toEqual([]);
		expect(findVariants('  explanation: 阿尔特曼回应了', glossary)).toHaveLength(1);
	});

	test(`no forbidden variant in ${scanned.length} files under content/ and src/i18n/`, () => {
		expect(scanned.length).toBeGreaterThan(20);
		const hits = scanned.flatMap((path) => findVariants(readFileSync(path, 'utf8'), glossary).map((hit) => describeHit(relative(PROJECT_ROOT, path), hit)));
		expect(hits, `${hits.length} forbidden name variants:\n${hits.join('\n')}`).toEqual([]);
	});
});
