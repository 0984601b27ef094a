import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../core/locale.js';
import { QuickExitController, DEFAULT_EXIT_URL } from '../../core/quick-exit.js';
import { oneOf, httpUrl, parsePhone, plainText, warnBadValue } from '../../core/attributes.js';
import { nationalLine, numberText, callLink, type LineView } from '../../core/line.js';
import { CtCallEvent, CtDismissEvent } from '../../core/events.js';
import { styles } from './hotline-banner.styles.js';

const LAYOUTS = ['inline', 'bar', 'compact'] as const;
const POSITIONS = ['top', 'bottom'] as const;
const THEMES = ['light', 'dark'] as const;

/**
 * The confidential national line against trafficking, one tap away, with an optional quick exit.
 * The number comes from the press kit (today 1818, option 1) and is shown as text and as a call link.
 *
 * Put the no-JavaScript fallback (the line as text and a `tel:` link) inside the tag: readers see it
 * before the script runs and if it never runs.
 *
 * @summary The national line against trafficking, with a call link and a quick exit.
 * @tag ct-hotline-banner
 *
 * @attr {"inline" | "bar" | "compact"} layout - `inline` (default) sits in the flow; `bar` is a slim full-width bar; `compact` is one line for sidebars.
 * @attr {"top" | "bottom"} position - With `layout="bar"`, keeps the bar stuck to the top or bottom of the window. Default: not stuck.
 * @attr {boolean} dismissible - Shows a close button. Dismissal lasts for this page view; nothing is stored.
 * @attr {boolean} quick-exit - Shows the quick-exit button; pressing Shift alone 3 times also leaves.
 * @attr {string} exit-url - Where the quick exit goes (http or https only). Default: Peru's national weather service.
 * @attr {string} phone - A partner's regional line instead of the national one: digits, spaces, `+`, `-` and parentheses.
 * @attr {string} label - Plain text naming the line, in place of the default name.
 * @attr {"light" | "dark"} theme - Forces a colour scheme. Default: follows the reader's system setting.
 * @attr {string} lang - The language (`es`, `en`, `pt`); default: the nearest `lang` on the page, then the script's `data-lang`, then `es`.
 *
 * @fires {CtCallEvent} ct-call - The reader used the call link. `channel` names the line; nothing about the reader.
 * @fires {CtQuickExitEvent} ct-quick-exit - Just before the page is hidden and left. `trigger` is `button` or `keyboard`.
 * @fires {CtDismissEvent} ct-dismiss - The reader closed the banner.
 *
 * @csspart base - The banner's box (a named region landmark).
 * @csspart title - The line's name.
 * @csspart number - The phone number as text.
 * @csspart call - The call link.
 * @csspart exit - The quick-exit button.
 * @csspart dismiss - The close button.
 *
 * @cssprop [--ct-color-bg=#f3f6fb] - Background (dark: #1d2430).
 * @cssprop [--ct-color-fg=#1b1b1f] - Text colour (dark: #f1f3f7).
 * @cssprop [--ct-color-muted=#44474f] - Secondary text (dark: #c5cad3).
 * @cssprop [--ct-color-border=#6b7280] - Borders (dark: #9aa3b2).
 * @cssprop [--ct-color-accent=#0b4f8a] - Call button background (dark: #9cc7ff).
 * @cssprop [--ct-color-accent-fg=#ffffff] - Call button text (dark: #0b1a2e).
 * @cssprop [--ct-color-exit=#a4161a] - Quick-exit button background (dark: #ffb4ab).
 * @cssprop [--ct-color-exit-fg=#ffffff] - Quick-exit button text (dark: #410002).
 * @cssprop [--ct-color-focus=#c24e00] - Focus ring (dark: #ffb86b).
 * @cssprop [--ct-color-surface=#ffffff] - Secondary button background (dark: #111720).
 * @cssprop [--ct-font-family=inherit] - Font; by default the page's.
 * @cssprop [--ct-radius=0.5em] - Corner radius.
 * @cssprop [--ct-space=1em] - Inner spacing.
 */
