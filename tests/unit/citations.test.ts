import { expect, test } from 'vitest';
import { assembleCitations, backLinkLabel, spotsCiting } from '../../src/lib/article/citations.ts';

const labels = { source: 'Source' };
const ref = (id: string) => `<cite-ref data-source="${id}"></cite-ref>`;

test('adjacent tags merge into one marker, one button per number, numbers in reference order', () => {
	const html = `<p>One.${ref('b')}${ref('a')} Two.${ref('a')}</p>\n<p>Three.${ref('c')}\n${ref('b')}</p>`;
	const { html: out, spots } = assembleCitations(html, ['a', 'b', 'c'], labels);
	expect(spots).toEqual([['a', 'b'], ['a'], ['b', 'c']]);
	expect(out).not.toContain('cite-ref');
	// A one-source marker is one button, the citing spot itself; it opens reference n, the list entry.
	expect(out).toContain('<button type="button" class="cite-marker" id="cite-2" popovertarget="ref-1"><span class="sr-only">Source </span>[1]</button>');
	// A merged marker is one bracket; each number opens its own entry (a popover shows one element).
	expect(out).toContain(
		'<span class="cite-marker" id="cite-1">[<button type="button" popovertarget="ref-1"><span class="sr-only">Source </span>1</button>, <button type="button" popovertarget="ref-2"><span class="sr-only">Source </span>2</button>]</span>',
	);
	expect(out).toContain('<span class="cite-marker" id="cite-3">[<button type="button" popovertarget="ref-2">');
	// No preview is written into the text: the reference list holds each source once.
	expect(out).not.toContain('popover ');
});

test('text between two tags keeps them apart; a repeated source in one spot is listed once', () => {
	const { spots, html } = assembleCitations(`${ref('a')} and ${ref('b')}${ref('b')}`, ['a', 'b'], labels);
	expect(spots).toEqual([['a'], ['b']]);
	expect(html).toContain('id="cite-2" popovertarget="ref-2"><span class="sr-only">Source </span>[2]</button>');
});

test('a citation missing from the reference list fails loudly', () => {
	expect(() => assembleCitations(ref('x'), ['a'], labels)).toThrow(/"x"/);
});

test('back-links: the spots citing a source, lettered a, b, … z, aa', () => {
	expect(spotsCiting([['a', 'b'], ['a'], ['b', 'c']], 'b')).toEqual([0, 2]);
	expect([0, 1, 25, 26, 27].map(backLinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
});
