// npm run bench: what ct-awareness costs a partner's page, measured in Debian's Chromium against
// baselines taken in the same run. Prints a table and writes bench/results.json.
//   node bench/run.mjs [--runs 15] [--throttle 4]
// Pages: A the demo article without the widget; B the same with a static HTML banner (no script);
// C with the script and all three elements; D with the script and the banner only.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { serve } from '../demo/serve.mjs';
import { findChromium, CHROMIUM_ARGS } from '../test/support/find-chromium.mjs';

const ROOT = new URL('../', import.meta.url);
const argument = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = argument('runs', 15);
const THROTTLE = argument('throttle', 4);
const TAGS = ['ct-hotline-banner', 'ct-risk-quiz', 'ct-fact-sheet'];
const SCRIPT = 'ct-awareness.js';

// ---- The four pages, made from the demo partner page.
const demo = readFileSync(new URL('demo/index.html', ROOT), 'utf8').replace(/ integrity="\{\{integrity\}\}"/, '');
const scriptTag = /\s*<!--[^>]*-->\s*<script src="\/dist\/ct-awareness\.js"[^>]*><\/script>/;
const element = (tag) => new RegExp(`\\s*<${tag}[^>]*>[\\s\\S]*?</${tag}>`, 'g');
const topBar = demo.match(/<ct-hotline-banner layout="bar"[^>]*>([\s\S]*?)<\/ct-hotline-banner>/);
const withoutWidget = TAGS.reduce((html, tag) => html.replace(element(tag), ''), demo.replace(scriptTag, ''));
const PAGES = {
  A: { title: 'demo page, no widget', html: withoutWidget },
  B: {
    title: 'static HTML banner, no script',
    html: withoutWidget.replace('</header>', `</header>\n<div class="static-banner">${topBar[1]}</div>`),
  },
  C: { title: 'script + all three elements', html: demo },
  D: {
    title: 'script + banner only',
    html: demo
      .replace(element('ct-risk-quiz'), '')
      .replace(element('ct-fact-sheet'), '')
      .replace(/\s*<ct-hotline-banner layout="compact">[\s\S]*?<\/ct-hotline-banner>/, ''),
  },
};

// ---- Collected inside each page from its first byte.
const OBSERVE = `(() => {
  const b = (window.__bench = { longtasks: [], shift: 0, scripts: [], renders: {} });
  const observe = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  observe('longtask', (e) => b.longtasks.push(e.duration));
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.shift += e.value; });
  observe('long-animation-frame', (e) => e.scripts.forEach((s) => b.scripts.push({ url: s.sourceURL, duration: s.duration })));
  for (const tag of ${JSON.stringify(TAGS)})
    customElements.whenDefined(tag).then(async () => {
      const el = document.querySelector(tag);
      if (!el) return;
      await el.updateComplete;
      b.renders[tag] = performance.now();
    });
})();`;

async function measure(browser, url, throttle) {
  const context = await browser.createBrowserContext(); // a cold cache every run
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(OBSERVE);
  await page.tracing.start({ categories: ['devtools.timeline', 'v8'] });
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1000 + 250 * throttle)); // let late tasks and shifts land
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const bench = await page.evaluate(() => window.__bench);
  await page.evaluate(() => globalThis.gc?.());
  const { JSHeapUsedSize } = await page.metrics();
  await context.close();
  const ours = (e) => JSON.stringify(e.args?.data ?? e.args ?? {}).includes(SCRIPT);
  const evaluate = trace.traceEvents
    .filter((e) => e.name === 'EvaluateScript' && ours(e))
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  const compile = trace.traceEvents
    .filter((e) => /^v8\.compile/.test(e.name) && ours(e))
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return {
    evaluateMs: evaluate,
    compileMs: compile,
    tbtMs: bench.longtasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    longestTaskMs: Math.max(0, ...bench.longtasks),
    ourLongestScriptMs: Math.max(0, ...bench.scripts.filter((s) => s.url.includes(SCRIPT)).map((s) => s.duration)),
    cls: bench.shift,
    heapKB: JSHeapUsedSize / 1024,
    ...Object.fromEntries(TAGS.map((tag) => [`render:${tag}`, bench.renders[tag]])),
  };
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return undefined;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const quartiles = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return undefined;
  const at = (q) => v[Math.min(v.length - 1, Math.floor(q * (v.length - 1)))];
  return [at(0.25), at(0.75)];
};

