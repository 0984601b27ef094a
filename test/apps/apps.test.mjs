// npm run test:apps: the packed package in the apps front-end developers build. Each app here
// installs the tarball `npm pack` makes (nothing else of ours), builds with its own tool (Vite
// with React 19 + TypeScript, Vue 3 and no framework; webpack 5; Next.js 15 rendering on the
// server with Lit's plugin) and runs in Chromium: the bar stays stuck, the quiz reaches its
// result, the fact sheet shows facts, the exit leaves, and nothing is logged as an error or
// fetched from another host. The apps share one install (this folder's package-lock.json).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium.mjs';
import { PRESS_KIT } from '../../dist/esm/data/press-kit.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APPS = fileURLToPath(new URL('.', import.meta.url));
const BIN = join(APPS, 'node_modules/.bin');
const PACKED = join(ROOT, 'node_modules/.cache/ct-awareness-apps');
/** Every string of each language, from the package's own tables: what a reader must see. */
const STRINGS = Object.fromEntries(
  await Promise.all(
    ['es', 'en', 'pt'].map(async (lang) => [
      lang,
      Object.assign({}, ...Object.values(await import(`../../dist/esm/i18n/locales/${lang}.js`))),
    ]),
  ),
);
const LINE = PRESS_KIT.channels.find((channel) => channel.role === 'trafficking-line');
/** What a banner-only app may add, gzip (issue 33). */
const BANNER_APP_BUDGET = 30 * 1024;

const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });

/** @type {import('puppeteer-core').Browser} */
let browser;

before(() => {
  // The apps' tools, as their lockfile pins them; skipped when already installed from it.
  const installed = join(APPS, 'node_modules/.package-lock.json');
  if (!existsSync(installed) || readFileSync(installed, 'utf8').length < 100)
    run('npm', ['ci', '--no-audit', '--no-fund'], APPS);
  // The package as npm publishes it, installed as an app installs it: its dependencies from
  // package.json's ranges, nothing more.
  mkdirSync(PACKED, { recursive: true });
  const [report] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', PACKED], ROOT));
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', join(PACKED, report.filename)], APPS);
});

before(async () => {
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});

after(() => browser?.close());

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.css': 'text/css',
};

/** The page the quick exit leaves for, on the app's own host (no request elsewhere). */
const EXIT_PAGE = join(APPS, 'exit.html');

/** Serves a built app's folder on 127.0.0.1, as a static host would, with the exit page. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file =
      path === '/exit.html' ? EXIT_PAGE : normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(dir) && file !== EXIT_PAGE) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** A page that records what must not happen: errors, and requests to any other host. */
async function openPage(origin) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems = [];
  page.on('console', (message) => {
    // A missing file is reported with its address below; the browser's console line has none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    // The browser asks every site for a favicon; these apps have none, as many do not.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`request to another host: ${url}`);
  });
  // Layout shifts from the first paint on (the elements upgrading, hydration).
  await page.evaluateOnNewDocument(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, problems };
}

/**
 * Opens a page of a served app once every element on it has rendered, runs `check` on it, and
 * fails on any error logged or request to another host meanwhile.
 */
async function inChromium(origin, path, check) {
  const { page, problems } = await openPage(origin);
  try {
    await page.goto(`${origin}${path}`);
    await upgraded(page);
    await check(page);
    assert.deepEqual(problems, [], path);
  } finally {
    await page.close();
  }
}

/** Serves a built folder while `use` runs, then stops. */
async function served(dir, use) {
  const server = await serve(dir);
  try {
    await use(server.origin);
  } finally {
    server.close();
  }
}

/** Waits until every ct- element on the page is defined and rendered. */
async function upgraded(page) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('ct-hotline-banner, ct-risk-quiz, ct-fact-sheet')];
      return elements.length && elements.every((el) => customElements.get(el.localName) && el.hasUpdated);
    },
    { timeout: 20000 },
  );
  // Two frames, for the last render's layout to be measured.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** What a reader sees and does in every app: the bar, the fact sheet, the quiz, then the exit. */
