import type { Lang } from '../data/types.js';

/** Every language the kit ships. Spanish is the fallback. */
export const SUPPORTED_LANGS: readonly Lang[] = ['es', 'en', 'pt'];
export const FALLBACK_LANG: Lang = 'es';

/**
 * The locale whose Intl output the fact sheet's own dates and figures match (Peruvian Spanish,
 * Brazilian Portuguese): a test compares them.
 */
export const INTL_LOCALE: Record<Lang, string> = { es: 'es-PE', en: 'en', pt: 'pt-BR' };
