// The README's "Add an element" recipe, followed step by step in a throwaway copy of the project
// for a made-up element (<ct-test-note>, carried by the main script), then built: if the recipe
// goes stale, this test fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject } from '../support/project-copy.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TAG = 'ct-test-note';
const NAME = 'test-note';

test('the README recipe adds an element that the build, the frames, the manifest and the JSX types take', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const recipe = readme.slice(readme.indexOf('- **Add an element**'), readme.indexOf("- **Change an element's API**"));
  for (const file of [
    'src/shared/elements.js',
    'src/elements/<name>/<name>.ts',
    '<name>.styles.ts',
    '<name>.fallback.ts',
    'src/tags.ts',
    'src/index.ts',
    'src/<name>.ts',
    'src/define.ts',
    'src/embed.ts',
    'src/i18n/locales/<lang>.ts',
    'stories/<name>.stories.ts',
  ])
    assert.ok(recipe.includes(file), `the recipe names ${file}`);

  const dir = copyProject('ct-add-element-');
  try {
    const path = (file) => join(dir, file);
    const edit = (file, change) => {
      const before = readFileSync(path(file), 'utf8');
      const after = change(before);
      assert.notEqual(after, before, `${file} changed`);
      writeFileSync(path(file), after);
    };

    // 1. The element in the one list.
    edit('src/shared/elements.js', (text) =>
      text.replace(
        'export const ELEMENTS = {',
        `export const ELEMENTS = {\n  '${TAG}': { name: '${NAME}', ownFile: false, frameTitle: 'Nota', frameHeight: 80 },`,
      ),
    );
    // 2. Its class with its API in the JSDoc, its styles and its fallback writer.
    mkdirSync(path(`src/elements/${NAME}`));
    writeFileSync(
      path(`src/elements/${NAME}/${NAME}.ts`),
      `import { html, type PropertyDeclarations } from 'lit';
import { CtElement } from '../../core/ct-element.js';
import { LocaleController } from '../../i18n/locale.js';
import { styles } from './${NAME}.styles.js';

/**
 * A short note about the line.
 *
 * @summary A note.
 * @tag ${TAG}
 *
 * @csspart base - The note's box.
 */
export class CtTestNote extends CtElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = { tone: { reflect: true } };

  /** \`plain\` (default) or \`strong\`. */
  tone: 'plain' | 'strong' = 'plain';

  private readonly locale = new LocaleController(this);

  override render() {
    return html\`<p part="base" class="base">\${this.locale.t('note.text')}</p>\`;
  }
}
`,
    );
    writeFileSync(
      path(`src/elements/${NAME}/${NAME}.styles.ts`),
      `import { css } from 'lit';\nimport { themeStyles } from '../../core/styles.js';\n\nexport const styles = [themeStyles, css\`.base { margin: 0; }\`];\n`,
    );
    writeFileSync(
      path(`src/elements/${NAME}/${NAME}.fallback.ts`),
      `import { callHtml } from '../../core/fallback.js';\nimport { translator } from '../../i18n/i18n.js';\nimport type { Lang } from '../../data/types.js';\n\nexport function noteFallbackHtml(lang: Lang): string {\n  return \`<p>\${callHtml(translator(lang))}</p>\`;\n}\n`,
    );
    // 3. Registered, and exported.
    edit('src/tags.ts', (text) =>
      text
        .replace(
          "import { registerFallback } from './core/fallback.js';",
          `import { registerFallback } from './core/fallback.js';\nimport { CtTestNote } from './elements/${NAME}/${NAME}.js';\nimport { noteFallbackHtml } from './elements/${NAME}/${NAME}.fallback.js';`,
        )
        .replace(
          "  'ct-fact-sheet': CtFactSheet,\n} as const;",
          `  'ct-fact-sheet': CtFactSheet,\n  '${TAG}': CtTestNote,\n} as const;`,
        )
        .replace(
          "  registerFallback('ct-fact-sheet', factsFallbackHtml);",
          `  registerFallback('ct-fact-sheet', factsFallbackHtml);\n  registerFallback('${TAG}', noteFallbackHtml);`,
        )
        .replace(
          "    'ct-fact-sheet': CtFactSheet;\n  }",
          `    'ct-fact-sheet': CtFactSheet;\n    '${TAG}': CtTestNote;\n  }`,
        ),
    );
    edit('src/index.ts', (text) => `${text}export { CtTestNote } from './elements/${NAME}/${NAME}.js';\n`);
    writeFileSync(
      path(`src/${NAME}.ts`),
      readFileSync(path('src/risk-quiz.ts'), 'utf8')
        .replaceAll('risk-quiz', NAME)
        .replaceAll('CtRiskQuiz', 'CtTestNote')
        .replaceAll('quizFallbackHtml', 'noteFallbackHtml'),
    );
    edit('src/define.ts', (text) => `${text}import './${NAME}.js';\n`);
    edit('package.json', (text) => {
      const pkg = JSON.parse(text);
      pkg.exports[`./${NAME}`] = { types: `./dist/esm/${NAME}.types.d.ts`, default: `./dist/esm/${NAME}.js` };
      pkg.sideEffects.push(`./dist/esm/${NAME}.js`);
      return `${JSON.stringify(pkg, null, 2)}\n`;
    });
    edit('src/embed.ts', (text) =>
      text
        .replace(
          "import { CtHotlineBanner } from './elements/hotline-banner/hotline-banner.js';",
          `import { CtHotlineBanner } from './elements/hotline-banner/hotline-banner.js';\nimport { CtTestNote } from './elements/${NAME}/${NAME}.js';\nimport { noteFallbackHtml } from './elements/${NAME}/${NAME}.fallback.js';`,
        )
        .replace(
          "  defineElement('ct-hotline-banner', CtHotlineBanner);",
          `  defineElement('ct-hotline-banner', CtHotlineBanner);\n  registerFallback('${TAG}', noteFallbackHtml);\n  defineElement('${TAG}', CtTestNote);`,
        ),
    );
    // 4. Its strings, in the core part of every language: the main script carries it.
    for (const [lang, text] of [
      ['es', 'Una nota'],
      ['en', 'A note'],
      ['pt', 'Uma nota'],
    ])
      edit(`src/i18n/locales/${lang}.ts`, (source) =>
        source.replace(new RegExp(`(export const ${lang}Core[^=]*= \\{)`), `$1\n  'note.text': '${text}',`),
      );

    execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

    const manifest = JSON.parse(readFileSync(path('dist/custom-elements.json'), 'utf8'));
    const note = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === TAG);
    assert.ok(note, 'in the manifest');
    assert.ok(
      note.attributes.some((a) => a.name === 'tone' && a.description),
      'its attribute, with its description from the JSDoc',
    );
    assert.ok(readFileSync(path('dist/ct-awareness.js'), 'utf8').includes(TAG), 'the main script defines it');
    assert.ok(readFileSync(path('dist/ct-awareness.js'), 'utf8').includes('Una nota'), 'with its strings');
    const frame = readFileSync(path(`dist/frame/${NAME}.html`), 'utf8');
    assert.match(frame, new RegExp(`<${TAG}><p>Nota: `));
    assert.match(frame, /data-attributes="[^"]*\btone\b/);
    assert.match(readFileSync(path('dist/esm/jsx.d.ts'), 'utf8'), new RegExp(`"${TAG}"`));
    assert.match(
      readFileSync(path(`dist/esm/${NAME}.js`), 'utf8'),
      new RegExp(`defineElement\\('${TAG}'`),
      'its entry',
    );
    assert.match(readFileSync(path('dist/esm/define.js'), 'utf8'), new RegExp(`import './${NAME}.js'`));
    assert.match(readFileSync(path('dist/embed/embed-builder.js'), 'utf8'), new RegExp(`"${TAG}":80`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
