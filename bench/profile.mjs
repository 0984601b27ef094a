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
  await page.tracing.start({
    categories: ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'],
  });
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
  // Each task over 20 ms, with what ran inside it: script evaluations and calls by file, layout, style.
  const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur);
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.dur > 20000)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 8);
  for (const task of tasks) {
    const inside = events.filter(
      (e) => e !== task && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
    );
    const parts = new Map();
    for (const e of inside) {
      if (
        ![
          'EvaluateScript',
          'FunctionCall',
          'Layout',
          'UpdateLayoutTree',
          'v8.compile',
          'MajorGC',
          'MinorGC',
          'ParseHTML',
          'TimerFire',
          'RunMicrotasks',
          'v8.parseOnBackground',
        ].includes(e.name)
      )
        continue;
      const url = (e.args?.data?.url ?? e.args?.data?.fileName ?? '').split('/').pop();
      const key = `${e.name}${url ? ` ${url}` : ''}`;
      parts.set(key, (parts.get(key) ?? 0) + e.dur / 1000);
    }
    // The functions that ran in this task, from the CPU profile's samples in its window.
    const within = new Map();
    let time = profile.startTime;
    profile.samples.forEach((id, i) => {
      time += profile.timeDeltas[i] ?? 0;
      if (time < task.ts || time > task.ts + task.dur) return;
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || ''}:${f.lineNumber}`;
      within.set(key, (within.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const functions = [...within]
      .filter(([k]) => !k.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join('; ');
    console.log(
      `task ${(task.dur / 1000).toFixed(1)} ms: ${[...parts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join('; ')}\n    functions: ${functions}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
