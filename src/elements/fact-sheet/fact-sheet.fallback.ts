import { escapeHtml, type FallbackOptions } from '../../core/fallback.js';
import { FACTS } from '../../data/facts.generated.js';
import type { Lang } from '../../data/types.js';

/** The fact sheet's no-JavaScript fallback: each fact with its sources, as a list. */
export function factsFallbackHtml(lang: Lang, { topic }: FallbackOptions): string {
  const facts = FACTS.filter((f) => !topic || f.topic === topic);
  const items = facts.map(
    (f) =>
      `<li>${escapeHtml(f.statement[lang])} (${escapeHtml(f.sources.map((s) => `${s.publisher}, ${s.date}`).join('; '))})</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}
