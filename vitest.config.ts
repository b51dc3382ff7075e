/**
 * Test tiers (README, "Tests"):
 * - unit:    pure functions and schemas, no build (about a second);
 * - content: the real files in content/, plus bad-input fixtures that must fail `astro build`;
 * - dist:    the built site in dist/ (run after `npm run build`), no browser needed;
 * - e2e:     the built site in Debian's Chromium (needs /usr/bin/chromium), including a second
 *            build under a sub-path that is crawled in the browser.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
			{ test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], environment: 'node', testTimeout: 300_000, hookTimeout: 300_000 } },
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					testTimeout: 180_000,
					// The sub-path test builds the site a second time before it starts a browser.
					hookTimeout: 300_000,
					// One shared Chromium and server for the tier; files run three at a time (two left the CPU idle a sixth of the run), each in its own contexts.
					globalSetup: ['tests/support/e2e-global.ts'],
					maxWorkers: 3,
					// expect.poll gives up after 1 s by default: on a loaded machine a copy-link status took longer to show.
					expect: { poll: { timeout: 5_000 } },
				},
			},
		],
	},
});
