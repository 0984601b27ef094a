import { escapeHtml, type FallbackOptions } from '../../core/fallback.js';
import type { Lang } from '../../data/types.js';
import { contentFor } from '../../core/content.js';
import { FACT_SHEET, type FactSheetContent } from './fact-sheet.content.js';

/**
 * The fact sheet's no-JavaScript fallback: each fact with its sources, as a list. Empty in a
 * language whose content has not loaded yet (an element in that language loads it).
 */
export function factsFallbackHtml(lang: Lang, { topic }: FallbackOptions): string {
  const all = contentFor<FactSheetContent>(FACT_SHEET, lang)?.facts ?? [];
  const facts = all.filter((f) => !topic || f.topic === topic);
  const items = facts.map(
    (f) =>
      `<li>${escapeHtml(f.statement[lang])} (${escapeHtml(f.sources.map((s) => `${s.publisher}, ${s.date}`).join('; '))})</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}
