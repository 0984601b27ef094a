// @ts-check
// Shared by the widget (TypeScript) and the press-kit tools (Node): plain JavaScript, type-checked.

/**
 * The `tel:` URL that dials a number as written for people ("1818", "+51 (84) 555-0100"): its
 * digits, with the leading "+" kept. The one place a number becomes a link to dial.
 */
export function telHref(/** @type {string} */ number) {
  const text = number.trim();
  return `tel:${text.startsWith('+') ? '+' : ''}${text.replace(/[^0-9]/g, '')}`;
}
