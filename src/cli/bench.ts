/**
 * `npm run bench` (not a test): how fast the site is for a reader on a slow
 * phone, and how long a clean build takes. Writes bench/report.md and
 * bench/report.json with medians per page.
 *
 * 1. Clean build: removes the output folder (OUT_DIR or dist/) and .astro/, times `astro build`.
 *    The build uses SITE_URL = the local server's address, so canonical URLs match what is served.
 * 2. Serves it with src/cli/serve.ts (brotli/gzip and _headers, like a CDN).
 * 3. For each home page, article (both languages) and the ledger (/claims/, if built),
 *    `--runs N` times (default 3):
 *    - Lighthouse (Node API, Chromium started by chrome-launcher; mobile, simulated throttling —
 *      its defaults): the four category scores, LCP, TBT, CLS and total bytes.
 *    - Chromium through playwright-core, throttled with DevTools the way Lighthouse's
 *      "applied" mode does (562.5 ms RTT, 1.47 Mbit/s down, CPU 4x, 412 px phone): LCP and
 *      CLS from PerformanceObserver, TBT approximated from long tasks, and the bytes
 *      transferred before any scroll and after scrolling to the bottom.
 * CHROME_PATH (default /usr/bin/chromium) chooses the browser for both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { ARTICLE_SLUGS } from '../schemas/article.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIGHTHOUSE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
// Astro resolves OUT_DIR against the project root; so does everything here (it may also be absolute).
const OUT = resolve(ROOT, OUT_DIR);
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = Math.max(1, Number(runsArg >= 0 ? args[runsArg + 1] : 3) || 3);

// Lighthouse's mobile defaults, as DevTools throttling ("applied" mode: its RTT and throughput multipliers).
const THROTTLE = { latency: 150 * 3.75, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 750 * 0.9, cpu: 4 };
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

function run(command: string, commandArgs: string[], env: Record<string, string>): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, commandArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
		child.on('error', reject);
		child.on('close', (code) => resolve(code ?? 1));
	});
}

function serve(port: number): Promise<{ url: string; child: ChildProcess }> {
	const child = spawn(process.execPath, [join(ROOT, 'src/cli/serve.ts'), '--port', String(port), '--dir', OUT], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((resolve, reject) => {
		child.stdout?.on('data', (chunk: Buffer) => {
			const match = /at (http:\/\/\S+)/.exec(chunk.toString());
			if (match?.[1]) resolve({ url: match[1], child });
		});
		child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}

const median = (values: number[]): number | null => {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface LighthouseRun {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	totalBytes: number;
}
interface ChromiumRun {
	lcpMs: number;
	tbtMs: number;
	cls: number;
	bytesBeforeScroll: number;
	bytesAfterScroll: number;
}

async function lighthouseRun(port: number, url: string): Promise<LighthouseRun> {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message} (${url})`);
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
	const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: value('largest-contentful-paint'),
		tbtMs: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
		totalBytes: value('total-byte-weight'),
	};
}

/** Runs in the page before anything else: records LCP, layout shifts, long tasks and first contentful paint. */
function observeVitals(): void {
	const vitals = { lcp: 0, fcp: 0, shifts: [] as { time: number; value: number }[], longTasks: [] as { start: number; duration: number }[] };
	(window as unknown as { vitals: typeof vitals }).vitals = vitals;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) vitals.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
			if (!entry.hadRecentInput) vitals.shifts.push({ time: entry.startTime, value: entry.value });
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') vitals.fcp = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) vitals.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
}

/** CLS: the largest session window (shifts < 1 s apart, window <= 5 s), as web-vitals defines it. */
function cumulativeLayoutShift(shifts: { time: number; value: number }[]): number {
	let worst = 0;
	let current = 0;
	let first = -Infinity;
	let last = -Infinity;
	for (const shift of shifts) {
		if (shift.time - last > 1000 || shift.time - first > 5000) {
			current = 0;
			first = shift.time;
		}
		current += shift.value;
		last = shift.time;
		worst = Math.max(worst, current);
	}
	return worst;
}

async function chromiumRun(browser: Browser, url: string): Promise<ChromiumRun> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await page.addInitScript(observeVitals);
	const cdp = await context.newCDPSession(page);
	let bytes = 0;
	let inFlight = 0;
	cdp.on('Network.requestWillBeSent', () => inFlight++);
	cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
		bytes += event.encodedDataLength;
		inFlight--;
	});
	cdp.on('Network.loadingFailed', () => inFlight--);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: THROTTLE.latency,
		downloadThroughput: (THROTTLE.downloadKbps * 1024) / 8,
		uploadThroughput: (THROTTLE.uploadKbps * 1024) / 8,
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
	const quiet = async () => {
		for (let still = 0; still < 10; ) {
			await page.waitForTimeout(100);
			still = inFlight <= 0 ? still + 1 : 0;
		}
	};
	await page.goto(url, { waitUntil: 'load' });
	await quiet();
	const bytesBeforeScroll = bytes;
	const vitals = await page.evaluate(() => (window as unknown as { vitals: { lcp: number; fcp: number; shifts: { time: number; value: number }[]; longTasks: { start: number; duration: number }[] } }).vitals);
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
			window.scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	});
	await quiet();
	const bytesAfterScroll = bytes;
	await context.close();
	return {
		lcpMs: vitals.lcp,
		// Blocking time of each long task after first contentful paint, up to the quiet point after load.
		tbtMs: vitals.longTasks.filter((t) => t.start >= vitals.fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
		cls: cumulativeLayoutShift(vitals.shifts),
		bytesBeforeScroll,
		bytesAfterScroll,
	};
}

