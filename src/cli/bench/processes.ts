/** The processes the bench starts: a build, and src/cli/serve.ts over a folder. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export function run(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
		child.on('error', reject);
		child.on('close', (code) => resolve(code ?? 1));
	});
}

/**
 * serve.ts with every file compressed before it listens, as a CDN answers from a warm cache: Lighthouse
 * takes the response time it observes as the server's latency in its simulation, so a page whose first
 * request waited for brotli (~110 ms for an article) would be charged that on every request.
 */
export function serve(root: string, dir: string, port: number): Promise<{ url: string; stop: () => void }> {
	const child = spawn(process.execPath, [join(root, 'src/cli/serve.ts'), '--port', String(port), '--dir', dir, '--precompress'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		child.stdout?.on('data', (chunk: Buffer) => {
			const match = /at (http:\/\/\S+)/.exec(chunk.toString());
			if (match?.[1]) resolve({ url: match[1], stop: () => child.kill() });
		});
		child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}
