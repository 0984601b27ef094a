/**
 * The entry of dist/ct-awareness.js, the one script partners embed. It registers the tags, reads
 * the script tag's `data-lang` and mounts the banner bar when the script tag asks for it.
 * Loading it twice, or two versions, is harmless: tags and the bar are only added once.
 */
import { defineInTurn } from './tags.js';
import { setScriptLang } from './core/locale.js';
import { setPressKitBase } from './elements/fact-sheet/fact-sheet.js';
import { oneOf } from './core/attributes.js';
import { PRESS_KIT } from './data/press-kit.js';
import { fallbackHtml } from './core/fallback.js';

const script =
  (document.currentScript as HTMLScriptElement | null) ??
  // type="module" and injected scripts have no currentScript: find the tag by its file name.
  document.querySelector<HTMLScriptElement>(
    'script[src*="ct-awareness"][data-banner], script[src*="ct-awareness"][data-lang]',
  ) ??
  document.querySelector<HTMLScriptElement>('script[src*="ct-awareness"]');

setScriptLang(script?.dataset.lang);
setPressKitBase(script?.src);
defineInTurn();

const position = script
  ? oneOf(script, 'data-banner', script.dataset.banner, ['top', 'bottom'] as const, undefined)
  : undefined;
if (script?.dataset.banner !== undefined) {
  const mount = () => {
    if (document.querySelector('ct-hotline-banner[data-ct-auto]')) return;
    const banner = document.createElement('ct-hotline-banner');
    banner.setAttribute('layout', 'bar');
    banner.setAttribute('position', position ?? 'top');
    banner.setAttribute('quick-exit', '');
    banner.setAttribute('dismissible', '');
    banner.toggleAttribute('data-ct-auto', true);
    if (position === 'bottom') document.body.append(banner);
    else document.body.prepend(banner);
  };
  // The top bar goes in as soon as there is a body; the bottom one once the page is parsed, or
  // content parsed after it would end up below it.
  if (document.body && (position !== 'bottom' || document.readyState !== 'loading')) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

/**
 * `window.ctAwareness`: which builds are on the page (for partners checking what they embed) and
 * the fallback text of each element (for the embed builder). The first copy's helpers stay.
 */
interface Registry {
  versions: string[];
  fallbackHtml?: typeof fallbackHtml;
}
const registry = ((window as unknown as { ctAwareness?: Registry }).ctAwareness ??= { versions: [] });
registry.versions.push(`${__VERSION__}+press-kit.${PRESS_KIT.version}`);
registry.fallbackHtml ??= fallbackHtml;
