/**
 * Checks the whole content tree: each entry against its schema, then every
 * cross-reference (source, partner, site, dataset, article section) and the
 * rules that keep both languages in step. Returns issues; never throws.
 */
import type { z } from 'astro/zod';
import {
	ARTICLE_SLUGS,
	LANGS,
	articleSchema,
	claimSchema,
	datasetSchema,
	homeSchema,
	type Home,
	thenNowSchema,
	type ThenNow,
	partnerSchema,
	siteSchema,
	sitePageSchema,
	sitePageSlug,
	siteAnchor,
	SITES_OVERVIEW,
	sourceSchema,
	timelineEventSchema,
	changelogEntrySchema,
	type ChangelogEntry,
	glossaryEntrySchema,
	type GlossaryEntry,
	type ArticleFrontmatter,
	type Claim,
	type Dataset,
	type Partner,
	type Site,
	type Source,
	type TimelineEvent,
	promiseSchema,
	type PromiseRecord,
} from '../schemas/index.ts';
import { sitePageData } from '../lib/sites/page-data.ts';
import { scanComponentRefs, scanComponentUses, scanHeadings } from '../lib/article/mdx-scan.ts';
import { formatPath, type ContentIssue } from './issues.ts';
import { checkValueChanges } from './value-changes.ts';
import type { RawContent, RawFile } from './read.ts';

export interface ValidArticle {
	file: string;
	lang: (typeof LANGS)[number];
	slug: string;
	/** Set on a site's own page (`sites/<id>`): the id of the site in content/sites.yaml. */
	site?: string;
	data: ArticleFrontmatter;
	body: string;
}

export interface ValidContent {
	sources: Source[];
	partners: Partner[];
	sites: Site[];
	datasets: Dataset[];
	claims: Claim[];
	timeline: TimelineEvent[];
	home: Home | null;
	/** The seed's headline numbers beside the latest figures (`content/then-now.yaml`). */
	thenNow: ThenNow | null;
	/** Dated site updates, newest first in the feeds (`content/changelog/*.yaml`). */
	changelog: ChangelogEntry[];
	/** One name per entity and the variants the names test forbids (`content/glossary.yaml`). */
	glossary: GlossaryEntry[];
	/** Dated promises with their evidence; statuses are computed from them (`content/promises.yaml`). */
	promises: PromiseRecord[];
	articles: ValidArticle[];
}

/** Components whose `id` names a record; each must exist. */
const ARTICLE_REFS = { Cite: 'sources', Figure: 'datasets', Verdict: 'claims' } as const;

function entryName(data: unknown, index: number): string {
	const id = (data as { id?: unknown } | null)?.id;
	return typeof id === 'string' ? `[${index}] "${id}"` : `[${index}]`;
}

/** Validates a YAML list file (or a one-entry-per-file directory) against a schema. */
function parseEntries<T extends { id: string }>(
	files: RawFile[],
	schema: z.ZodType<T>,
	issues: ContentIssue[],
	{ onePerFile = false, rejected }: { onePerFile?: boolean; rejected?: Array<{ file: string; entry: string; value: unknown }> } = {},
): Array<{ file: string; entry: string; value: T }> {
	const out: Array<{ file: string; entry: string; value: T }> = [];
	for (const { file, data } of files) {
		const items = onePerFile ? [data] : data;
		if (!Array.isArray(items)) {
			issues.push({ file, entry: '(file)', field: '(file)', message: 'must be a YAML list of entries' });
			continue;
		}
		items.forEach((item, index) => {
			const entry = onePerFile ? `dataset "${String((item as { id?: unknown })?.id ?? '?')}"` : entryName(item, index);
			const result = schema.safeParse(item);
			if (!result.success) {
				for (const issue of result.error.issues) {
					issues.push({ file, entry, field: formatPath(issue.path), message: issue.message });
				}
				// Kept aside so that its source ids are still checked: one run reports every problem.
				rejected?.push({ file, entry, value: item });
				return;
			}
			out.push({ file, entry, value: result.data });
		});
	}
	return out;
}

function checkDuplicates(kind: string, entries: Array<{ file: string; entry: string; value: { id: string } }>, issues: ContentIssue[]) {
	const seen = new Map<string, string>();
	for (const { file, entry, value } of entries) {
		const first = seen.get(value.id);
		if (first) issues.push({ file, entry, field: 'id', message: `duplicate ${kind} id "${value.id}" (first defined in ${first})` });
		else seen.set(value.id, file);
	}
}

