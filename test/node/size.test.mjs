// The byte budgets of what a partner's page loads, measured as `gzip -9` would: the main script
// and the stylesheet (a page with only the banner), and those with both element files in one
// language (all three).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ELEMENT_FILE_NAMES, ELEMENT_FILES, elementFile } from '../../src/shared/embed.js';
import { LANGUAGES } from '../../src/shared/languages.js';

const gzipped = (file) => gzipSync(readFileSync(new URL(`../../dist/${file}`, import.meta.url)), { level: 9 }).length;
const KB = 1024;

/**
 * Issue 32: a page with only the banner loads at most 30 KB of ours (the script and the
 * stylesheet), a page with all three at most 45 KB. The script carries the strings as tables, not
 * i18next's engine (src/i18n/i18n.ts); bench/README.md keeps the breakdown per module.
 */
const BUDGETS = [
  ['a page with only the banner', ['ct-awareness.js', 'ct-awareness.css'], 30 * KB],
  // The element files carry one language each: a page in any language of the kit.
  ...LANGUAGES.map((lang) => [
    `a page in ${lang} with all three elements`,
    [
      'ct-awareness.js',
      'ct-awareness.css',
      ...Object.values(ELEMENT_FILE_NAMES).map((name) => elementFile(name, lang)),
    ],
    45 * KB,
  ]),
];

for (const [page, files, budget] of BUDGETS)
  test(`${page} loads at most ${budget / KB} KB of ours with gzip -9`, () => {
    const total = files.reduce((sum, file) => sum + gzipped(file), 0);
    console.log(`${page}: ${files.join(' + ')} = ${(total / KB).toFixed(1)} KB gzip -9 (budget ${budget / KB} KB)`);
    assert.ok(total <= budget, `${total} bytes gzipped is over the budget of ${budget}`);
  });

// The explicit compile hint only works as the first line of a script (see rollup.config.mjs).
for (const file of ['ct-awareness.js', ...ELEMENT_FILES])
  test(`${file} opens with V8's compile hint, so its functions compile off the main thread`, () => {
    const text = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
    assert.ok(text.startsWith('//# allFunctionsCalledOnLoad\n'), text.slice(0, 60));
  });

// The styles' comments are for us: the build drops them from the css templates (rollup.config.mjs).
for (const file of ['ct-awareness.js', ...ELEMENT_FILES])
  test(`${file} ships no comment but its licence banner`, () => {
    const text = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
    const comments = text.match(/\/\*(?!!)[\s\S]*?\*\//g) ?? [];
    assert.deepEqual(comments, []);
  });
