import { es, type Strings } from './locales/es.js';
import { en } from './locales/en.js';
import { pt } from './locales/pt.js';
import type { Lang } from '../data/types.js';

/** Every language the kit ships, with its UI strings. Spanish is the fallback. */
export const LOCALES: Record<Lang, Strings> = { es, en, pt };
export const FALLBACK_LANG: Lang = 'es';
export const SUPPORTED_LANGS = Object.keys(LOCALES) as Lang[];

/** The locale Intl formats numbers and dates with: Peruvian Spanish, Brazilian Portuguese. */
export const INTL_LOCALE: Record<Lang, string> = { es: 'es-PE', en: 'en', pt: 'pt-BR' };
