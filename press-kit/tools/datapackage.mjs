// @ts-check
// datapackage.json (Data Package v2): every file with its size and sha256, every column described.
import { LANGUAGE_INFO } from '../../src/shared/languages.js';
import { publisherName } from '../../src/shared/citation.js';
import { createHash } from 'node:crypto';
import { CSV_COLUMNS } from './csv.mjs';

/**
 * @typedef {import('./content-types').Content} Data
 * @typedef {import('../../src/data/types.js').Lang} Lang
 */

/** Each CSV column's Table Schema field: a title, a description and, where it has one, its type and constraints. */
const FIELD_DESCRIPTIONS =
  /** @type {Record<string, { title: string, description: string, type?: string, constraints?: object }>} */ ({
    id: {
      title: 'Fact id',
      description: 'Stable id of the fact: never reused or renamed.',
      constraints: { required: true, unique: true },
    },
    topic: {
      title: 'Topic',
      description: 'What the fact is about.',
      constraints: { enum: ['campaign', 'hotline', 'patterns', 'law', 'figures'] },
    },
    status: {
      title: 'Status',
      description:
        'current: true today; historical: true then, not a current fact; attributed: one organisation’s claim that another source contradicts.',
      constraints: { required: true, enum: ['current', 'historical', 'attributed'] },
    },
    date: {
      title: 'Date',
      description:
        'The date or period the fact refers to, as written in its sources: YYYY, YYYY-MM or YYYY-MM-DD, a period as start/end. To filter by year, use start_year and end_year.',
    },
    start_year: {
      title: 'Start year',
      description: 'The first year the fact refers to (the year of date, or of its start for a period).',
      type: 'integer',
      constraints: { required: true },
    },
    end_year: {
      title: 'End year',
      description: 'The last year the fact refers to (the same as start_year unless date is a period).',
      type: 'integer',
      constraints: { required: true },
    },
    checked_on: {
      title: 'Last checked',
      description: 'The day the project last compared the fact with its sources (YYYY-MM-DD); empty before 1.4.0.',
    },
    value: { title: 'Value', description: 'The headline quantity, when the fact has one.', type: 'number' },
    tier: {
      title: 'Tier',
      description: 'For a ranking fact, the rank (the US TIP Report tier), not a quantity.',
      type: 'integer',
    },
    unit: { title: 'Unit', description: 'What the value counts.' },
    qualifier: {
      title: 'Qualifier',
      description: 'more-than or about, when the value is not exact.',
      constraints: { enum: ['more-than', 'about'] },
    },
  });

/** The columns of facts.csv written once per language: their title and description in that language's name. */
const PER_LANGUAGE_FIELD =
  /** @type {Record<string, (lang: string, language: string) => { title: string, description: string, constraints?: object }>} */ ({
    label: (lang, language) => ({
      title: `Label (${lang})`,
      description: `What the headline figure counts, in ${language}, for facts that have a figure.`,
    }),
    statement: (lang, language) => ({
      title: `Statement (${lang})`,
      description: `The fact as a sentence, in ${language}.`,
      constraints: { required: true },
    }),
    attribution: (lang, language) => ({
      title: `Attribution (${lang})`,
      description: `Whose claim it is, for attributed facts, in ${language}.`,
    }),
    citation: (lang, language) => ({
      title: `Citation (${lang})`,
      description: `The fact as a newsroom cites it, in ${language}: the statement, each source's title (publisher, date) and URL, then this press kit's name, version and address or release day. The fact sheet and the press-kit page copy the same text.`,
      constraints: { required: true },
    }),
  });

/** The Table Schema of facts.csv: every column described, the status an enum, the id the key. */
export function factsTableSchema() {
  return {
    fields: CSV_COLUMNS.map((name) => {
      const [kind, lang] = name.split('_');
      const language = LANGUAGE_INFO[/** @type {Lang} */ (lang)]?.english;
      const described = FIELD_DESCRIPTIONS[name] ?? PER_LANGUAGE_FIELD[kind](lang, language);
      return { name, type: 'string', ...described };
    }),
    primaryKey: ['id'],
  };
}

