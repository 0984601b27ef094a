// UI strings that nothing uses are dead weight in every page's script and a trap for translators:
// each key of the reference language must appear, quoted, in the code outside the locale files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
const code = files(SRC)
  .filter((path) => !path.includes('/i18n/locales/'))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
const reference = readFileSync(join(SRC, 'i18n/locales/es.ts'), 'utf8');
// Plural forms are asked for by their base name ("facts.source" for facts.source_one/_other).
const keys = [...new Set([...reference.matchAll(/^ {2}'([a-zA-Z]+\.[A-Za-z]+)(_one|_other)?':/gm)].map((m) => m[1]))];

test('the reference language has keys to check', () => {
  assert.ok(keys.length > 50, `${keys.length} keys found in es.ts`);
});

test('every UI string is used by the code', () => {
  const unused = keys.filter((key) => !code.includes(`'${key}'`));
  assert.deepEqual(unused, [], `strings nothing uses: remove them from every language, or use them`);
});
