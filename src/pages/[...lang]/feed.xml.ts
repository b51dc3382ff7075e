/** `/feed.xml` and `/zh/feed.xml`: Atom feeds of content/changelog/*.yaml, one per language. */
import type { APIRoute } from 'astro';
import type { Lang } from '../../schemas/common.ts';
import { loadContent } from '../../content-model/index.ts';
import { HTML_LANG, t } from '../../i18n/ui.ts';
import { atomFeed } from '../../lib/feeds/atom.ts';
import { bothLanguages } from '../../lib/routes.ts';
import { localizedPath, withBase } from '../../lib/urls.ts';
import { updateAnchor, updatesPath } from '../../lib/updates/paths.ts';
import { PUBLISHER_NAME } from '../../site-settings.ts';

export const getStaticPaths = bothLanguages;

export const GET: APIRoute<{ lang: Lang }> = ({ props: { lang }, site }) => {
	const base = import.meta.env.BASE_URL;
	const absolute = (path: string) => new URL(withBase(path, base), site).href;
	const homeUrl = absolute(localizedPath(lang, ''));
	const xml = atomFeed({
		selfUrl: absolute(localizedPath(lang, 'feed.xml')),
		// The updates page is this feed as a web page.
		homeUrl: absolute(updatesPath(lang)),
		lang: HTML_LANG[lang],
		title: t(lang, 'feed.title'),
		subtitle: t(lang, 'feed.subtitle'),
		author: PUBLISHER_NAME[lang],
		rights: t(lang, 'footer.licence'),
		entries: loadContent().changelog.map((entry) => ({
			// Ids are permanent: they keep the form they were first published in.
			id: `${homeUrl}#update-${entry.id}`,
			title: entry.title[lang],
			summary: entry.summary[lang],
			// Every entry is on the updates page, whatever it touched; the page links on to the articles and figures.
			url: `${absolute(updatesPath(lang))}#${updateAnchor(entry.id)}`,
			date: entry.date,
		})),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
