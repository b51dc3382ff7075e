/** Paths and commands shared by the test tiers. */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CONTENT_ROOT = process.env.STARGATE_CONTENT_ROOT ?? join(PROJECT_ROOT, 'content');
export const DIST = resolve(PROJECT_ROOT, process.env.DIST_DIR ?? 'dist');
export const TMP = join(PROJECT_ROOT, 'tests/.tmp');
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** Longer than any build of this site takes on a busy machine, shorter than the tests' own timeouts. */
const BUILD_LIMIT_MS = 60_000;
/** A build that fails its content check stops in the config phase: 3–5 s here with five side by side (560 runs). */
export const FAILING_BUILD_LIMIT_MS = 25_000;

export interface RunResult {
	code: number | null;
	output: string;
}

/** Runs `astro build` with extra environment (content root, base, out dir) and flags under the current Node. */
export function astroBuild(env: Record<string, string>, flags: string[] = [], limitMs = BUILD_LIMIT_MS): Promise<RunResult> {
	// Vitest puts import.meta.env into process.env (BASE_URL=/ …); a child build would take that base over BASE_PATH.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)));
	// A build that hangs is asked for a Node diagnostic report (JavaScript and native stacks, open handles) before
	// it is killed: a failing fixture build has been seen, rarely, to print its error and then not exit.
	const reports = join(TMP, 'build-reports');
	mkdirSync(reports, { recursive: true });
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['--report-on-signal', '--report-signal=SIGUSR2', `--report-directory=${reports}`, ASTRO_BIN, 'build', ...flags], {
			cwd: PROJECT_ROOT,
			env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		// A build that hangs must fail with what it printed, not leave a test to time out with nothing to read.
		const limit = setTimeout(() => {
			child.kill('SIGUSR2');
			setTimeout(() => {
				const report = readdirSync(reports).find((name) => name.includes(`.${child.pid}.`) && name.endsWith('.json'));
				const summary = report ? hangSummary(join(reports, report)) : 'no diagnostic report was written';
				output += `\n[test] astro build still running after ${limitMs / 1000} s: killed. ${summary}\n`;
				// Also on the console: a test that expects a failing build still passes, and the hang must be seen.
				console.warn(`astro build (${flags.join(' ') || 'no flags'}) hung for ${limitMs / 1000} s and was killed. ${summary}`);
				child.kill('SIGKILL');
			}, 2_000);
		}, limitMs);
		child.on('close', (code) => {
			clearTimeout(limit);
			resolve({ code, output });
		});
	});
}

/** What a hung build was doing, from its Node report: the JavaScript stack, the top of the native one, open handles. */
function hangSummary(file: string): string {
	const report = JSON.parse(readFileSync(file, 'utf8')) as {
		javascriptStack?: { message?: string; stack?: string[] };
		nativeStack?: Array<{ symbol?: string }>;
		libuv?: Array<{ type?: string; is_active?: boolean }>;
		workers?: unknown[];
	};
	const js = [report.javascriptStack?.message, ...(report.javascriptStack?.stack ?? []).slice(0, 8)].filter(Boolean).join(' | ');
	const native = (report.nativeStack ?? []).slice(0, 12).map((frame) => frame.symbol).join(' | ');
	const handles = (report.libuv ?? []).filter((h) => h.is_active).map((h) => h.type).join(', ');
	return `Report ${file}: JavaScript: ${js || 'none'}; native: ${native || 'none'}; active handles: ${handles || 'none'}; workers: ${report.workers?.length ?? 0}`;
}
