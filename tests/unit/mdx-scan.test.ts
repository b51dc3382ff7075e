import { expect, test } from 'vitest';
import { citationOrder, countWords, scanComponentRefs, scanHeadings } from '../../src/lib/article/mdx-scan.ts';

const body = `
## 资金来源 {#funding}

Text.<Cite id="b" /> More.<Cite id="a" /><Cite id="b" />

\`\`\`
## Not a heading {#code}
<Cite id="in-code" />
\`\`\`

### Without id

<Figure id="equity-pledges" />
`;

test('headings keep their explicit ids; a heading without one is reported as null', () => {
	expect(scanHeadings(body)).toEqual([
		{ depth: 2, id: 'funding', text: '资金来源', line: 2 },
		{ depth: 3, id: null, text: 'Without id', line: 11 },
	]);
});

test('component references skip fenced code and keep their line numbers', () => {
	expect(scanComponentRefs(body, ['Cite', 'Figure']).map((r) => `${r.component}:${r.id}:${r.line}`)).toEqual([
		'Cite:b:4',
		'Cite:a:4',
		'Cite:b:4',
		'Figure:equity-pledges:13',
	]);
});

test('citation numbers follow first use', () => {
	expect(citationOrder(body)).toEqual(['b', 'a']);
});

test('English counts words, Chinese counts Han characters, markup excluded', () => {
	expect(countWords('## Heading {#h}\n\nFour words here now.<Cite id="x" />', 'en')).toBe(5);
	expect(countWords('## 资金 {#funding}\n\n星际之门计划。<Cite id="x" />', 'zh')).toBe(8);
});
