import type { Lang } from '../data/types.js';
import { currentChannel } from '../data/channels.js';
import type { Translate } from '../i18n/i18n.js';
import { escapeHtml } from '../shared/html.js';
import { telHref } from '../shared/phone.js';

export { escapeHtml };

export interface FallbackOptions {
  exitUrl?: string;
  topic?: string;
  /** The fact sheet's facts by id, where a partner picked them one by one (its `facts`). */
  facts?: readonly string[];
}

/** Writes one element's no-JavaScript fallback in one language. */
export type FallbackWriter = (lang: Lang, options: FallbackOptions) => string;

const writers = new Map<string, FallbackWriter>();

/** Each element's file registers its writer, so the main script carries only the banner's. */
export function registerFallback(tag: string, writer: FallbackWriter): void {
  writers.set(tag, writer);
}

/**
 * The no-JavaScript fallback a partner puts inside an element's tag, in one language: the same
 * words and number the element shows, as plain HTML. The embed builder writes it into snippets.
 * Empty until the element's file has loaded (`customElements.whenDefined(tag)`).
 */
export function fallbackHtml(tag: string, lang: Lang, options: FallbackOptions = {}): string {
  return writers.get(tag)?.(lang, options) ?? '';
}

/**
 * "Call 1818, option 1" as HTML: the call link every fallback has, the option inside the link, so
 * that where the bar's fallback shows only its links the option is never cut off.
 */
export function callHtml(t: Translate): string {
  const line = currentChannel('trafficking-line');
  const option = line.option ? `, ${t('line.optionShort', { option: line.option })}` : '';
  return `<a href="${telHref(line.number)}">${escapeHtml(t('line.call', { number: line.number }) + option)}</a>`;
}
