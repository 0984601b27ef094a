// @ts-check
// The files a journalist downloads for one version of the press kit.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { LANGS, PRESS_KIT_DIR } from './content.mjs';
import { FALLBACK_LANGUAGE, LANGUAGE_INFO } from '../../src/shared/languages.js';

/** @typedef {import('../../src/data/types.js').Lang} Lang */
import { blocksHtml, changelogSections } from './markdown.mjs';
import { escapeHtml } from '../../src/shared/html.js';
import { citationText, publisherName } from '../../src/shared/citation.js';
import { telHref } from '../../src/shared/phone.js';

/** A source title's language, marked so a screen reader reads it in that language. */
const langAttribute = (/** @type {string | undefined} */ language) =>
  language ? ` lang="${escapeHtml(language)}"` : '';

/**
 * @typedef {import('./content-types').Content} Data
 * @typedef {import('./content-types').Expanded<import('./content-types').FactEntry>} Fact
 * @typedef {import('./content-types').Expanded<import('./content-types').ChannelEntry>} Channel
 */

/** The current channel of a role; the content check has made sure there is one. */
export function currentChannel(/** @type {Channel[]} */ channels, /** @type {Channel['role']} */ role) {
  const channel = channels.find((c) => c.role === role && c.status === 'current');
  if (!channel) throw new Error(`no current ${role} channel: the content check should have stopped the build`);
  return channel;
}

/**
 * The kit as a citation names it, in one language: "ct-awareness press kit, version 1.6.0", then
 * the version's address when the kit has a public one, else its release day.
 */
export const citeAs = (/** @type {Data['kit']} */ kit, /** @type {Lang} */ lang) =>
  `${kit.cite_as[lang].replace('{version}', kit.version)}, ${kit.url ? new URL(`${kit.version}/`, kit.url).href : kit.released}`;

/** When a number was last verified and how: "2025, in press reports (…)" (releases before 1.2.0 say when only). */
export function verifiedText(/** @type {Channel} */ channel, /** @type {Lang} */ lang) {
  const how = PAGE_TEXT[lang].verifiedBy[/** @type {keyof typeof PAGE_TEXT.es.verifiedBy} */ (channel.verified_by)];
  return `${channel.verified_on}${channel.verified_by ? `, ${how}` : ''}`;
}

/** A source by its id; the content check has made sure every id is known. */
function sourceOf(/** @type {Map<string, import('./content-types').SourceEntry>} */ byId, /** @type {string} */ id) {
  const source = byId.get(id);
  if (!source) throw new Error(`unknown source "${id}": the content check should have stopped the build`);
  return source;
}

/** A source as published beside a fact: without its id. */
const withoutId = (/** @type {import('./content-types').SourceEntry} */ { id: _id, ...source }) => source;

/** Facts with their sources written out, as journalists and the widgets read them. */
export function expandFacts(/** @type {Data} */ data) {
  const byId = new Map(data.sources.sources.map((s) => [s.id, s]));
  const expand = (/** @type {string[]} */ ids) => ids.map((id) => withoutId(sourceOf(byId, id)));
  return {
    facts: data.facts.facts.map((f) => ({ ...f, sources: expand(f.sources) })),
    channels: data.hotline.channels.map((c) => ({ ...c, sources: expand(c.sources) })),
  };
}

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

/** The years a date or a start/end period covers, as numbers a spreadsheet filters by. */
const years = (/** @type {string} */ date) => {
  const parts = date.split('/');
  return [Number(parts[0].slice(0, 4)), Number((parts[1] ?? parts[0]).slice(0, 4))];
};

