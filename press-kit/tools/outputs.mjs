// @ts-check
// The files a journalist downloads for one version of the press kit, each made by its own module.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { LANGS, PRESS_KIT_DIR } from './content.mjs';
import { zipSync, strToU8 } from 'fflate';
import { join } from 'node:path';
import { expandFacts, PAGE_FILE } from './shared.mjs';
import { factsCsv, sourcesCsv } from './csv.mjs';
import { factsXlsx } from './xlsx.mjs';
import { pressKitPage } from './page.mjs';
import { dataPackage } from './datapackage.mjs';
import { shareCards, cardsManifest, CARD_PREFIX } from './images.mjs';

/**
 * @typedef {import('./content-types').Content} Data
 */

/**
 * Writes one version of the press kit to outDir.
 * @param {{ data: Data, changelog: import('./content.mjs').Changelog, outDir: string, draft?: boolean }} options
 * @returns {Promise<string[]>} the names of the files written
 */
export async function writeRelease({ data, changelog, outDir, draft = false }) {
  mkdirSync(outDir, { recursive: true });
  const kit = data.kit;
  const { facts, channels } = expandFacts(data);
  const meta = { name: kit.name, version: kit.version, released: draft ? null : kit.released, license: kit.license };
  /** @type {Record<string, Uint8Array>} */
  const files = {};
  const put = (/** @type {string} */ name, /** @type {string} */ text) => (files[name] = strToU8(text));
  put('facts.json', JSON.stringify({ ...meta, facts }, null, 2) + '\n');
  put('facts.csv', factsCsv(facts, kit));
  put('sources.csv', sourcesCsv(data));
  files['facts.xlsx'] = await factsXlsx(facts, data);
  put('hotline.json', JSON.stringify({ ...meta, channels }, null, 2) + '\n');
  put('datapackage.json', JSON.stringify(dataPackage(data, files, draft), null, 2) + '\n');
  const downloads = [
    'facts.csv',
    'sources.csv',
    'facts.xlsx',
    'facts.json',
    'hotline.json',
    'datapackage.json',
    'cards.json',
    `press-kit-${kit.version}.zip`,
  ];
  for (const lang of LANGS) put(PAGE_FILE[lang], pressKitPage(data, facts, channels, changelog, lang, downloads));
  files['press-kit.css'] = readFileSync(join(PRESS_KIT_DIR, 'page', 'press-kit.css'));
  files['press-kit.js'] = readFileSync(join(PRESS_KIT_DIR, 'page', 'press-kit.js'));
  files['copy.js'] = readFileSync(join(PRESS_KIT_DIR, '..', 'src', 'shared', 'copy.js'));
  // The share cards of this version, frozen with it from 1.6.1: each SVG and their manifest, with
  // its alt text and sources. The build renders each SVG to PNG beside it (renderCardPngs).
  const cards = shareCards(data).map((card) => ({
    ...card,
    file: `${CARD_PREFIX}${card.file}`,
    png: `${CARD_PREFIX}${card.png}`,
  }));
  for (const card of cards) put(card.file, card.svg);
  put('cards.json', JSON.stringify(cardsManifest(data, cards), null, 2) + '\n');
  // Fixed timestamps keep the zip byte-identical from one build to the next.
  const zipped = zipSync(
    Object.fromEntries(Object.entries(files).map(([n, b]) => [n, [b, { mtime: new Date(Date.UTC(2000, 0, 1)) }]])),
    { level: 9 },
  );
  files[`press-kit-${kit.version}.zip`] = zipped;
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(outDir, name), bytes);
  return Object.keys(files);
}
