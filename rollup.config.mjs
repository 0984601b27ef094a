// Two builds from one source: the single classic script partners embed, and ES modules with
// types for bundler users. Then the integrity file that pins every shipped file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import { LANGUAGES, LANGUAGE_INFO, FALLBACK_LANGUAGE } from './src/shared/languages.js';
import { telHref } from './src/shared/phone.js';
import { SCRIPT_FILE, EXAMPLE_FOLDER, ELEMENT_FILE_NAMES, elementFile } from './src/shared/embed.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Replaces __VERSION__, __RUNTIME_GLOBAL__ and, in the main script, __ELEMENT_FILES__ (read once the element files are built). */
const constants = () => ({
  name: 'ct-constants',
  transform(code) {
    if (!/__(VERSION|RUNTIME_GLOBAL|ELEMENT_FILES)__/.test(code)) return null;
    const files = () =>
      JSON.stringify(
        Object.fromEntries(
          Object.entries(ELEMENT_BUILDS).map(([tag, { name }]) => [
            tag,
            Object.fromEntries(
              LANGUAGES.map((lang) => {
                const file = elementFile(name, lang);
                return [lang, { file, integrity: sri(`dist/${file}`) }];
              }),
            ),
          ]),
        ),
      );
    return {
      code: code
        .replaceAll('__VERSION__', JSON.stringify(pkg.version))
        .replaceAll('__RUNTIME_GLOBAL__', JSON.stringify(RUNTIME_GLOBAL))
        .replace(/__ELEMENT_FILES__/g, files),
      map: null,
    };
  },
});
const version = constants;

/**
 * A css template's text as CSS needs it: no comments (written for us, they would ship to every
 * reader), and whitespace only where it separates tokens. Quoted strings and the template's
 * `${…}` interpolations are kept as they are.
 */
const minifyCss = (text) =>
  text.replace(
    /(\/\*[\s\S]*?\*\/)|('[^'\n]*'|"[^"\n]*"|\$\{[^}]*\})|\s*([{};,>])\s*|(:)\s+|\s+/g,
    (_, comment, kept, punctuation, colon) => (comment ? '' : (kept ?? punctuation ?? colon ?? ' ')),
  );

/**
 * In the IIFE builds' sources: drops the indentation after each line break, and minifies the css
 * templates (minifyCss). JavaScript is the same (the line break stays); in the html templates a run
 * of whitespace becomes a shorter one, which renders the same (no template of ours sets
 * white-space: pre). Together about 0.8 KB gzip of the main script.
 */
const dropIndentation = () => ({
  name: 'ct-drop-indentation',
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const magic = new MagicString(code);
    // The code arrives compiled by TypeScript, which writes the tag as css `…` (not .css` in a comment).
    const styles = [...code.matchAll(/(?<![.\w$-])css\s*`([^`]*)`/g)].map((template) => {
      const start = template.index + template[0].indexOf('`') + 1;
      return [start, start + template[1].length];
    });
    for (const [start, end] of styles) magic.overwrite(start, end, minifyCss(code.slice(start, end)));
    for (const match of code.matchAll(/\n[ \t]+/g))
      if (!styles.some(([start, end]) => match.index < end && match.index + match[0].length > start))
        magic.overwrite(match.index, match.index + match[0].length, '\n');
    return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
  },
});

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/**
 * What the quiz's and the fact sheet's files take from the main script instead of bundling their
 * own copy: Lit and the modules that hold page-wide state (the i18next instance, the language
 * watcher, the quick exit, the fallback writers, the script's folder), each by package name or by
 * module under src/, with its name in the runtime the main script publishes. Anything else they
 * import is bundled into them.
 */
const SHARED = {
  lit: 'lit',
  'i18n/i18n': 'i18n',
  'i18n/locale': 'locale',
  'core/quick-exit': 'quickExit',
  'core/attributes': 'attributes',
  'core/line': 'line',
  'core/events': 'events',
  'core/styles': 'styles',
  'core/fallback': 'fallback',
  'core/script-url': 'scriptUrl',
  'core/define-element': 'defineElement',
  'core/content': 'content',
  'core/tasks': 'tasks',
  'core/ct-element': 'element',
  'data/kit.generated': 'kit',
  'data/channels': 'channels',
};
const RUNTIME_GLOBAL = `__ctAwareness_${pkg.version.replace(/\W/g, '_')}`;
/** The SHARED key of an import, or undefined when the file bundles it. */
const sharedKey = (id, importer) => {
  if (id in SHARED) return id;
  const path = id.startsWith('.') && importer ? resolvePath(dirname(importer), id) : id;
  const key = relative('src', path).replace(/\.[jt]s$/, '');
  return key in SHARED ? key : undefined;
};

