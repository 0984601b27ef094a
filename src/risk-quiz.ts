/**
 * `ct-awareness/risk-quiz`: registers `<ct-risk-quiz>` alone, for an app that uses only this element and
 * so bundles only its code. `ct-awareness/define` registers all three.
 */
import { CtRiskQuiz } from './elements/risk-quiz/risk-quiz.js';
import { quizFallbackHtml } from './elements/risk-quiz/risk-quiz.fallback.js';
import { registerFallback } from './core/fallback.js';
import { defineElement } from './core/define-element.js';

registerFallback('ct-risk-quiz', quizFallbackHtml);
defineElement('ct-risk-quiz', CtRiskQuiz);

export { CtRiskQuiz };
