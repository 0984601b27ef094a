// @ts-check
// facts.csv and sources.csv: RFC 4180, a byte-order mark for Excel, one value per cell.
import { citationText, inLanguage, publisherName } from '../../src/shared/citation.js';
import { LANGS } from './content.mjs';
import { citeAs, sourceOf, yearsOf } from './shared.mjs';

/**
 * @typedef {import('./content-types').Content} Data
 * @typedef {import('./content-types').Expanded<import('./content-types').FactEntry>} Fact
 */

/**
 * facts.csv: one row per fact, one column per language for each text. `value` holds quantities
 * only; a rank (the TIP tier) is in `tier`. The sources are in sources.csv, a row per fact and
 * source, so a spreadsheet has no packed cells.
 */
export const CSV_COLUMNS = [
  'id',
  'topic',
  'status',
  'date',
  'start_year',
  'end_year',
  'checked_on',
  'value',
  'unit',
  'qualifier',
  'tier',
  ...LANGS.map((l) => `label_${l}`),
  ...LANGS.map((l) => `statement_${l}`),
  ...LANGS.map((l) => `attribution_${l}`),
  ...LANGS.map((l) => `citation_${l}`),
];

export const SOURCES_CSV_COLUMNS = [
  'fact_id',
  'source_id',
  'title',
  'language',
  'publisher',
  'date',
  'url',
  'unavailable_online',
];

/** One CSV field, quoted per RFC 4180. */
function csvField(/** @type {unknown} */ value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a byte-order mark, so Excel reads the accents as UTF-8. */
function csv(/** @type {string[]} */ header, /** @type {unknown[][]} */ rows) {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The rows of facts.csv and of the workbook's first sheet. */
export function factRows(/** @type {Fact[]} */ facts, /** @type {Data['kit']} */ kit) {
  return facts.map((f) => {
    const rank = f.unit === 'tier';
    return [
      f.id,
      f.topic,
      f.status,
      f.date,
      ...yearsOf(f.date),
      f.checked_on,
      rank ? undefined : f.value,
      rank ? undefined : f.unit,
      f.qualifier,
      rank ? f.value : undefined,
      ...LANGS.map((l) => f.label?.[l]),
      ...LANGS.map((l) => f.statement[l]),
      ...LANGS.map((l) => f.attribution?.[l]),
      ...LANGS.map((l) => citationText(f, l, citeAs(kit, l))),
    ];
  });
}

/** The rows of sources.csv and of the workbook's second sheet: each source of each fact. */
export function sourceRows(/** @type {Data} */ data) {
  const byId = new Map(data.sources.sources.map((s) => [s.id, s]));
  return data.facts.facts.flatMap((f) =>
    f.sources.map((/** @type {string} */ id) => {
      const s = sourceOf(byId, id);
      return [
        f.id,
        id,
        s.title,
        s.language,
        publisherName(s, 'en'),
        s.date,
        s.url,
        s.unavailable_online && inLanguage(s.unavailable_online, 'en'),
      ];
    }),
  );
}

export function factsCsv(/** @type {Fact[]} */ facts, /** @type {Data['kit']} */ kit) {
  return csv(CSV_COLUMNS, factRows(facts, kit));
}

export function sourcesCsv(/** @type {Data} */ data) {
  return csv(SOURCES_CSV_COLUMNS, sourceRows(data));
}
