import { expect, test } from 'vitest';
import { assembleCitations, backLinkLabel, spotsCiting } from '../../src/lib/article/citations.ts';

const labels = { source: 'Source', sources: 'Sources', previewTitle: 'Cited here', close: 'Close' };
const ref = (id: string) => `<cite-ref data-source="${id}"><span class="cite-item">${id}</span></cite-ref>`;

test('adjacent tags merge into one marker listing both, numbers in reference order', () => {
	const html = `<p>One.${ref('b')}${ref('a')} Two.${ref('a')}</p>\n<p>Three.${ref('c')}\n${ref('b')}</p>`;
	const { html: out, spots, previews } = assembleCitations(html, ['a', 'b', 'c'], labels);
	expect(spots).toEqual([['a', 'b'], ['a'], ['b', 'c']]);
	expect(out).not.toContain('cite-ref');
	expect([...out.matchAll(/<span class="sr-only">(\w+) <\/span>(\[[\d, ]+\])/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
		'Sources [1, 2]',
		'Source [1]',
		'Sources [2, 3]',
	]);
	expect(out).toContain('<button type="button" class="cite-marker" id="cite-1" popovertarget="cite-1-sources">');
	// A one-source marker opens that source's shared preview. Previews are handed to the reference list, not
	// left in the text: each in the entry of its lowest number, the one-source preview of `a` written once.
	expect(out).toContain('<button type="button" class="cite-marker" id="cite-2" popovertarget="ref-1-preview">');
	expect(out).not.toContain('popover id=');
	expect([...previews.keys()]).toEqual(['a', 'b']);
	const ids = (id: string) => (previews.get(id) ?? []).map((p) => /id="([^"]+)"/.exec(p)?.[1]);
	expect(ids('a')).toEqual(['cite-1-sources', 'ref-1-preview']);
	expect(ids('b')).toEqual(['cite-3-sources']);
	expect(previews.get('a')?.[1]).toMatch(/^<span popover id="ref-1-preview" class="cite-preview"[^>]*><button[^>]*aria-label="Close"[^>]*>×<\/button><span class="cite-item">a<\/span><\/span>$/);
	// Items follow the numbers, not the written order.
	const merged = previews.get('a')?.[0] ?? '';
	expect(merged.indexOf('<span class="cite-item">a</span>')).toBeGreaterThan(0);
	expect(merged.indexOf('<span class="cite-item">a</span>')).toBeLessThan(merged.indexOf('<span class="cite-item">b</span>'));
});

test('text between two tags keeps them apart; a repeated source in one spot is listed once', () => {
	const { spots } = assembleCitations(`${ref('a')} and ${ref('b')}${ref('b')}`, ['a', 'b'], labels);
	expect(spots).toEqual([['a'], ['b']]);
});

test('a citation missing from the reference list fails loudly', () => {
	expect(() => assembleCitations(ref('x'), ['a'], labels)).toThrow(/"x"/);
});

test('back-links: the spots citing a source, lettered a, b, … z, aa', () => {
	expect(spotsCiting([['a', 'b'], ['a'], ['b', 'c']], 'b')).toEqual([0, 2]);
	expect([0, 1, 25, 26, 27].map(backLinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
});
