// npm run test:wordpress: the WordPress plugin (dist/wordpress/ct-awareness, from `npm run build`)
// in a real WordPress from Debian's packages: MariaDB and PHP's own server on 127.0.0.1, WordPress
// installed with its three default themes, an Author's post with the three blocks and a shortcode,
// the settings page used by an administrator, each page read in Chromium at 360 and 1280 px.
// Needs Debian's wordpress, wordpress-theme-twentytwenty{one,two,three}, php-cli, php-mysql and
// mariadb-server (.ci/run installs them); run after the build, apart from `npm test`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PLUGIN = join(ROOT, 'dist', 'wordpress', 'ct-awareness');
const WORDPRESS = '/usr/share/wordpress';
const THEMES = ['twentytwentyone', 'twentytwentytwo', 'twentytwentythree'];
const WIDTHS = [360, 1280];
const LINE = '1818';
const CHROME =
  process.env.CHROME_PATH || ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));

const missing = [
  ['php', '/usr/bin/php', 'php-cli php-mysql'],
  ['MariaDB', '/usr/sbin/mariadbd', 'mariadb-server'],
  ['WordPress', `${WORDPRESS}/wp-load.php`, 'wordpress'],
  ...THEMES.map((theme) => [theme, `${WORDPRESS}/wp-content/themes/${theme}/style.css`, `wordpress-theme-${theme}`]),
  ['the plugin', join(PLUGIN, 'ct-awareness.php'), '(run npm run build first)'],
].filter(([, path]) => !existsSync(path));
if (missing.length)
  throw new Error(
    `The WordPress tests need: ${missing.map(([what, , pkg]) => `${what} (${pkg})`).join(', ')}. Install Debian's packages with apt-get install --no-install-recommends, as .ci/run does.`,
  );

const work = mkdtempSync(join(tmpdir(), 'ct-wordpress-'));
const site = join(work, 'wp');
const socket = join(work, 'mysql.sock');
const children = [];
let origin = '';
let posts = { with: 0, without: 0, saved: '' };
let browser;

/** A free port on 127.0.0.1. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs wp.php inside the installed WordPress; returns what it printed, parsed. */
function wp(command, argument = '') {
  const out = execFileSync(
    'php',
    [fileURLToPath(new URL('wp.php', import.meta.url)), site, origin, command, argument],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.slice(out.indexOf('{')));
}

before(async () => {
  // MariaDB in the test's folder, on a socket only, as the user running the tests.
  const user = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${work}/db`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user],
    { stdio: 'ignore' },
  );
  children.push(
    spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${work}/db`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${work}/db.pid`,
        ...user,
      ],
      { stdio: 'ignore' },
    ),
  );
  for (let i = 0; i < 100 && !existsSync(socket); i++) await sleep(100);
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wp']);

  // WordPress copied from Debian's package, with a configuration of its own and the plugin.
  cpSync(WORDPRESS, site, { recursive: true, dereference: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  writeFileSync(
    join(site, 'wp-config.php'),
    `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'root'); define('DB_PASSWORD', ''); define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
foreach (array('AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT') as $key) define($key, 'ct-awareness-test-' . $key);
$table_prefix = 'wp_';
define('WP_HOME', '${origin}'); define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content'); define('WP_CONTENT_URL', '${origin}/wp-content');
define('WP_HTTP_BLOCK_EXTERNAL', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${work}/debug.log');
define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
  );
  cpSync(PLUGIN, join(site, 'wp-content', 'plugins', 'ct-awareness'), { recursive: true });
  children.push(
    spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
      stdio: 'ignore',
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    }),
  );
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${origin}/wp-login.php`);
      break;
    } catch {
      await sleep(100);
    }
  }
  posts = wp('install');
  browser = await puppeteer.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  for (const child of children) child.kill('SIGTERM');
  await sleep(500);
  rmSync(work, { recursive: true, force: true });
});

/** Every PHP file under a folder. */
const phpFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? phpFiles(path) : name.endsWith('.php') ? [path] : [];
  });

/**
 * Opens a page of the site in a browser context at a width, with every problem seen meanwhile:
 * console errors, failed or 4xx/5xx requests, requests to another host.
 */
async function open(context, path, width) {
  const page = await context.newPage();
  await page.setViewport({ width, height: 800 });
  const problems = [];
  const requests = [];
  // A missing file is reported with its address by the response handler; the console's line has none.
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !m.text().startsWith('Failed to load resource') &&
      problems.push(`console error: ${m.text()}`),
  );
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on(
    'response',
    (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()}: ${r.url()}`),
  );
  page.on('request', (request) => {
    requests.push(request.url());
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
      problems.push(`request to another host: ${request.url()}`);
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  return { page, problems, requests };
}

/** With CT_WP_SCREENSHOTS=<folder>, a screenshot of the window, to look at the pages by eye. */
async function shot(page, name) {
  if (process.env.CT_WP_SCREENSHOTS)
    await page.screenshot({ path: join(process.env.CT_WP_SCREENSHOTS, `${name}.png`) });
}

/** Waits until every element on the page has rendered. */
async function upgraded(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('ct-hotline-banner, ct-risk-quiz, ct-fact-sheet')].every(
        (el) => customElements.get(el.localName) && el.hasUpdated,
      ),
    { timeout: 20000 },
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Each element as a reader sees it, scrolled into view: its number and its exit on screen. */
const elementsSeen = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('ct-hotline-banner, ct-risk-quiz, ct-fact-sheet')].map((el) => {
      el.scrollIntoView({ block: 'center' });
      const root = el.shadowRoot;
      const visible = (node) => {
        const box = node?.getBoundingClientRect();
        return Boolean(box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight);
      };
      // The call link (banner, quiz) or the fact that names the line (fact sheet).
      const number = [...(root?.querySelectorAll('a[href^="tel:"], [part~=fact]') ?? [])].find(
        (node) => visible(node) && node.textContent.includes('1818'),
      );
      return {
        tag: el.localName,
        lang: el.lang,
        number: number?.textContent ?? '',
        exit: visible(root?.querySelector('[part=exit]')),
      };
    }),
  );