async function main(): Promise<void> {
	// Other work on the machine skews every timing: the report shows the load before and after.
	const loadBefore = loadavg()[0]!;
	const port = await freePort();
	const site = `http://localhost:${port}`;

	for (const dir of [OUT, join(ROOT, '.astro')]) rmSync(dir, { recursive: true, force: true });
	console.log(`Clean build (${OUT_DIR}/ and .astro/ removed), SITE_URL=${site}`);
	const started = performance.now();
	const code = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { SITE_URL: site, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' });
	const buildSeconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`astro build failed with exit code ${code}`);
	console.log(`Build: ${buildSeconds.toFixed(1)} s`);

	const paths = ['', 'zh/', ...ARTICLE_SLUGS.flatMap((slug) => [`${slug}/`, `zh/${slug}/`]), 'claims/', 'zh/claims/'].filter((path) =>
		existsSync(join(OUT, path, 'index.html')),
	);
	const server = await serve(port);
	const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
	const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
	const results: { path: string; lighthouse: LighthouseRun[]; chromium: ChromiumRun[] }[] = [];
	try {
		for (const path of paths) {
			const url = new URL(path, server.url).href;
			const entry = { path: `/${path}`, lighthouse: [] as LighthouseRun[], chromium: [] as ChromiumRun[] };
			for (let i = 0; i < RUNS; i++) {
				entry.lighthouse.push(await lighthouseRun(chrome.port, url));
				entry.chromium.push(await chromiumRun(browser, url));
			}
			results.push(entry);
			console.log(`/${path}: Lighthouse performance ${median(entry.lighthouse.map((r) => r.performance))}, Chromium LCP ${median(entry.chromium.map((r) => r.lcpMs))?.toFixed(0)} ms`);
		}
	} finally {
		await browser.close();
		chrome.kill();
		server.child.kill();
	}

	const lighthouseNote = `Lighthouse ${LIGHTHOUSE_VERSION}, ${RUNS} runs per page, its defaults: mobile (Moto G Power), simulated throttling (150 ms RTT, 1.6 Mbit/s, CPU 4x).`;
	const medians = results.map(({ path, lighthouse: lh, chromium: cr }) => {
		const m = <T,>(runs: T[], key: keyof T) => median(runs.map((r) => r[key] as number));
		return {
			path,
			lighthouse: {
				performance: m(lh, 'performance'),
				accessibility: m(lh, 'accessibility'),
				bestPractices: m(lh, 'bestPractices'),
				seo: m(lh, 'seo'),
				lcpMs: m(lh, 'lcpMs'),
				tbtMs: m(lh, 'tbtMs'),
				cls: m(lh, 'cls'),
				totalBytes: m(lh, 'totalBytes'),
			},
			chromium: {
				lcpMs: m(cr, 'lcpMs'),
				tbtMs: m(cr, 'tbtMs'),
				cls: m(cr, 'cls'),
				bytesBeforeScroll: m(cr, 'bytesBeforeScroll'),
				bytesAfterScroll: m(cr, 'bytesAfterScroll'),
			},
		};
	});
	const report = {
		date: new Date().toISOString(),
		machine: { cpus: cpus().length, node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: loadavg()[0]! },
		runsPerPage: RUNS,
		buildSeconds,
		lighthouse: lighthouseNote,
		chromium: `Chromium (${CHROME_PATH}) via playwright-core, DevTools throttling: ${THROTTLE.latency} ms RTT, ${Math.round(THROTTLE.downloadKbps)} kbit/s down, CPU ${THROTTLE.cpu}x, ${PHONE.viewport.width}x${PHONE.viewport.height} phone; TBT is approximated from long tasks after FCP; bytes are transferred bytes (compressed, with headers).`,
		medians,
		runs: results,
	};

	const outDir = join(ROOT, 'bench');
	mkdirSync(outDir, { recursive: true });
	writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, '\t')}\n`);
	const n = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '–' : v.toFixed(digits));
	const kb = (v: number | null | undefined) => (v === null || v === undefined ? '–' : (v / 1024).toFixed(1));
	const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const md = [
		'# Benchmark',
		'',
		`${report.date}, ${report.machine.cpus} CPUs (1-minute load average ${report.machine.loadAverageBefore.toFixed(1)} before, ${report.machine.loadAverageAfter.toFixed(1)} after), Node ${report.machine.node}. Medians of ${RUNS} runs per page.`,
		'',
		`Clean build (\`${OUT_DIR}/\` and \`.astro/\` removed first): **${buildSeconds.toFixed(1)} s**.`,
		'',
		'## Lighthouse',
		'',
		lighthouseNote,
		'',
		row(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'total KB']),
		row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
		...medians.map((p) =>
			row([p.path, n(p.lighthouse.performance), n(p.lighthouse.accessibility), n(p.lighthouse.bestPractices), n(p.lighthouse.seo), n(p.lighthouse.lcpMs), n(p.lighthouse.tbtMs), n(p.lighthouse.cls, 3), kb(p.lighthouse.totalBytes)]),
		),
		'',
		'## Chromium (not Lighthouse)',
		'',
		report.chromium,
		'',
		row(['page', 'LCP ms', 'TBT ms (approx.)', 'CLS', 'KB before scroll', 'KB after scroll']),
		row(['---', '---:', '---:', '---:', '---:', '---:']),
		...medians.map((p) => row([p.path, n(p.chromium.lcpMs), n(p.chromium.tbtMs), n(p.chromium.cls, 3), kb(p.chromium.bytesBeforeScroll), kb(p.chromium.bytesAfterScroll)])),
		'',
	].join('\n');
	writeFileSync(join(outDir, 'report.md'), md);
	console.log(`\n${md}\nWritten: bench/report.md, bench/report.json`);
}

await main();
