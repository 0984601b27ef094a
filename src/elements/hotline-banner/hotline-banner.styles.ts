import { css } from 'lit';
import { themeStyles } from '../../core/styles.js';
import { lineStyles } from '../../core/line.js';

export const styles = [
  themeStyles,
  lineStyles,
  css`
    /* The stacking order and the offset under a site's own fixed header are the partner's to set. */
    :host([layout='bar'][position='top']) {
      position: sticky;
      top: var(--ct-offset-top, 0);
      z-index: var(--ct-z-index, 2147483000);
    }
    :host([layout='bar'][position='bottom']) {
      position: sticky;
      bottom: var(--ct-offset-bottom, 0);
      z-index: var(--ct-z-index, 2147483000);
    }
    :host([layout='bar']) {
      margin-block: 0;
      /* The bar's height is fixed: no reserve. */
      min-block-size: auto;
    }
    /* Until the first render, the fallback in the bar's box (.row and its rule), as ct-awareness.css gives it before. */
    :host([layout='bar']) .pending-fallback {
      display: block;
      block-size: 3.0625em;
      overflow: auto;
    }
    /* The bar the script mounts for a CMS (data-banner) lies over the page: it pushes nothing down. */
    :host([layout='bar'][data-ct-auto]) {
      position: fixed;
      inset-inline: 0;
    }
    .base {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.75) var(--_space);
      padding: var(--_space);
      padding-inline-end: calc(var(--_space) + 2.75em);
      background: var(--_bg);
      color: var(--_fg);
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
    }
    :host(:not([dismissible])) .base {
      padding-inline-end: var(--_space);
    }
    :host([layout='bar']) .base {
      border-radius: 0;
      border-width: 0 0 0.0625em;
      padding-block: calc(var(--_space) * 0.5);
    }
    :host([layout='bar'][position='bottom']) .base {
      border-width: 0.0625em 0 0;
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
      container-type: inline-size;
    }
    :host([layout='bar'][position='bottom']) .base,
    :host([layout='bar'][data-ct-auto][position='bottom']) .base {
      border-width: 0.0625em 0 0;
    }
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
      .more .short {
        display: none;
      }
      .row .exit .short {
        display: none;
      }
    }
    .details {
      padding: 0 var(--_space) calc(var(--_space) * 0.75);
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
    }
    @media print {
      :host {
        position: static !important;
      }
      .dismiss,
      .more .chevron {
        display: none !important;
      }
    }
  `,
];
