import type { Lang } from '../data/types.js';
import { LANGUAGES, FALLBACK_LANGUAGE, LANGUAGE_INFO } from '../shared/languages.js';

/** Every language the kit ships (src/shared/languages.js). Spanish is the fallback. */
export const SUPPORTED_LANGS: readonly Lang[] = LANGUAGES;
export const FALLBACK_LANG: Lang = FALLBACK_LANGUAGE;

/**
 * The locale whose Intl output the fact sheet's own dates and figures match (Peruvian Spanish,
 * Brazilian Portuguese): a test compares them.
 */
export const intlLocale = (lang: Lang): string => LANGUAGE_INFO[lang].intl;