/** Walks any value and yields every `sources` array with its path. */
function* sourceLists(value: unknown, path: PropertyKey[] = []): Generator<{ ids: string[]; path: PropertyKey[] }> {
	if (Array.isArray(value)) {
		for (const [i, item] of value.entries()) yield* sourceLists(item, [...path, i]);
	} else if (value && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			if (key === 'sources' && Array.isArray(child)) yield { ids: child as string[], path: [...path, key] };
			else yield* sourceLists(child, [...path, key]);
		}
	}
}

/** A variant listed twice, or hidden inside another entity's canonical name, would make the names scan lie. */
function checkGlossaryVariants(entries: Array<{ file: string; entry: string; value: GlossaryEntry }>, issues: ContentIssue[]) {
	const canonical = entries.flatMap(({ value }) => [value.name.en, value.name.zh, value.firstMention?.en ?? '', value.firstMention?.zh ?? ''].map((text) => ({ id: value.id, text })));
	const seen = new Map<string, string>();
	for (const { file, entry, value } of entries) {
		for (const lang of ['en', 'zh'] as const) {
			value.forbidden[lang]?.forEach((variant, i) => {
				const field = `forbidden.${lang}[${i}]`;
				const owner = seen.get(variant);
				if (owner) issues.push({ file, entry, field, message: `"${variant}" is already forbidden under "${owner}"` });
				seen.set(variant, value.id);
				const clash = canonical.find((c) => c.id !== value.id && c.text.includes(variant));
				if (clash) issues.push({ file, entry, field, message: `"${variant}" occurs in the canonical name of "${clash.id}"` });
			});
		}
	}
}

