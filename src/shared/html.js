// @ts-check
// Shared by the widget (TypeScript) and the press-kit tools (Node): plain JavaScript, type-checked.

/** Text as HTML text or a quoted attribute value: the five characters that could end either, escaped. */
export const escapeHtml = (/** @type {unknown} */ value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) =>
      /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        c
      ] ?? c,
  );
