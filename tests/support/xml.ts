/**
 * A real, namespace-aware XML parser for the tests without a browser:
 * @xmldom/xmldom's W3C DOMParser. The document comes back as a plain tree; a
 * document that is not well-formed throws with the parser's message, so the
 * sitemap and feeds are checked in the fast dist tier.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

export interface XmlElement {
	/** Local name, e.g. `link` for `xhtml:link`. */
	name: string;
	namespace: string | null;
	attributes: Record<string, string>;
	text: string;
	children: XmlElement[];
}

const ELEMENT = 1;

export function parseXml(xml: string): XmlElement {
	// xmldom reports warnings and errors through onError; any of them means the file is not clean XML.
	const doc = new DOMParser({
		onError: (level, message) => {
			throw new Error(`not well-formed XML (${level}): ${message}`);
		},
	}).parseFromString(xml, 'application/xml');
	const elements = (element: Element) => [...element.childNodes].filter((n): n is Element => n.nodeType === ELEMENT);
	const tree = (element: Element): XmlElement => {
		const children = elements(element);
		return {
			name: element.localName ?? element.nodeName,
			namespace: element.namespaceURI,
			attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
			text: children.length === 0 ? (element.textContent ?? '') : '',
			children: children.map(tree),
		};
	};
	if (!doc.documentElement) throw new Error('not well-formed XML: no root element');
	return tree(doc.documentElement);
}

export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
export const childNamed = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
