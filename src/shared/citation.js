// @ts-check
// Shared by the widget (TypeScript) and the press-kit tools (Node): plain JavaScript, type-checked.

/**
 * @typedef {{ title: string, publisher: string | Partial<Record<string, string>>, date: string, url?: string }} CitedSource
 */

/** The words before the day a fact was last checked, and the locale its date is written in. */
const ACCESSED = {
  es: { words: 'Consultado el', locale: 'es' },
  en: { words: 'Accessed', locale: 'en-GB' },
  pt: { words: 'Acesso em', locale: 'pt-BR' },
};

/** "Accessed 29 November 2026", in the language: the day the fact was last checked against its sources. */
export function accessedOn(/** @type {string} */ day, /** @type {string} */ lang) {
  const { words, locale } = ACCESSED[/** @type {keyof typeof ACCESSED} */ (lang in ACCESSED ? lang : 'en')];
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${words} ${date.format(new Date(`${day}T00:00:00Z`))}`;
}

/** A text in one language: given per language, or one text for all. */
export function inLanguage(/** @type {string | Partial<Record<string, string>>} */ text, /** @type {string} */ lang) {
  return typeof text === 'string'
    ? text
    : (text[lang] ?? text.en ?? Object.values(text).find((value) => value !== undefined) ?? '');
}

/** A source's publisher in one language: a name given per language, or one name for all. */
export function publisherName(/** @type {CitedSource} */ source, /** @type {string} */ lang) {
  return inLanguage(source.publisher, lang);
}

/** One source as a citation names it: "Title (Publisher, date), URL"; no URL where it has none. */
export function sourceCitation(/** @type {CitedSource} */ source, /** @type {string} */ lang) {
  return `${source.title} (${publisherName(source, lang)}, ${source.date})${source.url ? `, ${source.url}` : ''}`;
}

/**
 * A fact with its citation, one format wherever it is copied (the fact sheet, the press-kit page,
 * the citation columns of facts.csv): "Statement — Title (Publisher, date), URL; …. Kit, version,
 * address or date. Accessed <the day it was last checked>." An attributed statement names whose
 * claim it is itself (the content check makes sure), so nothing is added after it that could read
 * as the source of another sentence.
 * @param {{ statement: Record<string, string>, sources: readonly CitedSource[], checked_on?: string }} fact
 * @param {string} lang
 * @param {string} citeAs the kit's name, version and address or date (outputs.mjs citeAs)
 */
export function citationText(fact, lang, citeAs) {
  const sources = [...new Set(fact.sources.map((s) => sourceCitation(s, lang)))];
  const accessed = fact.checked_on ? ` ${accessedOn(fact.checked_on, lang)}.` : '';
  return `${fact.statement[lang]} — ${sources.join('; ')}. ${citeAs}.${accessed}`;
}
