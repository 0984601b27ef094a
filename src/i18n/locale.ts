import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { FALLBACK_LANG, SUPPORTED_LANGS } from './langs.js';
import type { Lang } from '../data/types.js';
import { translator, type Translate } from './i18n.js';

let scriptLang: string | undefined;

/** The `data-lang` of the script tag that loaded the kit: the page-wide default a partner sets. */
export function setScriptLang(lang: string | undefined): void {
  scriptLang = lang || undefined;
}

const warned = new Set<string>();

/**
 * Maps a BCP 47 tag to a language the kit has: "es-PE" is es, "pt-BR" is pt. An unsupported tag
 * gives one warning per tag and falls back to Spanish.
 */
export function toSupportedLang(tag: string): Lang {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] as Lang;
  if (SUPPORTED_LANGS.includes(base)) return base;
  if (!warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `ct-awareness: the language "${tag}" is not supported; showing ${FALLBACK_LANG}. Supported languages: ${SUPPORTED_LANGS.join(', ')}.`,
    );
  }
  return FALLBACK_LANG;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else `<html lang>`, else the script tag's `data-lang`, else Spanish.
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return toSupportedLang(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return scriptLang ? toSupportedLang(scriptLang) : FALLBACK_LANG;
}

/** Every controller on the page, told when any `lang` attribute changes. One observer for all. */
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(controller: LocaleController): void {
  controllers.add(controller);
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatch(controller: LocaleController): void {
  controllers.delete(controller);
  if (controllers.size || !observer) return;
  observer.disconnect();
  observer = undefined;
}

/**
 * Keeps an element in its reader's language and re-renders it when the language changes on the
 * element, an ancestor or `<html>`, without a reload.
 */
export class LocaleController implements ReactiveController {
  private current: Lang = FALLBACK_LANG;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /**
   * The element's language. A server (Lit SSR) connects no element and has no page around it:
   * there, the element's own `lang`, else the script's, else Spanish.
   */
  get lang(): Lang {
    if (!isServer) return this.current;
    const tag = this.host.getAttribute('lang') || scriptLang;
    return tag ? toSupportedLang(tag) : FALLBACK_LANG;
  }

  get t(): Translate {
    return translator(this.lang);
  }

  hostConnected(): void {
    watch(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-reads the language; re-renders the host only when it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang === this.current) return;
    this.current = lang;
    this.host.requestUpdate();
  }
}