async function useTheWidgets(page, origin) {
  const bar = 'ct-hotline-banner[layout=bar]';
  assert.equal(
    await page.$eval(`${bar} >>> [part=number]`, (el) => el.textContent.trim()),
    LINE.number,
    'the bar shows the current line',
  );
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const box = await page.$eval(`${bar} >>> .base`, (el) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top, height: rect.height, scrolled: window.scrollY };
  });
  assert.ok(box.scrolled > 500, 'the page scrolled');
  assert.ok(Math.abs(box.top) < 1 && box.height > 40, `the bar stays stuck at the top: ${JSON.stringify(box)}`);

  const facts = await page.$$eval('ct-fact-sheet >>> li.fact', (items) => items.map((item) => item.dataset.id));
  assert.ok(facts.includes(LINE.id), `the fact sheet shows the line's fact: ${facts.join(', ')}`);

  await page.locator('ct-risk-quiz >>> button[data-path=offer]').click();
  for (let step = 0; step < 30 && !(await page.$('ct-risk-quiz >>> [part=result]')); step++) {
    await page.locator('ct-risk-quiz >>> input[value=yes]').click();
    await page.locator('ct-risk-quiz >>> .nav button:last-of-type').click();
  }
  const band = await page.$eval('ct-risk-quiz >>> [part=result]', (el) => el.dataset.band);
  assert.equal(band, 'serious', 'the quiz reaches its result');
  assert.ok(await page.$('ct-risk-quiz >>> [part=result] [part=call]'), 'which ends at the line');

  await Promise.all([page.waitForNavigation(), page.locator(`${bar} >>> [part=exit]`).click()]);
  assert.equal(page.url(), `${origin}/exit.html`, 'the quick exit leaves for the exit page');
}

/** The gzip bytes of the scripts a built page loads: its module entry and what it preloads. */
function pageScriptBytes(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const files = [
    ...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g),
  ].map(([, file]) => file);
  assert.ok(files.length, `${html} loads scripts`);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}

test('a banner-only Vite app in English adds at most 30 KB gzip, and its source map leads to the TypeScript', async (t) => {
  const app = join(APPS, 'banner-vite');
  run(join(BIN, 'vite'), ['build', '--logLevel', 'warn'], app);
  const bytes = pageScriptBytes(join(app, 'dist'), 'index.html');
  t.diagnostic(`banner-only app: ${(bytes / 1024).toFixed(1)} KB gzip`);
  assert.ok(bytes <= BANNER_APP_BUDGET, `a banner-only app adds ${bytes} bytes gzip, over ${BANNER_APP_BUDGET}`);
  // The app's source map leads to the package's TypeScript, which the package ships.
  const script = readFileSync(join(app, 'dist/index.html'), 'utf8').match(/src="\/(assets\/[^"]+\.js)"/)[1];
  const { sources } = JSON.parse(readFileSync(join(app, 'dist', `${script}.map`), 'utf8'));
  const ours = sources.filter((source) => source.includes('ct-awareness/'));
  assert.ok(
    ours.some((source) => source.endsWith('src/elements/hotline-banner/hotline-banner.ts')),
    ours.join('\n'),
  );
  for (const source of ours) {
    assert.match(source, /ct-awareness\/src\/.*\.(ts|js)$/, `${source}: not the package's source`);
    assert.ok(existsSync(join(app, 'dist', 'assets', source)), `${source} is in the package`);
  }
  // Only the banner: not the quiz's or the fact sheet's code, data or strings.
  const code = readFileSync(join(app, 'dist', script), 'utf8');
  for (const other of ['ct-risk-quiz', 'ct-fact-sheet', STRINGS.en['quiz.name'], STRINGS.en['facts.name']])
    assert.ok(!code.includes(other), `the banner-only app carries "${other}"`);

  await served(join(app, 'dist'), (origin) =>
    inChromium(origin, '/', async (page) => {
      const exit = await page.$eval('ct-hotline-banner >>> [part=exit]', (el) => el.textContent.trim());
      assert.match(exit, new RegExp(STRINGS.en['exit.button']), "in the page's language");
    }),
  );
});

test('a vanilla Vite app with every element: builds, runs', async (t) => {
  const app = join(APPS, 'vanilla-vite');
  run(join(BIN, 'vite'), ['build', '--logLevel', 'warn'], app);
  t.diagnostic(`every element: ${(pageScriptBytes(join(app, 'dist'), 'index.html') / 1024).toFixed(1)} KB gzip`);
  await served(join(app, 'dist'), (origin) => inChromium(origin, '/', (page) => useTheWidgets(page, origin)));
});

/** The README's JSX, camelCase and kebab-case, as each element received it. */
async function propsAsReceived(page) {
  return page.evaluate(() => {
    const get = (id) => document.getElementById(id);
    const banner = (id) => ({
      quickExit: get(id).quickExit,
      exitUrl: get(id).exitUrl ?? null,
      exitShown: Boolean(get(id).shadowRoot.querySelector('[part=exit]')),
    });
    const sheet = (id) => ({
      headingLevel: get(id).headingLevel,
      level: get(id).shadowRoot.querySelector('[part=heading]').getAttribute('aria-level'),
    });
    return {
      camel: banner('camel'),
      kebab: banner('kebab'),
      off: banner('off'),
      facts: sheet('facts'),
      factsKebab: sheet('facts-kebab'),
    };
  });
}

