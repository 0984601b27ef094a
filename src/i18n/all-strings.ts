import { CORE_STRINGS, QUIZ_STRINGS, FACTS_STRINGS, SUPPORTED_LANGS } from './locales.js';
import type { Strings } from './locales/es.js';
import type { Lang } from '../data/types.js';

/**
 * Every string of every language, for tests and tools: in a module of its own, which no element
 * imports, so that an app's bundle never carries the quiz's and the fact sheet's strings for a
 * banner (an object built with spreads is kept by a bundler wherever it is declared).
 */
export const LOCALES = Object.fromEntries(
  SUPPORTED_LANGS.map((lang) => [lang, { ...CORE_STRINGS[lang], ...QUIZ_STRINGS[lang], ...FACTS_STRINGS[lang] }]),
) as Record<Lang, Strings>;
