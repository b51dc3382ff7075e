/**
 * Which article a component is rendering in, derived from the page URL, and
 * that article's citation numbering. MDX components (Cite, Verdict) use it so
 * authors write `<Cite id="..." />` without passing anything else.
 */
import { loadContent, type ValidArticle } from '../../content-model/index.ts';
import { citationOrder } from './mdx-scan.ts';
import { splitLangPath, stripBase } from '../urls.ts';

const orderCache = new Map<string, string[]>();

export function articleForUrl(pathname: string, base: string): ValidArticle | undefined {
	const { lang, rest } = splitLangPath(stripBase(pathname, base));
	const slug = rest.replace(/\/$/, '');
	return loadContent().articles.find((a) => a.lang === lang && a.slug === slug);
}

/** Source ids in the order the article first cites them; the reference number is index + 1. */
export function citationsOf(article: ValidArticle): string[] {
	const key = `${article.lang}/${article.slug}`;
	let order = orderCache.get(key);
	if (!order) {
		order = citationOrder(article.body);
		orderCache.set(key, order);
	}
	return order;
}

