/** Registers every ct-awareness tag: the three per-element entries together. */
import './hotline-banner.js';
import './risk-quiz.js';
import './fact-sheet.js';
