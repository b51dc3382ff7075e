/**
 * `npm run check:content`: validates `content/` in about a second, without a build.
 * The build runs the same check; this is the quick loop for authors.
 */
import { readContent } from '../content-model/read.ts';
import { validateContent } from '../content-model/validate.ts';
import { formatIssue } from '../content-model/issues.ts';
import { contentRoot } from '../content-model/index.ts';
import { countWords } from '../lib/article/mdx-scan.ts';

const { content, issues } = validateContent(readContent(contentRoot()));
for (const issue of issues) console.error(`✗ ${formatIssue(issue)}`);
const counts = Object.entries(content)
	.filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
	.map(([kind, list]) => `${kind}: ${list.length}`)
	.join(', ');
console.log(`Content: ${counts}`);
for (const article of content.articles) {
	console.log(`  ${article.lang}/${article.slug}: ${countWords(article.body, article.lang)} ${article.lang === 'zh' ? 'Han characters' : 'words'}`);
}
if (issues.length > 0) {
	console.error(`\n${issues.length} problem(s).`);
	process.exit(1);
}
console.log('No problems.');
