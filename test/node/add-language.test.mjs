// The README's "Add a language" recipe, followed step by step in a throwaway copy of the project
// for a made-up language ("zz"), then built: if the recipe goes stale, this test fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject } from '../support/project-copy.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NEW = 'zz';
/** Every string of the new language is the English one, marked, so the build's output shows it. */
const mark = (text) => `[${NEW}] ${text}`;

test('the README recipe adds a language that the build takes, in the elements and the press kit', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const recipe = readme.slice(readme.indexOf('- **Add a language**'), readme.indexOf('- **Add or correct a fact**'));
  // The steps below are the README's; if it names other files, this test must follow it.
  for (const file of [
    'src/shared/languages.js',
    'src/i18n/locales/<lang>.ts',
    'src/i18n/locales.ts',
    'press-kit/page/strings/<lang>.json',
    'press-kit/page/verify/<lang>.md',
    'press-kit/content',
    'CHANGELOG.<lang>.md',
    'npm run press-kit:release',
  ])
    assert.ok(recipe.includes(file), `the recipe names ${file}`);

  const dir = copyProject('ct-add-language-');
  try {
    const path = (file) => join(dir, file);
    const edit = (file, change) => writeFileSync(path(file), change(readFileSync(path(file), 'utf8')));

    // 1. The language in the one list, with its names and locales.
    edit('src/shared/languages.js', (text) =>
      text
        .replace("(['es', 'en', 'pt'])", `(['es', 'en', 'pt', '${NEW}'])`)
        .replace(
          "pt: { name: 'Português'",
          `${NEW}: { name: 'Zedish', english: 'Zedish', intl: 'en', ogLocale: 'en_US' },\n  pt: { name: 'Português'`,
        ),
    );
    // 2. Its UI strings, every key of es.ts, registered in locales.ts.
    writeFileSync(
      path(`src/i18n/locales/${NEW}.ts`),
      readFileSync(path('src/i18n/locales/en.ts'), 'utf8')
        .replaceAll('export const en', `export const ${NEW}`)
        .replace(/^(\s+'[^']+':\s*)'(.*)',$/gm, (_, key, value) => `${key}'${mark(value)}',`),
    );
    edit('src/i18n/locales.ts', (text) =>
      text
        .replace(
          "import { ptCore, ptQuiz, ptFacts } from './locales/pt.js';",
          `import { ptCore, ptQuiz, ptFacts } from './locales/pt.js';\nimport { ${NEW}Core, ${NEW}Quiz, ${NEW}Facts } from './locales/${NEW}.js';`,
        )
        .replace('pt: ptCore };', `pt: ptCore, ${NEW}: ${NEW}Core };`)
        .replace('pt: ptQuiz };', `pt: ptQuiz, ${NEW}: ${NEW}Quiz };`)
        .replace('pt: ptFacts };', `pt: ptFacts, ${NEW}: ${NEW}Facts };`),
    );
    // 3. The press-kit page's own words.
    writeFileSync(
      path(`press-kit/page/strings/${NEW}.json`),
      readFileSync(path('press-kit/page/strings/en.json'), 'utf8'),
    );
    writeFileSync(
      path(`press-kit/page/verify/${NEW}.md`),
      mark(readFileSync(path('press-kit/page/verify/en.md'), 'utf8')),
    );
    // 4. Every text of the content in the language, and its changelog with every version.
    const translate = (node) => {
      if (Array.isArray(node)) return node.map(translate);
      if (!node || typeof node !== 'object') return node;
      const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, translate(v)]));
      if ('es' in node && 'en' in node && 'pt' in node)
        copy[NEW] = Array.isArray(node.en) ? node.en.map(mark) : mark(node.en);
      return copy;
    };
    for (const name of readdirSync(path('press-kit/content')).filter((n) => n.endsWith('.json')))
      edit(`press-kit/content/${name}`, (text) => JSON.stringify(translate(JSON.parse(text)), null, 2));
    // 5. A new minor version, with its entry in every changelog, released.
    const kit = JSON.parse(readFileSync(path('press-kit/content/kit.json'), 'utf8'));
    const [major, minor] = kit.version.split('.').map(Number);
    const version = `${major}.${minor + 1}.0`;
    kit.version = version;
    writeFileSync(path('press-kit/content/kit.json'), JSON.stringify(kit, null, 2));
    writeFileSync(
      path(`press-kit/content/CHANGELOG.${NEW}.md`),
      readFileSync(path('press-kit/content/CHANGELOG.md'), 'utf8'),
    );
    for (const name of ['CHANGELOG.md', 'CHANGELOG.es.md', 'CHANGELOG.pt.md', `CHANGELOG.${NEW}.md`])
      edit(`press-kit/content/${name}`, (text) => text.replace(/^## (\d)/m, `## ${version}\n\n- Zedish.\n\n## $1`));
    const run = (command, args) =>
      execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    run('node', ['press-kit/tools/release.mjs']);
    run('npm', ['run', 'build', '--silent']);

    // The elements speak it, and the press kit has its page.
    const script = readFileSync(path('dist/ct-awareness.js'), 'utf8');
    assert.ok(script.includes(mark('Line against human trafficking')), 'the banner strings in the new language');
    const page = readFileSync(path(`dist/press-kit/${version}/${NEW}.html`), 'utf8');
    assert.match(page, new RegExp(`<html lang="${NEW}">`));
    assert.ok(page.includes(mark(kit.boilerplate.en)), 'the boilerplate in the new language');
    assert.match(readFileSync(path(`dist/press-kit/versions/${NEW}.html`), 'utf8'), /- Zedish\.|<li>Zedish\.<\/li>/);
    assert.match(readFileSync(path('dist/embed/index.html'), 'utf8'), new RegExp(`<option value="${NEW}">Zedish`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