/** The bar's box and the admin bar's, at the top and scrolled to the page's end. */
const barAtTopAndEnd = (page) =>
  page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const measure = () => {
      const bar = document.querySelector('ct-hotline-banner[layout=bar]')?.shadowRoot?.querySelector('.base');
      const box = bar?.getBoundingClientRect();
      const admin = document.getElementById('wpadminbar')?.getBoundingClientRect();
      // The line's name, cut neither across nor down (a long word in a theme's large type).
      const more = document.querySelector('ct-hotline-banner[layout=bar]')?.shadowRoot?.querySelector('.more');
      const name = [...(more?.querySelectorAll('.name') ?? [])].find((el) => el.getClientRects().length);
      const cut = (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      return {
        nameCut: more && name ? cut(more) || cut(name) : null,
        nameText: name?.textContent.trim(),
        top: box?.top,
        bottom: box?.bottom,
        width: box?.width,
        adminBottom: admin ? admin.bottom : null,
        scrolled: scrollY,
      };
    };
    window.scrollTo(0, 0);
    await frame();
    const top = measure();
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    return { top, end: measure(), viewport: document.documentElement.clientWidth, height: innerHeight };
  });

test("PHP's own lint passes on every PHP file of the plugin", () => {
  const files = phpFiles(PLUGIN);
  assert.ok(files.length >= 6, files.join(', '));
  for (const file of files) execFileSync('php', ['-l', file], { stdio: 'pipe' });
});

test("an Author's saved post keeps its blocks and its shortcode (a tag pasted as HTML does not survive)", () => {
  for (const block of ['hotline-banner', 'risk-quiz', 'fact-sheet'])
    assert.match(posts.saved, new RegExp(`<!-- wp:ct-awareness/${block}[ {]`), block);
  assert.match(posts.saved, /\[ct_hotline_banner layout="compact" lang="pt"\]/);
  // WordPress's HTML filter for an Author: why the plugin saves blocks, not tags.
  assert.doesNotMatch(posts.saved, /<ct-hotline-banner/);
});

