import { expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Cache-Control: public, max-age=300
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

test('every matching rule applies and later rules win', () => {
	const rules = parseHeadersFile(file);
	expect(rules).toHaveLength(2);
	expect(Object.fromEntries(headersFor(rules, '/energy/'))).toEqual({ 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=300' });
	expect(headersFor(rules, '/_astro/a.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
});
