/**
 * `npm run serve`: serves the built site the way a static CDN would — gzip and
 * brotli compression, the `_headers` file applied, `/path` redirected to
 * `/path/`, `/404.html` for anything missing — and prints the URL.
 * Options: --port N (default 4321, 0 = any free port), --dir DIR (default dist),
 * --precompress (brotli every compressible file before listening, as a CDN's
 * cache is warm: `npm run bench` uses it), BASE_PATH to serve under a sub-path,
 * as the site was built. A file is compressed once per version, not per request.
 */
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chooseEncoding, encodedBodies } from '../lib/hosting/encoded-bodies.ts';
import { headersFor, parseHeadersFile } from '../lib/hosting/headers-file.ts';
import { notFoundFile } from '../lib/hosting/not-found.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const root = option('dir', 'dist');
const port = Number(option('port', process.env.PORT ?? '4321'));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No built site in ${root}/: run "npm run build" first.`);
	process.exit(1);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
	'.zip': 'application/zip',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.xml', '.txt', '.wasm']);
const encoded = encodedBodies({ br: (body) => brotliCompressSync(body), gzip: (body) => gzipSync(body, { level: 9 }) });
const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];

function resolveFile(urlPath: string): { file: string; status: number } | { redirect: string } {
	const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, path);
	if (existsSync(candidate) && statSync(candidate).isDirectory()) {
		if (!urlPath.endsWith('/')) return { redirect: `${base}${urlPath.replace(/^\//, '')}/` };
		if (existsSync(join(candidate, 'index.html'))) return { file: join(candidate, 'index.html'), status: 200 };
	} else if (existsSync(candidate)) return { file: candidate, status: 200 };
	const notFound = join(root, notFoundFile(urlPath));
	return { file: existsSync(notFound) ? notFound : join(root, '404.html'), status: 404 };
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: the site is served under ${base}`);
		return;
	}
	const sitePath = `/${url.pathname.slice(base.length)}`;
	const resolved = resolveFile(sitePath);
	if ('redirect' in resolved) {
		response.writeHead(301, { location: `${resolved.redirect}${url.search}` }).end();
		return;
	}
	const extension = extname(resolved.file);
	const headers: Record<string, string> = Object.fromEntries(headersFor(headerRules, sitePath));
	headers['content-type'] = TYPES[extension] ?? 'application/octet-stream';
	headers['vary'] = 'Accept-Encoding';
	const encoding = COMPRESSIBLE.has(extension) ? chooseEncoding(String(request.headers['accept-encoding'] ?? '')) : null;
	if (encoding) headers['content-encoding'] = encoding;
	const body = encoding ? encoded.get(resolved.file, encoding) : readFileSync(resolved.file);
	headers['content-length'] = String(body.length);
	response.writeHead(resolved.status, headers);
	response.end(request.method === 'HEAD' ? undefined : body);
});

if (args.includes('--precompress')) {
	const started = performance.now();
	const files = readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)))
		.map((entry) => join(entry.parentPath, entry.name));
	for (const file of files) encoded.get(file, 'br');
	console.error(`Compressed ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

server.listen(port, '127.0.0.1', () => {
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	console.log(`Serving ${root}/ at http://localhost:${actualPort}${base}`);
});
