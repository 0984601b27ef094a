// Two builds from one source: the single classic script partners embed, and ES modules with
// types for bundler users. Then the integrity file that pins every shipped file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Replaces __VERSION__ with the package version. */
const version = () => ({
  name: 'ct-version',
  transform: (code) =>
    code.includes('__VERSION__')
      ? { code: code.replaceAll('__VERSION__', JSON.stringify(pkg.version)), map: null }
      : null,
});

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

/**
 * Last step: the embed builder, published beside the script with the exact version and hash it
 * pins; then dist/integrity.json, every shipped file with its Subresource Integrity hash.
 */
const integrity = () => ({
  name: 'ct-integrity',
  closeBundle() {
    mkdirSync('dist/embed', { recursive: true });
    for (const name of ['embed.html', 'embed.js', 'embed.css'])
      writeFileSync(
        `dist/embed/${name === 'embed.html' ? 'index.html' : name}`,
        readFileSync(`demo/${name}`, 'utf8')
          .replaceAll('{{version}}', pkg.version)
          .replaceAll('{{integrity}}', sri('dist/ct-awareness.js')),
      );
    const files = Object.fromEntries(
      filesUnder('dist')
        .filter((path) => !path.endsWith('integrity.json'))
        .sort()
        .map((path) => [relative('dist', path), sri(path)]),
    );
    writeFileSync(
      'dist/integrity.json',
      JSON.stringify({ name: pkg.name, version: pkg.version, files }, null, 2) + '\n',
    );
  },
});

export default [
  {
    input: 'src/embed.ts',
    output: {
      file: 'dist/ct-awareness.js',
      format: 'iife',
      sourcemap: true,
      banner: `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | press-kit data CC BY 4.0 */`,
    },
    plugins: [
      version(),
      resolve(),
      typescript({
        tsconfig: './tsconfig.json',
        noEmitOnError: true,
        declaration: false,
        declarationMap: false,
        outDir: 'dist',
      }),
      terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: /^!/ } }),
    ],
  },
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external: [/^lit(\/|$)/, /^i18next$/, /^tslib$/],
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [
      version(),
      resolve(),
      typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, outDir: 'dist/esm', declarationDir: 'dist/esm' }),
      integrity(),
    ],
  },
];
