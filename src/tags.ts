import { CtHotlineBanner } from './elements/hotline-banner/hotline-banner.js';
import { CtRiskQuiz } from './elements/risk-quiz/risk-quiz.js';
import { CtFactSheet } from './elements/fact-sheet/fact-sheet.js';
import { defineElement } from './core/define-element.js';

/** Each tag and its class: registration lives here, apart from the classes. */
export const TAGS = {
  'ct-hotline-banner': CtHotlineBanner,
  'ct-risk-quiz': CtRiskQuiz,
  'ct-fact-sheet': CtFactSheet,
} as const;

/** Registers every tag that is not registered yet; safe to call any number of times. */
export function defineAll(): void {
  for (const [tag, constructor] of Object.entries(TAGS)) defineElement(tag, constructor);
}

/**
 * The embed's order: the banner (the line a reader may need now) in this task, then each other
 * element in a task of its own. Defining a tag upgrades and renders every instance on the page at
 * once; the first fact sheet also pays the browser's one-off Intl set-up. Apart, no single task
 * carries all of it, and the banner paints first.
 */
export function defineInTurn(): void {
  const [first, ...rest] = Object.entries(TAGS);
  defineElement(...first);
  for (const [tag, constructor] of rest) setTimeout(() => defineElement(tag, constructor));
}

declare global {
  interface HTMLElementTagNameMap {
    'ct-hotline-banner': CtHotlineBanner;
    'ct-risk-quiz': CtRiskQuiz;
    'ct-fact-sheet': CtFactSheet;
  }
}
