import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController } from '../../i18n/locale.js';
import { CtElement } from '../../core/ct-element.js';
import { QuickExitController, DEFAULT_EXIT_URL, pressMarks } from '../../core/quick-exit.js';
import { oneOf, httpUrl, parsePhone, plainText, warnBadValue, type Phone } from '../../core/attributes.js';
import { nationalLine, numberText, callLink, type LineView } from '../../core/line.js';
import { CtCallEvent, CtDismissEvent } from '../../core/events.js';
import type { Translate } from '../../i18n/i18n.js';
import { styles } from './hotline-banner.styles.js';

const LAYOUTS = ['inline', 'bar', 'compact'] as const;
const POSITIONS = ['top', 'bottom'] as const;

/** The banners on the page: each names its region "(2 of 3)", so all re-render as one comes or goes. */
const banners = new Set<CtHotlineBanner>();
function renumberBanners(): void {
  banners.forEach((banner) => banner.requestUpdate());
}

/**
 * The confidential national line against trafficking, one tap away, with an optional quick exit.
 * The number comes from the press kit (today 1818, option 1) and is shown as text and as a call link.
 *
 * Put the no-JavaScript fallback (the line as text and a `tel:` link) inside the tag: readers see it
 * before the script runs and if it never runs. Every property is reflected to its attribute, so an
 * element set up from JavaScript or React 19 looks and behaves like one written in HTML.
 *
 * The bar is one row of 3em (two where it is narrower than 17em, at large text on a phone); its
 * details close on Escape or a tap outside. Stuck to the window, it scrolls anything focused out
 * from under itself.
 *
 * @summary The national line against trafficking, with a call link and a quick exit.
 * @tag ct-hotline-banner
 *
 *
 * @fires {CtCallEvent} ct-call - The reader used the call link. `channel` names the line; nothing about the reader.
 * @fires {CtQuickExitEvent} ct-quick-exit - Just before the page is hidden and left. `trigger` is `button` or `keyboard`.
 * @fires {CtDismissEvent} ct-dismiss - The reader closed the banner.
 *
 * @csspart base - The banner's box (a named region landmark).
 * @csspart title - The line's name (in the bar, the button that shows the details).
 * @csspart number - The phone number as text.
 * @csspart call - The call link.
 * @csspart exit - The quick-exit button.
 * @csspart dismiss - The close button.
 *
 * @cssprop [--ct-color-accent-fg=#ffffff] - Call button text (dark: #0b1a2e).
 * @cssprop [--ct-color-exit=#a4161a] - Quick-exit button background (dark: #ffb4ab).
 * @cssprop [--ct-color-exit-fg=#ffffff] - Quick-exit button text (dark: #410002).
 * @cssprop [--ct-offset-top=0] - With `position="top"` (or `data-banner`), the bar's distance from the top of the window: the height of a site's own fixed header.
 * @cssprop [--ct-offset-bottom=0] - The same from the bottom of the window.
 * @cssprop [--ct-z-index=2147483000] - The stacking order of a stuck or mounted bar.
 */
