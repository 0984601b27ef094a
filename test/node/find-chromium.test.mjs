// Where no browser can be found, `npm test` stops with a message saying how to get one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const run = (env) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const { findChromium } = await import('./test/support/find-chromium.mjs'); console.log(findChromium());",
    ],
    {
      cwd: new URL('../../', import.meta.url),
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );

test('a CHROME_PATH that points nowhere stops with a clear message, not a stack trace', () => {
  const result = run({ CHROME_PATH: '/nonexistent/chrome' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /CHROME_PATH is set to \/nonexistent\/chrome, but there is no file there/);
  assert.doesNotMatch(result.stderr, /at .*\.mjs:\d+/);
});

test('a CHROME_PATH that exists is used as it is', () => {
  const result = run({ CHROME_PATH: process.execPath });
  assert.equal(result.status, 0);
  assert.equal(result.stdout.trim(), process.execPath);
});
