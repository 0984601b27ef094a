/** dist/ct-awareness.risk-quiz.<lang>.js: loaded by the main script when a page has a <ct-risk-quiz> in <lang>. */
import { CtRiskQuiz } from '../elements/risk-quiz/risk-quiz.js';
import { quizFallbackHtml } from '../elements/risk-quiz/risk-quiz.fallback.js';
import { registerFallback } from '../core/fallback.js';
import { defineElement } from '../core/define-element.js';

registerFallback('ct-risk-quiz', quizFallbackHtml);
// Evaluating this file is one task, upgrading and rendering the quizzes on the page the next.
setTimeout(() => defineElement('ct-risk-quiz', CtRiskQuiz));