const EXPECTED_PROPS = {
  camel: { quickExit: true, exitUrl: '/exit.html', exitShown: true },
  kebab: { quickExit: true, exitUrl: '/exit.html', exitShown: true },
  off: { quickExit: false, exitUrl: null, exitShown: false },
  facts: { headingLevel: '3', level: '3' },
  factsKebab: { headingLevel: '3', level: '3' },
};

test('a React 19 + Vite + TypeScript app: type-checks with skipLibCheck false, builds, runs; props reach the elements defined before or after React renders', async () => {
  const app = join(APPS, 'react-vite');
  run(join(BIN, 'tsc'), ['-p', '.'], app);
  run(join(BIN, 'vite'), ['build', '--logLevel', 'warn'], app);
  await served(join(app, 'dist'), async (origin) => {
    for (const path of ['/?lazy', '/'])
      await inChromium(origin, path, async (page) => {
        assert.deepEqual(await propsAsReceived(page), EXPECTED_PROPS, `${path}: the props as the elements got them`);
        await useTheWidgets(page, origin);
      });
  });
});

test('a Vue 3 + Vite app: vue-tsc checks the templates (and rejects a wrong layout), builds, runs', async () => {
  const app = join(APPS, 'vue-vite');
  run(join(BIN, 'vue-tsc'), ['-p', 'tsconfig.json'], app);
  assert.throws(
    () => run(join(BIN, 'vue-tsc'), ['-p', 'tsconfig.wrong.json'], app),
    (error) => /"sideways"/.test(error.stdout),
    'layout="sideways" is a type error in a template',
  );
  run(join(BIN, 'vite'), ['build', '--logLevel', 'warn'], app);
  await served(join(app, 'dist'), (origin) => inChromium(origin, '/', (page) => useTheWidgets(page, origin)));
});

test('a webpack 5 app: builds, runs', async () => {
  const app = join(APPS, 'webpack');
  const { default: webpack } = await import(join(APPS, 'node_modules/webpack/lib/index.js'));
  const { default: config } = await import(join(app, 'webpack.config.mjs'));
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  copyFileSync(join(app, 'index.html'), join(app, 'dist/index.html'));
  await served(join(app, 'dist'), (origin) => inChromium(origin, '/', (page) => useTheWidgets(page, origin)));
});

test('a Next.js 15 app: the elements render on the server with the line and the exit, hydrate without a mismatch or a shift, and run', async () => {
  const app = join(APPS, 'next');
  const env = { NEXT_TELEMETRY_DISABLED: '1' };
  mkdirSync(join(app, 'public'), { recursive: true });
  copyFileSync(EXIT_PAGE, join(app, 'public/exit.html'));
  run(join(BIN, 'next'), ['build'], app, env);
  const port = 3000 + Math.floor(Math.random() * 2000);
  const server = spawn(join(BIN, 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    let html = '';
    for (let i = 0; i < 100 && !html; i++)
      html = await fetch(`${origin}/`)
        .then((response) => response.text())
        .catch(() => new Promise((resolve) => setTimeout(() => resolve(''), 200)));
    // The server's HTML: each element with its shadow DOM, the number and the exit in it.
    for (const [id, exit] of [
      ['bar', STRINGS.es['exit.buttonShort']],
      ['camel', STRINGS.en['exit.button']],
      ['kebab', STRINGS.es['exit.button']],
    ]) {
      const element = html.match(
        new RegExp(`<ct-hotline-banner id="${id}"[^>]*>(<template shadowroot[\\s\\S]*?</template>)`),
      );
      assert.ok(element, `${id}: rendered on the server with its shadow DOM`);
      assert.ok(element[1].includes(`tel:${LINE.number}`) && element[1].includes(exit), `${id}: the line and the exit`);
    }
    const off = html.match(/<ct-hotline-banner id="off"[^>]*>(<template shadowroot[\s\S]*?<\/template>)/);
    assert.ok(off && !off[1].includes('part="exit"'), 'quickExit={false}: no exit, on the server too');
    assert.match(html, /<ct-risk-quiz id="quiz"[^>]*><template shadowroot/);
    const sheet = html.match(
      /<ct-fact-sheet id="facts-kebab"[^>]*lang="pt"[^>]*>(<template shadowroot[\s\S]*?<\/template>)/,
    );
    assert.ok(sheet?.[1].includes(STRINGS.pt['facts.name']), 'the fact sheet, in Portuguese as given');

    await inChromium(origin, '/', async (page) => {
      assert.deepEqual(await propsAsReceived(page), EXPECTED_PROPS, 'the props as the elements got them');
      assert.equal(await page.evaluate(() => window.__shift), 0, 'hydration moves nothing');
      await useTheWidgets(page, origin);
    });
  } finally {
    server.kill();
  }
});
