import { expect, test } from 'vitest';
import { fittedSourceLine, sourceLine } from '../../src/lib/chart/source-line.ts';

const publishers = ['Reuters', 'Bloomberg', 'OpenAI', 'The Information'];

test('every publisher, in each language', () => {
	expect(sourceLine(['Reuters'], 'en')).toBe('Source: Reuters');
	expect(sourceLine(publishers, 'en')).toBe('Sources: Reuters, Bloomberg, OpenAI, The Information');
	expect(sourceLine(['路透社', '彭博社'], 'zh')).toBe('来源：路透社、彭博社');
});

test('when the line is too long: as many as fit, then how many more (no name cut off)', () => {
	expect(fittedSourceLine(publishers, 'en', (line) => line.length <= 60)).toBe('Sources: Reuters, Bloomberg, OpenAI, The Information');
	expect(fittedSourceLine(publishers, 'en', (line) => line.length <= 45)).toBe('Sources: Reuters, Bloomberg and 2 more');
	expect(fittedSourceLine(['路透社', '彭博社', 'OpenAI'], 'zh', (line) => line.length <= 15)).toBe('来源：路透社、彭博社及另外1家');
	// Even when nothing fits, the first publisher is named.
	expect(fittedSourceLine(publishers, 'en', () => false)).toBe('Sources: Reuters and 3 more');
});
