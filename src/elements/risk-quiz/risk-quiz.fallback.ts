import { escapeHtml, callHtml } from '../../core/fallback.js';
import { translator } from '../../i18n/i18n.js';
import type { Lang } from '../../data/types.js';
import { contentFor } from '../../core/content.js';
import { RISK_QUIZ } from './risk-quiz.content.js';

/**
 * The quiz's no-JavaScript fallback: its name and the line. Empty in a language whose content has
 * not loaded yet (an element in that language loads it).
 */
export function quizFallbackHtml(lang: Lang): string {
  if (!contentFor(RISK_QUIZ, lang)) return '';
  const t = translator(lang);
  return `<p>${escapeHtml(t('quiz.name'))}. ${callHtml(t)}</p>`;
}
