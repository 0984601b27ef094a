import { escapeHtml, callHtml } from '../../core/fallback.js';
import { addStrings, translator } from '../../i18n/i18n.js';
import { QUIZ_STRINGS } from '../../i18n/locales.js';
import type { Lang } from '../../data/types.js';

/** The quiz's no-JavaScript fallback: its name and the line. */
export function quizFallbackHtml(lang: Lang): string {
  addStrings(QUIZ_STRINGS);
  const t = translator(lang);
  return `<p>${escapeHtml(t('quiz.name'))}. ${callHtml(t)}</p>`;
}
