// @ts-check
// Shared by the widget (TypeScript) and the press-kit tools (Node): plain JavaScript, type-checked.

/**
 * @typedef {{ title: string, publisher: string | Partial<Record<string, string>>, date: string, url?: string }} CitedSource
 */

/** A source's publisher in one language: a name given per language, or one name for all. */
export function publisherName(/** @type {CitedSource} */ source, /** @type {string} */ lang) {
  const { publisher } = source;
  return typeof publisher === 'string'
    ? publisher
    : (publisher[lang] ?? publisher.en ?? Object.values(publisher).find((name) => name !== undefined) ?? '');
}

/** One source as a citation names it: "Title (Publisher, date), URL"; no URL where it has none. */
export function sourceCitation(/** @type {CitedSource} */ source, /** @type {string} */ lang) {
  return `${source.title} (${publisherName(source, lang)}, ${source.date})${source.url ? `, ${source.url}` : ''}`;
}

/**
 * A fact with its citation, one format wherever it is copied (the fact sheet, the press-kit page,
 * the citation columns of facts.csv): "Statement — Title (Publisher, date), URL; …. Kit, version,
 * address or date". An attributed statement names whose claim it is itself (the content check
 * makes sure), so nothing is added after it that could read as the source of another sentence.
 * @param {{ statement: Record<string, string>, sources: readonly CitedSource[] }} fact
 * @param {string} lang
 * @param {string} citeAs the kit's name, version and address or date (outputs.mjs citeAs)
 */
export function citationText(fact, lang, citeAs) {
  const sources = [...new Set(fact.sources.map((s) => sourceCitation(s, lang)))];
  return `${fact.statement[lang]} — ${sources.join('; ')}. ${citeAs}.`;
}
