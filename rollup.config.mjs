// The outputs, in the order they are built: each element's own files (one per language), the main
// script that pins them and carries the runtime they share, and the ES modules with types for
// bundler users. What is made from these afterwards (the stylesheet, the embed builder, the iframe
// pages, integrity.json) is tools/post-build.mjs, the next step of npm run build. Each custom step
// is a named plugin in tools/rollup/.
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { LANGUAGES } from './src/shared/languages.js';
import { ELEMENT_FILE_NAMES, elementFile } from './src/shared/embed.js';
import { MODULE_ENTRIES } from './src/shared/elements.js';
import { constants } from './tools/rollup/constants.mjs';
import { dropIndentation } from './tools/rollup/css.mjs';
import { oneLanguage } from './tools/rollup/one-language.mjs';
import { createRuntime, SHARED } from './tools/rollup/runtime.mjs';
import { sourcemapOutput, sourcesShippedOnce } from './tools/rollup/sourcemaps.mjs';
import { sri } from './tools/sri.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const RUNTIME_GLOBAL = `__ctAwareness_${pkg.version.replace(/\W/g, '_')}`;
const runtime = createRuntime();

/** Each element file by tag and language, with its hash: the main script loads and pins them. */
const elementFiles = () =>
  Object.fromEntries(
    Object.entries(ELEMENT_FILE_NAMES).map(([tag, name]) => [
      tag,
      Object.fromEntries(
        LANGUAGES.map((lang) => [
          lang,
          { file: elementFile(name, lang), integrity: sri(`dist/${elementFile(name, lang)}`) },
        ]),
      ),
    ]),
  );
const constantsPlugin = () => constants({ version: pkg.version, runtimeGlobal: RUNTIME_GLOBAL, elementFiles });

/**
 * V8's explicit compile hint, first in each script: compile every function while the script streams
 * in, off the main thread, rather than each on its first call inside our tasks (the bench showed
 * the strings' set-up and the element definitions halved, and our longest task shorter, at 4× CPU).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const banner = `${COMPILE_HINT}\n/*! ${pkg.name} ${pkg.version} | ${pkg.license} | press-kit data CC BY 4.0 */`;
// CT_PROFILE=1 builds without minifying, so that a CPU profile (bench/profile.mjs) names functions.
const minify = () =>
  process.env.CT_PROFILE
    ? []
    : terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: /^!|^# allFunctionsCalledOnLoad$/ } });
const compile = (outDir, declarations = false) =>
  typescript({
    tsconfig: './tsconfig.json',
    noEmitOnError: true,
    outDir,
    inlineSources: true,
    // The modules for bundlers keep ES2022's own private fields: no helper import (tslib), which an
    // app would have to install itself.
    ...(declarations ? { declarationDir: outDir, target: 'ES2022' } : { declaration: false, declarationMap: false }),
  });

export default [
  // 1. Each element's own files (src/chunks/<name>.ts), one per language: the main script pins
  //    each by its hash and exposes the bindings they import, so they come first.
  ...Object.values(ELEMENT_FILE_NAMES).flatMap((name) =>
    LANGUAGES.map((lang) => ({
      input: `src/chunks/${name}.ts`,
      output: {
        file: `dist/${elementFile(name, lang)}`,
        format: 'iife',
        ...sourcemapOutput,
        banner,
        globals: (/** @type {string} */ key) => `${RUNTIME_GLOBAL}.${SHARED[key]}`,
      },
      plugins: [
        runtime.share(),
        oneLanguage(lang, LANGUAGES),
        dropIndentation(),
        constantsPlugin(),
        resolve(),
        compile('dist'),
        minify(),
        runtime.record(),
        sourcesShippedOnce(),
      ],
    })),
  ),
  // 2. The script partners embed: the banner, Lit, the loader and the shared runtime.
  {
    input: 'src/embed.ts',
    output: { file: 'dist/ct-awareness.js', format: 'iife', ...sourcemapOutput, banner },
    plugins: [
      runtime.module(),
      dropIndentation(),
      constantsPlugin(),
      resolve(),
      compile('dist'),
      minify(),
      sourcesShippedOnce(),
    ],
  },
  // 3. ES modules with types, for bundlers (Lit stays the app's dependency).
  {
    input: Object.fromEntries(MODULE_ENTRIES.map((entry) => [entry, `src/${entry}.ts`])),
    external: [/^lit(\/|$)/],
    output: { dir: 'dist/esm', format: 'es', ...sourcemapOutput, preserveModules: true, preserveModulesRoot: 'src' },
    // No node-resolve: Lit is external and the rest is ours, and it would apply package.json's
    // sideEffects (which name the built files) to src/, dropping define.ts's imports of the entries.
    plugins: [constantsPlugin(), compile('dist/esm', true), sourcesShippedOnce()],
  },
];
