import { css } from 'lit';
import { themeStyles } from '../../core/styles.js';
import { lineStyles } from '../../core/line.js';

export const styles = [
  themeStyles,
  lineStyles,
  css`
    :host([layout='bar'][position='top']) {
      position: sticky;
      top: 0;
      z-index: 2147483000;
    }
    :host([layout='bar'][position='bottom']) {
      position: sticky;
      bottom: 0;
      z-index: 2147483000;
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
    .badges li::before {
      content: '✓ ';
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 0.75em;
    }
    :host([layout='bar']) .pitch,
    :host([layout='bar']) .operator {
      display: none;
    }
    /* The bar is slim: name, number and badges on one line where the width allows. */
    :host([layout='bar']) .text {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 1em;
    }
    :host([layout='bar']) .text > * {
      margin: 0;
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
      .dismiss {
        display: none;
      }
    }
  `,
];
