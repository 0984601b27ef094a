// The byte budgets of what a partner's page loads, measured as `gzip -9` would: the main script
// alone (a page with only the banner), and the main script with both element files in one
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
 * Issue 13 asks for 28 KB and 45 KB. A page with all three meets 45 KB since the element files
 * carry one language each. The banner-only page does not meet 28 KB: the floor of the fixed stack
 * is 21.1 KB (i18next 15.7, Lit 5.4), and the banner's code, styles and strings in three languages
 * (the one-row phone bar of issue 17 among them) and the loader take the rest. Its budget holds
 * today's size with a little room, so any growth is a decision; bench/README.md keeps the
 * breakdown and the gap.
 */
const BUDGETS = [
  // 30.2 KB since the css templates are minified and the elements declare their properties without
  // decorators (session 5); 30.9 KB with the line on every path (issue 23: the bar's two rows and
  // its fallback box, focus kept clear of a stuck bar, the details' Escape and outside tap, Shift
  // counted on release, region numbers kept current): a decision, not drift. 31.4 KB with the bar
  // on any host page (issue 31: the room and the top layer, the banner's narrow order): a decision.
  ['a page with only the banner', ['ct-awareness.js'], 31.5 * KB],
  // The element files carry one language each: a page in any language of the kit.
  ...LANGUAGES.map((lang) => [
    `a page in ${lang} with all three elements`,
    ['ct-awareness.js', ...Object.values(ELEMENT_FILE_NAMES).map((name) => elementFile(name, lang))],
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
