/**
 * `ct-awareness/hotline-banner`: registers `<ct-hotline-banner>` alone, for an app that uses only this element and
 * so bundles only its code. `ct-awareness/define` registers all three.
 */
import { CtHotlineBanner } from './elements/hotline-banner/hotline-banner.js';
import { bannerFallbackHtml } from './elements/hotline-banner/hotline-banner.fallback.js';
import { registerFallback } from './core/fallback.js';
import { defineElement } from './core/define-element.js';

registerFallback('ct-hotline-banner', bannerFallbackHtml);
defineElement('ct-hotline-banner', CtHotlineBanner);

export { CtHotlineBanner };