test("an Author adds the three blocks in the block editor and saves: the post keeps them, as the editor's own", async () => {
  const context = await browser.createBrowserContext();
  try {
    const { page, problems } = await open(context, '/wp-login.php', 1280);
    await page.type('#user_login', 'author');
    await page.type('#user_pass', 'author-password-1');
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    await page.goto(`${origin}/wp-admin/post-new.php`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('ct-awareness/fact-sheet')?.edit, {
      timeout: 30000,
    });
    const saved = await page.evaluate(async () => {
      const { blocks, data } = window.wp;
      data.dispatch('core/editor').editPost({ title: 'Written in the editor' });
      data
        .dispatch('core/block-editor')
        .insertBlocks([
          blocks.createBlock('ct-awareness/hotline-banner', { layout: 'compact' }),
          blocks.createBlock('ct-awareness/risk-quiz'),
          blocks.createBlock('ct-awareness/fact-sheet', { topic: 'hotline', lang: 'es' }),
        ]);
      await data.dispatch('core/editor').savePost();
      return (
        data.select('core/editor').getCurrentPostAttribute('content') ??
        data.select('core/editor').getEditedPostContent()
      );
    });
    assert.match(saved, /<!-- wp:ct-awareness\/hotline-banner \{"layout":"compact"\} \/-->/);
    assert.match(saved, /<!-- wp:ct-awareness\/risk-quiz \/-->/);
    assert.match(saved, /<!-- wp:ct-awareness\/fact-sheet \{"topic":"hotline","lang":"es"\} \/-->/);
    // Each block's preview in the editor is the page's own text without JavaScript, with the number.
    await page.waitForFunction(() => document.querySelectorAll('.wp-block a[href="tel:1818"]').length >= 3, {
      timeout: 20000,
    });
    // The editor is WordPress's: its welcome guide's image from s.w.org and an Author's 403 on
    // templates are its own. The plugin's files and every script error still count.
    const ours = problems.filter(
      (p) => !/^(request to another host|failed|\d{3}):/.test(p) || p.includes('ct-awareness'),
    );
    assert.deepEqual(ours, []);
    await page.close();
  } finally {
    await context.close();
  }
});