/** The rows of facts.csv and of the workbook's first sheet. */
function factRows(/** @type {Fact[]} */ facts, /** @type {Data['kit']} */ kit) {
  return facts.map((f) => {
    const rank = f.unit === 'tier';
    return [
      f.id,
      f.topic,
      f.status,
      f.date,
      ...years(f.date),
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
function sourceRows(/** @type {Data} */ data) {
  const byId = new Map(data.sources.sources.map((s) => [s.id, s]));
  return data.facts.facts.flatMap((f) =>
    f.sources.map((/** @type {string} */ id) => {
      const s = sourceOf(byId, id);
      return [f.id, id, s.title, s.language, publisherName(s, 'en'), s.date, s.url, s.unavailable_online];
    }),
  );
}

export function factsCsv(/** @type {Fact[]} */ facts, /** @type {Data['kit']} */ kit) {
  return csv(CSV_COLUMNS, factRows(facts, kit));
}

export function sourcesCsv(/** @type {Data} */ data) {
  return csv(SOURCES_CSV_COLUMNS, sourceRows(data));
}

/** A column's width in the workbook: its longest cell, within what a screen shows (in characters). */
const columnWidth = (/** @type {unknown[]} */ cells) =>
  Math.min(60, Math.max(8, ...cells.map((c) => (c === undefined || c === null ? 0 : String(c).length + 2))));

/**
 * facts.xlsx: a "README" sheet (title, version, licence, how to cite, where the data comes from),
 * then the two tables as sheets "facts" and "sources" with the CSV files' columns, each sized to
 * its content, filterable, its header frozen and its URLs clickable.
 */
export async function factsXlsx(/** @type {Fact[]} */ facts, /** @type {Data} */ data) {
  const kit = data.kit;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ct-awareness';
  workbook.title = kit.title.en;
  // The release day, not the moment of the build.
  workbook.created = workbook.modified = new Date(`${kit.released}T00:00:00Z`);
  const readme = workbook.addWorksheet('README');
  const about = /** @type {[string, string | { text: string, hyperlink: string }][]} */ ([
    ['Title', kit.title.en],
    ['Version', kit.version],
    ['Released', kit.released],
    ['Licence', { text: kit.license.title, hyperlink: kit.license.path }],
    ['How to cite', kit.credit.en.replace('{version}', kit.version)],
    ['Cite this version as', citeAs(kit, 'en')],
    [
      'Each fact’s citation',
      'Columns citation_es, citation_en and citation_pt of the sheet "facts": the statement, its sources with their titles and URLs, and this version.',
    ],
    [
      'Where it comes from',
      'The ct-awareness press kit’s content files (facts, sources, hotline), checked at each build; each fact names its sources in the sheet "sources".',
    ],
    [
      'Publisher',
      'The ct-awareness project. Not an official publication of IOM or of Peru’s Ministry of the Interior: each fact’s original source is the authority.',
    ],
    [
      'Sheets',
      '"facts": a row per fact, as facts.csv. "sources": a row per fact and source, as sources.csv. The data package (datapackage.json) describes every column.',
    ],
  ]);
  readme.addRow(['Field', 'Value']).font = { bold: true };
  for (const row of about) readme.addRow(row);
  readme.getColumn(1).width = 22;
  readme.getColumn(2).width = 100;
  readme.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  for (const [name, header, rows] of /** @type {[string, string[], unknown[][]][]} */ ([
    ['facts', CSV_COLUMNS, factRows(facts, kit)],
    ['sources', SOURCES_CSV_COLUMNS, sourceRows(data)],
  ])) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(header).font = { bold: true };
    const urlColumn = header.indexOf('url');
    for (const row of rows)
      sheet.addRow(
        row.map((cell, i) =>
          cell === undefined ? null : i === urlColumn ? { text: String(cell), hyperlink: String(cell) } : cell,
        ),
      );
    header.forEach((title, i) => (sheet.getColumn(i + 1).width = columnWidth([title, ...rows.map((r) => r[i])])));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The pages' own words, one file per language in press-kit/page/strings; the facts come from the content. */
export const PAGE_TEXT = /** @type {Record<Lang, typeof import('../page/strings/en.json')>} */ (
  Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      JSON.parse(readFileSync(join(PRESS_KIT_DIR, 'page', 'strings', `${lang}.json`), 'utf8')),
    ]),
  )
);

/** Each language's page: the fallback language's is the folder's index. */
export const PAGE_FILE = /** @type {Record<Lang, string>} */ (
  Object.fromEntries(LANGS.map((lang) => [lang, lang === FALLBACK_LANGUAGE ? 'index.html' : `${lang}.html`]))
);

/** Each language's Atom feed beside its versions page (feed.mjs writes it): atom.xml, atom.<lang>.xml for the others. */
export const FEED_FILE = /** @type {Record<Lang, string>} */ (
  Object.fromEntries(LANGS.map((lang) => [lang, lang === FALLBACK_LANGUAGE ? 'atom.xml' : `atom.${lang}.xml`]))
);

/** A date or a start/end period as <time> elements, each with a machine-readable datetime. */
function timeHtml(/** @type {string} */ value) {
  return value
    .split('/')
    .map((part) => `<time datetime="${escapeHtml(part)}">${escapeHtml(part)}</time>`)
    .join('–');
}

/** Media types of the published files, by extension. */
const MEDIA_TYPE = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};
const mediaType = (/** @type {string} */ name) =>
  MEDIA_TYPE[/** @type {keyof typeof MEDIA_TYPE} */ (name.split('.').pop())] ?? 'application/octet-stream';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The page's JSON-LD, from the content only: the line's operator with its contact point, and the
 * dataset with every published file. Full addresses when the kit has a public url, else relative.
 * @param {{ kit: Data['kit'], facts: Fact[], channels: Channel[], lang: Lang, files: string[] }} options
 */
export function structuredData({ kit, facts, channels, lang, files }) {
  const here = kit.url ? new URL(`${kit.version}/`, kit.url).href : undefined;
  const address = (/** @type {string} */ file) => (here ? new URL(file, here).href : file);
  const line = currentChannel(channels, 'trafficking-line');
  const organizations = (/** @type {(role: string) => boolean} */ wanted) =>
    kit.contributors.filter((c) => wanted(c.role)).map((c) => ({ '@type': 'Organization', name: c.title }));
  const years = facts
    .flatMap((f) => f.date.split('/'))
    .map((d) => d.slice(0, 4))
    .sort();
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'GovernmentOrganization',
        name: line.operator[lang],
        contactPoint: {
          '@type': 'ContactPoint',
          telephone: line.number,
          ...(line.option ? { description: `${PAGE_TEXT[lang].option} ${line.option}` } : {}),
          contactType: PAGE_TEXT[lang].hotline,
          ...(kit.spatial_coverage ? { areaServed: kit.spatial_coverage.country } : {}),
          // A language known only from older evidence is named with its year, not as a plain current fact.
          ...(line.languages
            ? { availableLanguage: line.languages.filter((code) => !line.languages_as_of?.[code]) }
            : {}),
          ...(line.languages_as_of && Object.keys(line.languages_as_of).length
            ? {
                description: [
                  line.option ? `${PAGE_TEXT[lang].option} ${line.option}` : '',
                  ...Object.entries(line.languages_as_of).map(
                    ([code, year]) =>
                      `${new Intl.DisplayNames([LANGUAGE_INFO[lang].intl], { type: 'language' }).of(code)}: ${PAGE_TEXT[lang].asOf} ${year}`,
                  ),
                ]
                  .filter(Boolean)
                  .join('. '),
              }
            : {}),
          ...(line.hours === '24/7'
            ? {
                hoursAvailable: {
                  '@type': 'OpeningHoursSpecification',
                  dayOfWeek: DAYS.map((day) => `https://schema.org/${day}`),
                  opens: '00:00',
                  closes: '23:59',
                },
              }
            : {}),
        },
      },
      {
        '@type': 'Dataset',
        ...(here ? { '@id': `${here}#dataset`, url: here } : {}),
        identifier: `${kit.name}@${kit.version}`,
        name: kit.title[lang],
        description: kit.boilerplate[lang],
        version: kit.version,
        inLanguage: lang,
        license: kit.license.path,
        isAccessibleForFree: true,
        datePublished: kit.released,
        creator: organizations((role) => role === 'publisher'),
        publisher: organizations((role) => role === 'publisher'),
        contributor: organizations((role) => role !== 'publisher'),
        ...(kit.keywords ? { keywords: kit.keywords[lang] } : {}),
        temporalCoverage: `${years[0]}/${years.at(-1)}`,
        ...(kit.spatial_coverage
          ? {
              spatialCoverage: {
                '@type': 'Place',
                name: kit.spatial_coverage.name[lang],
                address: { '@type': 'PostalAddress', addressCountry: kit.spatial_coverage.country },
              },
            }
          : {}),
        distribution: files.map((file) => ({
          '@type': 'DataDownload',
          name: file,
          contentUrl: address(file),
          encodingFormat: mediaType(file),
        })),
      },
    ],
  };
}

