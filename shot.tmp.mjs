import { chromium } from 'playwright-core';
const [,, url, out, w='390', theme='light', sel=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell' });
const p = await b.newPage({ viewport: { width: +w, height: 800 }, colorScheme: theme });
await p.goto(url);
await p.waitForFunction(() => document.documentElement.dataset.scripts === 'ready');
if (sel) { const el = p.locator(sel).first(); await el.scrollIntoViewIfNeeded(); await p.waitForTimeout(1500); await p.screenshot({ path: out, clip: await (async () => { const bb = await el.boundingBox(); return { x: 0, y: Math.max(0, bb.y - 150), width: +w, height: 400 }; })() }); }
else { await p.waitForTimeout(1500); await p.screenshot({ path: out }); }
await b.close();
