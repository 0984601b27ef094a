// @ts-check
// What the release tool adds to a version's published folder once a newer version exists, and
// nothing else: a notice on its pages that it was replaced (readable without JavaScript), and the
// checksums of the card PNGs the build renders from its frozen SVGs. Data files are never touched.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checksums, parseSums, LANGS } from './content.mjs';
import { PAGE_FILE, PAGE_TEXT } from './shared.mjs';
import { CARD_PREFIX, png } from './images.mjs';
import { escapeHtml } from '../../src/shared/html.js';

/** @typedef {import('./content-types').Lang} Lang */

/** Marks a page's notice as the release tool's: a page carries it at most once. */
const MARK = 'data-replaced';

const sha256 = (/** @type {Uint8Array | string} */ bytes) => createHash('sha256').update(bytes).digest('hex');

/** The notice's words and links in a page's language: to the latest version and to the versions page. */
function noticeContent(/** @type {Lang} */ lang) {
  const t = PAGE_TEXT[lang];
  return `<strong>${escapeHtml(t.replacedNotice)}</strong> <a href="../latest/${PAGE_FILE[lang]}">${escapeHtml(t.replacedLatest)}</a> · <a href="../versions/${PAGE_FILE[lang]}">${escapeHtml(t.replacedVersions)}</a>`;
}

/**
 * A page of a replaced version with the notice that says so. From 1.6.0 a page has an empty, hidden
 * notice that its script fills from versions.json: it is shown and filled here, and the script may
 * still replace its words with the newer version's number and changes. Earlier pages get the notice
 * first in their body. A page that already has it is returned as it is.
 */
export function withReplacedNotice(/** @type {string} */ html, /** @type {Lang} */ lang) {
  if (html.includes(MARK)) return html;
  const empty = /<p class="superseded" role="status" hidden( [^>]*)><\/p>/;
  if (empty.test(html))
    return html.replace(
      empty,
      (_, attributes) => `<p class="superseded" role="status" ${MARK}${attributes}>${noticeContent(lang)}</p>`,
    );
  if (!/<body>\n/.test(html)) throw new Error('a page with no <body> line: the notice has no place');
  return html.replace(/<body>\n/, `<body>\n<p class="superseded" ${MARK}>${noticeContent(lang)}</p>\n`);
}

/** The SHA-256 of each card PNG the build renders from a folder's frozen card SVGs, by PNG name. */
export function cardPngSums(/** @type {string} */ dir) {
  return new Map(
    readdirSync(dir)
      .filter((name) => name.startsWith(CARD_PREFIX) && name.endsWith('.svg'))
      .map((name) => [name.replace(/\.svg$/, '.png'), sha256(png(readFileSync(join(dir, name), 'utf8')))]),
  );
}

/** A published folder's SHA256SUMS: each file in it, and each card PNG the build renders beside them. */
export function publishedChecksums(/** @type {string} */ dir, pngs = cardPngSums(dir)) {
  const sums = new Map([...parseSums(checksums(dir)), ...pngs]);
  return [...sums.keys()]
    .sort()
    .map((name) => `${sums.get(name)}  ${name}\n`)
    .join('');
}

/**
 * What the release tool may add to a released version's published folder: with `replaced`, the
 * notice on each page; in any case, its SHA256SUMS rewritten to list the pages' bytes and the card
 * PNGs'. Returns the files changed (none the second time).
 * @param {string} published
 * @param {{ replaced: boolean }} options
 */
export function amendPublished(published, { replaced }) {
  const changed = [];
  for (const lang of replaced ? LANGS : []) {
    const page = join(published, PAGE_FILE[lang]);
    if (!existsSync(page)) continue;
    const before = readFileSync(page, 'utf8');
    const after = withReplacedNotice(before, lang);
    if (after !== before) {
      writeFileSync(page, after);
      changed.push(PAGE_FILE[lang]);
    }
  }
  const sums = join(published, 'SHA256SUMS');
  const next = publishedChecksums(published);
  if (readFileSync(sums, 'utf8') !== next) {
    writeFileSync(sums, next);
    changed.push('SHA256SUMS');
  }
  return changed;
}

/**
 * What in a built version folder its SHA256SUMS does not vouch for: a file it does not list, a
 * file whose bytes differ (a card PNG rendered differently: a changed renderer or font), or a file
 * it lists that is missing.
 */
export function folderProblems(/** @type {string} */ dir) {
  const listed = parseSums(readFileSync(join(dir, 'SHA256SUMS'), 'utf8'));
  const files = readdirSync(dir).filter((name) => name !== 'SHA256SUMS' && statSync(join(dir, name)).isFile());
  return [
    ...files.flatMap((name) => {
      const hash = listed.get(name);
      if (!hash) return [`${name}: not in SHA256SUMS`];
      return hash === sha256(readFileSync(join(dir, name))) ? [] : [`${name}: its bytes differ from SHA256SUMS`];
    }),
    ...[...listed.keys()].filter((name) => !files.includes(name)).map((name) => `${name}: in SHA256SUMS but missing`),
  ];
}
