// The build's own steps (tools/rollup/*.mjs), each on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { minifyCssTemplate, dropIndentation } from '../../tools/rollup/css.mjs';
import { keepLanguage, oneLanguage } from '../../tools/rollup/one-language.mjs';
import { createRuntime, sharedKey } from '../../tools/rollup/runtime.mjs';
import { ourSource, sourcemapOutput, sourcesShippedOnce } from '../../tools/rollup/sourcemaps.mjs';
import { constants } from '../../tools/rollup/constants.mjs';
import { ELEMENTS } from '../../src/shared/elements.js';
import { ELEMENT_FILE_NAMES } from '../../src/shared/embed.js';

test('ct-drop-indentation minifies css templates and the indentation of TypeScript only', () => {
  const plugin = dropIndentation();
  const code = 'const s = css`\n  .a {\n    color: red;\n  }\n`;\nif (x) {\n    y();\n}';
  const out = /** @type {{ code: string }} */ (plugin.transform.call({}, code, '/src/x.ts'));
  assert.equal(out.code, 'const s = css`.a{color:red}`;\nif (x) {\ny();\n}');
  assert.equal(plugin.transform.call({}, code, '/node_modules/lit/x.js'), null);
});

test('a css template through lightningcss: a sheet, a list of declarations ending with its ";", interpolations kept', () => {
  assert.equal(
    minifyCssTemplate(':host {\n  ${tokens}\n  --_radius: var(--ct-radius, 0.5em);\n}\n.a { color: #ffffff; }', 'a.ts'),
    ':host{${tokens}--_radius:var(--ct-radius,.5em)}.a{color:#fff}',
  );
  // Interpolated before more declarations, the list must end with its ";".
  assert.equal(
    minifyCssTemplate('--_bg: var(--ct-color-bg, #f3f6fb);\n--_fg: #1b1b1f', 'b.ts'),
    '--_bg:var(--ct-color-bg,#f3f6fb);--_fg:#1b1b1f;',
  );
  assert.throws(
    () => minifyCssTemplate('.a{color:red}\n@media ( { }', 'c.ts'),
    /c\.ts: a css template.*Invalid media query/,
  );
});

test('keepLanguage keeps one language of every text, and everything else', () => {
  const data = [
    { id: 'a', n: 2, statement: { es: 'uno', en: 'one', pt: 'um' }, tags: [{ es: 'x', en: 'y', pt: 'z' }] },
  ];
  assert.deepEqual(keepLanguage(data, 'pt', ['es', 'en', 'pt']), [
    { id: 'a', n: 2, statement: { pt: 'um' }, tags: [{ pt: 'z' }] },
  ]);
  // An object with other keys is not a text.
  assert.deepEqual(keepLanguage({ es: 'a', note: 'b' }, 'en', ['es', 'en', 'pt']), { es: 'a', note: 'b' });
});

test('ct-one-language refuses generated data it cannot read', () => {
  const plugin = oneLanguage('en', ['es', 'en', 'pt']);
  assert.throws(
    () => plugin.transform.call({}, 'export const FACTS = [];', '/src/data/facts.generated.ts'),
    /JSON\.parse/,
  );
});

test('the runtime shares the listed modules, and the main script cannot be built before the element files', () => {
  assert.equal(sharedKey('lit', undefined), 'lit');
  assert.equal(sharedKey('./quick-exit.js', resolve('src/core/line.ts')), 'core/quick-exit');
  assert.equal(sharedKey('./bands.js', resolve('src/elements/risk-quiz/risk-quiz.ts')), undefined);
  const runtime = createRuntime();
  assert.throws(() => runtime.module().load.call({}, '\0ct:runtime'), /build them first/);
  runtime.record().generateBundle.call(
    {},
    {},
    {
      'x.js': { type: 'chunk', fileName: 'x.js', importedBindings: { 'core/events': ['CtCallEvent'], lit: ['html'] } },
    },
  );
  const source = runtime.module().load.call({}, '\0ct:runtime');
  assert.match(source, /export const events = \{ CtCallEvent: m0_CtCallEvent \};/);
  assert.match(source, /export const lit = \{ html: m1_html \};/);
  assert.throws(
    () =>
      runtime.record().generateBundle.call(
        {},
        {},
        {
          'y.js': { type: 'chunk', fileName: 'y.js', importedBindings: { 'core/events': ['*'] } },
        },
      ),
    /not its namespace/,
  );
});

test('source maps name our files from the map to src/, and embed only the libraries’ code', () => {
  assert.equal(ourSource('../../../../../src/core/line.ts'), 'src/core/line.ts');
  assert.equal(ourSource('../node_modules/lit-html/lit-html.js'), undefined);
  const map = resolve('dist/esm/elements/hotline-banner/hotline-banner.js.map');
  assert.equal(
    sourcemapOutput.sourcemapPathTransform('../../../../../src/elements/hotline-banner/hotline-banner.ts', map),
    '../../../../src/elements/hotline-banner/hotline-banner.ts',
  );
  const bundle = {
    'a.js.map': {
      type: 'asset',
      fileName: 'a.js.map',
      source: JSON.stringify({ sources: ['../src/a.ts', '../node_modules/i18next/x.js'], sourcesContent: ['a', 'x'] }),
    },
  };
  sourcesShippedOnce().generateBundle.call({}, {}, bundle);
  assert.deepEqual(JSON.parse(bundle['a.js.map'].source).sourcesContent, [null, 'x']);
});

test('ct-constants writes the version, the runtime global and the element files', () => {
  const plugin = constants({ version: '1.2.3', runtimeGlobal: '__g', elementFiles: () => ({ a: 1 }) });
  const out = /** @type {{ code: string }} */ (
    plugin.transform.call({}, 'f(__VERSION__, __RUNTIME_GLOBAL__, __ELEMENT_FILES__)', 'x.ts')
  );
  assert.equal(out.code, 'f("1.2.3", "__g", {"a":1})');
  assert.equal(plugin.transform.call({}, 'nothing here', 'x.ts'), null);
});

test('one registry of elements: each has its folder, its stories and (with its own file) its chunk', async () => {
  const { existsSync } = await import('node:fs');
  for (const [tag, { name, ownFile }] of Object.entries(ELEMENTS)) {
    assert.match(tag, /^ct-[a-z-]+$/);
    assert.ok(existsSync(`src/elements/${name}/${name}.ts`), `${tag}: src/elements/${name}/${name}.ts`);
    assert.ok(existsSync(`stories/${name}.stories.ts`), `${tag}: its stories`);
    assert.ok(existsSync(`test/elements/${name}`), `${tag}: its tests`);
    assert.equal(existsSync(`src/chunks/${name}.ts`), ownFile, `${tag}: src/chunks/${name}.ts only with its own file`);
    assert.ok(existsSync(`dist/frame/${name}.html`), `${tag}: its iframe page`);
  }
  assert.deepEqual(
    Object.keys(ELEMENT_FILE_NAMES),
    Object.keys(ELEMENTS).filter((tag) => ELEMENTS[tag].ownFile),
  );
});

test('an element file’s UI strings are every part of its language beside the core, by name', async () => {
  const { stringParts } = await import('../../tools/rollup/one-language.mjs');
  const source =
    'export const zzCore = {};\nexport const zzQuiz = {};\nexport const zzCard = {};\nconst zzHidden = {};';
  assert.deepEqual(stringParts(source, 'zz'), [
    { binding: 'zzQuiz', name: 'QUIZ_STRINGS' },
    { binding: 'zzCard', name: 'CARD_STRINGS' },
  ]);
});
