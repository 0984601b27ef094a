/**
 * The element classes and their types, for bundler users. Importing this module registers
 * nothing; import `ct-awareness/define` (or call `defineAll`) to register the tags.
 */
export { CtHotlineBanner } from './elements/hotline-banner/hotline-banner.js';
export { CtRiskQuiz } from './elements/risk-quiz/risk-quiz.js';
export { CtFactSheet } from './elements/fact-sheet/fact-sheet.js';
export { CtCallEvent, CtQuickExitEvent, CtDismissEvent, CtQuizCompleteEvent, CtCopyEvent } from './core/events.js';
export { PRESS_KIT } from './data/press-kit.js';
export type * from './data/types.js';
export { defineAll, TAGS } from './tags.js';
