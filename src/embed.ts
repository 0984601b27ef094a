/**
 * The entry of dist/ct-awareness.js, the one script partners embed. It carries the banner (the line
 * a reader may need now) and loads the quiz's and the fact sheet's own files from its folder, one
 * per language, each pinned by its sha384, only when the page has those elements, in their
 * language: when one comes near the viewport, or once the page has loaded and the browser is idle.
 * Its work runs in short tasks: this evaluation, then the string set-up, the banner's style sheets,
 * its definition, and for each banner the preparation of its templates and its first render.
 * Loading it twice, or two versions, is harmless: tags and the bar are only added once.
 */
import * as runtime from 'ct:runtime';
import { CtHotlineBanner } from './elements/hotline-banner/hotline-banner.js';
import { bannerFallbackHtml } from './elements/hotline-banner/hotline-banner.fallback.js';
import { setScriptLang, resolveLang } from './i18n/locale.js';
import { setContentLoader } from './core/content.js';
import type { Lang } from './data/types.js';
import { setScriptUrl, besideScript } from './core/script-url.js';
import { oneOf } from './core/attributes.js';
import { defineElement } from './core/define-element.js';
import { fallbackHtml, registerFallback } from './core/fallback.js';
import { KIT } from './data/kit.generated.js';
import { nextTask } from './core/tasks.js';
import type { CSSResult } from 'lit';

const script =
  (document.currentScript as HTMLScriptElement | null) ??
  // type="module" and injected scripts have no currentScript: find the tag by its file name.
  document.querySelector<HTMLScriptElement>(
    'script[src*="ct-awareness"][data-banner], script[src*="ct-awareness"][data-lang]',
  ) ??
  document.querySelector<HTMLScriptElement>('script[src*="ct-awareness"]');

setScriptLang(script?.dataset.lang);
setScriptUrl(script?.src);

/** The part of the Trusted Types API used here (not in TypeScript's DOM library yet). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): ScriptUrlPolicy;
}

/**
 * `window.ctAwareness`: which builds are on the page (for partners checking what they embed), the
 * fallback text of each element (for the embed builder), and the one Trusted Types policy the
 * copies of the script share. The first copy's helpers stay.
 */
interface Registry {
  versions: string[];
  fallbackHtml?: typeof fallbackHtml;
  scriptPolicy?: ScriptUrlPolicy | null;
}
const registry = ((window as unknown as { ctAwareness?: Registry }).ctAwareness ??= { versions: [] });
registry.versions.push(`${__VERSION__}+press-kit.${KIT.version}`);
registry.fallbackHtml ??= fallbackHtml;
// The elements' own files of this version find Lit and the shared state here.
(window as unknown as Record<string, unknown>)[__RUNTIME_GLOBAL__] ??= runtime;

// ---- The quiz's and the fact sheet's files, one per language, loaded when one of their elements
// nears the viewport, in that element's language.

const FILES = __ELEMENT_FILES__;
const requested = new Set<string>();

/**
 * Sets a script's URL the way Trusted Types accept: through the policy "ct-awareness", which makes
 * only URLs of our own files. Where the page allows no such policy, the plain URL is tried (a page
 * may name its policies without enforcing them); where that is refused too, the element keeps its
 * fallback text and the console says what to add. True when the URL was set.
 */
