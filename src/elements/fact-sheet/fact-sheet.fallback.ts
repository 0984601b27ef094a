import { escapeHtml, callHtml, type FallbackOptions } from '../../core/fallback.js';
import { publisherName } from '../../shared/citation.js';
import { translator } from '../../i18n/i18n.js';
import type { Lang } from '../../data/types.js';
import { contentFor } from '../../core/content.js';
import { FACT_SHEET, type FactSheetContent } from './fact-sheet.content.js';

/**
 * The fact sheet's no-JavaScript fallback: the line's call link first (every fallback shows the
 * number), then each fact with its sources (the picked ones, or the topic's), as a list. Empty in a
 * language whose content has not loaded yet (an element in that language loads it).
 */
export function factsFallbackHtml(lang: Lang, { topic, facts: picked }: FallbackOptions): string {
  const all = contentFor<FactSheetContent>(FACT_SHEET, lang)?.facts ?? [];
  // Facts picked by id win over a topic, as on the element.
  const facts = all.filter((f) => (picked?.length ? picked.includes(f.id) : !topic || f.topic === topic));
  const items = facts.map(
    (f) =>
      `<li>${escapeHtml(f.statement[lang])} (${escapeHtml(f.sources.map((s) => `${publisherName(s, lang)}, ${s.date}`).join('; '))})</li>`,
  );
  if (!all.length) return '';
  const t = translator(lang);
  return `<p><strong>${escapeHtml(t('line.name'))}</strong>: ${callHtml(t)}</p><ul>${items.join('')}</ul>`;
}