/**
 * The runtime: the main script imports "ct:runtime" and publishes it under RUNTIME_GLOBAL. It is
 * made from what the element files' builds actually import from SHARED (recorded below as they are
 * built, before the main script), so it exposes exactly those bindings, nothing more to carry.
 */
const runtimeBindings = new Map();
/** In the element files' builds: each SHARED import becomes an external named by its key. */
const shareWithMain = () => ({
  name: 'ct-share-with-main',
  resolveId(source, importer) {
    const key = sharedKey(source, importer);
    return key ? { id: key, external: true } : null;
  },
});
const recordBindings = () => ({
  name: 'ct-record-bindings',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle))
      for (const [id, names] of Object.entries(chunk.importedBindings ?? {})) {
        if (!(id in SHARED)) throw new Error(`${chunk.fileName}: ${id} is external but not shared by the main script`);
        if (names.includes('*')) throw new Error(`${chunk.fileName}: import names from ${id}, not its namespace`);
        runtimeBindings.set(id, new Set([...(runtimeBindings.get(id) ?? []), ...names]));
      }
  },
});
const runtimeModule = () => ({
  name: 'ct-runtime',
  resolveId: (id) => (id === 'ct:runtime' ? '\0ct:runtime' : null),
  load(id) {
    if (id !== '\0ct:runtime') return null;
    const entries = [...runtimeBindings].sort(([a], [b]) => a.localeCompare(b));
    const source = (key) => (key.includes('/') && !key.startsWith('lit') ? resolvePath('src', `${key}.ts`) : key);
    return [
      ...entries.map(
        ([key, names], i) =>
          `import { ${[...names].map((n) => `${n} as m${i}_${n}`).join(', ')} } from ${JSON.stringify(source(key))};`,
      ),
      ...entries.map(
        ([key, names], i) =>
          `export const ${SHARED[key]} = { ${[...names].map((n) => `${n}: m${i}_${n}`).join(', ')} };`,
      ),
    ].join('\n');
  },
});

/** The elements' own files to build, by tag: loaded by the main script beside itself, one per language. */
const ELEMENT_BUILDS = Object.fromEntries(
  Object.entries(ELEMENT_FILE_NAMES).map(([tag, name]) => [tag, { entry: `src/chunks/${name}.ts`, name }]),
);

/**
 * In an element's file for one language: the kit's texts ({es, en, pt} objects in the generated
 * data) keep that language only, and the UI strings are that language's (src/i18n/locales/<lang>.ts).
 * The code is the same in every language's file; a page loads the files of its readers' languages.
 */
