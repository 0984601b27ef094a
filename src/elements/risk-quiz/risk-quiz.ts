import { LitElement, html } from 'lit';
import { LocaleController } from '../../core/locale.js';

/**
 * @summary A private self-check on the signs of trafficking and forced labour.
 * @tag ct-risk-quiz
 */
export class CtRiskQuiz extends LitElement {
  private readonly locale = new LocaleController(this);
  override render() {
    return html`<section aria-label=${this.locale.t('quiz.name')}><p>${this.locale.t('quiz.intro')}</p></section>`;
  }
}
