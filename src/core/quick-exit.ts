import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { CtQuickExitEvent } from './events.js';
import type { Translate } from '../i18n/i18n.js';

/** A neutral, non-personalised page: Peru's national weather service. */
export const DEFAULT_EXIT_URL = 'https://www.senamhi.gob.pe/';
/** Shift pressed on its own this many times, each within WINDOW_MS of the last, leaves the page. */
export const SHIFT_PRESSES = 3;
export const WINDOW_MS = 5000;

/**
 * How the page is left. `location.replace` leaves no history entry, so Back does not return here.
 * In a frame (the iframe embed, or a partner's own) the reader sees the page around it, so the top
 * window is left; a frame that may not navigate it (a sandbox without allow-top-navigation) leaves
 * itself. Tests swap this, since really leaving would end the test page.
 */
export const exitNavigation = {
  replace(url: string): void {
    if (window.top && window.top !== window)
      try {
        window.top.location.replace(url);
        return;
      } catch {
        // Not allowed to navigate the top window: leave this frame at least.
      }
    location.replace(url);
  },
};

type ExitHost = ReactiveControllerHost & HTMLElement;

/**
 * The elements on the page that offer a quick exit right now, in the order they began to. One
 * document listener serves them all, and it listens only while this set is not empty: a page whose
 * partner did not ask for an exit never leaves on Shift.
 */
const offering = new Set<QuickExitController>();
let presses = 0;
/** Shift is down and no other key came since: its release counts as a press. */
let shiftAlone = false;
let expiry: ReturnType<typeof setTimeout> | undefined;
let exited = false;
let announcer: HTMLElement | undefined;

function announce(text: string, lang: string): void {
  if (!announcer || !announcer.isConnected) {
    announcer = document.createElement('div');
    announcer.setAttribute('role', 'status');
    announcer.setAttribute('data-ct-announcer', '');
    // CSSOM, not a style attribute: a strict style-src CSP allows it.
    Object.assign(announcer.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    });
    document.body.append(announcer);
  }
  // Read in the element's language, which may not be the page's.
  announcer.lang = lang;
  announcer.textContent = text;
}

/** The offering elements show the count beside their exit button: tell them it changed. */
function showPresses(): void {
  offering.forEach((controller) => controller.requestUpdate());
}

function resetPresses(): void {
  const shown = presses > 0;
  presses = 0;
  clearTimeout(expiry);
  expiry = undefined;
  if (!shown) return;
  showPresses();
  // The count said so far no longer holds: a screen reader's review of the region finds nothing stale.
  if (announcer) announcer.textContent = '';
}

/**
 * The count shown beside an exit button while the reader presses Shift, as GOV.UK's exit does:
 * one mark per press out of three. Hidden from screen readers, which hear the announcement.
 */
export function pressMarks(): TemplateResult | typeof nothing {
  if (!presses) return nothing;
  return html`<span class="presses" part="presses" aria-hidden="true"
    >${Array.from({ length: SHIFT_PRESSES }, (_, i) => html`<span class=${i < presses ? 'mark done' : 'mark'}></span>`)}</span
  >`;
}

/**
 * As GOV.UK's exit counts: a Shift pressed and released with no other key in between is one
 * press. Shift+Tab, a capital letter or any chord never counts and is never announced, and any
 * other key starts the count again.
 */
function onKeyDown(event: KeyboardEvent): void {
  if (event.key === 'Shift' && !event.ctrlKey && !event.altKey && !event.metaKey) {
    if (!event.repeat) shiftAlone = true;
    return;
  }
  shiftAlone = false;
  if (presses) resetPresses();
}

function onKeyUp(event: KeyboardEvent): void {
  if (event.key !== 'Shift' || !shiftAlone) return;
  shiftAlone = false;
  // The first element that offers the exit decides where it goes.
  const first = offering.values().next().value;
  if (!first) return;
  presses += 1;
  clearTimeout(expiry);
  if (presses >= SHIFT_PRESSES) {
    resetPresses();
    first.exit('keyboard');
    return;
  }
  announce(first.t('exit.pressesLeft', { count: SHIFT_PRESSES - presses }), first.lang);
  showPresses();
  expiry = setTimeout(() => {
    resetPresses();
    announce(first.t('exit.expired'), first.lang);
  }, WINDOW_MS);
}

function hidePage(): void {
  document.documentElement.style.setProperty('visibility', 'hidden', 'important');
  document.documentElement.style.setProperty('opacity', '0', 'important');
}

function onPageShow(): void {
  // Back from the safe page via the back-forward cache: never show the old content again.
  if (!exited) return;
  hidePage();
  exitNavigation.replace(lastUrl);
}
let lastUrl = DEFAULT_EXIT_URL;

/** Test hook: forget that the page was left. */
export function resetQuickExitState(): void {
  exited = false;
  shiftAlone = false;
  resetPresses();
  if (announcer) announcer.textContent = '';
  document.documentElement.style.removeProperty('visibility');
  document.documentElement.style.removeProperty('opacity');
}

/**
 * The quick exit, shared by every element that offers one. The host gives the destination, its
 * translator and whether it offers the exit now; the controller owns the keyboard shortcut, the
 * announcements and the leaving.
 */
export class QuickExitController implements ReactiveController {
  constructor(
    private readonly host: ExitHost,
    private readonly options: { url: () => string; t: () => Translate; lang: () => string; offered: () => boolean },
  ) {
    host.addController(this);
  }

  get t(): Translate {
    return this.options.t();
  }

  get lang(): string {
    return this.options.lang();
  }

  requestUpdate(): void {
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.sync();
  }

  // After each update: the host's attributes may have turned the exit on or off.
  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.withdraw();
  }

  private sync(): void {
    if (this.host.isConnected && this.options.offered()) this.offer();
    else this.withdraw();
  }

  private offer(): void {
    if (offering.has(this)) return;
    if (!offering.size) {
      document.addEventListener('keydown', onKeyDown, true);
      document.addEventListener('keyup', onKeyUp, true);
      window.addEventListener('pageshow', onPageShow);
    }
    offering.add(this);
  }

  private withdraw(): void {
    if (!offering.delete(this) || offering.size) return;
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('keyup', onKeyUp, true);
    shiftAlone = false;
    resetPresses();
  }

  /** Leaves at once: the event, then the page hidden, then the safe page in place of this one. */
  exit(trigger: 'button' | 'keyboard'): void {
    lastUrl = this.options.url();
    this.host.dispatchEvent(new CtQuickExitEvent(trigger));
    exited = true;
    hidePage();
    exitNavigation.replace(lastUrl);
  }
}
