// What npm publishes: dist/ (the script, its map, ES modules with types, integrity.json,
// the sources its maps point at in src/,
// custom-elements.json, the press kit), the README and the licence, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { ELEMENT_FILES } from '../../src/shared/embed.js';
import { MODULE_ENTRIES } from '../../src/shared/elements.js';

const ROOT = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));

test('npm pack holds dist/, the sources of its maps, the README, the changelog, the licence and package.json only', () => {
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  );
  const files = report.files.map((f) => f.path).sort();
  // src/: the TypeScript the source maps point at, shipped once rather than copied into each map.
  const strays = files.filter(
    (f) =>
      !f.startsWith('dist/') &&
      !/^src\/.*\.(ts|js)$/.test(f) &&
      !['README.md', 'LICENSE', 'package.json', 'CHANGELOG.md'].includes(f),
  );
  assert.deepEqual(strays, [], `files that should not be published: ${strays.join(', ')}`);
  for (const required of [
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/ct-awareness.js',
    'dist/ct-awareness.js.map',
    'dist/integrity.json',
    'dist/custom-elements.json',
    'dist/esm/index.js',
    'dist/esm/index.d.ts',
    'dist/esm/define.js',
    'dist/esm/define.d.ts',
    'dist/press-kit/versions.json',
    'dist/press-kit/latest/facts.csv',
    'dist/press-kit/latest/facts.json',
    'dist/press-kit/latest/datapackage.json',
    'dist/frame/hotline-banner.html',
    'dist/frame/ct-awareness-frame-resize.js',
  ])
    assert.ok(files.includes(required), `${required} is missing from the package`);
  // Lean: the latest press-kit data, not the cards, posters, zips and frozen versions, which the
  // release archive and the press site carry.
  assert.ok(report.unpackedSize < 1.5 * 1024 * 1024, `${report.unpackedSize} bytes unpacked, over 1.5 MB`);
  assert.deepEqual(
    files.filter((f) => /^dist\/press-kit\/(\d|images\/|poster\/)|\.zip$/.test(f)),
    [],
    'no card, poster, zip or old version',
  );
  // The release archive is for partners without npm, not a second copy inside the package.
  assert.deepEqual(
    files.filter((f) => f.startsWith('dist/release/') || /^dist\/[^/]+\.zip$/.test(f)),
    [],
  );
  // The fields a CDN reads point at the script partners embed, which the package holds.
  assert.equal(pkg.unpkg, 'dist/ct-awareness.js');
  assert.equal(pkg.jsdelivr, 'dist/ct-awareness.js');
  assert.ok(files.includes(pkg.unpkg));
  assert.ok(files.includes(pkg.types.replace(/^\.\//, '')), 'the types');
  assert.ok(files.includes(pkg.customElements), 'the custom-elements manifest');
  // The manifest names modules the package holds (tools such as Storybook and IDEs follow them).
  const manifest = JSON.parse(readFileSync(new URL(pkg.customElements, ROOT), 'utf8'));
  for (const mod of manifest.modules) assert.ok(files.includes(mod.path), `${mod.path}, named by the manifest`);
  for (const types of ['dist/esm/jsx.d.ts', 'dist/esm/react-jsx.d.ts', 'dist/esm/index.types.d.ts'])
    assert.ok(files.includes(types), types);
});

test('package.json exports the side-effect-free classes, the define entry and one entry per element', () => {
  assert.equal(pkg.exports['.'].default, './dist/esm/index.js');
  for (const entry of MODULE_ENTRIES.filter((e) => e !== 'index')) {
    assert.equal(pkg.exports[`./${entry}`].default, `./dist/esm/${entry}.js`, entry);
    assert.equal(pkg.exports[`./${entry}`].types, `./dist/esm/${entry}.types.d.ts`, entry);
    for (const target of Object.values(pkg.exports[`./${entry}`]))
      assert.doesNotThrow(() => readFileSync(new URL(target, ROOT)), `${target} does not exist`);
  }
  assert.deepEqual(Object.keys(pkg.exports['./vue']), ['types'], 'Vue: types alone');
  assert.deepEqual(pkg.sideEffects, [
    './dist/esm/define.js',
    // Each registers its own tag.
    './dist/esm/fact-sheet.js',
    './dist/esm/risk-quiz.js',
    './dist/esm/hotline-banner.js',
    './dist/ct-awareness.js',
    './dist/ct-awareness.*.js',
    // Each registers its element's content in every language when imported.
    './dist/esm/elements/*/*.content.js',
    './dist/ct-awareness.css',
  ]);
  for (const content of ['risk-quiz/risk-quiz.content.js', 'fact-sheet/fact-sheet.content.js'])
    assert.doesNotThrow(() => readFileSync(new URL(`dist/esm/elements/${content}`, ROOT)), content);
  // The embed's files, each by its own name: the script loads the element files beside itself.
  for (const name of ['ct-awareness.js', 'ct-awareness.css']) assert.equal(pkg.exports[`./${name}`], `./dist/${name}`);
  assert.equal(pkg.exports['./ct-awareness.*.js'], './dist/ct-awareness.*.js');
  for (const name of ELEMENT_FILES)
    assert.doesNotThrow(() => readFileSync(new URL(`dist/${name}`, ROOT)), `${name} is built`);
  for (const target of [
    pkg.exports['.'].default,
    pkg.exports['.'].types,
    pkg.exports['./define'].default,
    pkg.customElements,
  ])
    assert.doesNotThrow(() => readFileSync(new URL(target, ROOT)), `${target} does not exist`);
});

test('every module an app bundles imports only the package itself and its declared dependencies', () => {
  // A bundler resolves each bare import from the app's node_modules: one the package does not
  // declare (tslib, i18next) breaks every app that lacks it.
  const declared = Object.keys(pkg.dependencies);
  const bare = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(new URL(dir, ROOT), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.js'))
        for (const [, specifier] of readFileSync(new URL(path, ROOT), 'utf8').matchAll(
          /(?:^|[;\s])(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm,
        ))
          if (specifier && !specifier.startsWith('.')) bare.set(specifier, path);
    }
  };
  walk('dist/esm');
  assert.ok(bare.has('lit'), 'the scan finds the imports (lit)');
  for (const [specifier, path] of bare) {
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    assert.ok(declared.includes(name), `${path} imports "${specifier}", which package.json does not declare`);
  }
});

test('runtime dependencies are caret ranges, as a library declares them; the tools are pinned exactly', () => {
  // An app with its own Lit 3.x gets one copy, not ours beside it; the lockfile keeps
  // the exact versions the tests ran with.
  const lock = JSON.parse(readFileSync(new URL('package-lock.json', ROOT), 'utf8'));
  for (const [name, range] of Object.entries(pkg.dependencies)) {
    assert.match(range, /^\^\d+\.\d+\.\d+$/, `${name}: a caret range`);
    assert.equal(
      lock.packages[`node_modules/${name}`].version,
      range.slice(1),
      `${name}: the lockfile tests its floor`,
    );
  }
  // The strings ship as tables (src/i18n/i18n.ts): i18next is what the tests check them against.
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['lit']);
  const loose = Object.entries(pkg.devDependencies).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
  assert.deepEqual(loose, []);
});

test('every module for bundlers imports only what the package declares (no tslib an app must add)', () => {
  const modules = execFileSync('find', ['dist/esm', '-name', '*.js'], { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n');
  const imported = new Set();
  for (const module of modules) {
    const code = readFileSync(new URL(module, ROOT), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g))
      if (!specifier.startsWith('.')) imported.add(specifier.split('/')[0]);
  }
  assert.ok(imported.size > 0, 'the modules import lit');
  for (const name of imported)
    assert.ok(name in pkg.dependencies, `dist/esm imports ${name}, which package.json does not declare`);
});

test('integrity.json holds the version and the sha384 of every shipped file', () => {
  const integrity = JSON.parse(readFileSync(new URL('dist/integrity.json', ROOT), 'utf8'));
  assert.equal(integrity.version, pkg.version);
  assert.ok(integrity.files['ct-awareness.js'], 'the script has a hash');
  for (const [file, hash] of Object.entries(integrity.files)) {
    const actual = `sha384-${createHash('sha384')
      .update(readFileSync(new URL(`dist/${file}`, ROOT)))
      .digest('base64')}`;
    assert.equal(hash, actual, `${file} changed after its hash was taken`);
  }
});

test('the custom-elements manifest documents each element’s API from its JSDoc', () => {
  const manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', ROOT), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const byTag = Object.fromEntries(elements.map((e) => [e.tagName, e]));
  assert.deepEqual(Object.keys(byTag).sort(), ['ct-fact-sheet', 'ct-hotline-banner', 'ct-risk-quiz']);
  for (const [tag, element] of Object.entries(byTag)) {
    assert.ok(element.summary, `${tag} has a summary`);
    assert.ok(element.attributes?.length, `${tag} documents its attributes`);
    assert.ok(element.cssParts?.length, `${tag} documents its parts`);
    assert.ok(element.cssProperties?.length, `${tag} documents its custom properties`);
    assert.ok(
      element.events?.some((e) => e.name?.startsWith('ct-')),
      `${tag} documents its events`,
    );
    for (const attribute of element.attributes)
      assert.ok(attribute.description, `${tag} [${attribute.name}] has a description`);
  }
});

test('every source map in the package embeds its sources, or points at files the package holds', () => {
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  );
  const files = new Set(report.files.map((f) => f.path));
  const maps = [...files].filter((f) => f.endsWith('.map'));
  assert.ok(maps.includes('dist/ct-awareness.js.map') && maps.some((m) => m.startsWith('dist/esm/')), 'both builds');
  for (const path of maps) {
    const map = JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));
    assert.ok(map.sources.length || /\/(index|define)\.js\.map$/.test(path), `${path} maps`);
    map.sources.forEach((source, i) => {
      const inPackage = posix.normalize(posix.join(posix.dirname(path), map.sourceRoot ?? '', source));
      assert.ok(
        typeof map.sourcesContent?.[i] === 'string' || files.has(inPackage),
        `${path}: ${source} neither embedded nor shipped`,
      );
      // A path out of the package is one a debugger cannot follow: ours point at src/ beside dist/.
      if (source.includes('src/')) assert.ok(!inPackage.startsWith('..'), `${path}: ${source} leaves the package`);
    });
  }
});
