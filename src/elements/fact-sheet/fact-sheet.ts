import { LitElement, html } from 'lit';
import { LocaleController } from '../../core/locale.js';

/**
 * @summary Sourced, dated facts from the press kit.
 * @tag ct-fact-sheet
 */
export class CtFactSheet extends LitElement {
  private readonly locale = new LocaleController(this);
  override render() {
    return html`<section aria-label=${this.locale.t('facts.name')}></section>`;
  }
}
