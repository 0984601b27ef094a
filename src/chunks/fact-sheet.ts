/** dist/ct-awareness.fact-sheet.<lang>.js: loaded by the main script when a page has a <ct-fact-sheet> in <lang>. */
import { CtFactSheet } from '../elements/fact-sheet/fact-sheet.js';
import { factsFallbackHtml } from '../elements/fact-sheet/fact-sheet.fallback.js';
import { registerFallback } from '../core/fallback.js';
import { defineElement } from '../core/define-element.js';

registerFallback('ct-fact-sheet', factsFallbackHtml);
// Evaluating this file is one task, upgrading and rendering the fact sheets on the page the next.
setTimeout(() => defineElement('ct-fact-sheet', CtFactSheet));
