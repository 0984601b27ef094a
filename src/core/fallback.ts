import type { Lang } from '../data/types.js';
import { currentChannel } from '../data/channels.js';
import type { Translate } from '../i18n/i18n.js';
import { escapeHtml } from '../shared/html.js';
import { telHref } from '../shared/phone.js';

export { escapeHtml };

export interface FallbackOptions {
  exitUrl?: string;
  topic?: string;
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

/** "Call 1818 · Dial option 1" as HTML: the call link every fallback ends with. */
export function callHtml(t: Translate): string {
  const line = currentChannel('trafficking-line');
  const call = `<a href="${telHref(line.number)}">${escapeHtml(t('line.call', { number: line.number }))}</a>`;
  return line.option ? `${call} · ${escapeHtml(t('line.option', { option: line.option }))}` : call;
}
