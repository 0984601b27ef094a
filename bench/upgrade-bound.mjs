// node bench/upgrade-bound.mjs [--runs 5]: how long a slow phone takes to upgrade each element of
// README.txt's example page (all three, as a partner pastes them), on the profile issue 32 names:
// 4× CPU, 400 ms round trip, 400 kbps each way, 375×667, no cache. ct-awareness.css lets an
// element's reserved box give way when the script has not upgraded it by a bound (FALLBACK_BOUND
// in src/shared/first-screen.js); this prints the slowest upgrade beside that bound.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serve } from '../demo/serve.mjs';
import { FALLBACK_BOUND } from '../src/shared/first-screen.js';
import { findChromium, CHROMIUM_ARGS } from '../test/support/find-chromium.mjs';

const i = process.argv.indexOf('--runs');
const RUNS = i > 0 ? Number(process.argv[i + 1]) : 5;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const TAGS = ['ct-hotline-banner', 'ct-risk-quiz', 'ct-fact-sheet'];
const PROFILE = { cpu: 4, latency: 400, kbps: 400, width: 375, height: 667 };

const server = await serve({ port: 0, pages: new Map() });
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
/** @type {Record<string, number[]>} */
const times = Object.fromEntries(TAGS.map((tag) => [tag, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each run: nothing cached, a new connection.
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latency,
      downloadThroughput: (PROFILE.kbps * 1000) / 8,
      uploadThroughput: (PROFILE.kbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
    await tab.setViewport({ width: PROFILE.width, height: PROFILE.height });
    // When each element's first render is on screen, from the navigation's start.
    await tab.evaluateOnNewDocument((tags) => {
      const w = /** @type {Window & { __upgraded?: Record<string, number> }} */ (window);
      w.__upgraded = {};
      for (const tag of tags)
        void customElements.whenDefined(tag).then(async () => {
          const element = /** @type {(Element & { updateComplete?: Promise<unknown> }) | null} */ (
            document.querySelector(tag)
          );
          await element?.updateComplete;
          requestAnimationFrame(() => setTimeout(() => (w.__upgraded[tag] = performance.now())));
        });
    }, TAGS);
    await tab.goto(`http://127.0.0.1:${port}/dist/release/ct-awareness-${pkg.version}/example.html`, {
      waitUntil: 'load',
      timeout: 60000,
    });
    await tab.waitForFunction((n) => Object.keys(window.__upgraded).length === n, { timeout: 60000 }, TAGS.length);
    const upgraded = await tab.evaluate(() => window.__upgraded);
    for (const tag of TAGS) times[tag].push(upgraded[tag]);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const slowest = Math.max(...Object.values(times).flat());
console.log(`| element | first render on screen, ms from navigation (${RUNS} runs: median / slowest) |`);
console.log('|---|---|');
for (const tag of TAGS) {
  const sorted = [...times[tag]].sort((a, b) => a - b);
  console.log(`| ${tag} | ${Math.round(sorted[sorted.length >> 1])} / ${Math.round(sorted[sorted.length - 1])} |`);
}
console.log(
  `\nslowest upgrade ${Math.round(slowest)} ms; the stylesheet's bound ${FALLBACK_BOUND} ms is ${(FALLBACK_BOUND / slowest).toFixed(1)}× it (profile: ${PROFILE.cpu}× CPU, ${PROFILE.latency} ms, ${PROFILE.kbps} kbps, ${PROFILE.width}×${PROFILE.height})`,
);