const oneLanguage = (lang) => ({
  name: 'ct-one-language',
  resolveId(source, importer) {
    if (importer && source.endsWith('/i18n/locales.js')) return `\0ct:locales:${lang}`;
    return null;
  },
  load(id) {
    if (id !== `\0ct:locales:${lang}`) return null;
    const strings = JSON.stringify(resolvePath('src', 'i18n', 'locales', `${lang}.ts`));
    return [
      `import { ${lang}Quiz, ${lang}Facts } from ${strings};`,
      `export const QUIZ_STRINGS = { ${JSON.stringify(lang)}: ${lang}Quiz };`,
      `export const FACTS_STRINGS = { ${JSON.stringify(lang)}: ${lang}Facts };`,
    ].join('\n');
  },
  transform(code, id) {
    if (!/\/data\/(facts|quiz)\.generated\.ts$/.test(id)) return null;
    const isText = (value) =>
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).length === LANGUAGES.length &&
      LANGUAGES.every((l) => typeof value[l] === 'string');
    const keep = (value) =>
      isText(value)
        ? { [lang]: value[lang] }
        : Array.isArray(value)
          ? value.map(keep)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keep(v)]))
            : value;
    const match = code.match(/JSON\.parse\(("(?:[^"\\]|\\.)*")\)/);
    if (!match) throw new Error(`${id}: expected the data as JSON.parse("…")`);
    const data = keep(JSON.parse(JSON.parse(match[1])));
    return { code: code.replace(match[0], () => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`), map: null };
  },
});

const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

/** Each element's iframe page title; the page is dist/frame/<tag without ct->.html. */
const FRAMES = {
  'ct-hotline-banner': 'Línea contra la trata de personas',
  'ct-risk-quiz': 'Autodiagnóstico',
  'ct-fact-sheet': 'Datos sobre la trata de personas',
};

/**
 * dist/frame/: a page per element for sites that allow only iframes, each taking its options from
 * the query string (the attributes the manifest lists), with the script pinned by its hash, under
 * a strict Content-Security-Policy; and the optional resize script for the embedding page.
 */
function writeFramePages() {
  mkdirSync('dist/frame', { recursive: true });
  for (const name of ['frame.js', 'frame.css', 'ct-awareness-frame-resize.js'])
    writeFileSync(`dist/frame/${name}`, readFileSync(`src/frame/${name}`));
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  // The number the fallback gives is the press kit's current line, as everywhere else.
  const { channels } = JSON.parse(readFileSync('press-kit/content/hotline.json', 'utf8'));
  const line = channels.find((c) => c.role === 'trafficking-line' && c.status === 'current');
  const call = `<a href="${telHref(line.number)}" target="_top">${line.number}</a>${line.option ? `, opción ${line.option}` : ''}`;
  const template = readFileSync('src/frame/frame.html', 'utf8');
  for (const [tag, title] of Object.entries(FRAMES)) {
    const file = `${tag.replace(/^ct-/, '')}.html`;
    const attributes = declarations.find((d) => d.tagName === tag)?.attributes?.map((a) => a.name) ?? [];
    const fallback = `<p>${title}: llama gratis y de forma confidencial al ${call}.</p>`;
    // The quiz's and the fact sheet's frames end with the line as a bar stuck to the frame's
    // bottom: in a frame shorter than its content, the number stays on screen while the rest scrolls.
    const line =
      tag === 'ct-hotline-banner'
        ? ''
        : `\n    <ct-hotline-banner layout="bar" position="bottom"><p>${FRAMES['ct-hotline-banner']}: ${call}</p></ct-hotline-banner>`;
    writeFileSync(
      `dist/frame/${file}`,
      template
        .replace('{{element}}', `<${tag}>${fallback}</${tag}>${line}`)
        .replaceAll('{{title}}', title)
        .replaceAll('{{lang}}', FALLBACK_LANGUAGE)
        .replaceAll('{{version}}', pkg.version)
        .replaceAll('{{integrity}}', sri('dist/ct-awareness.js'))
        .replaceAll('{{attributes}}', attributes.join(' ')),
    );
  }
}

/**
 * Last step: the embed builder, published beside the script with the exact version and hash it
 * pins; then dist/integrity.json, every shipped file with its Subresource Integrity hash.
 */
const integrity = () => ({
  name: 'ct-integrity',
  closeBundle() {
    // The optional stylesheet that reserves each element's frame before the script runs.
    writeFileSync('dist/ct-awareness.css', readFileSync('src/embed.css'));
    mkdirSync('dist/embed', { recursive: true });
    // Copying with its fallback and the escaping: the same modules the elements and the tools use.
    for (const name of ['copy.js', 'html.js']) writeFileSync(`dist/embed/${name}`, readFileSync(`src/shared/${name}`));
    for (const name of ['index.html', 'embed-builder.js', 'embed-builder.css'])
      writeFileSync(
        `dist/embed/${name}`,
        readFileSync(`src/embed-builder/${name}`, 'utf8')
          .replaceAll('{{version}}', pkg.version)
          .replaceAll('{{scriptUrl}}', `${EXAMPLE_FOLDER}${SCRIPT_FILE}`)
          // The element's language: every language of the kit, each in its own name.
          .replace(
            '{{languageOptions}}',
            LANGUAGES.map((lang) => `<option value="${lang}">${LANGUAGE_INFO[lang].name}</option>`).join(''),
          )
          .replaceAll('{{integrity}}', sri('dist/ct-awareness.js')),
      );
    writeFramePages();
    const files = Object.fromEntries(
      filesUnder('dist')
        // Not itself, nor the release archive the build makes from these files afterwards.
        .filter((path) => !path.endsWith('integrity.json') && !/^dist\/(release\/|[^/]+\.zip$)/.test(path))
        .sort()
        .map((path) => [relative('dist', path), sri(path)]),
    );
    writeFileSync(
      'dist/integrity.json',
      JSON.stringify({ name: pkg.name, version: pkg.version, files }, null, 2) + '\n',
    );
  },
});

/**
 * V8's explicit compile hint, first in each script: compile every function while the script streams
 * in, off the main thread, rather than each on its first call inside our tasks (the bench showed
 * i18next's set-up and the element definitions halved, and our longest task shorter, at 4× CPU).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const banner = `${COMPILE_HINT}\n/*! ${pkg.name} ${pkg.version} | ${pkg.license} | press-kit data CC BY 4.0 */`;
// CT_PROFILE=1 builds without minifying, so that a CPU profile (bench/profile.mjs) names functions.
const minify = () =>
  process.env.CT_PROFILE
    ? []
    : terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: /^!|^# allFunctionsCalledOnLoad$/ } });
const typescriptFor = (outDir) =>
  typescript({
    tsconfig: './tsconfig.json',
    noEmitOnError: true,
    declaration: false,
    declarationMap: false,
    outDir,
    inlineSources: true,
  });

/**
 * Source maps that resolve in the installed package: each of our files by its path from the map to
 * src/ (which the package ships; the TypeScript plugin gives the path one `..` too many in the ES
 * module build), and the code of the libraries bundled into the scripts embedded (sourcesContent),
 * since their files are not beside ours. Each source of ours is thus shipped once, not copied
 * into the maps of every script and language.
 */
const ourSource = (source) => source.replace(/\\/g, '/').match(/(?:^|\/)(src\/.*)$/)?.[1];
const sourcemap = {
  sourcemap: true,
  sourcemapExcludeSources: false,
  sourcemapPathTransform: (source, mapPath) => {
    const ours = ourSource(source);
    return ours ? relative(dirname(mapPath), resolvePath(ours)).replace(/\\/g, '/') : source;
  },
};
const sourcesShippedOnce = () => ({
  name: 'ct-sources-shipped-once',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'asset' || !file.fileName.endsWith('.map')) continue;
      const map = JSON.parse(String(file.source));
      map.sourcesContent = map.sources.map((source, i) =>
        ourSource(source) ? null : (map.sourcesContent?.[i] ?? null),
      );
      file.source = JSON.stringify(map);
    }
  },
});

export default [
  // The quiz's and the fact sheet's files first: the main script pins each by its hash.
  ...Object.values(ELEMENT_BUILDS).flatMap(({ entry, name }) =>
    LANGUAGES.map((lang) => ({
      input: entry,
      output: {
        file: `dist/${elementFile(name, lang)}`,
        format: 'iife',
        ...sourcemap,
        banner,
        globals: (key) => `${RUNTIME_GLOBAL}.${SHARED[key]}`,
      },
      plugins: [
        shareWithMain(),
        oneLanguage(lang),
        dropIndentation(),
        version(),
        resolve(),
        typescriptFor('dist'),
        minify(),
        recordBindings(),
        sourcesShippedOnce(),
      ],
    })),
  ),
  {
    input: 'src/embed.ts',
    output: { file: 'dist/ct-awareness.js', format: 'iife', ...sourcemap, banner },
    plugins: [
      runtimeModule(),
      dropIndentation(),
      version(),
      resolve(),
      typescriptFor('dist'),
      minify(),
      sourcesShippedOnce(),
    ],
  },
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external: [/^lit(\/|$)/, /^i18next$/, /^tslib$/],
    output: { dir: 'dist/esm', format: 'es', ...sourcemap, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [
      version(),
      resolve(),
      typescript({
        tsconfig: './tsconfig.json',
        noEmitOnError: true,
        outDir: 'dist/esm',
        declarationDir: 'dist/esm',
        inlineSources: true,
      }),
      sourcesShippedOnce(),
      integrity(),
    ],
  },
];