let trustedTypesRefused = false;
function setScriptSource(element: HTMLScriptElement, url: string): boolean {
  const trustedTypes = (window as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (trustedTypes && registry.scriptPolicy === undefined) {
    try {
      registry.scriptPolicy = trustedTypes.createPolicy('ct-awareness', {
        createScriptURL: (value: string) => {
          if (/^https?:\/\/[^?#]*\/ct-awareness\.[a-z-]+\.[a-z]{2,3}\.js$/.test(value)) return value;
          throw new TypeError(`ct-awareness: refusing to load ${value}`);
        },
      });
    } catch {
      registry.scriptPolicy = null;
    }
  }
  try {
    // A TrustedScriptURL where the policy exists; typed as the string it stands for.
    element.src = registry.scriptPolicy?.createScriptURL(url) ?? url;
    return true;
  } catch {
    if (trustedTypesRefused) return false;
    trustedTypesRefused = true;
    console.warn(
      'ct-awareness: the page’s Trusted Types refused the policy "ct-awareness", so the quiz and the fact sheet keep their fallback text. Add "ct-awareness" to the trusted-types directive of your Content-Security-Policy.',
    );
    return false;
  }
}

function load(tag: string, lang: Lang): void {
  const file = FILES[tag]?.[lang];
  if (!file || requested.has(file.file)) return;
  requested.add(file.file);
  const url = besideScript(file.file);
  if (!url) return;
  const element = document.createElement('script');
  if (!setScriptSource(element, url)) return;
  element.integrity = file.integrity;
  element.crossOrigin = 'anonymous';
  element.addEventListener('error', () =>
    console.warn(
      `ct-awareness: could not load ${url}; the <${tag}> elements keep their fallback text. Put ${file.file} beside ct-awareness.js, unchanged.`,
    ),
  );
  document.head.append(element);
}

// An element already defined asks for the file of its language when it needs one: a second
// language on the page, a language changed after the first render.
setContentLoader(load);

/** The file a found element needs, unless its tag is defined already (here, or by another copy). */
function loadFor(element: Element): void {
  if (!customElements.get(element.localName)) load(element.localName, resolveLang(element));
}

// Elements within a screen of the viewport load their file; elements further down wait.
const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearViewport.unobserve(entry.target);
      // Starting a request costs a few milliseconds at 4× CPU: each in a task of its own.
      void nextTask().then(() => loadFor(entry.target));
    }
  },
  { rootMargin: '100% 0px' },
);

const idleCallback = (window as { requestIdleCallback?: (callback: () => void, options: { timeout: number }) => void })
  .requestIdleCallback;
let loaded = document.readyState === 'complete';
const waiting = new Set<Element>();

/** Loads the files of the elements found so far once the page has loaded and the browser is idle. */
function loadWhenIdle(element: Element): void {
  if (waiting.has(element)) return;
  waiting.add(element);
  if (!loaded) return; // the load event below takes them
  const rest = async () => {
    for (const each of waiting) {
      waiting.delete(each);
      loadFor(each);
      await nextTask();
    }
  };
  if (idleCallback) idleCallback(() => void rest(), { timeout: 3000 });
  else setTimeout(() => void rest(), 500);
}
if (!loaded)
  addEventListener(
    'load',
    () => {
      loaded = true;
      const found = [...waiting];
      waiting.clear();
      found.forEach(loadWhenIdle);
    },
    { once: true },
  );

function found(element: Element): void {
  nearViewport.observe(element);
  loadWhenIdle(element);
}

function watch(root: ParentNode): void {
  for (const tag of Object.keys(FILES)) root.querySelectorAll(tag).forEach(found);
}

const additions = new MutationObserver((records) => {
  // Once every tag is defined, the elements added later load their language's file themselves.
  if (Object.keys(FILES).every((tag) => customElements.get(tag))) return additions.disconnect();
  for (const record of records)
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.localName in FILES) found(node);
      watch(node);
    }
});

// ---- The bar a script tag with data-banner asks for.

function mountBar(position: 'top' | 'bottom' | undefined): void {
  if (document.querySelector('ct-hotline-banner[data-ct-auto]')) return;
  const banner = document.createElement('ct-hotline-banner');
  banner.setAttribute('layout', 'bar');
  banner.setAttribute('position', position ?? 'top');
  banner.setAttribute('quick-exit', '');
  banner.setAttribute('dismissible', '');
  banner.toggleAttribute('data-ct-auto', true);
  if (position === 'bottom') document.body.append(banner);
  else document.body.prepend(banner);
}

async function start(): Promise<void> {
  // The banner's style sheets, each parsed in a task of its own rather than all when the first
  // banner attaches them.
  for (const style of [CtHotlineBanner.styles].flat(Infinity)) {
    void (style as CSSResult).styleSheet;
    await nextTask();
  }
  registerFallback('ct-hotline-banner', bannerFallbackHtml);
  defineElement('ct-hotline-banner', CtHotlineBanner);
  if (script?.dataset.banner !== undefined) {
    const position = oneOf(script, 'data-banner', script.dataset.banner, ['top', 'bottom'] as const, undefined);
    // The top bar goes in as soon as there is a body; the bottom one once the page is parsed, or
    // content parsed after it would end up below it.
    if (document.body && (position !== 'bottom' || document.readyState !== 'loading')) mountBar(position);
    else document.addEventListener('DOMContentLoaded', () => mountBar(position), { once: true });
  }
  await nextTask();
  watch(document);
  additions.observe(document.documentElement, { childList: true, subtree: true });
}

// The work after this evaluation starts in a task of its own (the first scheduler.yield() of a
// page costs a few milliseconds itself).
setTimeout(() => void start());
