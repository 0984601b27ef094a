import i18next, { type TOptions } from 'i18next';
import { FALLBACK_LANG, SUPPORTED_LANGS } from './langs.js';
import { CORE_STRINGS } from './locales.js';
import type { StringKey } from './locales/es.js';
import type { Lang } from '../data/types.js';

/**
 * The library's own i18next instance: never the page's global one, so a partner's i18next setup
 * and ours cannot change each other. Made on first use, not when the script is evaluated, and
 * initialised synchronously: the strings are compiled in. The quiz's and the fact sheet's strings
 * come with their content (src/core/content.ts), in the languages their files carry.
 */
let instance: ReturnType<typeof i18next.createInstance> | undefined;

function i18n() {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    // What every element says; the quiz and the fact sheet add their own part.
    resources: Object.fromEntries(
      Object.entries(CORE_STRINGS).map(([lang, strings]) => [lang, { translation: strings }]),
    ),
    lng: FALLBACK_LANG,
    fallbackLng: FALLBACK_LANG,
    supportedLngs: SUPPORTED_LANGS as Lang[],
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    // Lit escapes what it renders; escaping here too would show "&amp;" to readers.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Sets i18next up now, in a task of its own, rather than inside an element's first render. */
export function prepareStrings(): void {
  i18n();
}

/** Adds UI strings beyond the shared ones (the quiz's, the fact sheet's), in the languages given. */
export function addStrings(part: Partial<Record<Lang, Record<string, string>>>): void {
  for (const [lang, strings] of Object.entries(part))
    i18n().addResourceBundle(lang, 'translation', strings, true, true);
}

/** A key with plural forms ("x_one", "x_other") is asked for by its base name with a count. */
type PluralKey = StringKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

/** A translate function bound to one language. */
export type Translate = (key: StringKey | PluralKey, options?: TOptions) => string;

const translators = new Map<Lang, Translate>();

/** The parts of i18next's services a translator uses; `Services` types them as `any`. */
interface LanguageServices {
  languageUtils: { toResolveHierarchy(code: string): string[] };
  pluralResolver: { getSuffix(code: string, count: number): string };
}

/**
 * One translator per language, made once: i18next gives it the language's fallback chain, the
 * strings and the plural rules; a call is then a look-up in a map and a plain `{{name}}`
 * replacement, instead of a full `t()` resolution per string per render (the CPU profile of a
 * first render showed i18next's per-string path as a third of it). The result is the same as
 * `t()` for every string of the kit: a test compares them.
 */
export function translator(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (translate) return translate;
  const instance = i18n();
  const services = instance.services as unknown as LanguageServices;
  const chain = services.languageUtils.toResolveHierarchy(lang);
  const found = new Map<string, string>();
  const lookUp = (key: string): string | undefined => {
    let text = found.get(key);
    if (text !== undefined) return text;
    for (const code of chain) {
      const value: unknown = instance.getResource(code, 'translation', key);
      if (typeof value === 'string') {
        text = value;
        break;
      }
    }
    // A key not added yet is not remembered, so it resolves once its part is added.
    if (text !== undefined) found.set(key, text);
    return text;
  };
  translate = (key, options) => {
    const count = options?.count;
    const text =
      (typeof count === 'number' ? lookUp(`${key}${services.pluralResolver.getSuffix(lang, count)}`) : undefined) ??
      lookUp(key);
    if (text === undefined) return key;
    if (!options) return text;
    const values = options as Record<string, unknown>;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
  translators.set(lang, translate);
  return translate;
}
