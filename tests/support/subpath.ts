/**
 * A second build of the real content under a sub-path, as GitHub Pages serves
 * a project site: BASE_PATH=/stargate/, SITE_URL=https://example.org. One
 * article gets a retired section id in its frontmatter (`aliases`), so the
 * alias mechanism is exercised on real pages.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, CONTENT_ROOT, PROJECT_ROOT, TMP } from './project.ts';

export const SUBPATH_BASE = '/stargate/';
export const SUBPATH_SITE = 'https://example.org';
/** The retired id and the section it now points to, in content/articles/{en,zh}/energy.mdx. */
export const ALIAS = { article: 'energy', old: 'water-and-cooling', current: 'cooling' } as const;

/** Builds into a fresh folder (test runs may overlap); `remove` deletes it. */
/** Warning lines of a build's output, less the one that `--force` itself prints. */
export function buildWarnings(output: string): string[] {
	return output.split('\n').filter((line) => line.includes('[WARN]') && !line.includes('data store cleared (force)'));
}

export async function buildSubpathSite(): Promise<{ dist: string; remove: () => void; warnings: string[] }> {
	mkdirSync(TMP, { recursive: true });
	const root = mkdtempSync(join(TMP, 'subpath-'));
	const content = join(root, 'content');
	cpSync(CONTENT_ROOT, content, { recursive: true });
	for (const lang of ['en', 'zh']) {
		const file = join(content, 'articles', lang, `${ALIAS.article}.mdx`);
		const text = readFileSync(file, 'utf8');
		if (!text.includes(`{#${ALIAS.current}}`)) throw new Error(`${file} has no section #${ALIAS.current} to alias`);
		writeFileSync(file, text.replace(/^---\n/, `---\naliases:\n  ${ALIAS.old}: ${ALIAS.current}\n`));
	}
	const dist = join(root, 'dist');
	// --force: the content-layer cache in .astro/ may still name files of an earlier copy (Astro keeps an
	// unchanged entry's old path), which no longer exist.
	const { code, output } = await astroBuild({ STARGATE_CONTENT_ROOT: content, OUT_DIR: dist, BASE_PATH: SUBPATH_BASE, SITE_URL: SUBPATH_SITE }, ['--force']);
	// The content-layer cache now names the copy's files: once they are gone, the next plain `npm run build`
	// would fail to resolve them. Dropping the cache makes that build start from the real content again.
	const remove = () => {
		rmSync(root, { recursive: true, force: true });
		for (const cache of ['.astro', 'node_modules/.astro']) rmSync(join(PROJECT_ROOT, cache), { recursive: true, force: true });
	};
	if (code !== 0) {
		remove();
		throw new Error(`the sub-path build failed:\n${output.slice(-4000)}`);
	}
	return { dist, remove, warnings: buildWarnings(output) };
}
