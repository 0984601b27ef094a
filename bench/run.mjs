// npm run bench: what ct-awareness costs a partner's page, measured in Debian's Chromium against
// baselines taken in the same run. Prints a table and writes bench/results.json.
//   node bench/run.mjs [--runs 15] [--throttle 4] [--lighthouse-runs 5]
// Pages: A the demo article without the widget; B the same with a static HTML banner (no script);
// C with the script and all three elements; D with the script and the banner only.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { serve } from '../demo/serve.mjs';
import { ELEMENT_FILE_NAMES, elementFile } from '../src/shared/embed.js';
import { findChromium, CHROMIUM_ARGS } from '../test/support/find-chromium.mjs';

const ROOT = new URL('../', import.meta.url);
const argument = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = argument('runs', 15);
const THROTTLE = argument('throttle', 4);
const LIGHTHOUSE_RUNS = argument('lighthouse-runs', 5);
const TAGS = ['ct-hotline-banner', 'ct-risk-quiz', 'ct-fact-sheet'];
const SCRIPT = 'ct-awareness.js';
const STYLESHEET = 'ct-awareness.css';
/** Our files: the main script and the element files it loads beside itself. */
const OURS = /\/ct-awareness(\.[a-z-]+)*\.js/;
/** The element files a Spanish page loads (the bench pages are in Spanish): one language each. */
const ELEMENT_FILES = Object.values(ELEMENT_FILE_NAMES).map((name) => elementFile(name, 'es'));
/** Where each page is measured: a desktop window at 1× and 4× CPU, and a phone at 4×. */
const SETTINGS = [
  { id: 'desktop-1x', rate: 1, width: 1280, height: 900, label: '1280×900, 1×' },
  { id: `desktop-${THROTTLE}x`, rate: THROTTLE, width: 1280, height: 900, label: `1280×900, ${THROTTLE}×` },
  { id: `phone-${THROTTLE}x`, rate: THROTTLE, width: 360, height: 640, label: `360×640, ${THROTTLE}×` },
];

// ---- The four pages, made from the demo partner page.
const demo = readFileSync(new URL('demo/index.html', ROOT), 'utf8').replace(/ integrity="\{\{integrity\}\}"/, '');
// The embed in the demo's head: its comment, the stylesheet and the script.
const scriptTag =
  /\s*<!--[^>]*-->\s*<link rel="stylesheet" href="\/dist\/ct-awareness\.css" \/>\s*<script src="\/dist\/ct-awareness\.js"[^>]*><\/script>/;
const element = (tag) => new RegExp(`\\s*<${tag}[^>]*>[\\s\\S]*?</${tag}>`, 'g');
const topBar = demo.match(/<ct-hotline-banner layout="bar"[^>]*>([\s\S]*?)<\/ct-hotline-banner>/);
if (!scriptTag.test(demo)) throw new Error('bench: the embed in demo/index.html changed; update scriptTag');
const withoutWidget = TAGS.reduce((html, tag) => html.replace(element(tag), ''), demo.replace(scriptTag, ''));
// The README.txt embed as a partner pastes it from the release's example.html: the stylesheet and
// the script in the head, the inline banner first in the article, no --ct-reserve.
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
const example = readFileSync(new URL(`dist/release/ct-awareness-${pkg.version}/example.html`, ROOT), 'utf8');
const exampleBanner = example.match(/<ct-hotline-banner[^>]*>[\s\S]*?<\/ct-hotline-banner>/)[0];
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
  E: {
    title: 'README.txt embed: the inline banner first, no reserve',
    html: withoutWidget
      .replace(
        '</head>',
        '<link rel="stylesheet" href="/dist/ct-awareness.css" />\n<script src="/dist/ct-awareness.js" defer></script>\n</head>',
      )
      .replace('</header>', `</header>\n${exampleBanner}`),
  },
};

