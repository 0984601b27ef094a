// Browser tests in real Chromium: unit and element tests from the TypeScript sources, and tests of
// the built dist/ct-awareness.js in plain HTML pages.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { buildSync } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from './support/find-chromium.mjs';
import { hostStylesheets } from './support/host-stylesheets.mjs';
import { POLICIES } from './support/policies.mjs';

// The index of every story file, so that a new story is tested without editing the test.
const CACHE = 'node_modules/.cache/ct-awareness-test';
mkdirSync(CACHE, { recursive: true });
const storyFiles = readdirSync('stories')
  .filter((name) => name.endsWith('.stories.ts'))
  .sort();
writeFileSync(
  `${CACHE}/stories.js`,
  `export const STORY_FILES = {\n${storyFiles.map((name) => `  ${JSON.stringify(name)}: () => import('/stories/${name}'),`).join('\n')}\n};\n`,
);

// The React 19 partner page's bundle, built from npm packages before the tests run.
buildSync({
  entryPoints: ['test/react/app.mjs'],
  bundle: true,
  minify: true,
  format: 'iife',
  outfile: `${CACHE}/react-app.js`,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const typescript = esbuildPlugin({
  ts: true,
  target: 'es2022', // the story test awaits its modules at the top level
  tsconfig: 'tsconfig.json',
  define: { __VERSION__: JSON.stringify(pkg.version) },
});

/**
 * Serves the built files and the partner pages byte for byte: the tests load the very script
 * partners get (and its integrity hash must match), not one re-transpiled by the test server.
 */
function untouched(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) =>
    /^\/(dist|test\/pages|node_modules\/\.cache)\//.test(context.path) ? undefined : transform(context);
  return plugin;
}

/** A server command `name` that runs `emulate(cdp, payload)` in the test page's Chromium (CDP). */
function cdpCommand(name, emulate) {
  return {
    name,
    async executeCommand({ command, payload, session }) {
      if (command !== name) return undefined;
      await emulate(await session.browser.getPage(session.id).createCDPSession(), payload);
      return true;
    },
  };
}

/**
 * `executeServerCommand('touch-screen', { enabled })`: the page as on a phone, whose only pointer is
 * a finger (the media features pointer: coarse and hover: none), through Chromium's emulation.
 */
const touchScreen = () =>
  cdpCommand('touch-screen', async (cdp, { enabled }) => {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: 5 });
    await cdp.send('Emulation.setEmitTouchEventsForMouse', { enabled, configuration: 'mobile' });
  });

/**
 * `executeServerCommand('forced-colors', { active })`: Windows High Contrast as Chromium emulates
 * it (the media feature forced-colors and the forced palette), which emulateMedia does not offer
 * with this launcher.
 */
const forcedColors = () =>
  cdpCommand('forced-colors', (cdp, { active }) =>
    cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
    }),
  );

export default {
  rootDir: '.',
  files: [
    'test/core/**/*.test.ts',
    'test/i18n/**/*.test.ts',
    'test/elements/**/*.test.ts',
    'test/dist/**/*.test.ts',
    'test/stories/**/*.test.ts',
  ],
  nodeResolve: true,
  middleware: [
    // /host-css/<name>.css: the real stylesheets of partners' pages (test/support/hosts.ts).
    hostStylesheets(),
    // /test/newer-kit/: the working press-kit version's folder beside a versions.json that lists a
    // newer release, as a reader of an older version's page meets it once the kit moves on.
    async function newerKit(context, next) {
      const match = /^\/test\/newer-kit\/(versions\.json|current\/(.+))$/.exec(context.path);
      if (!match) return next();
      const kitVersion = JSON.parse(readFileSync('press-kit/content/kit.json', 'utf8')).version;
      if (match[1] === 'versions.json') {
        context.type = 'application/json';
        context.body = JSON.stringify({
          latest: '99.0.0',
          versions: [
            { version: kitVersion, released: '2026-11-29', path: `${kitVersion}/` },
            {
              version: '99.0.0',
              released: '2099-01-31',
              path: '99.0.0/',
              summary: { es: 'Un resumen de prueba.', en: 'A test summary.', pt: 'Um resumo de teste.' },
            },
          ],
        });
        return;
      }
      context.path = `/dist/press-kit/${kitVersion}/${match[2]}`;
      return next();
    },
    async function contentSecurityPolicy(context, next) {
      await next();
      const policy = POLICIES[context.query.csp];
      if (context.path.startsWith('/test/pages/') && policy) context.set('Content-Security-Policy', policy);
    },
  ],
  // One test page at a time: a page in the background gets no animation frames, and axe waits for them.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The host-page corpus is one file of some 350 page loads: about two minutes on two cores.
  testsFinishTimeout: 360000,
  plugins: [untouched(typescript), touchScreen(), forcedColors(), a11ySnapshotPlugin()],

  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // Lit's development build says so once per page; it is not a finding.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
