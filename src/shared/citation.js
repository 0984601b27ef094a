// @ts-check
// Shared by the widget (TypeScript) and the press-kit tools (Node): plain JavaScript, type-checked.

/**
 * A fact with its citation, as the fact sheet's "copy" button and the press-kit page's give it:
 * "Statement (whose claim) — Publisher, date; Publisher, date. ct-awareness press kit, version x".
 * @param {{ statement: Record<string, string>, attribution?: Record<string, string>, sources: readonly { publisher: string, date: string }[] }} fact
 * @param {string} lang
 * @param {string} citeAs the kit's name to cite, its version filled in
 */
export function citationText(fact, lang, citeAs) {
  const sources = fact.sources.map((s) => `${s.publisher}, ${s.date}`).join('; ');
  const attribution = fact.attribution ? ` (${fact.attribution[lang]})` : '';
  return `${fact.statement[lang]}${attribution} — ${sources}. ${citeAs}`;
}
