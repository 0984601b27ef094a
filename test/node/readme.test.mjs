// The README is the contract with partners and newcomers: what it says is what the tests prove.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { TRUSTED_TYPES } from '../support/policies.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('the README gives the two commands, and they are the package scripts', () => {
  assert.match(readme, /```sh\nnpm ci && npm start\n```/);
  assert.match(readme, /```sh\nnpm test\n```/);
  assert.ok(pkg.scripts.start && pkg.scripts.test);
});

test('the README documents the Trusted Types policy the tests run under', () => {
  assert.ok(readme.includes(TRUSTED_TYPES), `README should say: ${TRUSTED_TYPES}`);
});

test('.ci/run runs the README test command', () => {
  const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
  assert.match(ci, /^npm ci\b/m);
  assert.match(ci, /^npm test$/m);
});

test('the README API reference is the one generated from the class JSDoc (run `npm run docs`)', async () => {
  const { readmeWithApi } = await import('../../tools/api-docs.mjs');
  const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
  assert.equal(readme, readmeWithApi(readme, manifest), 'README.md API section is stale: run `npm run docs`');
});

test('the README never shows a hash placeholder a partner could paste, and `npm run snippet` prints the real one', () => {
  assert.doesNotMatch(readme, /integrity="sha384-…"|integrity="sha384-\.\.\."/);
  const printed = execFileSync('node', ['tools/snippet.mjs', '/static/ct/'], {
    cwd: new URL('../../', import.meta.url),
    encoding: 'utf8',
  });
  const { files } = JSON.parse(readFileSync(new URL('../../dist/integrity.json', import.meta.url), 'utf8'));
  assert.equal(
    printed,
    `<link rel="stylesheet" href="/static/ct/ct-awareness.css" />\n<script src="/static/ct/ct-awareness.js" integrity="${files['ct-awareness.js']}" crossorigin="anonymous" defer></script>\n`,
  );
});

test('one file name everywhere: the README, the embed builder and README.txt name the same script and folder', async () => {
  const { SCRIPT_FILE, EXAMPLE_FOLDER } = await import('../../src/shared/embed.js');
  const url = `${EXAMPLE_FOLDER}${SCRIPT_FILE}`;
  const scripts = [...readme.matchAll(/<script src="([^"]*ct-awareness[^"]*\.js)"/g)].map((m) => m[1]);
  assert.ok(scripts.length >= 2, 'the README shows the script tag');
  assert.deepEqual(
    scripts.filter((src) => !src.startsWith(EXAMPLE_FOLDER)),
    [],
    'every script the README shows is in the example folder',
  );
  assert.ok(scripts.includes(url));
  const builder = readFileSync(new URL('../../dist/embed/index.html', import.meta.url), 'utf8');
  assert.match(builder, new RegExp(`id="script-url"[^>]*value="${url}"`));
  const release = readFileSync(
    new URL(`../../dist/release/ct-awareness-${pkg.version}/README.txt`, import.meta.url),
    'utf8',
  );
  assert.ok(release.includes(`<script src="${url}" integrity="sha384-`));
});
