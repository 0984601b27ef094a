import { CtHotlineBanner } from './elements/hotline-banner/hotline-banner.js';
import { CtRiskQuiz } from './elements/risk-quiz/risk-quiz.js';
import { CtFactSheet } from './elements/fact-sheet/fact-sheet.js';
import { bannerFallbackHtml } from './elements/hotline-banner/hotline-banner.fallback.js';
import { quizFallbackHtml } from './elements/risk-quiz/risk-quiz.fallback.js';
import { factsFallbackHtml } from './elements/fact-sheet/fact-sheet.fallback.js';
import { registerFallback } from './core/fallback.js';
import { defineElement } from './core/define-element.js';

/** Each tag and its class: registration lives here, apart from the classes. */
export const TAGS = {
  'ct-hotline-banner': CtHotlineBanner,
  'ct-risk-quiz': CtRiskQuiz,
  'ct-fact-sheet': CtFactSheet,
} as const;

/** Registers every tag that is not registered yet; safe to call any number of times. */
export function defineAll(): void {
  registerFallback('ct-hotline-banner', bannerFallbackHtml);
  registerFallback('ct-risk-quiz', quizFallbackHtml);
  registerFallback('ct-fact-sheet', factsFallbackHtml);
  for (const [tag, constructor] of Object.entries(TAGS)) defineElement(tag, constructor);
}

declare global {
  interface HTMLElementTagNameMap {
    'ct-hotline-banner': CtHotlineBanner;
    'ct-risk-quiz': CtRiskQuiz;
    'ct-fact-sheet': CtFactSheet;
  }
}
