/**
 * `ct-awareness/fact-sheet`: registers `<ct-fact-sheet>` alone, for an app that uses only this element and
 * so bundles only its code. `ct-awareness/define` registers all three.
 */
import { CtFactSheet } from './elements/fact-sheet/fact-sheet.js';
import { factsFallbackHtml } from './elements/fact-sheet/fact-sheet.fallback.js';
import { registerFallback } from './core/fallback.js';
import { defineElement } from './core/define-element.js';

registerFallback('ct-fact-sheet', factsFallbackHtml);
defineElement('ct-fact-sheet', CtFactSheet);

export { CtFactSheet };
