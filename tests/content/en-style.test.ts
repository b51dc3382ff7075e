/**
 * House style for the site's own English (docs/en-style.md): British "data centre(s)", and "data-centre" as a
 * modifier. Checked in the English articles, site pages and pages: their bodies and frontmatter title, dek and
 * description. What is not the site's own words keeps its spelling and is skipped: quoted spans (“…”, ‘…’, "…"),
 * JSX/HTML tags with their attributes (source ids such as `epoch-2025-11-04-frontier-data-centers`), Markdown
 * link URLs, code, and company names (Vantage Data Centers, Aligned Data Centers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/content-model/read.ts';
import { CONTENT_ROOT } from '../support/project.ts';

const DIRS = ['articles/en', 'sites/en', 'pages/en'];
const FRONTMATTER_FIELDS = ['title', 'dek', 'description'];
/** Proper names that keep their American spelling. */
const ALLOWED_NAMES = [/\bVantage Data Centers\b/g, /\bAligned Data Centers\b/g];
const AMERICAN = /data[ -]centers?\b/gi;

/** The site's own words on one line: quotations, tags, URLs, code and allowed names removed. */
export function ownProse(line: string): string {
	let text = line
		.replace(/`[^`]*`/g, ' ') // inline code
		.replace(/<[^>]*>/g, ' ') // JSX/HTML tags and their attributes
		.replace(/\]\([^)]*\)/g, '] ') // Markdown link URLs
		.replace(/\{#[^}]*\}/g, ' '); // heading ids
	text = text
		.replace(/“[^”]*”/g, ' ')
		.replace(/‘[^’]*’/g, ' ')
		.replace(/"[^"\n]*"/g, ' ');
	for (const name of ALLOWED_NAMES) text = text.replace(name, ' ');
	return text;
}

/** `file:line: text` for every line of an English MDX file whose own prose writes "data center(s)". */
export function findAmerican(file: string, source: string): string[] {
	const parts = splitFrontmatter(source);
	if (!parts) throw new Error(`${file}: no frontmatter`);
	const hits: string[] = [];
	// Frontmatter: the parsed values (YAML's quotes are syntax, not quotation marks), reported on their own line.
	const fields = parseYaml(parts.frontmatter) as Record<string, unknown>;
	const frontLines = parts.frontmatter.split(/\r?\n/);
	for (const field of FRONTMATTER_FIELDS) {
		const value = fields[field];
		if (typeof value !== 'string' || !ownProse(value).match(AMERICAN)) continue;
		const index = frontLines.findIndex((line) => line.startsWith(`${field}:`));
		hits.push(`${file}:${index + 2}: ${frontLines[index]?.trim()}`);
	}
	// Body: its lines outside code fences and imports, numbered as in the file.
	const bodyStart = source.split(/\r?\n/).length - parts.body.split(/\r?\n/).length;
	let inFence = false;
	parts.body.split(/\r?\n/).forEach((line, index) => {
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		else if (!inFence && !/^import\s/.test(line) && ownProse(line).match(AMERICAN)) hits.push(`${file}:${bodyStart + index + 1}: ${line.trim()}`);
	});
	return hits;
}

const files = DIRS.flatMap((dir) =>
	readdirSync(join(CONTENT_ROOT, dir))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => `${dir}/${name}`),
);

describe('English house style', () => {
	test('the scanner flags the site’s own “data center” and skips quotations, names, attributes and URLs', () => {
		const fixture = [
			'---',
			'title: "Where the data centers are"',
			'dek: What the government\'s data-center figures say',
			'updated: "2026-01-01"',
			'---',
			'',
			'Real data centres run below full load; the data centre’s cooling is the point.',
			'The seed spoke of US "demand for data centers" and of “ten data centers”.',
			'Vantage Data Centers and Aligned Data Centers are companies.<Cite id="epoch-2025-11-04-frontier-data-centers" />',
			'See [the order](https://example.gov/data-center-permitting) and `data-center`.',
			'Two Data Centers were planned.',
		].join('\n');
		expect(findAmerican('fixture.mdx', fixture)).toEqual([
			'fixture.mdx:2: title: "Where the data centers are"',
			'fixture.mdx:3: dek: What the government\'s data-center figures say',
			'fixture.mdx:11: Two Data Centers were planned.',
		]);
	});

	test(`“data centre(s)”, not “data center(s)”, in the site’s own prose (${files.length} English MDX files)`, () => {
		expect(files.length).toBeGreaterThan(20);
		const hits = files.flatMap((file) => findAmerican(`content/${file}`, readFileSync(join(CONTENT_ROOT, file), 'utf8')));
		expect(hits, `${hits.length} lines write "data center" in the site's own English:\n${hits.join('\n')}`).toEqual([]);
	});
});
