import { FALLBACK_LANG } from './langs.js';
import { CORE_STRINGS } from './locales.js';
import type { StringKey } from './locales/es.js';
import type { Lang } from '../data/types.js';

/**
 * The UI strings are i18next resources (flat keys, `{{name}}` values, `_one`/`_other` plural forms),
 * and what the kit says is what i18next's `t()` says for them: test/i18n/locale.test.ts compares
 * every string of every language, with values and counts. The script carries the resolved tables,
 * not the engine: i18next is 15.6 KB gzip of a banner-only page's 30 KB budget (issue 32), and the
 * kit uses none of its loading, nesting or formatting, only what is below: a look-up with its
 * language's fallback chain, its plural rule (Intl.PluralRules, as i18next asks it) and `{{name}}`.
 * The quiz's and the fact sheet's strings come with their content (src/core/content.ts), in the
 * languages their files carry.
 */
const tables = new Map<Lang, Record<string, string>>(
  Object.entries(CORE_STRINGS).map(([lang, strings]) => [lang as Lang, strings]),
);

/** Adds UI strings beyond the shared ones (the quiz's, the fact sheet's), in the languages given. */
export function addStrings(part: Partial<Record<Lang, Record<string, string>>>): void {
  for (const [lang, strings] of Object.entries(part))
    tables.set(lang as Lang, { ...tables.get(lang as Lang), ...strings });
}

/** A key with plural forms ("x_one", "x_other") is asked for by its base name with a count. */
type PluralKey = StringKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

/** Values for a string's `{{name}}` placeholders, and `count` for its plural form. */
export type TranslateValues = Record<string, unknown> & { count?: number };

/** A translate function bound to one language. */
export type Translate = (key: StringKey | PluralKey, values?: TranslateValues) => string;

const translators = new Map<Lang, Translate>();

/**
 * One translator per language, made once: a call is a look-up in the language's table, then in
 * the fallback language's (i18next's chain for a kit language with `fallbackLng: 'es'`), and a
 * plain `{{name}}` replacement. A count picks the plural form as i18next does, by Intl.PluralRules'
 * category, and falls back to the base key.
 */
export function translator(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (translate) return translate;
  const chain = lang === FALLBACK_LANG ? [lang] : [lang, FALLBACK_LANG];
  let plurals: Intl.PluralRules | undefined;
  const lookUp = (key: string): string | undefined => {
    for (const code of chain) {
      const text = tables.get(code)?.[key];
      if (text !== undefined) return text;
    }
    return undefined;
  };
  translate = (key, values) => {
    const count = values?.count;
    const text =
      (typeof count === 'number'
        ? lookUp(`${key}_${(plurals ??= new Intl.PluralRules(lang)).select(count)}`)
        : undefined) ?? lookUp(key);
    if (text === undefined) return key;
    if (!values) return text;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
  translators.set(lang, translate);
  return translate;
}
