import { describe, expect, test } from 'vitest';
import { netlifyRedirects, notFoundFile } from '../../src/lib/hosting/not-found.ts';

describe('404 page per language', () => {
	test('paths under zh/ get the Chinese 404, everything else the English one', () => {
		expect(notFoundFile('/zh/no-such-page/')).toBe('zh/404.html');
		expect(notFoundFile('zh')).toBe('zh/404.html');
		expect(notFoundFile('/no-such-page/')).toBe('404.html');
		expect(notFoundFile('/zhx/')).toBe('404.html');
	});
	test('Netlify rule under the base path', () => {
		expect(netlifyRedirects('/')).toContain('/zh/*  /zh/404.html  404');
		expect(netlifyRedirects('/stargate/')).toContain('/stargate/zh/*  /stargate/zh/404.html  404');
	});
});
