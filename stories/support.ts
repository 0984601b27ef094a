import { html, type TemplateResult } from 'lit';

/** Story arguments are the element's attributes, by their HTML names. */
export type Attributes = Record<string, string | boolean | undefined>;

/** Renders a tag with the given attributes, as a partner would write it (boolean true: present). */
export function element(tag: string, attributes: Attributes, fallback = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  if (fallback) el.innerHTML = fallback;
  return el;
}

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

/** The docs page text of an element: what it is, then the snippet a partner copies. */
export function embedDocs(summary: string, tag: string, fallback: string, attributes = '') {
  return {
    docs: {
      description: {
        component: `${summary} Embed:\n\n\`\`\`html\n<${tag}${attributes}>\n  ${fallback}\n</${tag}>\n\`\`\``,
      },
    },
  };
}
