/** Paths and commands shared by the test tiers. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CONTENT_ROOT = process.env.STARGATE_CONTENT_ROOT ?? join(PROJECT_ROOT, 'content');
export const DIST = resolve(PROJECT_ROOT, process.env.DIST_DIR ?? 'dist');
export const TMP = join(PROJECT_ROOT, 'tests/.tmp');
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** Longer than any build of this site takes on a busy machine, shorter than the tests' own timeouts. */
const BUILD_LIMIT_MS = 60_000;

export interface RunResult {
	code: number | null;
	output: string;
}

/** Runs `astro build` with extra environment (content root, base, out dir) and flags under the current Node. */
export function astroBuild(env: Record<string, string>, flags: string[] = []): Promise<RunResult> {
	// Vitest puts import.meta.env into process.env (BASE_URL=/ …); a child build would take that base over BASE_PATH.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)));
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [ASTRO_BIN, 'build', ...flags], {
			cwd: PROJECT_ROOT,
			env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		// A build that hangs must fail with what it printed, not leave a test to time out with nothing to read.
		const limit = setTimeout(() => {
			output += `\n[test] astro build still running after ${BUILD_LIMIT_MS / 1000} s: killed\n`;
			child.kill('SIGKILL');
		}, BUILD_LIMIT_MS);
		child.on('close', (code) => {
			clearTimeout(limit);
			resolve({ code, output });
		});
	});
}