/** A published file as a Data Package resource: its path, media type, size and sha256. */
function resource(
  /** @type {string} */ name,
  /** @type {Uint8Array} */ bytes,
  /** @type {string} */ mediatype,
  /** @type {string} */ title,
) {
  return {
    // Unique per file: facts.csv and facts.json are two resources.
    name: name.replace(/[^a-z0-9]+/g, '-'),
    path: name,
    title,
    format: name.split('.').pop(),
    mediatype,
    // Only text has a character encoding; a workbook or a zip is bytes.
    ...(mediatype.startsWith('text/') || mediatype === 'application/json' ? { encoding: 'utf-8' } : {}),
    bytes: bytes.length,
    hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
  };
}

export function dataPackage(
  /** @type {Data} */ data,
  /** @type {Record<string, Uint8Array>} */ files,
  /** @type {boolean} */ draft,
) {
  const kit = data.kit;
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: kit.name,
    title: kit.title.en,
    description: kit.boilerplate.en,
    version: kit.version,
    ...(kit.keywords ? { keywords: kit.keywords.en } : {}),
    // RFC 3339, as the Data Package standard requires: the release day, at midnight UTC.
    created: draft ? undefined : `${kit.released}T00:00:00Z`,
    licenses: [kit.license],
    sources: data.sources.sources.map((s) => ({
      title: `${s.title} (${publisherName(s, 'en')}, ${s.date})`,
      ...(s.url ? { path: s.url } : {}),
    })),
    contributors: kit.publisher
      ? [
          // The organisation that answers for the kit, with its press contact (set by it in kit.json).
          {
            title: kit.publisher.name,
            roles: ['publisher'],
            ...(kit.publisher.url ? { path: kit.publisher.url } : {}),
          },
          {
            title: kit.publisher.press_contact.name,
            roles: ['contact'],
            ...(kit.publisher.press_contact.email ? { email: kit.publisher.press_contact.email } : {}),
          },
        ]
      : kit.contributors.map((c) => ({ title: c.title, roles: [c.role] })),
    resources: [
      {
        ...resource('facts.csv', files['facts.csv'], 'text/csv', 'Facts'),
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n' },
        schema: factsTableSchema(),
      },
      {
        ...resource('sources.csv', files['sources.csv'], 'text/csv', 'Sources of each fact'),
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n' },
        schema: {
          fields: [
            {
              name: 'fact_id',
              type: 'string',
              title: 'Fact id',
              description: 'The fact, by its id in facts.csv.',
              constraints: { required: true },
            },
            {
              name: 'source_id',
              type: 'string',
              title: 'Source id',
              description: 'The source, by its stable id.',
              constraints: { required: true },
            },
            { name: 'title', type: 'string', title: 'Title', description: 'The source’s title.' },
            {
              name: 'language',
              type: 'string',
              title: 'Language',
              description: 'The language of the title, as a BCP 47 tag (es, en, pt).',
            },
            {
              name: 'publisher',
              type: 'string',
              title: 'Publisher',
              description:
                'Who published it, named in English; the citation columns of facts.csv name it in each language.',
            },
            { name: 'date', type: 'string', title: 'Date', description: 'When: YYYY, YYYY-MM or YYYY-MM-DD.' },
            {
              name: 'url',
              type: 'string',
              title: 'URL',
              description: 'The address of the specific page or document; empty where unavailable_online says why.',
            },
            {
              name: 'unavailable_online',
              type: 'string',
              title: 'Unavailable online',
              description:
                'For a source with no page to link (print, a cable, a copy the kit will not link): why, and what identifies it.',
            },
          ],
          primaryKey: ['fact_id', 'source_id'],
          foreignKeys: [{ fields: ['fact_id'], reference: { resource: 'facts-csv', fields: ['id'] } }],
        },
      },
      ...(files['facts.xlsx']
        ? [
            resource(
              'facts.xlsx',
              files['facts.xlsx'],
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              'Facts and their sources, as a workbook (sheets "facts" and "sources")',
            ),
          ]
        : []),
      resource('facts.json', files['facts.json'], 'application/json', 'Facts'),
      resource('hotline.json', files['hotline.json'], 'application/json', 'Hotline channels'),
    ],
  };
}
