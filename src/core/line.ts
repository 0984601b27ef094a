import { css, html, nothing, type TemplateResult } from 'lit';
import { currentChannel } from '../data/channels.js';
import type { Lang } from '../data/types.js';
import { parsePhone, type Phone } from './attributes.js';
import type { Translate } from '../i18n/i18n.js';

/** The line a reader is told to call: the press kit's current line, or a partner's checked override. */
export interface LineView {
  id: string;
  phone: Phone;
  option?: string;
  operator?: string;
  anonymous: boolean;
}

export function nationalLine(lang: Lang, override?: Phone): LineView {
  const line = currentChannel('trafficking-line');
  if (override) return { id: 'partner-override', phone: override, anonymous: false };
  return {
    id: line.id,
    // The press kit's numbers are checked by its schema, so parsing cannot fail.
    phone: parsePhone(line.number) as Phone,
    option: line.option,
    operator: line.operator[lang],
    anonymous: line.anonymous ?? false,
  };
}

/** " · " between items: seen, not heard (a screen reader says each item on its own). */
export const separator = html`<span aria-hidden="true"> · </span>`;

/** "1818, opción 1": the number as text, so it can be dialled by hand or read on a desktop. */
export function numberText(t: Translate, line: LineView): TemplateResult {
  return html`<span class="number" part="number">${line.phone.display}</span>${
      line.option ? html`<span class="option">${separator}${t('line.option', { option: line.option })}</span>` : nothing
    }`;
}

/** The call action: a tel: link at least 44 px high. */
export function callLink(t: Translate, line: LineView, onCall: () => void): TemplateResult {
  return html`<a class="button call" part="call" href=${line.phone.tel} @click=${onCall}
    >${t('line.call', { number: line.phone.display })}</a
  >`;
}

export const lineStyles = css`
  .number {
    font-weight: 700;
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  .option {
    font-weight: 600;
  }
  .immediate a {
    color: inherit;
    display: inline-block;
    min-height: 1.5em;
  }
`;