export function validateContent(raw: RawContent): { content: ValidContent; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [...raw.readIssues];

	// Entries that fail their schema: not used, but their source ids are checked too.
	const rejected: Array<{ file: string; entry: string; value: unknown }> = [];
	const sources = parseEntries(raw.sources, sourceSchema, issues);
	const partners = parseEntries(raw.partners, partnerSchema, issues, { rejected });
	const sites = parseEntries(raw.sites, siteSchema, issues, { rejected });
	const datasets = parseEntries(raw.datasets, datasetSchema, issues, { onePerFile: true, rejected });
	const claims = parseEntries(raw.claims, claimSchema, issues, { rejected });
	const timeline = parseEntries(raw.timeline, timelineEventSchema, issues, { rejected });
	const changelog = parseEntries(raw.changelog, changelogEntrySchema, issues);
	const glossary = parseEntries(raw.glossary ?? [], glossaryEntrySchema, issues);

	checkDuplicates('source', sources, issues);
	checkDuplicates('partner', partners, issues);
	checkDuplicates('site', sites, issues);
	checkDuplicates('dataset', datasets, issues);
	checkDuplicates('claim', claims, issues);
	checkDuplicates('timeline event', timeline, issues);
	checkDuplicates('changelog entry', changelog, issues);
	checkDuplicates('glossary entry', glossary, issues);
	const promises = parseEntries(raw.promises ?? [], promiseSchema, issues, { rejected });
	checkDuplicates('promise', promises, issues);
	checkGlossaryVariants(glossary, issues);

	for (const { file, value } of datasets) {
		const expected = file.split('/').pop()?.replace(/\.yaml$/, '');
		if (expected !== value.id) issues.push({ file, entry: `dataset "${value.id}"`, field: 'id', message: `must match the file name ("${expected}")` });
	}

	const sourceIds = new Set(sources.map((s) => s.value.id));
	const partnerIds = new Set(partners.map((p) => p.value.id));
	const siteIds = new Set(sites.map((s) => s.value.id));
	const datasetIds = new Set(datasets.map((d) => d.value.id));
	const claimIds = new Set(claims.map((c) => c.value.id));

	const requireKnown = (known: Set<string>, kind: string, id: string | undefined, at: Omit<ContentIssue, 'message'>) => {
		if (id !== undefined && !known.has(id)) issues.push({ ...at, message: `unknown ${kind} id "${id}"` });
	};

	// Every `sources` list anywhere in the data must name known sources.
	const referencing: Array<{ file: string; entry: string; value: unknown }> = [...partners, ...sites, ...datasets, ...claims, ...timeline, ...rejected, ...promises];
	for (const { file, entry, value } of referencing) {
		for (const { ids, path } of sourceLists(value)) {
			ids.forEach((id, i) => typeof id === 'string' && requireKnown(sourceIds, 'source', id, { file, entry, field: formatPath([...path, i]) }));
		}
	}
	for (const { file, entry, value } of sites) {
		value.developers.forEach((id, i) => requireKnown(partnerIds, 'partner', id, { file, entry, field: `developers[${i}]` }));
		value.partners.forEach((id, i) => requireKnown(partnerIds, 'partner', id, { file, entry, field: `partners[${i}]` }));
	}
	for (const { file, entry, value } of datasets) {
		value.points.forEach((point, i) => {
			requireKnown(siteIds, 'site', point.site, { file, entry, field: `points[${i}].site` });
			requireKnown(partnerIds, 'partner', point.partner, { file, entry, field: `points[${i}].partner` });
		});
	}

	// Every MDX body (article or site page): explicit ASCII section ids, known references, valid <Value> points.
	const checkBody = (article: RawContent['articles'][number], entry: string): string[] => {
		const { file } = article;
		const ids: string[] = [];
		for (const heading of scanHeadings(article.body)) {
			const field = `line ${heading.line + article.bodyLine} (heading "${heading.text}")`;
			if (heading.id === null) issues.push({ file, entry, field, message: 'needs an explicit ASCII id: write `## Title {#section-id}`' });
			else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(heading.id)) issues.push({ file, entry, field, message: `id "${heading.id}" must be a lower-case ASCII slug` });
			else if (ids.includes(heading.id)) issues.push({ file, entry, field, message: `id "${heading.id}" is used twice` });
			else ids.push(heading.id);
		}
		const known = { sources: sourceIds, datasets: datasetIds, claims: claimIds };
		for (const ref of scanComponentRefs(article.body, Object.keys(ARTICLE_REFS))) {
			const kind = ARTICLE_REFS[ref.component as keyof typeof ARTICLE_REFS];
			if (!known[kind].has(ref.id)) {
				issues.push({ file, entry, field: `line ${ref.line + article.bodyLine} <${ref.component} id>`, message: `unknown ${kind.replace(/s$/, '')} id "${ref.id}"` });
			}
		}
		for (const use of scanComponentUses(article.body, 'Value')) {
			const field = (prop: string) => `line ${use.line + article.bodyLine} <Value ${prop}>`;
			const { dataset: datasetId, point: key } = use.props;
			const dataset = datasets.find((d) => d.value.id === datasetId)?.value;
			if (!datasetId) issues.push({ file, entry, field: field('dataset'), message: 'is missing: write <Value dataset="dataset-id" point="point-key" />' });
			else if (!dataset) issues.push({ file, entry, field: field('dataset'), message: `unknown dataset id "${datasetId}"` });
			else if (!key) issues.push({ file, entry, field: field('point'), message: 'is missing: name the point by its `key`' });
			else if (!dataset.points.some((p) => p.key === key)) issues.push({ file, entry, field: field('point'), message: `dataset "${datasetId}" has no point with key "${key}" (give the point a \`key\`)` });
		}
		return ids;
	};

	// Articles: frontmatter, explicit ASCII section ids, references, both languages in step.
	const articles: ValidArticle[] = [];
	const sectionIds = new Map<string, string[]>();
	for (const article of raw.articles) {
		const { file } = article;
		const entry = `article "${article.lang}/${article.slug}"`;
		if (!(LANGS as readonly string[]).includes(article.lang)) {
			issues.push({ file, entry, field: '(file)', message: `is in an unknown language folder "${article.lang}"` });
			continue;
		}
		if (!(ARTICLE_SLUGS as readonly string[]).includes(article.slug)) {
			issues.push({ file, entry, field: '(file)', message: `is not one of the articles: ${ARTICLE_SLUGS.join(', ')}` });
		}
		const parsed = articleSchema.safeParse(article.frontmatter);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) issues.push({ file, entry, field: `frontmatter.${formatPath(issue.path)}`, message: issue.message });
			continue;
		}
		sectionIds.set(`${article.lang}/${article.slug}`, checkBody(article, entry));
		articles.push({ file, lang: article.lang as ValidArticle['lang'], slug: article.slug, data: parsed.data, body: article.body });
	}

	for (const slug of ARTICLE_SLUGS) {
		const [en, zh] = LANGS.map((lang) => sectionIds.get(`${lang}/${slug}`));
		for (const lang of LANGS) {
			if (!sectionIds.has(`${lang}/${slug}`) && raw.articles.length > 0) {
				issues.push({ file: `content/articles/${lang}/${slug}.mdx`, entry: `article "${lang}/${slug}"`, field: '(file)', message: 'is missing: every article exists in both languages' });
			}
		}
		if (en && zh && en.join(' ') !== zh.join(' ')) {
			issues.push({
				file: `content/articles/zh/${slug}.mdx`,
				entry: `article "zh/${slug}"`,
				field: 'section ids',
				message: `differ from English: en [${en.join(', ')}] vs zh [${zh.join(', ')}]`,
			});
		}
	}

	// Site pages: one per site in sites.yaml and language, named by the site id; served as the article `sites/<id>`.
	const sitePages = raw.sitePages ?? [];
	for (const page of sitePages) {
		const { file } = page;
		const entry = `site page "${page.lang}/${page.slug}"`;
		const site = sites.find((s) => s.value.id === page.slug)?.value;
		if (!(LANGS as readonly string[]).includes(page.lang)) {
			issues.push({ file, entry, field: '(file)', message: `is in an unknown language folder "${page.lang}"` });
			continue;
		}
		if (!site) {
			issues.push({ file, entry, field: '(file)', message: `"${page.slug}" is not a site id in content/sites.yaml` });
			continue;
		}
		const parsed = sitePageSchema.safeParse(page.frontmatter);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) issues.push({ file, entry, field: `frontmatter.${formatPath(issue.path)}`, message: issue.message });
			continue;
		}
		const lang = page.lang as ValidArticle['lang'];
		const slug = sitePageSlug(site.id);
		sectionIds.set(`${lang}/${slug}`, checkBody(page, entry));
		articles.push({ file, lang, slug, site: site.id, data: sitePageData(site, lang, parsed.data.updated), body: page.body });
	}
	if (sitePages.length > 0) {
		for (const { value: site } of sites) {
			for (const lang of LANGS) {
				if (!sitePages.some((p) => p.lang === lang && p.slug === site.id)) {
					issues.push({ file: `content/sites/${lang}/${site.id}.mdx`, entry: `site page "${lang}/${site.id}"`, field: '(file)', message: 'is missing: every site in content/sites.yaml has a page in both languages' });
				}
			}
			const [en, zh] = LANGS.map((lang) => sectionIds.get(`${lang}/${sitePageSlug(site.id)}`));
			if (en && zh && en.join(' ') !== zh.join(' ')) {
				issues.push({ file: `content/sites/zh/${site.id}.mdx`, entry: `site page "zh/${site.id}"`, field: 'section ids', message: `differ from English: en [${en.join(', ')}] vs zh [${zh.join(', ')}]` });
			}
		}
	}

	// The overview's site table gives every site an entry (`#site-<id>`): claims and promises may point there.
	for (const lang of LANGS) sectionIds.get(`${lang}/${SITES_OVERVIEW}`)?.push(...sites.map((s) => siteAnchor(s.value.id)));

	for (const { file, entry, value } of claims) {
		const ids = sectionIds.get(`en/${value.article}`);
		if (!ids) issues.push({ file, entry, field: 'article', message: `unknown article "${value.article}"` });
		else if (!ids.includes(value.section)) issues.push({ file, entry, field: 'section', message: `article "${value.article}" has no section "${value.section}"` });
	}

	for (const { file, entry, value } of promises) {
		value.partners.forEach((id, i) => requireKnown(partnerIds, 'partner', id, { file, entry, field: `partners[${i}]` }));
		value.sites?.forEach((id, i) => requireKnown(siteIds, 'site', id, { file, entry, field: `sites[${i}]` }));
		requireKnown(claimIds, 'claim', value.claim, { file, entry, field: 'claim' });
		const ids = sectionIds.get(`en/${value.article}`);
		if (!ids) issues.push({ file, entry, field: 'article', message: `unknown article "${value.article}"` });
		else if (!ids.includes(value.section)) issues.push({ file, entry, field: 'section', message: `article "${value.article}" has no section "${value.section}"` });
	}

	let home: Home | null = null;
	for (const { file, data } of raw.home) {
		const parsed = homeSchema.safeParse(data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) issues.push({ file, entry: '(home)', field: formatPath(issue.path), message: issue.message });
			continue;
		}
		home = parsed.data;
		home.figures.forEach((figure, i) => {
			const dataset = datasets.find((d) => d.value.id === figure.dataset)?.value;
			if (!dataset) issues.push({ file, entry: `figures[${i}]`, field: 'dataset', message: `unknown dataset id "${figure.dataset}"` });
			else if (!dataset.points.some((p) => p.key === figure.point)) {
				issues.push({ file, entry: `figures[${i}]`, field: 'point', message: `dataset "${figure.dataset}" has no point with key "${figure.point}"` });
			}
		});
	}

	let thenNow: ThenNow | null = null;
	for (const { file, data } of raw.thenNow) {
		const parsed = thenNowSchema.safeParse(data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) issues.push({ file, entry: '(then-now)', field: formatPath(issue.path), message: issue.message });
			continue;
		}
		thenNow = parsed.data;
		const seenRows = new Set<string>();
		thenNow.rows.forEach((row, i) => {
			const entry = `rows[${i}] "${row.id}"`;
			if (seenRows.has(row.id)) issues.push({ file, entry, field: 'id', message: `duplicate row id "${row.id}"` });
			seenRows.add(row.id);
			requireKnown(claimIds, 'claim', row.claim, { file, entry, field: 'claim' });
			for (const sideName of ['then', 'now'] as const) {
				const side = row[sideName];
				side.points?.forEach((ref, j) => {
					const field = `${sideName}.points[${j}]`;
					const dataset = datasets.find((d) => d.value.id === ref.dataset)?.value;
					if (!dataset) issues.push({ file, entry, field: `${field}.dataset`, message: `unknown dataset id "${ref.dataset}"` });
					else if (!dataset.points.some((p) => p.key === ref.point)) {
						issues.push({ file, entry, field: `${field}.point`, message: `dataset "${ref.dataset}" has no point with key "${ref.point}" (give the point a \`key\`)` });
					}
				});
				side.sources?.forEach((id, j) => requireKnown(sourceIds, 'source', id, { file, entry, field: `${sideName}.sources[${j}]` }));
			}
			const [, slug = '', section] = /^\/([a-z-]+)\/(?:#(.+))?$/.exec(row.article) ?? [];
			const ids = sectionIds.get(`en/${slug}`);
			if (!ids) issues.push({ file, entry, field: 'article', message: `unknown article "${slug}"` });
			else if (section && !ids.includes(section)) issues.push({ file, entry, field: 'article', message: `article "${slug}" has no section "${section}"` });
		});
	}

	for (const { file, entry, value } of changelog) {
		value.datasets?.forEach((id, i) => requireKnown(datasetIds, 'dataset', id, { file, entry, field: `datasets[${i}]` }));
		value.sites?.forEach((id, i) => requireKnown(siteIds, 'site', id, { file, entry, field: `sites[${i}]` }));
	}
	issues.push(...checkValueChanges(changelog, datasets.map((d) => d.value), sourceIds));

	const aliasKey = (a: ValidArticle) => JSON.stringify(Object.entries(a.data.aliases ?? {}).sort());
	// Retired section ids keep working as anchors (AnchorHeading renders them), so they must point at a
	// current section, must not shadow one, and must be the same in both languages like the ids themselves.
	for (const article of articles) {
		const entry = `article "${article.lang}/${article.slug}"`;
		const ids = sectionIds.get(`${article.lang}/${article.slug}`) ?? [];
		for (const [oldId, newId] of Object.entries(article.data.aliases ?? {})) {
			const field = `frontmatter.aliases.${oldId}`;
			if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(oldId)) issues.push({ file: article.file, entry, field, message: `old id "${oldId}" must be a lower-case ASCII slug` });
			if (ids.includes(oldId)) issues.push({ file: article.file, entry, field, message: `"${oldId}" is still a section id; an alias must be a retired id` });
			if (!ids.includes(newId)) issues.push({ file: article.file, entry, field, message: `points to "${newId}", which is not a section of this article` });
		}
		const twin = articles.find((a) => a.slug === article.slug && a.lang !== article.lang);
		if (article.lang === 'zh' && twin && aliasKey(article) !== aliasKey(twin)) {
			issues.push({ file: article.file, entry, field: 'frontmatter.aliases', message: 'must be the same as in the English article' });
		}
	}

	return {
		content: {
			sources: sources.map((s) => s.value),
			partners: partners.map((p) => p.value),
			sites: sites.map((s) => s.value),
			datasets: datasets.map((d) => d.value),
			claims: claims.map((c) => c.value),
			timeline: timeline.map((t) => t.value),
			home,
			thenNow,
			changelog: changelog.map((c) => c.value),
			glossary: glossary.map((g) => g.value),
			promises: promises.map((p) => p.value),
			articles,
		},
		issues,
	};
}
