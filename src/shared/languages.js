// @ts-check
// Shared by the widget (TypeScript) and the press-kit tools (Node): plain JavaScript, type-checked.

/**
 * The kit's languages, in one place: the elements' strings, the press kit's texts and pages, the
 * schema and Storybook's toolbar all follow this list. Spanish is the fallback. Adding a language
 * starts here: see "Add a language" in the README (a test follows that recipe).
 */
export const LANGUAGES = /** @type {const} */ (['es', 'en', 'pt']);

export const FALLBACK_LANGUAGE = /** @type {const} */ ('es');

/**
 * Each language's name in itself (for language switches), in English (for the data package's
 * column descriptions), the Intl locale whose dates and figures the fact sheet matches (a test
 * compares them), and the Open Graph locale of its press-kit page.
 * @type {Record<(typeof LANGUAGES)[number], { name: string, english: string, intl: string, ogLocale: string }>}
 */
export const LANGUAGE_INFO = {
  es: { name: 'Español', english: 'Spanish', intl: 'es-PE', ogLocale: 'es_PE' },
  en: { name: 'English', english: 'English', intl: 'en-GB', ogLocale: 'en_US' },
  pt: { name: 'Português', english: 'Portuguese', intl: 'pt-BR', ogLocale: 'pt_BR' },
};
