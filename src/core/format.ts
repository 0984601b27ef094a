import { INTL_LOCALE } from '../i18n/langs.js';
import type { Lang } from '../data/types.js';

/** Intl formatters are costly to make: one per language and style, made on first use. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang): Intl.NumberFormat {
  const key = `n:${lang}`;
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(INTL_LOCALE[lang]));
  return cache.get(key) as Intl.NumberFormat;
}

function dateFormat(lang: Lang, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `d:${lang}:${precision}`;
  if (!cache.has(key))
    cache.set(
      key,
      new Intl.DateTimeFormat(INTL_LOCALE[lang], {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        ...(precision === 'day' ? { day: 'numeric' } : {}),
      }),
    );
  return cache.get(key) as Intl.DateTimeFormat;
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang).format(value);
}

/** "2008", "March 2006", "16 January 2007", or an interval of them, in the reader's language. */
export function formatDate(value: string, lang: Lang): string {
  return value
    .split('/')
    .map((part) => {
      const [y, m, d] = part.split('-').map(Number);
      if (m === undefined) return String(y);
      const date = new Date(Date.UTC(y, m - 1, d ?? 1));
      return dateFormat(lang, d === undefined ? 'month' : 'day').format(date);
    })
    .join(' – ');
}