/**
 * The changelog in the page's language (English for a release that has only English): its
 * corrections section, with where to report an error when the kit has an address, then the changes.
 * @param {import('./content.mjs').Changelog} changelog
 * @param {Lang} lang
 * @param {Data['kit']} kit
 */
function changelogHtml(changelog, lang, kit) {
  const t = PAGE_TEXT[lang];
  const own = changelog[lang] !== undefined;
  const sections = changelogSections(changelog[lang] ?? changelog.en ?? '');
  const isVersion = (/** @type {string} */ heading) => /^\[?\d+\.\d+\.\d+/.test(heading);
  const corrections = sections.filter((s) => s.heading && !isVersion(s.heading));
  const report = kit.corrections
    ? `<p>${t.reportError}: ${[
        kit.corrections.email &&
          `<a href="mailto:${escapeHtml(kit.corrections.email)}">${escapeHtml(kit.corrections.email)}</a>`,
        kit.corrections.url && `<a href="${escapeHtml(kit.corrections.url)}">${escapeHtml(kit.corrections.url)}</a>`,
      ]
        .filter(Boolean)
        .join(' · ')}</p>`
    : '';
  const langAttr = own ? '' : ' lang="en"';
  return `<section aria-labelledby="h-corrections"${langAttr}>
<h2 id="h-corrections">${t.corrections}</h2>
${corrections.map((s) => blocksHtml(s.blocks)).join('\n')}
${report}
</section>
<section aria-labelledby="h-changelog"${langAttr}>
<h2 id="h-changelog">${t.changelog}</h2>
${sections
  .filter((s) => !s.heading || isVersion(s.heading))
  .map((s) => `${s.heading ? `<h3>${escapeHtml(s.heading)}</h3>\n` : ''}${blocksHtml(s.blocks)}`)
  .join('\n')}
</section>`;
}

/** The kit's icon: inline, so every page has it without one more file in each folder. */
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#7a1f3d"/><path d="M10 7h5l2 6-3 2a14 14 0 0 0 6 6l2-3 6 2v5c0 1-1 2-2 2A19 19 0 0 1 8 9c0-1 1-2 2-2z" fill="#fff"/></svg>';

/** The first lines of every page's head: the character set, the viewport and the icon. */
export const HEAD_START = `<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${encodeURIComponent(FAVICON_SVG)}">`;

/**
 * A page's address and its preview when shared, once the kit has a public address (kit.json's
 * url): the canonical link, og:url and og:image, the line's card in the page's language. Nothing
 * without one: Open Graph wants absolute addresses, and the kit invents none.
 * @param {Data['kit']} kit
 * @param {Lang} lang
 * @param {string} path the page's path from the kit's folder, e.g. "1.6.0/index.html"
 */
export function shareHead(kit, lang, path) {
  if (!kit.url) return '';
  const url = new URL(path, kit.url).href;
  const image = new URL(`images/line-${lang}-1200x630.png`, kit.url).href;
  return `<link rel="canonical" href="${escapeHtml(url)}">
<meta property="og:url" content="${escapeHtml(url)}">
<meta property="og:image" content="${escapeHtml(image)}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
`;
}

/**
 * The head's and the header's links to the Atom feed of the releases (versions/atom*.xml), from a
 * page one folder below the kit's; none while the kit has no public address, as there is no feed
 * then (feed.mjs).
 */
export function feedLinks(/** @type {Data['kit']} */ kit, /** @type {Lang} */ lang) {
  if (!kit.url) return { head: '', header: '' };
  const href = `../versions/${FEED_FILE[lang]}`;
  const title = escapeHtml(PAGE_TEXT[lang].feed);
  return {
    head: `<link rel="alternate" type="application/atom+xml" href="${href}" title="${title}">\n`,
    header: ` · <a href="${href}">${title}</a>`,
  };
}

/** The links from a page to the same page in the other languages. */
const alternates = () => LANGS.map((l) => `<link rel="alternate" hreflang="${l}" href="${PAGE_FILE[l]}">`).join('\n');

/** The language switch of a page in `lang`: each language in its own name, the current one marked. */
export function languageNav(/** @type {Lang} */ lang) {
  const links = LANGS.map(
    (l) =>
      `<a href="${PAGE_FILE[l]}" hreflang="${l}" lang="${l}"${l === lang ? ' aria-current="page"' : ''}>${LANGUAGE_INFO[l].name}</a>`,
  ).join(' · ');
  return `<nav aria-label="${PAGE_TEXT[lang].languages}">${links}</nav>`;
}

function pressKitPage(
  /** @type {Data} */ data,
  /** @type {Fact[]} */ facts,
  /** @type {Channel[]} */ channels,
  /** @type {import('./content.mjs').Changelog} */ changelog,
  /** @type {Lang} */ lang,
  /** @type {string[]} */ files,
) {
  const t = PAGE_TEXT[lang];
  const kit = data.kit;
  const line = currentChannel(channels, 'trafficking-line');
  const danger = currentChannel(channels, 'immediate-danger');
  const verified = (/** @type {Channel} */ c) => escapeHtml(verifiedText(c, lang));
  // What was confirmed, by whom: the campaign, or not yet (the project's own check, with its evidence's date).
  const confirmation = (/** @type {Channel} */ c) => (c.confirmed_by_campaign ? t.confirmed : t.notConfirmed);
  const jsonLd = structuredData({ kit, facts, channels, lang, files });
  const status = (/** @type {Fact} */ f) =>
    f.status === 'attributed' ? `${t.attributed}: ${f.attribution?.[lang] ?? ''}` : t[f.status];
  const factItems = facts
    .map((f) => {
      const cite = citationText(f, lang, citeAs(kit, lang));
      return `<li class="fact" id="${escapeHtml(f.id)}">
  <p class="meta"><span class="status status-${f.status}">${escapeHtml(status(f))}</span> · ${t.date}: ${timeHtml(f.date)}${f.checked_on ? ` · ${t.checked}: ${timeHtml(f.checked_on)}` : ''} · <code>${escapeHtml(f.id)}</code></p>
  <p class="statement">${escapeHtml(f.statement[lang])}</p>
  <p class="sources">${f.sources.length > 1 ? t.sources : t.source}: ${f.sources
    .map(
      (s) =>
        `${s.url ? `<a href="${escapeHtml(s.url)}"${langAttribute(s.language)}>${escapeHtml(s.title)}</a>` : `<cite${langAttribute(s.language)}>${escapeHtml(s.title)}</cite>`} (${escapeHtml(publisherName(s, lang))}, ${escapeHtml(s.date)})${s.url ? ` <span class="print-url">${escapeHtml(s.url)}</span>` : ` <span class="not-online">[${t.notOnline}${s.unavailable_online ? `: <span lang="en">${escapeHtml(s.unavailable_online)}</span>` : ''}]</span>`}`,
    )
    .join('; ')}</p>
  <p class="citation" hidden>${escapeHtml(cite)}</p>
  <button type="button" class="copy" hidden data-citation="${escapeHtml(cite)}">${t.copy}</button>
</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
${HEAD_START}
<title>${escapeHtml(kit.title[lang])} · ${t.version} ${kit.version}</title>
<meta name="description" content="${escapeHtml(kit.boilerplate[lang])}">
<meta property="og:type" content="website">
<meta property="og:title" content="${escapeHtml(kit.title[lang])} · ${t.version} ${kit.version}">
<meta property="og:description" content="${escapeHtml(kit.boilerplate[lang])}">
<meta property="og:locale" content="${LANGUAGE_INFO[lang].ogLocale}">
${LANGS.filter((l) => l !== lang)
  .map((l) => `<meta property="og:locale:alternate" content="${LANGUAGE_INFO[l].ogLocale}">`)
  .join('\n')}
${alternates()}
${shareHead(kit, lang, `${kit.version}/${PAGE_FILE[lang]}`)}${feedLinks(kit, lang).head}<link rel="stylesheet" href="press-kit.css">
<script type="application/ld+json">${JSON.stringify(jsonLd).replaceAll('<', '\\u003c')}</script>
</head>
<body>
<header>
${languageNav(lang)}
<h1>${escapeHtml(kit.title[lang])}</h1>
<p>${t.version} ${kit.version} · ${escapeHtml(kit.released)} · <a href="../versions/${PAGE_FILE[lang]}">${t.allVersions}</a> · <a href="../images/${PAGE_FILE[lang]}">${t.imagesTitle}</a> · <a href="../poster/${lang}-a4.html">${t.posterTitle}</a>${feedLinks(kit, lang).header}</p>
<p class="superseded" role="status" hidden data-version="${escapeHtml(kit.version)}" data-lang="${lang}" data-text="${escapeHtml(t.superseded)}" data-link="${escapeHtml(t.supersededLink)}" data-versions="../versions/${PAGE_FILE[lang]}"></p>
</header>
<main>
<p class="boilerplate">${escapeHtml(kit.boilerplate[lang])}</p>
<section aria-labelledby="h-hotline">
<h2 id="h-hotline">${t.hotline}</h2>
<p class="hotline"><strong><a href="${telHref(line.number)}">${escapeHtml(line.number)}</a></strong>${line.option ? `, ${t.option} ${escapeHtml(line.option)}` : ''} — ${escapeHtml(line.operator[lang])}; ${t.free}, ${t.confidential}, ${t.hours}. ${t.lastVerified}: ${verified(line)}. ${confirmation(line)}</p>
<p>${t.immediate}: <a href="${telHref(danger.number)}">${escapeHtml(danger.number)}</a> (${escapeHtml(danger.operator[lang])}). ${t.lastVerified}: ${verified(danger)}. ${confirmation(danger)}</p>
</section>
<section aria-labelledby="h-facts">
<h2 id="h-facts">${t.facts}</h2>
<ol class="facts">
${factItems}
</ol>
</section>
<section aria-labelledby="h-contact">
<h2 id="h-contact">${t.contact}</h2>
<p>${escapeHtml(kit.contact.name)}, ${escapeHtml(kit.contact.organization)}${kit.contact.phone ? ` · ${escapeHtml(kit.contact.phone)}` : ''}${kit.contact.email ? ` · ${escapeHtml(kit.contact.email)}` : ''}</p>
<p><em>${escapeHtml(kit.contact.note[lang])}</em></p>
</section>
<section aria-labelledby="h-downloads">
<h2 id="h-downloads">${t.downloads}</h2>
<ul>${files.map((f) => `<li><a href="${escapeHtml(f)}">${escapeHtml(f)}</a></li>`).join('')}</ul>
<p>${t.licence}: <a href="${escapeHtml(kit.license.path)}">${escapeHtml(kit.license.title)}</a>. ${t.credit}: ${escapeHtml(kit.credit[lang].replace('{version}', kit.version))}</p>
<p>${t.notOfficial}</p>
</section>
${changelogHtml(changelog, lang, kit)}
</main>
<p class="announcer" role="status" data-copied="${escapeHtml(t.copied)}" data-failed="${escapeHtml(t.copyFailed)}"></p>
<script src="press-kit.js" type="module"></script>
</body>
</html>
`;
}

/** sha256 and size of a file's bytes, as a Data Package resource wants them. */
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
    `press-kit-${kit.version}.zip`,
  ];
  for (const lang of LANGS) put(PAGE_FILE[lang], pressKitPage(data, facts, channels, changelog, lang, downloads));
  files['press-kit.css'] = readFileSync(join(PRESS_KIT_DIR, 'page', 'press-kit.css'));
  files['press-kit.js'] = readFileSync(join(PRESS_KIT_DIR, 'page', 'press-kit.js'));
  files['copy.js'] = readFileSync(join(PRESS_KIT_DIR, '..', 'src', 'shared', 'copy.js'));
  // Fixed timestamps keep the zip byte-identical from one build to the next.
  const zipped = zipSync(
    Object.fromEntries(Object.entries(files).map(([n, b]) => [n, [b, { mtime: new Date(Date.UTC(2000, 0, 1)) }]])),
    { level: 9 },
  );
  files[`press-kit-${kit.version}.zip`] = zipped;
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(outDir, name), bytes);
  return Object.keys(files);
}

