// node bench/profile.mjs [page] [throttle]: a CPU profile of one bench page (default D at 4×),
// summed by function over our files, and the duration of each task of ours, longest first.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { serve } from '../demo/serve.mjs';
import { findChromium, CHROMIUM_ARGS } from '../test/support/find-chromium.mjs';

const [pageId = 'D', throttleArg = '4'] = process.argv.slice(2);
const demo = readFileSync(new URL('../demo/index.html', import.meta.url), 'utf8').replace(
  / integrity="\{\{integrity\}\}"/,
  '',
);
const element = (tag) => new RegExp(`\\s*<${tag}[^>]*>[\\s\\S]*?</${tag}>`, 'g');
const html =
  pageId === 'D'
    ? demo
        .replace(element('ct-risk-quiz'), '')
        .replace(element('ct-fact-sheet'), '')
        .replace(/\s*<ct-hotline-banner layout="compact">[\s\S]*?<\/ct-hotline-banner>/, '')
    : demo;
const server = await serve({ port: 8091, pages: new Map([['/bench/profile.html', html]]) });
const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(throttleArg) });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.tracing.start({ categories: ['devtools.timeline'] });
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/profile.html`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 3000));
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const file = f.url.split('/').pop() || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);
  console.log('self time (ms), top functions:');
  for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(7)}  ${k}`);
  const tasks = trace.traceEvents
    .filter((e) => e.name === 'RunTask' && e.dur > 10000)
    .map((e) => ({ ts: e.ts, dur: e.dur / 1000 }))
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 10);
  console.log('longest tasks (ms):', tasks.map((t) => t.dur.toFixed(1)).join(', '));
} finally {
  await browser.close();
  server.close();
}
