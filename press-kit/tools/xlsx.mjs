// @ts-check
// facts.xlsx: the CSV tables as sheets, after a README sheet, for a spreadsheet with no import step.
import ExcelJS from 'exceljs';
import { citeAs } from './shared.mjs';
import { CSV_COLUMNS, SOURCES_CSV_COLUMNS, factRows, sourceRows } from './csv.mjs';

/**
 * @typedef {import('./content-types').Content} Data
 * @typedef {import('./content-types').Expanded<import('./content-types').FactEntry>} Fact
 */

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
      `${kit.publisher ? kit.publisher.name : 'The ct-awareness project'}. Not an official publication of IOM or of Peru’s Ministry of the Interior: each fact’s original source is the authority.`,
    ],
    ...(kit.publisher
      ? [
          /** @type {[string, string]} */ ([
            'Press contact',
            [kit.publisher.press_contact.name, kit.publisher.press_contact.email, kit.publisher.press_contact.phone]
              .filter(Boolean)
              .join(' · '),
          ]),
        ]
      : []),
    ...(kit.corrections
      ? [
          /** @type {[string, string]} */ ([
            'Corrections',
            [kit.corrections.email, kit.corrections.url].filter(Boolean).join(' · '),
          ]),
        ]
      : []),
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
