/**
 * `npm run bench` (not a test): how fast the site is for a reader on a slow
 * phone, against the fastest the same text could be, and how long a clean build
 * takes. Writes bench/report.md and bench/report.json.
 *
 * 1. Clean build into OUT_DIR (default dist/), timed; SITE_URL is the local server.
 * 2. For each benchmarked page, its floor page (floor.ts) into bench/floor/.
 * 3. Both served by src/cli/serve.ts (compression and _headers, like a CDN), then
 *    Lighthouse (mobile, simulated throttling) `--runs N` times (default 3) per page
 *    and per floor page, alternating, so both see the same machine load.
 * 4. For each page, where its compressed HTML goes (composition.ts).
 * CHROME_PATH (default /usr/bin/chromium) chooses the browser.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import { composition } from './composition.ts';
import { floorPage } from './floor.ts';
import { lighthouseRun, type PageRun } from './lighthouse.ts';
import { medianRun, reportMarkdown, verdict, type PageResult } from './report.ts';
import { freePort, run, serve } from './processes.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const LIGHTHOUSE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const OUT = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const BENCH = join(ROOT, 'bench');
const FLOOR = join(BENCH, 'floor');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = Math.max(1, Number(runsArg >= 0 ? args[runsArg + 1] : 3) || 3);
/** Home, an article with figures near the top, the sites page (map) and the ledger, in both languages. */
const PAGES = ['', 'zh/', 'funding/', 'zh/funding/', 'sites/', 'zh/sites/', 'claims/', 'zh/claims/'];

/** One retry: a single Lighthouse hiccup (a Chrome target that does not answer) must not lose the whole bench. */
async function measure(port: number, url: string): Promise<PageRun> {
	try {
		return await lighthouseRun(port, url);
	} catch (error) {
		console.warn(`Lighthouse failed once on ${url}, retrying: ${error instanceof Error ? error.message : String(error)}`);
		return lighthouseRun(port, url);
	}
}

async function main(): Promise<void> {
	const loadBefore = loadavg()[0]!;
	// Lantern scales the CPU time it observes: on a busy machine TBT and LCP come out pessimistic.
	if (loadBefore > cpus().length) console.warn(`Load average ${loadBefore.toFixed(1)} on ${cpus().length} CPUs: the figures will be pessimistic; run on an idle machine.`);
	const [port, floorPort] = [await freePort(), await freePort()];
	for (const dir of [OUT, join(ROOT, '.astro'), FLOOR]) rmSync(dir, { recursive: true, force: true });
	const started = performance.now();
	const code = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { SITE_URL: `http://localhost:${port}`, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' }, ROOT);
	const buildSeconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`astro build failed with exit code ${code}`);
	console.log(`Clean build: ${buildSeconds.toFixed(1)} s`);

	const paths = PAGES.filter((path) => existsSync(join(OUT, path, 'index.html')));
	// serve.ts needs a 404 page in the folder it serves, as a CDN would.
	for (const [from, to] of [...paths.map((path) => [join(path, 'index.html'), join(path, 'index.html')]), ['404.html', '404.html']]) {
		const file = join(FLOOR, to!);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, floorPage(readFileSync(join(OUT, from!), 'utf8')));
	}

	const site = await serve(ROOT, OUT, port);
	const floor = await serve(ROOT, FLOOR, floorPort);
	const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
	const results: Array<PageResult & { runs: { page: PageRun[]; floor: PageRun[] } }> = [];
	try {
		for (const path of paths) {
			const runs = { page: [] as PageRun[], floor: [] as PageRun[] };
			for (let i = 0; i < RUNS; i++) {
				runs.floor.push(await measure(chrome.port, new URL(path, floor.url).href));
				runs.page.push(await measure(chrome.port, new URL(path, site.url).href));
			}
			const html = readFileSync(join(OUT, path, 'index.html'), 'utf8');
			const result = { path: `/${path}`, page: medianRun(runs.page), floor: medianRun(runs.floor), composition: composition(html).parts, runs };
			results.push(result);
			console.log(`/${path}: LCP ${result.page.lcpMs.toFixed(0)} ms, floor ${result.floor.lcpMs.toFixed(0)} ms, ratio ${verdict(result).lcpRatio.toFixed(2)}`);
		}
	} finally {
		chrome.kill();
		site.stop();
		floor.stop();
	}

	const meta = {
		date: new Date().toISOString(),
		runs: RUNS,
		lighthouse: `Lighthouse ${LIGHTHOUSE_VERSION} (mobile, simulated throttling: its defaults)`,
		machine: `${cpus().length} CPUs, 1-minute load average ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after, Node ${process.version}`,
		buildSeconds,
	};
	const md = reportMarkdown(results, meta);
	mkdirSync(BENCH, { recursive: true });
	writeFileSync(join(BENCH, 'report.json'), `${JSON.stringify({ ...meta, results }, null, '\t')}\n`);
	writeFileSync(join(BENCH, 'report.md'), md);
	console.log(`\n${md}\nWritten: bench/report.md, bench/report.json`);
}

await main();
