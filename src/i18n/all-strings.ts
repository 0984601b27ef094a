import { esCore, esQuiz, esFacts, type Strings } from './locales/es.js';
import { enCore, enQuiz, enFacts } from './locales/en.js';
import { ptCore, ptQuiz, ptFacts } from './locales/pt.js';
import type { Lang } from '../data/types.js';

/**
 * Every string of every language, for tests and tools: in a module of its own, which no element
 * imports, so that an app's bundle never carries the quiz's and the fact sheet's strings for a
 * banner (an object built with spreads is kept by a bundler wherever it is declared).
 */
export const LOCALES: Record<Lang, Strings> = {
  es: { ...esCore, ...esQuiz, ...esFacts },
  en: { ...enCore, ...enQuiz, ...enFacts },
  pt: { ...ptCore, ...ptQuiz, ...ptFacts },
};
