/**
 * The content model's one entry point: read `content/`, validate it, and either
 * return typed content or throw an error that names file, entry and field.
 * The result is cached per root so collections, pages and endpoints share one pass.
 */
import { resolve } from 'node:path';
import { ContentValidationError } from './issues.ts';
import { readContent } from './read.ts';
import { validateContent, type ValidContent } from './validate.ts';

export { ContentValidationError, formatIssue, type ContentIssue } from './issues.ts';
export type { ValidContent, ValidArticle } from './validate.ts';

/** `STARGATE_CONTENT_ROOT` lets tests build a copy of the content with one bad file in it. */
export function contentRoot(projectRoot = process.cwd()): string {
	return resolve(projectRoot, process.env.STARGATE_CONTENT_ROOT ?? 'content');
}

const cache = new Map<string, ValidContent>();

export function loadContent(root = contentRoot()): ValidContent {
	const cached = cache.get(root);
	if (cached) return cached;
	const { content, issues } = validateContent(readContent(root));
	if (issues.length > 0) throw new ContentValidationError(issues);
	cache.set(root, content);
	return content;
}
