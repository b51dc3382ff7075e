/**
 * What a site's own page says about itself before its text: title, standfirst and
 * search description, all from the site's record, so the page, the map and the CSV
 * carry one name. Pure, so the content model and the tests share it.
 */
import type { ArticleFrontmatter } from '../../schemas/article.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Site } from '../../schemas/site.ts';
import { formatDate } from '../format.ts';

export function sitePageData(site: Site, lang: Lang, updated: string): ArticleFrontmatter {
	const name = site.name[lang];
	const region = site.region[lang];
	const asOf = formatDate(site.status.asOf, lang);
	const description =
		lang === 'zh'
			? `${name}（${region}）：开发商与合作方、规划容量及其发布时间、截至${asOf}的进展和相关承诺，均附来源。`
			: `${name} (${region}): developer and partners, the capacity stated and when, the status as of ${asOf} and the promises made, each with its sources.`;
	// The description is capped at 200 characters like every article's; names are short enough, this only guards.
	return { title: name, dek: region, description: description.slice(0, 200), updated };
}