// ---- Collected inside each page from its first byte.
const OBSERVE = `(() => {
  const b = (window.__bench = { longtasks: [], shift: 0, scripts: [], renders: {} });
  const observe = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  observe('longtask', (e) => b.longtasks.push(e.duration));
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.shift += e.value; });
  observe('long-animation-frame', (e) => e.scripts.forEach((s) => b.scripts.push({ url: s.sourceURL, duration: s.duration, kind: s.invokerType === 'classic-script' ? 'evaluation of ' + s.sourceURL.split('/').pop() : s.invokerType + ' ' + s.invoker })));
  for (const tag of ${JSON.stringify(TAGS)})
    customElements.whenDefined(tag).then(async () => {
      const el = document.querySelector(tag);
      if (!el) return;
      await el.updateComplete;
      b.renders[tag] = performance.now();
    });
})();`;

async function measure(browser, url, { rate: throttle, width, height }) {
  const context = await browser.createBrowserContext(); // a cold cache every run
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.setViewport({ width, height, isMobile: width < 600, hasTouch: width < 600 });
  await page.evaluateOnNewDocument(OBSERVE);
  // devtools.timeline alone holds EvaluateScript and v8.compile; the "v8" category also records
  // V8's internals, which made our script's evaluation several times longer than untraced.
  await page.tracing.start({ categories: ['devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1000 + 250 * throttle)); // let late tasks and shifts land
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const bench = await page.evaluate(() => window.__bench);
  await page.evaluate(() => globalThis.gc?.());
  const { JSHeapUsedSize } = await page.metrics();
  await context.close();
  const ours = (e) => OURS.test(JSON.stringify(e.args?.data ?? e.args ?? {}));
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
    ourLongestScriptMs: Math.max(0, ...bench.scripts.filter((s) => OURS.test(s.url)).map((s) => s.duration)),
    // What that longest entry was: a script's evaluation, or the callback or promise that ran it.
    ourLongestScriptKind: bench.scripts
      .filter((s) => OURS.test(s.url))
      .reduce((longest, s) => (s.duration > (longest?.duration ?? -1) ? s : longest), undefined)?.kind,
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

const sizeOf = (files) => {
  const bytes = files.map((file) => readFileSync(new URL(`dist/${file}`, ROOT)));
  const sum = (f) => bytes.reduce((total, b) => total + f(b), 0);
  return {
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
};
// What the page loads of ours: the script, the stylesheet and, for all three, the element files.
const sizes = {
  bannerOnly: sizeOf([SCRIPT, STYLESHEET]),
  allThree: sizeOf([SCRIPT, STYLESHEET, ...ELEMENT_FILES]),
};

/**
 * Lighthouse 12.2.3 (pinned: 13 needs Node 22), its default mobile preset (a mid-range phone,
 * simulated slow 4G and 4× CPU), performance only, on the same browser.
 */
async function lighthouseRun(port, url) {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: ['performance'], output: 'json' });
  const audit = (id) => result.lhr.audits[id]?.numericValue;
  return {
    score: Math.round(result.lhr.categories.performance.score * 100),
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
  };
}

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
  lighthouse: {},
};
try {
  for (const setting of SETTINGS) {
    for (const [id, page] of Object.entries(PAGES)) {
      const url = `http://127.0.0.1:${port}/bench/${id}.html`;
      await measure(browser, url, setting); // warm-up: the server and the browser, not the page's cache
      const samples = [];
      for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, url, setting));
      const metrics = Object.keys(samples[0]);
      const summary = Object.fromEntries(
        metrics.map((m) => [m, { median: median(samples.map((s) => s[m])), iqr: quartiles(samples.map((s) => s[m])) }]),
      );
      (results.pages[id] ??= { title: page.title })[setting.id] = { summary, samples };
      process.stderr.write(`measured ${id} at ${setting.label}\n`);
    }
  }
  const debuggingPort = Number(new URL(browser.wsEndpoint()).port);
  // Interleaved runs, so that a slow moment of the machine does not fall on one page only.
  const lighthouseSamples = Object.fromEntries(Object.keys(PAGES).map((id) => [id, []]));
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++)
    for (const id of Object.keys(PAGES))
      lighthouseSamples[id].push(await lighthouseRun(debuggingPort, `http://127.0.0.1:${port}/bench/${id}.html`));
  for (const [id, samples] of Object.entries(lighthouseSamples))
    results.lighthouse[id] = {
      samples,
      median: Object.fromEntries(Object.keys(samples[0]).map((m) => [m, median(samples.map((s) => s[m]))])),
    };
  process.stderr.write(`Lighthouse: ${LIGHTHOUSE_RUNS} runs per page\n`);
} finally {
  await browser.close();
  server.close();
}

