// The bytes of a built script per source module, from its source map: each minified character is
// counted to the source it maps to. A module's gzip share is the whole file's gzip size times its
// share of the gzip sizes each module's text has alone (gzip does not split), so the rows add up
// to the file. Used by bench/modules.mjs (our script) and bench/apps.mjs (apps' bundles).
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const gzip = (/** @type {string} */ text) => gzipSync(text, { level: 9 }).length;

/**
 * Minified text per source of one script, by its source map. Sources in node_modules are named
 * from the package on (`lit-html/lit-html.js`), ours from `src/`.
 * @param {string} code the script
 * @param {string} mapText its source map
 */
export function bySource(code, mapText) {
  const lines = code.split('\n');
  const map = new SourceMapConsumer(JSON.parse(mapText));
  /** @type {{ line: number, column: number, source: string }[]} */
  const segments = [];
  map.eachMapping((m) => segments.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '?' }));
  segments.sort((a, b) => a.line - b.line || a.column - b.column);
  /** @type {Map<string, string>} */
  const texts = new Map();
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    const line = lines[segment.line - 1] ?? '';
    const end = next && next.line === segment.line ? next.column : line.length;
    const name = segment.source.includes('node_modules/')
      ? segment.source.replace(/^.*node_modules\//, '')
      : segment.source.replace(/^(\.\.\/)*(src\/)?/, 'src/');
    texts.set(name, (texts.get(name) ?? '') + line.slice(segment.column, end));
  });
  return texts;
}

/** Rows of [name, raw bytes, gzip share], largest first, for texts that make one file. */
export function shares(/** @type {Map<string, string>} */ texts, /** @type {number} */ fileGzip) {
  const alone = [...texts].map(
    ([name, text]) => /** @type {[string, number, number]} */ ([name, text.length, gzip(text)]),
  );
  const total = alone.reduce((sum, [, , g]) => sum + g, 0);
  return alone
    .map(([name, raw, g]) => /** @type {[string, number, number]} */ ([name, raw, (g / total) * fileGzip]))
    .sort((a, b) => b[2] - a[2]);
}
