import { esCore, esQuiz, esFacts, type CoreStrings, type QuizStrings, type FactsStrings } from './locales/es.js';
import { enCore, enQuiz, enFacts } from './locales/en.js';
import { ptCore, ptQuiz, ptFacts } from './locales/pt.js';
import type { Lang } from '../data/types.js';

export { SUPPORTED_LANGS, FALLBACK_LANG, intlLocale } from './langs.js';

/**
 * The UI strings in three parts, each for every language: the main script carries `CORE_STRINGS`
 * (the banner and what every element says), the quiz's and the fact sheet's files their own part.
 */
export const CORE_STRINGS: Record<Lang, CoreStrings> = { es: esCore, en: enCore, pt: ptCore };
export const QUIZ_STRINGS: Record<Lang, QuizStrings> = { es: esQuiz, en: enQuiz, pt: ptQuiz };
export const FACTS_STRINGS: Record<Lang, FactsStrings> = { es: esFacts, en: enFacts, pt: ptFacts };
