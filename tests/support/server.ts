/**
 * Starts `src/cli/serve.ts` on a free port over a built site and returns its URL;
 * browser tests use it so they see exactly what a CDN would serve.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DIST, PROJECT_ROOT } from './project.ts';

export interface RunningServer {
	/** Site root including the base, e.g. `http://localhost:41234/` or `.../stargate/`. */
	url: string;
	stop: () => void;
}

export function startServer(options: { dir?: string; base?: string } = {}): Promise<RunningServer> {
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
