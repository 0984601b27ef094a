// node bench/modules.mjs: where the bytes of a banner-only page go, per module, from the build's
// source maps: each minified character of dist/ct-awareness.js is counted to the source it maps
// to. A module's gzip share is the whole script's gzip size times its share of the gzip sizes
// each module's text has alone (gzip does not split), so the rows add up to the file. The
// stylesheet is split in two: src/embed.css and the first screens' tables the build appends.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bySource as bySourceIn, shares } from './source-shares.mjs';

const ROOT = new URL('../', import.meta.url);
const KB = 1024;
const gzip = (/** @type {string} */ text) => gzipSync(text, { level: 9 }).length;
const read = (/** @type {string} */ file) => readFileSync(new URL(file, ROOT), 'utf8');
const bySource = (/** @type {string} */ file) => bySourceIn(read(file), read(`${file}.map`));

const script = 'dist/ct-awareness.js';
const stylesheet = read('dist/ct-awareness.css');
const split = stylesheet.indexOf("/* The first screens' heights");
const rows = [
  ...shares(bySource(script), gzip(read(script))).map(([name, raw, g]) => [`${script}: ${name}`, raw, g]),
  ...shares(
    new Map([
      ['src/embed.css', stylesheet.slice(0, split)],
      ['the first screens’ tables (src/shared/first-screen.json)', stylesheet.slice(split)],
    ]),
    gzip(stylesheet),
  ).map(([name, raw, g]) => [`dist/ct-awareness.css: ${name}`, raw, g]),
];
const total = gzip(read(script)) + gzip(stylesheet);
console.log('| module | minified bytes | gzip -9 share (KB) |');
console.log('| --- | ---: | ---: |');
for (const [name, raw, g] of rows)
  if (g >= 0.05 * KB) console.log(`| ${name} | ${raw} | ${(Number(g) / KB).toFixed(1)} |`);
console.log(`| **a banner-only page** (script and stylesheet) | | **${(total / KB).toFixed(1)}** |`);
