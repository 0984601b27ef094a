// @ts-check
// facts.xlsx: the CSV tables as sheets, after an about sheet per language, for a spreadsheet with no import step.
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

/** The about sheets, English first (the sheet readers of 1.3.0 to 1.8.1 found first), then es and pt. */
const README_ORDER = /** @type {const} */ (['en', 'es', 'pt']);

/** The about sheets' words in each language. */
const README_TEXT = {
  en: {
    sheet: 'README',
    field: 'Field',
    value: 'Value',
    title: 'Title',
    version: 'Version',
    released: 'Released',
    licence: 'Licence',
    howToCite: 'How to cite',
    citeAs: 'Cite this version as',
    factCitation: 'Each fact’s citation',
    factCitationText:
      'Columns citation_es, citation_en and citation_pt of the sheet "facts": the statement, its sources with their titles and URLs, this version, and the day the fact was last checked.',
    origin: 'Where it comes from',
    originText:
      'The ct-awareness press kit’s content files (facts, sources, hotline), checked at each build; each fact names its sources in the sheet "sources".',
    publisher: 'Publisher',
    project: 'The ct-awareness project',
    notOfficial:
      'Not an official publication of IOM or of Peru’s Ministry of the Interior: each fact’s original source is the authority.',
    contact: 'Press contact',
    corrections: 'Corrections',
    sheets: 'Sheets',
    sheetsText:
      '"facts": a row per fact, as facts.csv. "sources": a row per fact and source, as sources.csv. The data package (datapackage.json) describes every column. "README", "LÉAME" and "LEIA-ME" say the same in English, Spanish and Portuguese.',
  },
  es: {
    sheet: 'LÉAME',
    field: 'Campo',
    value: 'Valor',
    title: 'Título',
    version: 'Versión',
    released: 'Publicada',
    licence: 'Licencia',
    howToCite: 'Cómo citar',
    citeAs: 'Cite esta versión como',
    factCitation: 'La cita de cada dato',
    factCitationText:
      'Columnas citation_es, citation_en y citation_pt de la hoja «facts»: el enunciado, sus fuentes con sus títulos y URL, esta versión y el día en que el dato se verificó por última vez.',
    origin: 'De dónde viene',
    originText:
      'Los archivos de contenido del kit de prensa de ct-awareness (datos, fuentes, líneas), verificados en cada compilación; cada dato nombra sus fuentes en la hoja «sources».',
    publisher: 'Editor',
    project: 'El proyecto ct-awareness',
    notOfficial:
      'No es una publicación oficial de la OIM ni del Ministerio del Interior del Perú: la autoridad es la fuente original de cada dato.',
    contact: 'Contacto de prensa',
    corrections: 'Correcciones',
    sheets: 'Hojas',
    sheetsText:
      '«facts»: una fila por dato, como facts.csv. «sources»: una fila por dato y fuente, como sources.csv. El paquete de datos (datapackage.json) describe cada columna. «README», «LÉAME» y «LEIA-ME» dicen lo mismo en inglés, español y portugués.',
  },
  pt: {
    sheet: 'LEIA-ME',
    field: 'Campo',
    value: 'Valor',
    title: 'Título',
    version: 'Versão',
    released: 'Publicada em',
    licence: 'Licença',
    howToCite: 'Como citar',
    citeAs: 'Cite esta versão como',
    factCitation: 'A citação de cada dado',
    factCitationText:
      'Colunas citation_es, citation_en e citation_pt da planilha "facts": o enunciado, suas fontes com títulos e URLs, esta versão e o dia em que o dado foi verificado pela última vez.',
    origin: 'De onde vem',
    originText:
      'Os arquivos de conteúdo do kit de imprensa do ct-awareness (dados, fontes, linhas), verificados a cada compilação; cada dado nomeia suas fontes na planilha "sources".',
    publisher: 'Editor',
    project: 'O projeto ct-awareness',
    notOfficial:
      'Não é uma publicação oficial da OIM nem do Ministério do Interior do Peru: a autoridade é a fonte original de cada dado.',
    contact: 'Contato de imprensa',
    corrections: 'Correções',
    sheets: 'Planilhas',
    sheetsText:
      '"facts": uma linha por dado, como facts.csv. "sources": uma linha por dado e fonte, como sources.csv. O pacote de dados (datapackage.json) descreve cada coluna. "README", "LÉAME" e "LEIA-ME" dizem o mesmo em inglês, espanhol e português.',
  },
};

/**
 * facts.xlsx: "README", "LÉAME" and "LEIA-ME" sheets (title, version, licence, how to cite, where
 * the data comes from, in English, Spanish and Portuguese), then the two tables as sheets "facts"
 * and "sources" with the CSV files' columns, each sized to its content, filterable, its header
 * frozen and its URLs clickable.
 */
export async function factsXlsx(/** @type {Fact[]} */ facts, /** @type {Data} */ data) {
  const kit = data.kit;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ct-awareness';
  workbook.title = kit.title.en;
  // The release day, not the moment of the build.
  workbook.created = workbook.modified = new Date(`${kit.released}T00:00:00Z`);
  for (const lang of README_ORDER) {
    const w = README_TEXT[lang];
    const readme = workbook.addWorksheet(w.sheet);
    const contact = kit.publisher?.press_contact;
    const about = /** @type {[string, string | { text: string, hyperlink: string }][]} */ ([
      [w.title, kit.title[lang]],
      [w.version, kit.version],
      [w.released, kit.released],
      [w.licence, { text: kit.license.title, hyperlink: kit.license.path }],
      [w.howToCite, kit.credit[lang].replace('{version}', kit.version)],
      [w.citeAs, citeAs(kit, lang)],
      [w.factCitation, w.factCitationText],
      [w.origin, w.originText],
      [w.publisher, `${kit.publisher ? kit.publisher.name : w.project}. ${w.notOfficial}`],
      ...(contact
        ? [
            /** @type {[string, string]} */ ([
              w.contact,
              [contact.name, contact.email, contact.phone].filter(Boolean).join(' · '),
            ]),
          ]
        : []),
      ...(kit.corrections
        ? [
            /** @type {[string, string]} */ ([
              w.corrections,
              [kit.corrections.email, kit.corrections.url].filter(Boolean).join(' · '),
            ]),
          ]
        : []),
      [w.sheets, w.sheetsText],
    ]);
    readme.addRow([w.field, w.value]).font = { bold: true };
    for (const row of about) readme.addRow(row);
    readme.getColumn(1).width = 26;
    readme.getColumn(2).width = 100;
    readme.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  }
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
