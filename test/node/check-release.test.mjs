// The release workflow's first step: it stops with a clear message while package.json does not
// say where the source is, or when the tag is not the version, and lets a proper release through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Runs the check in a copy whose package.json has the given fields. */
function check(fields, tag) {
  const dir = mkdtempSync(join(tmpdir(), 'ct-release-'));
  cpSync(join(ROOT, 'tools/check-release.mjs'), join(dir, 'tools/check-release.mjs'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, repository: undefined, ...fields }));
  return spawnSync('node', [join(dir, 'tools/check-release.mjs'), tag], { encoding: 'utf8' });
}

test('without "repository" the release stops and says what to set', () => {
  const result = check({}, `v${pkg.version}`);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /no "repository".*provenance/);
});

test('a tag that is not the version stops the release', () => {
  const result = check({ repository: { type: 'git', url: 'git+https://example.org/ct-awareness.git' } }, 'v9.9.9');
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`tag v${pkg.version.replace(/\./g, '\\.')}`));
});

test('with a repository and the version’s tag, it goes ahead', () => {
  const result = check({ repository: 'github:example/ct-awareness' }, `v${pkg.version}`);
  assert.equal(result.status, 0, result.stderr);
});
