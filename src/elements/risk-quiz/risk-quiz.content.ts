import { QUIZ } from '../../data/quiz.generated.js';
import { QUIZ_STRINGS } from '../../i18n/locales.js';
import { registerContent } from '../../core/content.js';
import type { Lang, QuizData } from '../../data/types.js';

/** The name of the quiz's content (src/core/content.ts): its tag, whose files carry it. */
export const RISK_QUIZ = 'ct-risk-quiz';

/** What the quiz shows in one language: its paths, questions and results, with their texts in it. */
export interface RiskQuizContent {
  quiz: QuizData;
}

// Every language of the strings: all of them here, one in each of the embed's files (rollup.config.mjs).
for (const [lang, strings] of Object.entries(QUIZ_STRINGS))
  registerContent(RISK_QUIZ, lang as Lang, { quiz: QUIZ } satisfies RiskQuizContent, strings);
