/** `/feed.xml` and `/zh/feed.xml`: Atom feeds of content/changelog/*.yaml, one per language. */
import type { APIRoute } from 'astro';
import type { Lang } from '../../schemas/common.ts';
import { loadContent } from '../../content-model/index.ts';
import { HTML_LANG, t } from '../../i18n/ui.ts';
import { atomFeed } from '../../lib/feeds/atom.ts';
import { bothLanguages } from '../../lib/routes.ts';
import { articlePath, localizedPath, withBase } from '../../lib/urls.ts';

export const getStaticPaths = bothLanguages;

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang }, site }) => {
	const base = import.meta.env.BASE_URL;
	const absolute = (path: string) => new URL(withBase(path, base), site).href;
	const homeUrl = absolute(localizedPath(lang, ''));
	const xml = atomFeed({
		selfUrl: absolute(localizedPath(lang, 'feed.xml')),
		homeUrl,
		lang: HTML_LANG[lang],
		title: t(lang, 'feed.title'),
		subtitle: t(lang, 'feed.subtitle'),
		author: t(lang, 'site.name'),
		rights: t(lang, 'footer.licence'),
		entries: loadContent().changelog.map((entry) => ({
			id: `${homeUrl}#update-${entry.id}`,
			title: entry.title[lang],
			summary: entry.summary[lang],
			url: entry.articles?.[0] ? absolute(articlePath(lang, entry.articles[0])) : homeUrl,
			date: entry.date,
		})),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
