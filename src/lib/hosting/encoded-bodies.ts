/**
 * Compressed response bodies for `npm run serve`, made once per file version, as a CDN serves them from
 * its cache. Compressing on every request (brotli at its best quality: ~110 ms for an article page,
 * ~200 ms for the chart renderer) delayed every response by that much: the browser tier paid it on each
 * of its thousands of requests, through a single-threaded server, and Lighthouse's simulation, which
 * takes the server response time it observes as the server's latency, charged it to every page's
 * LCP while its floor page (a tenth of the bytes) paid almost nothing (issue 14).
 */
import { readFileSync, statSync } from 'node:fs';

export type Encoding = 'br' | 'gzip';

/** The encoding a CDN answers this `Accept-Encoding` with: brotli when accepted, else gzip, else none. */
export function chooseEncoding(acceptEncoding: string): Encoding | null {
	const accepted = new Set(
		acceptEncoding
			.split(',')
			.map((part) => part.trim().split(';'))
			// `br;q=0` refuses brotli.
			.filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
			.map(([name]) => name!.trim().toLowerCase()),
	);
	if (accepted.has('br')) return 'br';
	if (accepted.has('gzip')) return 'gzip';
	return null;
}

export type Encoders = Record<Encoding, (body: Buffer) => Buffer>;

/**
 * `get(file, encoding)`: the file's bytes in that encoding, compressed on the first request for this
 * version of the file (its modification time and size) and kept in memory after that, so a rebuild
 * under a running server is served fresh.
 */
export function encodedBodies(encoders: Encoders): { get: (file: string, encoding: Encoding) => Buffer } {
	const kept = new Map<string, { version: string; body: Buffer }>();
	return {
		get(file, encoding) {
			const stat = statSync(file);
			const version = `${stat.mtimeMs}:${stat.size}`;
			const key = `${encoding}\0${file}`;
			const found = kept.get(key);
			if (found?.version === version) return found.body;
			const body = encoders[encoding](readFileSync(file));
			kept.set(key, { version, body });
			return body;
		},
	};
}
