import i18next, { type TOptions } from 'i18next';
import { LOCALES, FALLBACK_LANG, SUPPORTED_LANGS } from '../i18n/locales.js';
import type { StringKey } from '../i18n/locales/es.js';
import type { Lang } from '../data/types.js';

/**
 * The library's own i18next instance: never the page's global one, so a partner's i18next setup
 * and ours cannot change each other. Initialised synchronously: the strings are compiled in.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(Object.entries(LOCALES).map(([lang, strings]) => [lang, { translation: strings }])),
  lng: FALLBACK_LANG,
  fallbackLng: FALLBACK_LANG,
  supportedLngs: SUPPORTED_LANGS,
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  // Lit escapes what it renders; escaping here too would show "&amp;" to readers.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** A key with plural forms ("x_one", "x_other") is asked for by its base name with a count. */
type PluralKey = StringKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

/** A translate function bound to one language. */
export type Translate = (key: StringKey | PluralKey, options?: TOptions) => string;

export function translator(lang: Lang): Translate {
  return (key, options) => instance.t(key, { ...options, lng: lang });
}