export class CtHotlineBanner extends CtElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    // Every public property is reflected: the styles select on the attributes, and React 19 (or
    // any script) that sets properties gets the same element as markup that writes attributes.
    layout: { reflect: true },
    position: { reflect: true },
    dismissible: { type: Boolean, reflect: true },
    quickExit: { type: Boolean, attribute: 'quick-exit', reflect: true },
    exitUrl: { attribute: 'exit-url', reflect: true },
    phone: { reflect: true },
    label: { reflect: true },
    detailsOpen: { state: true, attribute: false },
  };

  /** `inline` (default) sits in the flow; `bar` is one row about 3em high (49 px at 16 px), the number as the call link, the exit apart at the end and the details on demand; `compact` is one line for sidebars. */
  layout: 'inline' | 'bar' | 'compact' = 'inline';
  /** With `layout="bar"`, keeps the bar stuck to the top or bottom of the window. Default: not stuck. */
  position?: 'top' | 'bottom';
  /** Shows a close button. Dismissal lasts for this page view; nothing is stored. */
  dismissible = false;
  /** Shows the quick-exit button; pressing and releasing Shift alone 3 times also leaves (Shift+Tab and capitals never count). */
  quickExit = false;
  /** Where the quick exit goes (http or https only). Default: Peru's national weather service. */
  exitUrl?: string;
  /** A partner's regional line instead of the national one: digits, spaces, `+`, `-` and parentheses. */
  phone?: string;
  /** Plain text naming the line, in place of the default name. */
  label?: string;

  /** The bar's details (name, pitch, badges, operator), shown on demand. */
  private detailsOpen = false;
  /** The stuck bar was found off its edge (a transformed ancestor): it lives in the top layer. */
  private lifted = false;
  private edgeWatcher?: IntersectionObserver;

  /** The checked exit-url: checked when set, so a bad value warns before anyone needs the exit. */
  private exitDestination = DEFAULT_EXIT_URL;
  private readonly locale = new LocaleController(this);
  private readonly quickExitController = new QuickExitController(this, {
    url: () => this.exitDestination,
    t: () => this.locale.t,
    lang: () => this.locale.lang,
    offered: () => this.quickExit,
  });

  // The checked attribute values that render reads.
  private checkedPhone?: Phone;
  private checkedLabel?: string;

  private get line(): LineView {
    return nationalLine(this.locale.lang, this.checkedPhone);
  }

  private get regionName(): string {
    const name = this.checkedLabel ?? this.locale.t('line.name');
    // Counted among the banners a reader can reach: a dismissed one is gone for them. A server
    // (Lit SSR) renders one element at a time: the browser numbers them when it takes over.
    if (isServer) return name;
    const shown = [...document.querySelectorAll<HTMLElement>(this.localName)].filter((banner) => !banner.hidden);
    if (shown.length < 2) return name;
    return this.locale.t('line.regionName', { name, index: shown.indexOf(this) + 1, count: shown.length });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    banners.add(this);
    renumberBanners();
    // Moved in the page: leaving it hid the popover, and the new place may need it or not.
    if (this.hasUpdated) {
      this.watchEdge();
      this.raiseToTopLayer();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    banners.delete(this);
    renumberBanners();
    this.detailsOpen = false;
    this.listenWhileOpen(false);
    this.keepFocusUncovered(false);
    this.stopWatchingEdge();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('exitUrl')) this.exitDestination = httpUrl(this, 'exit-url', this.exitUrl, DEFAULT_EXIT_URL);
    if (changed.has('layout')) {
      const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'inline');
      if (layout !== this.layout) this.layout = layout;
    }
    // A bad position only warns: the styles match the accepted values alone.
    if (changed.has('position')) oneOf(this, 'position', this.position, POSITIONS, undefined);
    if (changed.has('label')) this.checkedLabel = plainText(this, 'label', this.label);
    if (changed.has('phone')) {
      const given = this.phone ?? undefined;
      this.checkedPhone = given === undefined ? undefined : parsePhone(given);
      if (given !== undefined && !this.checkedPhone)
        warnBadValue(
          this,
          'phone',
          this.phone,
          'a phone number: digits, spaces, "+", "-" and parentheses',
          'the national line',
        );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Here, not in willUpdate: a server (Lit SSR) runs willUpdate and has no document. Adding or
    // removing the same listener twice does nothing, so these need no change tracking.
    this.listenWhileOpen(this.detailsOpen && this.layout === 'bar');
    this.keepFocusUncovered(this.stuck);
    if (changed.has('layout') || changed.has('position')) {
      this.lifted = false;
      this.stopWatchingEdge();
    }
    this.watchEdge();
    this.raiseToTopLayer();
  }

  override render() {
    if (this.layout === 'bar') return this.renderBar();
    const { t, lang } = this.locale;
    const line = this.line;
    const compact = this.layout === 'compact';
    const label = this.checkedLabel;
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
        ${this.quickExit ? html`${this.renderExit(t)}${compact ? nothing : html`<span class="hint">${t('exit.hint')}</span>`}` : nothing}
      </div>
      ${this.dismissible ? this.renderDismiss(t) : nothing}
    </section>`;
  }

  /**
   * The bar: one row of a fixed height (3em and its border) (the number as the call link, the exit apart at the far
   * end, the close button), and the details below it on demand. A fixed height lets a page reserve
   * the bar's space before the script runs (dist/ct-awareness.css), so nothing moves on upgrade.
   */
  private renderBar() {
    const { t, lang } = this.locale;
    const line = this.line;
    const label = this.checkedLabel;
    return html`<section part="base" class="base" aria-label=${this.regionName} lang=${lang}>
      <div class="row">
        ${
          // First in the row, at the far end from the exit: a near miss on a phone never removes the bar.
          this.dismissible ? this.renderDismiss(t) : nothing
        }
        <button
          class="more"
          part="title"
          type="button"
          aria-expanded=${this.detailsOpen ? 'true' : 'false'}
          aria-controls=${this.detailsOpen ? 'details' : nothing}
          @click=${() => (this.detailsOpen = !this.detailsOpen)}
        >
          <span class="name long">${label ?? t('line.name')}</span
          ><span class="fit"><span class="name short">${label ?? t('line.nameShort')}</span></span
          ><span class="chevron" aria-hidden="true"></span>
        </button>
        <a class="call" part="call" href=${line.phone.tel} @click=${() => this.dispatchEvent(new CtCallEvent(line.id))}
          ><span class="visually-hidden">${t('line.callTo')} </span
          ><span class="number" part="number">${line.phone.display}</span
          >${line.option ? html`<span class="option">${t('line.optionShort', { option: line.option })}</span>` : nothing}</a
        >
        ${this.quickExit ? this.renderExit(t, true) : nothing}
      </div>
      ${
        // Made when first opened: the bar's first render stays small.
        this.detailsOpen
          ? html`<div class="details" id="details" tabindex="0">
              <p class="pitch">${t('line.pitch')}</p>
              ${
                line.operator
                  ? html`<ul class="badges">
                        <li>${t('line.free')}</li>
                        <li>${t('line.confidential')}</li>
                        <li>${t('line.hours')}</li>
                      </ul>
                      <p class="operator">${t('line.operator', { operator: line.operator })}</p>`
                  : nothing
              }
              ${this.quickExit ? html`<p class="hint">${t('exit.hint')}</p>` : nothing}
            </div>`
          : nothing
      }
    </section>`;
  }

  /** The bar is stuck to the window's top or bottom edge. */
  private get stuck(): boolean {
    return this.layout === 'bar' && (this.position === 'top' || this.position === 'bottom');
  }

  /**
   * A stuck bar is fixed to the window's edge, which holds on every page but one where an ancestor
   * (a transform, filter, contain, will-change) becomes the fixed bar's box. An observer, which
   * forces no layout, tells when the bar is not whole in the window: only then is it lifted into
   * the top layer, since showing a popover makes the browser bring the whole page's style and
   * layout up to date at once (83 ms of our task at 4× CPU during the first render, measured).
   */
  private watchEdge(): void {
    const base = this.renderRoot.querySelector('.base');
    if (this.edgeWatcher || !base || !this.stuck || this.lifted || typeof IntersectionObserver !== 'function') return;
    this.edgeWatcher = new IntersectionObserver(
      ([entry]) => {
        if (this.hidden || (entry.isIntersecting && entry.intersectionRatio >= 0.99)) return;
        this.lifted = true;
        this.stopWatchingEdge();
        this.raiseToTopLayer();
      },
      { threshold: [0, 0.99] },
    );
    this.edgeWatcher.observe(base);
  }

  private stopWatchingEdge(): void {
    this.edgeWatcher?.disconnect();
    this.edgeWatcher = undefined;
  }

  /**
   * The top layer, where the browser has popover: out of reach of every ancestor's transform,
   * filter, contain, overflow and stacking order. Manual: no click or key closes it.
   */
  private raiseToTopLayer(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    if (!base || !('showPopover' in base)) return;
    // Removed from the page (a render that came after, or a framework moving it): nothing to show.
    const raise = this.lifted && this.stuck && !this.hidden && this.isConnected;
    if (!raise) {
      // Removing the attribute hides the popover.
      base.removeAttribute('popover');
      return;
    }
    base.setAttribute('popover', 'manual');
    if (!base.matches(':popover-open')) base.showPopover();
  }

  /** In the bar, the exit's short label where the row is narrow (one of the two is displayed). */
  private renderExit(t: Translate, short = false) {
    return html`<button
        class="button exit"
        part="exit"
        type="button"
        @click=${() => this.quickExitController.exit('button')}
      >
        ${
          short
            ? html`<span class="long">${t('exit.button')}</span><span class="short">${t('exit.buttonShort')}</span>`
            : t('exit.button')
        }
      </button>
      ${pressMarks()}`;
  }

  private renderDismiss(t: Translate) {
    return html`<button
      class="dismiss"
      part="dismiss"
      type="button"
      aria-label=${t('banner.dismiss')}
      @click=${this.dismiss}
    >
      <span aria-hidden="true">×</span>
    </button>`;
  }

  private dismiss(): void {
    // Only ever set, never cleared: a partner's own `hidden` stays theirs.
    this.hidden = true;
    this.raiseToTopLayer();
    this.dispatchEvent(new CtDismissEvent());
    renumberBanners();
  }

  /**
   * While the bar's details are open, Escape or a tap anywhere outside the bar closes them: at large
   * text they cover part of the page, which the reader must be able to get back at once.
   */
  private listenWhileOpen(open: boolean): void {
    if (open) {
      document.addEventListener('keydown', this.closeOnEscape, true);
      document.addEventListener('pointerdown', this.closeOnOutsideTap, true);
    } else {
      document.removeEventListener('keydown', this.closeOnEscape, true);
      document.removeEventListener('pointerdown', this.closeOnOutsideTap, true);
    }
  }

  private readonly closeOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.detailsOpen) return;
    const focusWasInside = this.matches(':focus-within');
    this.detailsOpen = false;
    // Focus goes back to the button that opened them, not to the top of the page.
    if (focusWasInside) this.renderRoot.querySelector<HTMLElement>('.more')?.focus();
  };

  /**
   * A stuck bar keeps the focused element out from under it (WCAG 2.4.11 and 2.4.12): after the
   * browser has scrolled focus into view (Tab, Shift+Tab, a script's focus()), anything the bar
   * still covers, even in part, is scrolled clear of it. ct-awareness.css's scroll-padding does the
   * same for the browser's own scrolling where the page loads it; this also works without it.
   */
  private keepFocusUncovered(stuck: boolean): void {
    if (stuck) document.addEventListener('focusin', this.uncoverFocus, true);
    else document.removeEventListener('focusin', this.uncoverFocus, true);
  }

  private readonly uncoverFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || event.composedPath().includes(this)) return;
    // A task later: the browser scrolls the newly focused element into view after this event.
    setTimeout(() => {
      if (this.hidden || !target.isConnected) return;
      const bar = (this.renderRoot.querySelector('.base') ?? this).getBoundingClientRect();
      const box = target.getBoundingClientRect();
      if (!bar.height || box.bottom <= bar.top || box.top >= bar.bottom) return;
      const room = bar.height / 6; // a little space between the bar and what has focus
      window.scrollBy({
        top: this.position === 'bottom' ? box.bottom - bar.top + room : box.top - bar.bottom - room,
        behavior: 'instant',
      });
    });
  };

  private readonly closeOnOutsideTap = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.detailsOpen = false;
  };
}