// ---- Our cost against the baselines measured in the same run.
const m = (page, setting, metric) => results.pages[page][setting].summary[metric]?.median;
const fmt = (x, digits = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const rows = [];
for (const setting of SETTINGS)
  for (const id of Object.keys(PAGES)) {
    const s = results.pages[id][setting.id].summary;
    const cell = (metric, digits) =>
      `${fmt(s[metric]?.median, digits)}${s[metric]?.iqr ? ` [${fmt(s[metric].iqr[0], digits)}–${fmt(s[metric].iqr[1], digits)}]` : ''}`;
    rows.push(
      `| ${id} | ${setting.label} | ${cell('evaluateMs')} | ${TAGS.map((t) => fmt(s[`render:${t}`]?.median, 0)).join(' / ')} | ${cell('tbtMs')} | ${cell('longestTaskMs')} | ${cell('ourLongestScriptMs')} | ${cell('cls', 3)} | ${cell('heapKB', 0)} | ${fmt(m(id, setting.id, 'heapKB') / m('A', setting.id, 'heapKB'), 2)} |`,
    );
  }
const lh = (id, metric) => results.lighthouse[id].median[metric];
const lighthouseRows = Object.keys(PAGES).map(
  (id) =>
    `| ${id} | ${lh(id, 'score')} | ${fmt(lh(id, 'cls'), 3)} | ${fmt(lh(id, 'tbtMs'), 0)} | ${fmt(lh(id, 'fcpMs'), 0)} | ${fmt(lh(id, 'lcpMs'), 0)} | ${id === 'A' ? '—' : `${lh(id, 'score') - lh('A', 'score')} / ${fmt(lh(id, 'tbtMs') - lh('A', 'tbtMs'), 0)} ms / ${fmt(lh(id, 'lcpMs') - lh('A', 'lcpMs'), 0)} ms`} |`,
);

const hard = `desktop-${THROTTLE}x`;
const ourLongest = Math.max(
  ...['C', 'D'].flatMap((id) =>
    SETTINGS.filter((s) => s.rate === THROTTLE).flatMap((s) =>
      results.pages[id][s.id].samples.map((x) => x.ourLongestScriptMs),
    ),
  ),
);
const overFifty = ['C', 'D'].flatMap((id) =>
  SETTINGS.filter((s) => s.rate === THROTTLE).flatMap((s) =>
    results.pages[id][s.id].samples
      .filter((x) => x.ourLongestScriptMs > 50)
      .map((x) => `${id} at ${s.label} ${fmt(x.ourLongestScriptMs, 0)} ms (${x.ourLongestScriptKind})`),
  ),
);
const worstCls = Math.max(
  ...['C', 'D', 'E'].flatMap((id) => SETTINGS.map((s) => m(id, s.id, 'cls') - m('A', s.id, 'cls'))),
);
const tbtOverA = (id) => m(id, hard, 'tbtMs') - m('A', hard, 'tbtMs');
const KB = 1024;
results.budgets = [
  {
    budget: 'Lighthouse score of C within 1 point of A (median)',
    value: `${lh('C', 'score')} vs ${lh('A', 'score')}`,
    pass: lh('A', 'score') - lh('C', 'score') <= 1,
  },
  {
    budget: 'Lighthouse score of D within 1 point of A (median)',
    value: `${lh('D', 'score')} vs ${lh('A', 'score')}`,
    pass: lh('A', 'score') - lh('D', 'score') <= 1,
  },
  {
    budget: 'Lighthouse score of E (README.txt, no reserve) within 1 point of B (static banner) (median)',
    value: `${lh('E', 'score')} vs ${lh('B', 'score')} (CLS ${fmt(lh('E', 'cls'), 3)})`,
    pass: lh('B', 'score') - lh('E', 'score') <= 1,
  },
  {
    budget: 'CLS 0.000 over A, every page and setting (median), and in Lighthouse',
    value: `${fmt(worstCls, 3)} (Lighthouse C ${fmt(lh('C', 'cls'), 3)}, D ${fmt(lh('D', 'cls'), 3)}, E ${fmt(lh('E', 'cls'), 3)})`,
    pass: worstCls < 0.0005 && ['C', 'D', 'E'].every((id) => lh(id, 'cls') < 0.0005),
  },
  {
    budget: `our longest task at ${THROTTLE}× CPU at most 50 ms (every run of C and D)`,
    value: `${fmt(ourLongest)} ms`,
    pass: ourLongest <= 50,
  },
  {
    budget: `TBT of D at ${THROTTLE}× within 50 ms of A`,
    value: `${fmt(tbtOverA('D'), 0)} ms`,
    pass: tbtOverA('D') <= 50,
  },
  {
    budget: `TBT of C at ${THROTTLE}× within 100 ms of A`,
    value: `${fmt(tbtOverA('C'), 0)} ms`,
    pass: tbtOverA('C') <= 100,
  },
  {
    budget: 'a banner-only page loads at most 30 KB gzip of ours (script and stylesheet)',
    value: `${fmt(sizes.bannerOnly.gzip / KB)} KB`,
    pass: sizes.bannerOnly.gzip <= 30 * KB,
  },
  {
    budget: 'a page with all three loads at most 45 KB gzip of ours (with the stylesheet)',
    value: `${fmt(sizes.allThree.gzip / KB)} KB`,
    pass: sizes.allThree.gzip <= 45 * KB,
  },
];

const table = [
  `Chromium ${results.chromium}; ${RUNS} runs per page and setting after a warm-up; median [p25–p75]. Banner only: ${fmt(sizes.bannerOnly.raw / KB)} KB raw, ${fmt(sizes.bannerOnly.gzip / KB)} KB gzip -9, ${fmt(sizes.bannerOnly.brotli / KB)} KB brotli; all three: ${fmt(sizes.allThree.raw / KB)} / ${fmt(sizes.allThree.gzip / KB)} / ${fmt(sizes.allThree.brotli / KB)} KB.`,
  '',
  `| page | window, CPU | our scripts' evaluation (ms) | first render banner / quiz / facts (ms from navigation) | TBT (ms) | longest task (ms) | our longest script in a frame (ms) | CLS | JS heap (KB) | heap ÷ A |`,
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  `Lighthouse 12.2.3, mobile preset (simulated), performance only; median of ${LIGHTHOUSE_RUNS} interleaved runs.`,
  '',
  '| page | score | CLS | TBT (ms) | FCP (ms) | LCP (ms) | score / TBT / LCP against A |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...lighthouseRows,
  '',
  ...Object.entries(PAGES).map(([id, p]) => `${id}: ${p.title}.`),
  '',
  '| budget | measured | result |',
  '| --- | --- | --- |',
  ...results.budgets.map((b) => `| ${b.budget} | ${b.value} | ${b.pass ? 'pass' : 'FAIL'} |`),
  '',
  `Our longest script over 50 ms at ${THROTTLE}×, by run: ${overFifty.length ? overFifty.join('; ') : 'none'}.`,
].join('\n');
results.table = table;
writeFileSync(new URL('bench/results.json', ROOT), JSON.stringify(results, null, 2) + '\n');
console.log(table);
