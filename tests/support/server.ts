/**
 * Serves a built site with `src/cli/serve.ts` on a free port, so browser tests
 * see exactly what a CDN would serve. The e2e tier shares one server over dist/ and
 * one over the sub-path build (tests/support/e2e-global.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { DIST, PROJECT_ROOT } from './project.ts';

export interface RunningServer {
	/** Site root including the base, e.g. `http://localhost:41234/` or `.../stargate/`. */
	url: string;
	stop: () => void;
}

export function spawnServer(options: { dir?: string; base?: string } = {}): Promise<RunningServer> {
	const child: ChildProcess = spawn(process.execPath, [join(PROJECT_ROOT, 'src/cli/serve.ts'), '--port', '0', '--dir', options.dir ?? DIST], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, BASE_PATH: options.base ?? '/' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('server did not start within 10 s')), 10_000);
		child.stdout?.on('data', (chunk: Buffer) => {
			const match = /at (http:\/\/\S+)/.exec(chunk.toString());
			if (match?.[1]) {
				clearTimeout(timer);
				resolve({ url: match[1], stop: () => child.kill() });
			}
		});
		child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}

/**
 * The tier's shared server over dist/, or with `{ subpath: true }` over its sub-path build (both started and
 * stopped by the global setup); outside the tier, a server of its own over dist/.
 */
export async function startServer(options: { subpath?: boolean } = {}): Promise<RunningServer> {
	const shared = options.subpath ? inject('subpath')?.url : inject('siteUrl');
	if (shared) return { url: shared, stop: () => {} };
	if (options.subpath) throw new Error('the sub-path build exists only in the e2e tier (tests/support/e2e-global.ts)');
	return spawnServer();
}
