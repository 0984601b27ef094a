import { html, type TemplateResult } from 'lit';
import { currentChannel } from '../../data/channels.js';
import { parsePhone, type Phone } from '../../core/attributes.js';
import type { Translate } from '../../i18n/i18n.js';
import type { Lang } from '../../data/types.js';

/** "In immediate danger, call 105": only from the press kit's current immediate-danger channel. */
export function immediateDanger(t: Translate, lang: Lang): TemplateResult {
  const channel = currentChannel('immediate-danger');
  const phone = parsePhone(channel.number) as Phone;
  return html`<p class="immediate" part="immediate">
    <a href=${phone.tel}>${t('line.immediate', { number: phone.display, operator: channel.operator[lang] })}</a>
  </p>`;
}
