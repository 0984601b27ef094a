import { isServer } from 'lit';
import { telHref } from '../shared/phone.js';

/**
 * Checking attribute values. A bad value gives one console warning naming the element, the
 * attribute and what is accepted, and the element carries on with the default.
 */

const warned = new WeakMap<Element, Set<string>>();

export function warnBadValue(
  element: Element,
  attribute: string,
  value: unknown,
  accepted: string,
  fallback: string,
): void {
  const key = `${attribute}\u0000${String(value)}`;
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(key)) return;
  seen.add(key);
  warned.set(element, seen);
  const shown = String(value).length > 80 ? `${String(value).slice(0, 80)}…` : String(value);
  console.warn(
    `<${element.localName}>: ${attribute}=${JSON.stringify(shown)} is not accepted. Accepted: ${accepted}. Using ${fallback}.`,
  );
}

/** One of a fixed set of keywords, else the default (with a warning when a value was given). */
export function oneOf<T extends string, F extends T | undefined>(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: F,
): T | F {
  if (value === null || value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnBadValue(
    element,
    attribute,
    value,
    allowed.map((a) => `"${a}"`).join(', '),
    fallback ? `"${fallback}"` : 'the default',
  );
  return fallback;
}

/** An http(s) URL, absolute or relative to the page; anything else (javascript:, data:, …) is refused. */
export function safeHttpUrl(value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  try {
    // On a server (Lit SSR) there is no page: a relative URL is checked again in the browser.
    const url = new URL(text, isServer ? 'https://server.invalid/' : document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The checked form of an http(s) URL attribute. */
export function httpUrl(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  fallback: string,
): string {
  if (value === null || value === undefined) return fallback;
  const url = safeHttpUrl(value);
  if (url) return url;
  warnBadValue(element, attribute, value, 'an http:// or https:// URL', fallback);
  return fallback;
}

const PHONE = /^\+?[0-9 ()-]{2,30}$/;

/** A phone number as written for people, and the digits-only `tel:` URL that dials it. */
export interface Phone {
  display: string;
  tel: string;
}

export function parsePhone(value: string): Phone | undefined {
  const display = value.trim();
  const digits = display.replace(/[^0-9]/g, '');
  if (!PHONE.test(display) || digits.length < 3 || digits.length > 15) return undefined;
  return { display, tel: telHref(display) };
}

/** A plain-text attribute: trimmed, control characters dropped, bounded in length. */
export function plainText(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  max = 120,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (!text) {
    warnBadValue(element, attribute, value, `a non-empty text of at most ${max} characters`, 'the default text');
    return undefined;
  }
  if (text.length > max) {
    warnBadValue(element, attribute, value, `a text of at most ${max} characters`, 'the default text');
    return undefined;
  }
  return text;
}

const LEVELS = ['2', '3', '4', '5', '6'] as const;

/** A heading level from 2 to 6 that fits the partner's outline; 2 by default. */
export function headingLevel(element: Element, value: string | null | undefined): number {
  return Number(oneOf(element, 'heading-level', value, LEVELS, '2'));
}
