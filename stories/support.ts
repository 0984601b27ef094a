import { html, type TemplateResult } from 'lit';
import { escapeHtml } from '../src/shared/html.js';
import { fallbackHtml } from '../src/core/fallback.js';
import { DEFAULT_EXIT_URL } from '../src/core/quick-exit.js';
import { toSupportedLang } from '../src/i18n/locale.js';

/** A story's handler of one event: Storybook's Actions panel gives one per event in the manifest. */
export type Handler = (event: Event) => void;

/** Story arguments: the element's attributes by their HTML names, and the action handlers of its events. */
export type Attributes = Record<string, string | boolean | undefined | Handler>;

/** The event an action argument handles: Storybook names the handler of `ct-call` `onCtCall`. */
const eventOf = (arg: string) => arg.slice(2).replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`);

/** Renders a tag with the given attributes, as a partner would write it (boolean true: present); handlers listen. */
export function element(tag: string, attributes: Attributes, fallback = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') el.addEventListener(eventOf(name), value);
    else if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  if (fallback) el.innerHTML = fallback;
  return el;
}

/** The markup a partner pastes for a story: the element, its attributes and its fallback; no handler, no frame. */
export function snippet(tag: string, attributes: Attributes, fallback: string): string {
  const written = Object.entries(attributes)
    .map(([name, value]) =>
      value === true ? ` ${name}` : typeof value === 'string' ? ` ${name}="${escapeHtml(value)}"` : '',
    )
    .join('');
  return `<${tag}${written}>\n  ${fallback}\n</${tag}>`;
}

/**
 * Work a story does after rendering (the quiz walked to a result), by element: the docs page shows
 * its outcome too, which a play function would not, and the story test waits for it.
 */
export const storyWork = new WeakMap<Element, Promise<void>>();

interface LocaleContext {
  globals: { locale?: string };
}

/** Every story in the language chosen in the toolbar: the element reads the nearest `lang`. */
export function withLocale(story: () => unknown, context: LocaleContext): TemplateResult {
  return html`<div lang=${context.globals.locale ?? 'es'}>${story()}</div>`;
}

/** A frame of a given width, for the 320 px phone and wide desktop stories. */
export function width(px: number, content: HTMLElement): TemplateResult {
  return html`<div style="width:${px}px;max-width:100%;outline:1px dashed #999">${content}</div>`;
}

/**
 * The docs page of an element: what it is, the snippet a partner copies, and "Show code" giving each
 * story's own snippet.
 */
export function embedDocs(summary: string, tag: string, fallback: string, attributes: Attributes = {}) {
  return {
    docs: {
      description: { component: `${summary} Embed:\n\n\`\`\`html\n${snippet(tag, attributes, fallback)}\n\`\`\`` },
      source: {
        // In the toolbar's language: the element's lang, and its fallback as the embed builder
        // writes it in that language (the exit link where the story offers the exit).
        transform: (_code: string, context: { args: Attributes; globals?: { locale?: string } }) => {
          const lang = toSupportedLang(context.globals?.locale ?? 'es');
          const { args } = context;
          const exitUrl = args['quick-exit'] ? String(args['exit-url'] ?? DEFAULT_EXIT_URL) : undefined;
          const topic = typeof args.topic === 'string' ? args.topic : undefined;
          const written = fallbackHtml(tag, lang, { exitUrl, topic });
          return snippet(tag, { ...args, lang }, written || fallback);
        },
      },
    },
  };
}