export class CtHotlineBanner extends LitElement {
  static override styles = styles;

  @property({ reflect: true }) layout: string = 'inline';
  @property() position?: string;
  @property({ type: Boolean }) dismissible = false;
  @property({ type: Boolean, attribute: 'quick-exit' }) quickExit = false;
  @property({ attribute: 'exit-url' }) exitUrl?: string;
  @property() phone?: string;
  @property() label?: string;
  @property({ reflect: true }) theme?: string;

  /** The checked exit-url: checked when set, so a bad value warns before anyone needs the exit. */
  private exitDestination = DEFAULT_EXIT_URL;
  private readonly locale = new LocaleController(this);
  private readonly quickExitController = new QuickExitController(this, {
    url: () => this.exitDestination,
    t: () => this.locale.t,
    offered: () => this.quickExit,
  });

  private get line(): LineView {
    let override;
    if (this.phone !== undefined && this.phone !== null) {
      override = parsePhone(this.phone);
      if (!override)
        warnBadValue(
          this,
          'phone',
          this.phone,
          'a phone number: digits, spaces, "+", "-" and parentheses',
          'the national line',
        );
    }
    return nationalLine(this.locale.lang, override);
  }

  private get regionName(): string {
    const name = plainText(this, 'label', this.label) ?? this.locale.t('line.name');
    const banners = [...document.querySelectorAll(this.localName)];
    if (banners.length < 2) return name;
    return this.locale.t('line.regionName', { name, index: banners.indexOf(this) + 1, count: banners.length });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exitUrl')) this.exitDestination = httpUrl(this, 'exit-url', this.exitUrl, DEFAULT_EXIT_URL);
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'inline');
    if (layout !== this.layout) this.layout = layout;
    // Bad values only warn here: the styles match the accepted values alone.
    oneOf(this, 'position', this.position, POSITIONS, undefined);
    oneOf(this, 'theme', this.theme, THEMES, undefined);
  }

  override render() {
    const { t, lang } = this.locale;
    const line = this.line;
    const compact = this.layout === 'compact';
    const label = plainText(this, 'label', this.label);
    return html`<section part="base" class="base" aria-label=${this.regionName} lang=${lang}>
      <div class="text">
        <p class="title" part="title">
          <strong>${label ?? t(compact ? 'line.pitchCompact' : 'line.name')}</strong>
        </p>
        ${compact ? nothing : html`<p class="pitch">${t('line.pitch')}</p>`}
        <p class="dial">${numberText(t, line)}</p>
        ${
          compact || !line.operator
            ? nothing
            : html`<ul class="badges">
                  <li>${t('line.free')}</li>
                  <li>${t('line.confidential')}</li>
                  <li>${t('line.hours')}</li>
                </ul>
                <p class="operator">${t('line.operator', { operator: line.operator })}</p>`
        }
      </div>
      <div class="actions">
        ${callLink(t, line, () => this.dispatchEvent(new CtCallEvent(line.id)))}
        ${
          this.quickExit
            ? html`<button
                  class="button exit"
                  part="exit"
                  type="button"
                  @click=${() => this.quickExitController.exit('button')}
                >
                  ${t('exit.button')}
                </button>
                ${
                  compact
                    ? nothing
                    : // In the slim bar the Shift hint is for screen readers only.
                      html`<span class=${this.layout === 'bar' ? 'hint visually-hidden' : 'hint'}
                        >${t('exit.hint')}</span
                      >`
                }`
            : nothing
        }
      </div>
      ${
        this.dismissible
          ? html`<button
              class="dismiss"
              part="dismiss"
              type="button"
              aria-label=${t('banner.dismiss')}
              @click=${this.dismiss}
            >
              <span aria-hidden="true">×</span>
            </button>`
          : nothing
      }
    </section>`;
  }

  private dismiss(): void {
    // Only ever set, never cleared: a partner's own `hidden` stays theirs.
    this.hidden = true;
    this.dispatchEvent(new CtDismissEvent());
  }
}
