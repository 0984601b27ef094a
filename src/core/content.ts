import type { Lang } from '../data/types.js';
import { addStrings } from '../i18n/i18n.js';

/**
 * The quiz's and the fact sheet's content (their data and UI strings), by language. Bundler users
 * get every language when they import an element. The embed's element files carry one language
 * each (`ct-awareness.fact-sheet.es.js`, …; rollup.config.mjs), so a page loads only its readers'
 * language; an element renders once its language has arrived, and keeps its fallback until then.
 */
const contents = new Map<string, unknown>();
const waiting = new Map<string, (() => void)[]>();
let loadFile: ((tag: string, lang: Lang) => void) | undefined;

const keyOf = (tag: string, lang: Lang) => `${tag} ${lang}`;

/** Set by the embed's main script: how to fetch an element's file in one language. */
export function setContentLoader(load: (tag: string, lang: Lang) => void): void {
  loadFile = load;
}

/** Registers one element's content in one language, its UI strings with it. */
export function registerContent(tag: string, lang: Lang, content: unknown, strings: Record<string, string>): void {
  addStrings({ [lang]: strings });
  const key = keyOf(tag, lang);
  contents.set(key, content);
  waiting.get(key)?.forEach((resolve) => resolve());
  waiting.delete(key);
}

/** An element's content in a language, once registered. */
export function contentFor<T>(tag: string, lang: Lang): T | undefined {
  return contents.get(keyOf(tag, lang)) as T | undefined;
}

/**
 * Resolves once the element's content is there in the language `lang()` gives at that moment (the
 * language may change while its file loads), asking the main script for each file it lacks.
 */
export async function contentReady(tag: string, lang: () => Lang): Promise<void> {
  for (let key = keyOf(tag, lang()); !contents.has(key); key = keyOf(tag, lang())) {
    const wanted = lang();
    await new Promise<void>((resolve) => {
      waiting.set(key, [...(waiting.get(key) ?? []), resolve]);
      loadFile?.(tag, wanted);
    });
  }
}