for (const theme of THEMES) {
  test(`${theme}: each block and the shortcode show the line's number and their exits, at 360 and 1280 px, with nothing from another host`, async () => {
    wp('theme', theme);
    wp('settings', JSON.stringify({ bar: 'off' }));
    const context = await browser.createBrowserContext();
    try {
      for (const width of WIDTHS) {
        const { page, problems, requests } = await open(context, `/?p=${posts.with}`, width);
        await upgraded(page);
        const seen = await elementsSeen(page);
        assert.deepEqual(
          seen.map((e) => [e.tag, e.lang]),
          [
            ['ct-hotline-banner', 'en'],
            ['ct-risk-quiz', 'en'],
            ['ct-fact-sheet', 'en'],
            ['ct-hotline-banner', 'pt'],
          ],
          `${width}: the elements, in the site's language (en_US) or the one asked for`,
        );
        for (const element of seen) {
          assert.match(element.number, new RegExp(LINE), `${width}: ${element.tag} (${element.lang}) shows ${LINE}`);
          if (element.tag !== 'ct-fact-sheet') assert.ok(element.exit, `${width}: ${element.tag} shows its exit`);
        }
        await shot(page, `${theme}-blocks-${width}`);
        const script = requests.find((url) => url.includes('/plugins/ct-awareness/assets/ct-awareness.js'));
        assert.ok(script, 'the script from the plugin folder');
        const tag = await page.$eval('script[src*="ct-awareness/assets/ct-awareness.js"]', (s) => [
          s.integrity,
          s.crossOrigin,
          s.defer,
        ]);
        assert.match(tag[0], /^sha384-/, 'with its SRI hash');
        assert.deepEqual(tag.slice(1), ['anonymous', true]);
        assert.deepEqual(problems, [], `${theme} at ${width}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  test(`${theme}: a page without the widget loads none of its files`, async () => {
    wp('theme', theme);
    wp('settings', JSON.stringify({ bar: 'off' }));
    const context = await browser.createBrowserContext();
    try {
      const { page, problems, requests } = await open(context, `/?p=${posts.without}`, 1280);
      assert.deepEqual(
        requests.filter((url) => url.includes('ct-awareness')),
        [],
      );
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await context.close();
    }
  });
}

test('the settings page saves the bar on every page, names a bad value and keeps the rest', async () => {
  wp('theme', THEMES[0]);
  wp('settings', JSON.stringify({ bar: 'off' }));
  const context = await browser.createBrowserContext();
  try {
    const { page } = await open(context, '/wp-login.php', 1280);
    await page.type('#user_login', 'admin');
    await page.type('#user_pass', 'admin-password-1');
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    await page.goto(`${origin}/wp-admin/options-general.php?page=ct-awareness`);
    await page.click('input[name="ct_awareness[bar]"][value=top]');
    await page.$eval('#ct-awareness-exit-url', (input) => (input.value = 'javascript:alert(1)'));
    // The browser itself refuses 500 (max 300) and the bad address: past its check, the server's.
    await page.$eval('#ct-awareness-offset-top', (input) => {
      input.value = '500';
      input.form.noValidate = true;
    });
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    const notices = await page.$$eval('.notice, .error, .settings-error', (els) =>
      els.map((el) => el.textContent).join(' '),
    );
    assert.match(notices, /not an http or https address/, 'the bad address is named');
    assert.match(notices, /whole number from 0 to 300 pixels/, 'the bad height is named, with what is accepted');
    assert.equal(await page.$eval('#ct-awareness-offset-top', (input) => input.value), '0', 'the saved height is kept');
    assert.equal(
      await page.$eval('input[name="ct_awareness[bar]"]:checked', (input) => input.value),
      'top',
      'the rest is saved',
    );
    assert.equal(await page.$eval('#ct-awareness-exit-url', (input) => input.value), '', 'the bad address is not');
    await page.close();
  } finally {
    await context.close();
  }
});

for (const theme of THEMES) {
  test(`${theme}: the bar on every page stays in the window down to the footer, full width, below the admin bar when logged in`, async () => {
    wp('theme', theme);
    wp('settings', JSON.stringify({ bar: 'top' }));
    const reader = await browser.createBrowserContext();
    const admin = await browser.createBrowserContext();
    try {
      const login = await admin.newPage();
      await login.goto(`${origin}/wp-login.php`);
      await login.type('#user_login', 'admin');
      await login.type('#user_pass', 'admin-password-1');
      await Promise.all([login.waitForNavigation(), login.click('#wp-submit')]);
      await login.close();
      for (const width of WIDTHS) {
        for (const [who, context] of [
          ['a reader', reader],
          ['a logged-in admin', admin],
        ]) {
          const { page, problems } = await open(context, `/?p=${posts.without}`, width);
          await upgraded(page);
          const seen = await elementsSeen(page);
          assert.equal(seen.length, 1);
          assert.match(seen[0].number, new RegExp(LINE));
          assert.ok(seen[0].exit, 'the bar has its exit');
          const name = `${theme}-bar-${who === 'a reader' ? 'reader' : 'admin'}-${width}`;
          await shot(page, `${name}-top`);
          const { top, end, viewport, height } = await barAtTopAndEnd(page);
          await shot(page, `${name}-end`);
          const where = `${theme}, ${who} at ${width}: ${JSON.stringify({ top, end })}`;
          assert.ok(end.scrolled > height, `scrolled to the footer: ${where}`);
          assert.ok(Math.abs(top.width - viewport) <= 1, `full width: ${where}`);
          assert.equal(top.nameCut, false, `the line's name shows whole: ${where}`);
          for (const at of [top, end]) {
            assert.ok(at.top >= -0.5 && at.bottom <= height + 0.5, `in the window: ${where}`);
            // Below the admin bar where it shows, at the top of the window where it scrolled away.
            const adminBottom = at.adminBottom === null ? 0 : Math.max(0, at.adminBottom);
            assert.ok(Math.abs(at.top - adminBottom) <= 1, `right below the admin bar or the window's top: ${where}`);
          }
          if (who === 'a logged-in admin') assert.ok(top.adminBottom > 0, `the admin bar shows: ${where}`);
          assert.deepEqual(problems, [], where);
          await page.close();
        }
      }
      wp('settings', JSON.stringify({ bar: 'top', exclude: 'without-the-widget' }));
      const { page, requests } = await open(reader, `/?p=${posts.without}`, 360);
      assert.deepEqual(
        requests.filter((url) => url.includes('ct-awareness')),
        [],
        'a page left out loads none of it',
      );
      await page.close();
    } finally {
      await reader.close();
      await admin.close();
    }
  });
}

test('PHP logged no warning or notice from the plugin', () => {
  const log = existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8') : '';
  assert.deepEqual(
    log.split('\n').filter((line) => line.includes('ct-awareness')),
    [],
  );
});
