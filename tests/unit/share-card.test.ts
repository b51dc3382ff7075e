import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readFontMetrics } from '../../src/lib/share/font-metrics.ts';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	balancedWrap,
	breakUnits,
	cardText,
	clampLines,
	missingGlyphs,
	shareCardPath,
	shareCardSvg,
	textWidth,
	wrapText,
} from '../../src/lib/share/card.ts';

const font = (weight: string) => readFontMetrics(readFileSync(`node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-${weight}.otf`));
const fonts = { regular: font('Regular'), bold: font('Bold') };
/** Every character 10 units wide: line lengths become easy to reason about. */
const mono = (s: string) => [...s].length * 10;

test('a page card lives under og/<lang>/, named after the page', () => {
	expect(shareCardPath('en', '')).toBe('og/en/index.png');
	expect(shareCardPath('zh', 'energy/')).toBe('og/zh/energy.png');
	expect(shareCardPath('en', '/data/')).toBe('og/en/data.png');
});

describe('line breaking', () => {
	test('Chinese breaks between words, never before closing or after opening punctuation', () => {
		const units = breakUnits('星际之门要用多少电，电从哪里来').map((u) => u.text);
		expect(units).toContain('多少');
		expect(units).toContain('电，');
		expect(units.some((u) => u.startsWith('，'))).toBe(false);
		expect(breakUnits('他说“数据中心”很大').some((u) => u.text.endsWith('“'))).toBe(false);
	});

	test('English breaks only at spaces and keeps punctuation with its word', () => {
		expect(breakUnits('Who pays, and (how) much?')).toEqual([
			{ text: 'Who', space: false },
			{ text: 'pays,', space: true },
			{ text: 'and', space: true },
			{ text: '(how)', space: true },
			{ text: 'much?', space: true },
		]);
	});

	test('greedy wrapping never exceeds the width unless one word is wider than a line', () => {
		expect(wrapText('aaa bbb ccc ddd', 70, mono)).toEqual(['aaa bbb', 'ccc ddd']);
		expect(wrapText('abcdefghijkl x', 50, mono)).toEqual(['abcdefghijkl', 'x']);
	});

	test('balanced wrapping leaves no orphan on the last line', () => {
		const greedy = wrapText('aaaa bbbb cccc dddd e', 190, mono);
		expect(greedy).toEqual(['aaaa bbbb cccc dddd', 'e']);
		const balanced = balancedWrap('aaaa bbbb cccc dddd e', 190, mono);
		expect(balanced).toHaveLength(2);
		expect(Math.abs(mono(balanced[0]!) - mono(balanced[1]!))).toBeLessThanOrEqual(60);
	});

	test('clamping ends the last kept line with an ellipsis that fits', () => {
		expect(clampLines(['one two', 'three four', 'five six'], 2, 100, mono)).toEqual(['one two', 'three fou…']);
		expect(clampLines(['a', 'b'], 3, 100, mono)).toEqual(['a', 'b']);
	});
});

test('English cards straighten curly quotes (the CJK font draws them full-width); Chinese keeps them', () => {
	expect(cardText('What “as much as a city” means, OpenAI’s', 'en')).toBe('What "as much as a city" means, OpenAI\'s');
	expect(cardText('“相当于一座城市”是多大', 'zh')).toBe('“相当于一座城市”是多大');
});

test('the bundled font has Latin and Chinese glyphs, and reports the ones it lacks', () => {
	expect(fonts.bold.unitsPerEm).toBe(1000);
	expect(missingGlyphs('Stargate 星际之门，一文读懂 $500B “”—', fonts.bold)).toEqual([]);
	expect(missingGlyphs('tofu 😀 𠀀', fonts.regular)).toEqual(['😀', '𠀀']);
	expect(textWidth('星星', fonts.bold, 50)).toBe(100);
});

describe('card SVG', () => {
	const card = {
		lang: 'zh' as const,
		siteName: '星际之门，一文读懂',
		title: '星际之门要用多少电，电从哪里来',
		description: '美国能源部与伯克利实验室的数据中心用电数据、星际之门园区的家庭用电换算、冷却能耗、自建燃气电站，以及OpenAI关于电费的承诺。',
		address: 'example.org/stargate/zh/energy/',
		languageName: '简体中文',
	};
	const svg = shareCardSvg(card, fonts);
	const lines = (weight: string) => [...svg.matchAll(new RegExp(`font-weight="${weight}" fill="[^"]+" font-size="(\\d+)">([^<]*)</text>`, 'g'))];

	test('is 1200×630 and names the bundled font family', () => {
		expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
		expect(svg).toContain('font-family="Noto Sans Hans"');
	});

	test('the whole title is on the card, wrapped to measured lines that fit', () => {
		const title = lines('700');
		expect(title.map((m) => m[2]).join('')).toBe(card.title);
		for (const [, size, text] of title) expect(textWidth(text!, fonts.bold, Number(size))).toBeLessThanOrEqual(CARD_WIDTH - 160);
	});

	test('a long title steps down in size before anything is cut, and is cut with an ellipsis at three lines', () => {
		const long = shareCardSvg({ ...card, lang: 'en', title: 'word '.repeat(60).trim() }, fonts);
		const title = [...long.matchAll(/font-weight="700" fill="#1b1b1a" font-size="(\d+)">([^<]*)</g)];
		expect(title).toHaveLength(3);
		expect(Number(title[0]![1])).toBeLessThan(68);
		expect(title[2]![2]).toMatch(/…$/);
	});

	test('text is escaped for XML', () => {
		expect(shareCardSvg({ ...card, lang: 'en', title: 'R&D <costs>' }, fonts)).toContain('R&amp;D &lt;costs&gt;');
	});
});