function dataPackage(
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
    contributors: kit.contributors.map((c) => ({ title: c.title, roles: [c.role] })),
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

/**
 * The versions page in one language: every release, newest first, with its date, its changes in
 * that language, its page and each published file with its SHA-256 checksum.
 * A version with a newer one says which replaced it. With `feed`, it links the Atom feed of the
 * releases (feed.mjs) beside it.
 * @param {{ releases: { version: string, data: Data, sums: string }[], changelog: import('./content.mjs').Changelog, lang: Lang, feed?: boolean }} options
 */
export function versionsPage({ releases, changelog, lang, feed = false }) {
  const t = PAGE_TEXT[lang];
  const latestKit = releases.at(-1)?.data.kit;
  const next = new Map(releases.slice(0, -1).map((r, i) => [r.version, releases[i + 1].version]));
  const sections = new Map(changelogSections(changelog[lang] ?? '').map((s) => [s.heading, s.blocks]));
  const title = t.versionsTitle;
  const items = [...releases]
    .reverse()
    .map(({ version, data, sums }) => {
      const files = sums
        .trim()
        .split('\n')
        .map((line) => /^([0-9a-f]{64}) {2}(.+)$/.exec(line))
        .filter((match) => match !== null)
        .map(
          ([, hash, name]) =>
            `<tr><td><a href="../${escapeHtml(version)}/${escapeHtml(name)}">${escapeHtml(name)}</a></td><td><code>${hash}</code></td></tr>`,
        )
        .join('');
      return `<section aria-labelledby="v-${escapeHtml(version)}">
<h2 id="v-${escapeHtml(version)}">${t.version} ${escapeHtml(version)}</h2>
<p>${t.released} ${timeHtml(data.kit.released)} · <a href="../${escapeHtml(version)}/${PAGE_FILE[lang]}">${t.page}</a></p>
${next.has(version) ? `<p class="superseded-by"><a href="#v-${escapeHtml(next.get(version) ?? '')}">${escapeHtml(t.supersededBy.replace('{version}', next.get(version) ?? ''))}</a></p>\n` : ''}
${blocksHtml(sections.get(version) ?? [])}
<details>
<summary>${t.files}</summary>
<table><tbody>${files}</tbody></table>
</details>
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
${HEAD_START}
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(title)}: ${releases.map((r) => r.version).join(', ')}">
${alternates()}
${latestKit ? shareHead(latestKit, lang, `versions/${PAGE_FILE[lang]}`) : ''}${feed ? `<link rel="alternate" type="application/atom+xml" href="${FEED_FILE[lang]}" title="${escapeHtml(t.feed)}">\n` : ''}<link rel="stylesheet" href="press-kit.css">
</head>
<body>
<header>
${languageNav(lang)}
<h1>${escapeHtml(title)}</h1>
<p><a href="../latest/${PAGE_FILE[lang]}">${escapeHtml(releases.at(-1)?.data.kit.title[lang] ?? '')}</a> · <a href="../images/${PAGE_FILE[lang]}">${t.imagesTitle}</a> · <a href="../poster/${lang}-a4.html">${t.posterTitle}</a>${feed ? ` · <a href="${FEED_FILE[lang]}">${escapeHtml(t.feed)}</a>` : ''}</p>
</header>
<main>
${items}
</main>
</body>
</html>
`;
}
