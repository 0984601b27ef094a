import { css } from 'lit';
import { themeStyles } from '../../core/styles.js';
import { lineStyles } from '../../core/line.js';

export const styles = [
  themeStyles,
  lineStyles,
  css`
    /* Its box queries its own width, so it has none of its own: where a page sizes the element to its content (a flex row, a float), it still takes a readable width. */
    :host {
      min-inline-size: min(100%, 18em);
    }
    /*
     * A stuck bar (position top or bottom) lies at the window's edge, wherever it was pasted and
     * whatever the page's CSS: fixed, and lifted into the top layer where an ancestor would hold the
     * fixed box (hotline-banner.ts, watchEdge). Its host
     * is the room the page keeps for it where it was pasted (first in <body> for the top bar, last
     * for the bottom one, it is exactly the room the bar covers): a row of 3em and its rule, two
     * rows where narrower than 17em. Important: a theme's rules for every element (* { box-sizing:
     * border-box }) never resize the room.
     */
    :host([layout='bar'][position='top']),
    :host([layout='bar'][position='bottom']) {
      box-sizing: content-box !important;
      block-size: 3.0625em !important;
      padding: 0 0 clamp(0em, (17em - 100%) * 1000, 3em) !important;
    }
    /*
     * The bar's text is at most a twelfth of the window's width: at 200 % text on a 320 px phone its
     * two rows still hold the number and the exit side by side (ct-awareness.css says the same).
     */
    :host([layout='bar']) {
      font-size: min(1em, 100vw / 12);
      margin-block: 0;
      /* The bar's height is fixed: no reserve. */
      min-block-size: auto;
    }
    /* The bar the script mounts for a CMS (data-banner) lies over the page: it keeps no room. */
    :host([layout='bar'][data-ct-auto]) {
      block-size: 0 !important;
      padding: 0 !important;
    }
    /* The popover's own defaults (inset, margin, size, overflow) give way to the bar's. */
    :host([layout='bar'][position='top']) .base,
    :host([layout='bar'][position='bottom']) .base,
    :host([layout='bar'][position='top']) .pending-fallback,
    :host([layout='bar'][position='bottom']) .pending-fallback {
      position: fixed;
      inset: auto 0;
      z-index: var(--ct-z-index, 2147483000);
      margin: 0;
      inline-size: auto;
      max-inline-size: none;
    }
    :host([layout='bar'][position='top']) .base,
    :host([layout='bar'][position='bottom']) .base {
      block-size: auto;
      min-block-size: 0;
      overflow: visible;
    }
    :host([layout='bar'][position='top']) .base,
    :host([layout='bar'][position='top']) .pending-fallback {
      top: var(--ct-offset-top, 0);
    }
    :host([layout='bar'][position='bottom']) .base,
    :host([layout='bar'][position='bottom']) .pending-fallback {
      bottom: var(--ct-offset-bottom, 0);
    }
    /*
     * Until the first render, the fallback in the bar's box, as ct-awareness.css gives it before:
     * one row (two where the bar is narrower than 17em, as .row below), the partner's text flattened
     * into it with the links first (ct-awareness.css), so the number and the exit stay in view.
     */
    :host([layout='bar']) .pending-fallback {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      align-content: flex-start;
      gap: 0 0.5em;
      box-sizing: content-box;
      block-size: 3em;
      padding: 0 0.5em clamp(0em, (17em - 100%) * 1000, 3em);
      overflow: hidden;
      background: var(--_bg);
      color: var(--_fg);
      border-block-end: 0.0625em solid var(--_border);
    }
    :host([layout='bar'][position='bottom']) .pending-fallback {
      border-block-start: 0.0625em solid var(--_border);
      border-block-end: 0;
    }
    /* Where the page gives the element a height (the banner's own frame), the bar fills it, centred. */
    :host([layout='bar']:not([position])) .base {
      display: flex;
      flex-direction: column;
      justify-content: center;
      align-items: stretch;
      align-content: normal;
    }
    .base {
      position: relative;
      /* Where the page gives the element a height (the banner's own frame), the banner fills it, centred. */
      min-block-size: 100%;
      align-content: center;
      /* Its layout follows its own width (the actions beside the close button or below it). */
      container-type: inline-size;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.75) var(--_space);
      /* Never more than a twentieth of the window: large text on a phone keeps its width for the words. */
      padding: min(var(--_space), 5vw);
      background: var(--_bg);
      color: var(--_fg);
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
    }
    /*
     * The close button sits in the top corner beside the title: the title makes room for it, and
     * where the actions sit beside the text (a wide banner) they keep 24 px or more from it; on a
     * narrow one they wrap below and keep the full width, at large text too.
     */
    :host([dismissible]:not([layout='bar'])) .title::before {
      content: '';
      float: inline-end;
      inline-size: 2.4em;
      block-size: 2em;
    }
    @container (width >= 30em) {
      :host([dismissible]:not([layout='bar'])) .actions {
        margin-inline-end: 4em;
      }
    }
    /*
     * Narrow (a phone, and any width at large text): the call and the exit come right after the
     * line's name, then the number as text, then the description, so the first screen holds the
     * line and the exit even at 200 % text. Only text moves: the order of what takes focus stays.
     */
    @container (width < 24em) {
      :host(:not([layout='bar'])) .text {
        display: contents;
      }
      :host(:not([layout='bar'])) .text > *,
      :host(:not([layout='bar'])) .actions {
        flex: 1 1 100%;
        margin: 0;
      }
      :host(:not([layout='bar'])) .actions {
        order: 1;
      }
      :host(:not([layout='bar'])) .dial {
        order: 2;
      }
      :host(:not([layout='bar'])) .text > :not(.title, .dial) {
        order: 3;
      }
    }
    /* Very large text for the width (200 % and more on a phone): the call and the exit come first. */
    @container (width < 12em) {
      :host(:not([layout='bar'])) .actions {
        order: -1;
      }
      /* The close button leaves the corner for the end, away from the call. */
      :host(:not([layout='bar'])) .dismiss {
        position: static;
        order: 9;
        margin-inline-start: auto;
      }
      :host([dismissible]:not([layout='bar'])) .title::before {
        content: none;
      }
    }
    :host([layout='compact']) .base {
      padding: calc(var(--_space) * 0.5);
      gap: 0.5em;
    }
    .text {
      flex: 1 1 18em;
      min-width: 0;
    }
    p {
      margin: 0 0 0.25em;
    }
    .title {
      font-size: 1.05em;
    }
    /* The number is what a reader came for: the largest text in every layout. */
    .dial .number {
      font-size: 1.5em;
    }
    .pitch,
    .operator,
    .hint {
      color: var(--_muted);
    }
    .operator,
    .hint {
      font-size: 0.875em;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0.25em 0;
      padding: 0;
      list-style: none;
      font-weight: 600;
    }
    /* Decorative: the alternative text after the slash is empty, so a screen reader skips it. */
    .badges li::before {
      content: '✓ ' / '';
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 0.75em;
    }
    /* The bar: one row 3em high (under 56 px up to 18 px text), whatever the width; details on demand. */
    :host([layout='bar']) .base {
      display: block;
      padding: 0;
      border-width: 0 0 0.0625em;
      border-radius: 0;
    }
    :host([layout='bar'][position='bottom']) .base {
      border-width: 0.0625em 0 0;
    }
    /* The row's height is fixed (so a page reserves it before the script runs): 3em, or two rows of 3em where the bar is narrower than 17em (large text on a phone). */
    .row {
      display: flex;
      align-items: center;
      gap: 0.5em;
      block-size: 3em;
      padding-inline: 0.5em;
    }
    .more {
      flex: 1 1 auto;
      display: flex;
      align-items: center;
      gap: 0.25em;
      min-width: 2.75em;
      min-height: 2.75em;
      padding: 0 0.25em;
      border: 0;
      border-radius: var(--_radius);
      background: transparent;
      color: inherit;
      font-weight: 700;
      text-align: start;
      cursor: pointer;
      overflow: hidden;
    }
    /* Narrow: a short name on up to two lines; wide: the full name on one. */
    .more .name {
      overflow: hidden;
      font-size: 0.875em;
      line-height: 1.15;
      max-block-size: 2.3em;
    }
    .more .long {
      display: none;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    /*
     * The short name fits the room the row leaves it: in a theme's large type on a phone it gets
     * smaller (its longest word, about 6em, within its box) and takes up to three tight lines, in
     * the row's height, rather than being cut.
     */
    .more .fit {
      flex: 1 1 auto;
      min-inline-size: 0;
      container-type: inline-size;
    }
    .more .short {
      display: block;
      font-size: var(--_name-size, clamp(0.6em, 16cqi, 0.875em));
      line-height: var(--_name-leading, 1.04);
      max-block-size: var(--_name-lines, 3.12em);
    }
    .chevron::before {
      content: '▾' / '';
    }
    .more[aria-expanded='true'] .chevron::before {
      content: '▴' / '';
    }
    .row .call {
      flex: none;
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      min-height: 2.75em;
      padding: 0 0.75em;
      border-radius: 1.375em;
      background: var(--_accent);
      color: var(--_accent-fg);
      font-weight: 700;
      line-height: 1.1;
      text-decoration: none;
      white-space: nowrap;
    }
    .row .number {
      font-size: 1.25em;
    }
    .row .option {
      font-size: 0.75em;
      font-weight: 600;
    }
    /* The exit: at the far end, square, away from the call. */
    .row .exit {
      flex: none;
      margin-inline-start: 0.25em;
      border-radius: 0.125em;
      padding-inline: 0.6em;
      white-space: nowrap;
    }
    .row .exit .long {
      display: none;
    }
    .row .dismiss {
      position: static;
      flex: none;
    }
    /* The details never cover more than half the window: they scroll inside themselves. */
    .details {
      padding: 0 var(--_space) calc(var(--_space) * 0.75);
      max-block-size: max(1.5em, calc(50vh - 3.0625em));
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    @container (width < 17em) {
      .row {
        flex-wrap: wrap;
        align-content: space-around;
        block-size: 6em;
      }
      /* The name fills the first row (beside the close button); the call and the exit share the second. */
      .more {
        flex: 1 0 calc(100% - 3.5em);
      }
      /*
       * With a row of its own, the short name keeps its size and two lines. Set on .fit, whose
       * container is the row (inside .fit, a query would ask .fit itself).
       */
      .more .fit {
        container-type: normal;
        --_name-size: 0.875em;
        --_name-leading: 1.15;
        --_name-lines: 2.3em;
      }
      :host(:not([dismissible])) .more {
        flex-basis: 100%;
      }
      .row .call {
        flex: 1 1 auto;
      }
      .details {
        max-block-size: max(1.5em, calc(50vh - 6.0625em));
      }
    }
    @container (min-width: 36em) {
      .row .call {
        flex-direction: row;
        align-items: baseline;
        gap: 0.4em;
        padding-block: 0.5em;
      }
      .row .number {
        font-size: 1.5em;
      }
      .row .option {
        font-size: 0.875em;
      }
      .row .exit {
        margin-inline-start: 1em;
      }
      .row .exit .long {
        display: inline;
      }
      .more .long {
        display: block;
        font-size: 1em;
      }
      .more .fit {
        display: none;
      }
      .row .exit .short {
        display: none;
      }
    }
    .details[hidden] {
      display: none;
    }
    .dismiss {
      position: absolute;
      top: 0.25em;
      inset-inline-end: 0.25em;
      width: 2.75em;
      height: 2.75em;
      border: 0;
      border-radius: var(--_radius);
      background: transparent;
      color: var(--_fg);
      font-size: 1em;
      line-height: 1;
      cursor: pointer;
    }
    .dismiss span {
      font-size: 1.5em;
    }
    @media (forced-colors: active) {
      .base {
        border: 1px solid CanvasText;
      }
      /* The bar's call link stays a filled pill, seen as a control and not as plain text. */
      .row .call {
        forced-color-adjust: none;
        background: LinkText;
        color: Canvas;
        border: 0.125em solid LinkText;
      }
    }
    @media print {
      :host,
      .base,
      .pending-fallback {
        position: static !important;
      }
      .dismiss,
      .more .chevron {
        display: none !important;
      }
    }
  `,
];
