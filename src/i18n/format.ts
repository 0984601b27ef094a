import type { Translate } from './i18n.js';

/**
 * Numbers and dates in the reader's language, written from the strings of the fact sheet rather
 * than with Intl: the first Intl formatter of a page makes Chromium load its locale data, one task
 * of about 45 ms on a fast machine (measured in bench/), too long on a phone. The output is the
 * same as Intl's for es-PE, en and pt-BR: a test compares them for every date and figure of the kit.
 */
export function formatNumber(value: number, t: Translate): string {
  const [whole, fraction] = Math.abs(value).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, t('facts.groupSeparator'));
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `${t('facts.decimalSeparator')}${fraction}` : ''}`;
}

/** "2008", "March 2006", "January 16, 2007", or an interval of them, in the reader's language. */
export function formatDate(value: string, t: Translate): string {
  const months = t('facts.months').split(',');
  return value
    .split('/')
    .map((part) => {
      const [year, month, day] = part.split('-').map(Number);
      if (month === undefined) return String(year);
      const values = { year, month: months[month - 1], day };
      return day === undefined ? t('facts.dateMonth', values) : t('facts.dateDay', values);
    })
    .join(' – ');
}
