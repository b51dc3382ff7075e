/**
 * Reads every file under `content/` into plain objects with their file names.
 * No validation here: `validate.ts` does that, so both stay small and testable.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentIssue } from './issues.ts';

export interface RawFile {
	/** Path relative to the project root, for messages. */
	file: string;
	data: unknown;
}

export interface RawArticle {
	file: string;
	lang: string;
	slug: string;
	frontmatter: unknown;
	body: string;
	/** Lines before the body (frontmatter and its fences), to report file line numbers. */
	bodyLine: number;
}

export interface RawContent {
	sources: RawFile[];
	partners: RawFile[];
	sites: RawFile[];
	datasets: RawFile[];
	claims: RawFile[];
	timeline: RawFile[];
	home: RawFile[];
	thenNow: RawFile[];
	changelog: RawFile[];
	/** Canonical names and forbidden variants (`content/glossary.yaml`); optional so hand-built test trees may leave it out. */
	glossary?: RawFile[];
	/** Dated promises and the evidence on them (`content/promises.yaml`). */
	promises?: RawFile[];
	articles: RawArticle[];
	/** One page per site (`content/sites/<lang>/<site-id>.mdx`); optional so hand-built test trees may leave it out. */
	sitePages?: RawArticle[];
	readIssues: ContentIssue[];
}

function listFiles(dir: string, extension: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith(extension) && !name.startsWith('_'))
		.sort();
}

/** Splits `---\nyaml\n---\nbody` into its two parts. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}

/** Reads the content tree at `root`; file names in messages read `content/...` wherever the tree lives. */
export function readContent(root: string): RawContent {
	const readIssues: ContentIssue[] = [];
	const rel = (path: string) => `content/${relative(root, path).split('\\').join('/')}`;

	const readYaml = (path: string): RawFile | null => {
		try {
			// YAML 1.2 core schema: dates stay strings, so the schema can check them.
			return { file: rel(path), data: parseYaml(readFileSync(path, 'utf8')) };
		} catch (error) {
			readIssues.push({ file: rel(path), entry: '(file)', field: '(file)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
			return null;
		}
	};
	const yamlDir = (dir: string) =>
		listFiles(join(root, dir), '.yaml')
			.map((name) => readYaml(join(root, dir, name)))
			.filter((f): f is RawFile => f !== null);
	const yamlFile = (name: string) => {
		const path = join(root, name);
		if (!existsSync(path)) return [];
		const file = readYaml(path);
		return file ? [file] : [];
	};

	/** `<dir>/<lang>/<slug>.mdx`: the articles, and the one page per site. */
	const mdxDir = (dir: string): RawArticle[] => {
		const out: RawArticle[] = [];
		const base = join(root, dir);
		const langs = existsSync(base) ? readdirSync(base).sort() : [];
		for (const lang of langs) {
			for (const name of listFiles(join(base, lang), '.mdx')) {
				const path = join(base, lang, name);
				const text = readFileSync(path, 'utf8');
				const parts = splitFrontmatter(text);
				if (!parts) {
					readIssues.push({ file: rel(path), entry: '(file)', field: 'frontmatter', message: 'is missing (the file must start with ---)' });
					continue;
				}
				let frontmatter: unknown;
				try {
					frontmatter = parseYaml(parts.frontmatter);
				} catch (error) {
					readIssues.push({ file: rel(path), entry: '(file)', field: 'frontmatter', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
					continue;
				}
				const bodyLine = text.slice(0, text.length - parts.body.length).split('\n').length - 1;
				out.push({ file: rel(path), lang, slug: name.replace(/\.mdx$/, ''), frontmatter, body: parts.body, bodyLine });
			}
		}
		return out;
	};

	return {
		sources: yamlDir('sources'),
		partners: yamlFile('partners.yaml'),
		sites: yamlFile('sites.yaml'),
		datasets: yamlDir('datasets'),
		claims: yamlFile('claims.yaml'),
		timeline: yamlDir('timeline'),
		home: yamlFile('home.yaml'),
		thenNow: yamlFile('then-now.yaml'),
		changelog: yamlDir('changelog'),
		glossary: yamlFile('glossary.yaml'),
		promises: yamlFile('promises.yaml'),
		articles: mdxDir('articles'),
		sitePages: mdxDir('sites'),
		readIssues,
	};
}
