/**
 * A real XML parser for the tests: Chromium's DOMParser (Node has none). The
 * document comes back as a plain tree; a document that is not well-formed
 * fails with the parser's message.
 */
import type { Browser } from 'playwright-core';

export interface XmlElement {
	/** Local name, e.g. `link` for `xhtml:link`. */
	name: string;
	namespace: string | null;
	attributes: Record<string, string>;
	text: string;
	children: XmlElement[];
}

export async function parseXml(browser: Browser, xml: string): Promise<XmlElement> {
	const page = await browser.newPage();
	try {
		return await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'application/xml');
			const error = doc.getElementsByTagName('parsererror')[0];
			if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
			const tree = (element: Element): XmlElement => ({
				name: element.localName,
				namespace: element.namespaceURI,
				attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
				text: element.children.length === 0 ? (element.textContent ?? '') : '',
				children: [...element.children].map(tree),
			});
			return tree(doc.documentElement);
		}, xml);
	} finally {
		await page.close();
	}
}

export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
export const childNamed = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
