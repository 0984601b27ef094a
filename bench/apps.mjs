// node bench/apps.mjs, after `npm run test:apps`: what ct-awareness adds to each app the tests
// build (test/apps), gzip: the package's modules and Lit's (which these apps have only for it, and
// Lit's hydration support in the Next.js app), counted through each bundle's source maps
// (bench/source-shares.mjs), beside the app's whole JavaScript.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bySource, shares } from './source-shares.mjs';

const APPS = fileURLToPath(new URL('../test/apps/', import.meta.url));
const KB = 1024;
const OURS = /^(ct-awareness|lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr-client)\//;

/** Every .js file under a folder. */
const scripts = (/** @type {string} */ dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => file.endsWith('.js') && statSync(file).isFile());

const apps = {
  'banner only (Vite, `ct-awareness/hotline-banner`)': 'banner-vite/dist',
  'every element (Vite, no framework)': 'vanilla-vite/dist',
  'React 19 + Vite': 'react-vite/dist',
  'Vue 3 + Vite': 'vue-vite/dist',
  'webpack 5': 'webpack/dist',
  'Next.js 15 (with Lit SSR hydration)': 'next/.next/static',
};

console.log('| app | its JavaScript, gzip (KB) | of it ct-awareness and Lit (KB) |');
console.log('| --- | ---: | ---: |');
for (const [name, folder] of Object.entries(apps)) {
  const dir = join(APPS, folder);
  if (!existsSync(dir)) {
    console.log(`| ${name} | not built: run \`npm run test:apps\` | |`);
    continue;
  }
  let total = 0;
  let added = 0;
  for (const file of scripts(dir)) {
    const code = readFileSync(file, 'utf8');
    const size = gzipSync(code, { level: 9 }).length;
    total += size;
    if (!existsSync(`${file}.map`)) continue;
    for (const [source, , share] of shares(bySource(code, readFileSync(`${file}.map`, 'utf8')), size))
      if (OURS.test(source)) added += share;
  }
  console.log(`| ${name} | ${(total / KB).toFixed(1)} | ${(added / KB).toFixed(1)} |`);
}