const scriptBytes = readFileSync(new URL(`dist/${SCRIPT}`, ROOT));
const sizes = {
  raw: scriptBytes.length,
  gzip: gzipSync(scriptBytes, { level: 9 }).length,
  brotli: brotliCompressSync(scriptBytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
};

const server = await serve({
  port: 8090,
  pages: new Map(Object.entries(PAGES).map(([id, p]) => [`/bench/${id}.html`, p.html])),
});
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  throttle: THROTTLE,
  chromium: await browser.version(),
  sizes,
  pages: {},
};
try {
  for (const rate of [1, THROTTLE]) {
    for (const [id, page] of Object.entries(PAGES)) {
      const url = `http://127.0.0.1:${port}/bench/${id}.html`;
      await measure(browser, url, rate); // warm-up: the server and the browser, not the page's cache
      const samples = [];
      for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, url, rate));
      const metrics = Object.keys(samples[0]);
      const summary = Object.fromEntries(
        metrics.map((m) => [m, { median: median(samples.map((s) => s[m])), iqr: quartiles(samples.map((s) => s[m])) }]),
      );
      (results.pages[id] ??= { title: page.title })[`cpu${rate}x`] = { summary, samples };
      process.stderr.write(`measured ${id} at ${rate}x CPU\n`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

// ---- Our cost against the baselines measured in the same run.
const m = (page, rate, metric) => results.pages[page][`cpu${rate}x`].summary[metric]?.median;
const fmt = (x, digits = 1) => (x === undefined ? '—' : x.toFixed(digits));
const rows = [];
for (const rate of [1, THROTTLE])
  for (const id of Object.keys(PAGES)) {
    const s = results.pages[id][`cpu${rate}x`].summary;
    const cell = (metric, digits) =>
      `${fmt(s[metric]?.median, digits)}${s[metric]?.iqr ? ` [${fmt(s[metric].iqr[0], digits)}–${fmt(s[metric].iqr[1], digits)}]` : ''}`;
    rows.push(
      `| ${id} | ${rate}× | ${cell('evaluateMs')} | ${TAGS.map((t) => fmt(s[`render:${t}`]?.median, 0)).join(' / ')} | ${cell('tbtMs')} | ${cell('longestTaskMs')} | ${cell('cls', 3)} | ${cell('heapKB', 0)} | ${fmt(m(id, rate, 'heapKB') / m('A', rate, 'heapKB'), 2)} |`,
    );
  }
results.comparison = Object.fromEntries(
  [1, THROTTLE].map((rate) => [
    `cpu${rate}x`,
    {
      tbtMsOverA: m('C', rate, 'tbtMs') - m('A', rate, 'tbtMs'),
      tbtMsOverB: m('C', rate, 'tbtMs') - m('B', rate, 'tbtMs'),
      heapRatioCtoA: m('C', rate, 'heapKB') / m('A', rate, 'heapKB'),
      heapRatioCtoB: m('C', rate, 'heapKB') / m('B', rate, 'heapKB'),
      heapRatioDtoA: m('D', rate, 'heapKB') / m('A', rate, 'heapKB'),
      clsOverA: m('C', rate, 'cls') - m('A', rate, 'cls'),
      clsOverB: m('C', rate, 'cls') - m('B', rate, 'cls'),
      clsBannerOnlyOverB: m('D', rate, 'cls') - m('B', rate, 'cls'),
    },
  ]),
);
const ourLongest = Math.max(
  ...['C', 'D'].map((id) => Math.max(...results.pages[id][`cpu${THROTTLE}x`].samples.map((s) => s.ourLongestScriptMs))),
);
results.budgets = [
  {
    budget: `no long task over 50 ms from our script at ${THROTTLE}× CPU`,
    value: `${fmt(ourLongest)} ms (longest)`,
    pass: ourLongest <= 50,
  },
  {
    budget: 'CLS caused by the upgrade 0.00 (C minus A, median, worst CPU setting)',
    value: fmt(Math.max(results.comparison.cpu1x.clsOverA, results.comparison[`cpu${THROTTLE}x`].clsOverA), 3),
    pass: Math.max(results.comparison.cpu1x.clsOverA, results.comparison[`cpu${THROTTLE}x`].clsOverA) < 0.005,
  },
  { budget: 'the whole script under 30 KB gzip', value: `${fmt(sizes.gzip / 1024)} KB`, pass: sizes.gzip < 30 * 1024 },
];

const table = [
  `Chromium ${results.chromium}; ${RUNS} runs per page after a warm-up; median [p25–p75]. Script: ${fmt(sizes.raw / 1024)} KB raw, ${fmt(sizes.gzip / 1024)} KB gzip -9, ${fmt(sizes.brotli / 1024)} KB brotli.`,
  '',
  `| page | CPU | our script's evaluation (ms) | first render banner / quiz / facts (ms from navigation) | TBT (ms) | longest task (ms) | CLS | JS heap (KB) | heap ÷ A |`,
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  ...Object.entries(PAGES).map(([id, p]) => `${id}: ${p.title}.`),
  '',
  '| budget | measured | result |',
  '| --- | --- | --- |',
  ...results.budgets.map((b) => `| ${b.budget} | ${b.value} | ${b.pass ? 'pass' : 'FAIL'} |`),
].join('\n');
results.table = table;
writeFileSync(new URL('bench/results.json', ROOT), JSON.stringify(results, null, 2) + '\n');
console.log(table);
