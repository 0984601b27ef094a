// The GitHub workflows, checked against the workflow schema (action-validator), and the CI
// workflow runs the README's test command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, '.github/workflows');
const validate = (file) =>
  spawnSync('node', [join(ROOT, 'node_modules/@action-validator/cli/cli.mjs'), file], { encoding: 'utf8' });

test('every workflow is valid', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
  assert.deepEqual(files.sort(), ['ci.yml', 'release.yml']);
  for (const file of files) {
    const result = validate(join(DIR, file));
    assert.equal(result.status, 0, `${file}: ${result.stdout}${result.stderr}`);
  }
});

test('the validator refuses a broken workflow', () => {
  const broken = join(mkdtempSync(join(tmpdir(), 'ct-wf-')), 'broken.yml');
  writeFileSync(broken, readFileSync(join(DIR, 'ci.yml'), 'utf8').replace('runs-on:', 'runs-onn:'));
  assert.notEqual(validate(broken).status, 0);
});

test('CI runs the README’s test command; a release checks, tests and publishes with provenance', () => {
  assert.match(readFileSync(join(DIR, 'ci.yml'), 'utf8'), /- run: npm ci\b[\s\S]*- run: npm test\n/);
  const release = readFileSync(join(DIR, 'release.yml'), 'utf8');
  assert.match(release, /id-token: write/);
  const steps = ['node tools/check-release.mjs', 'npm test', 'npm publish --provenance'].map((s) => release.indexOf(s));
  assert.ok(
    steps.every((at, i) => at > 0 && (i === 0 || at > steps[i - 1])),
    'check, test, then publish',
  );
});
