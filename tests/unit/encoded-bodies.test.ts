import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { chooseEncoding, encodedBodies } from '../../src/lib/hosting/encoded-bodies.ts';

describe('the encoding a response is sent in', () => {
	test('brotli when the browser accepts it, else gzip, else none', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('gzip, deflate')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding('')).toBeNull();
	});
	test('q=0 refuses an encoding; a name is not matched inside another (brx)', () => {
		expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding('gzip;q=0.0')).toBeNull();
		expect(chooseEncoding('br;q=0.5')).toBe('br');
		expect(chooseEncoding('brx, gzipped')).toBeNull();
	});
});

describe('compressed bodies are made once per file version', () => {
	const dir = mkdtempSync(join(tmpdir(), 'encoded-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('a second request is served from memory; a changed file is compressed again', () => {
		const calls: string[] = [];
		const bodies = encodedBodies({
			br: (body) => (calls.push(`br ${body}`), Buffer.from(`br(${body})`)),
			gzip: (body) => (calls.push(`gzip ${body}`), Buffer.from(`gz(${body})`)),
		});
		const file = join(dir, 'page.html');
		writeFileSync(file, 'one');
		expect(bodies.get(file, 'br').toString()).toBe('br(one)');
		expect(bodies.get(file, 'br').toString()).toBe('br(one)');
		expect(bodies.get(file, 'gzip').toString()).toBe('gz(one)');
		expect(calls).toEqual(['br one', 'gzip one']);
		// A rebuild under a running server: new content (and here a new time), served fresh.
		writeFileSync(file, 'two!');
		utimesSync(file, new Date(), new Date(Date.now() + 5_000));
		expect(bodies.get(file, 'br').toString()).toBe('br(two!)');
		expect(calls).toEqual(['br one', 'gzip one', 'br two!']);
	});
});
