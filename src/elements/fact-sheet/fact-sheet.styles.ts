import { css } from 'lit';
import { themeStyles } from '../../core/styles.js';
import { panelStyles } from '../../core/panel.styles.js';

export const styles = [
  themeStyles,
  panelStyles,
  css`
    .facts {
      display: grid;
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    :host([layout='cards']) .facts {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    }
    .fact {
      display: flex;
      flex-direction: column;
      gap: 0.4em;
    }
    :host([layout='cards']) .fact {
      padding: var(--_space);
      background: var(--_surface);
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
    }
    /* The list is the compact layout, for sidebars and phones: tighter rows, smaller controls. */
    :host([layout='list']) .facts {
      gap: calc(var(--_space) * 0.6);
    }
    :host([layout='list']) .fact {
      gap: 0.2em;
      padding-bottom: calc(var(--_space) * 0.6);
      border-bottom: 0.0625em solid var(--_border);
    }
    :host([layout='list']) .statement {
      font-size: 0.9375em;
      line-height: 1.4;
    }
    :host([layout='list']) .status {
      font-size: 0.8125em;
    }
    :host([layout='list']) .sources {
      font-size: 0.8125em;
      line-height: 1.35;
    }
    :host([layout='list']) .copy {
      min-height: 1.75em;
      padding: 0.15em 0.6em;
      font-size: 0.875em;
    }
    :host([layout='list']) .copy-row {
      margin-top: 0.2em;
    }
    p {
      margin: 0;
    }
    .figure .value {
      display: block;
      font-size: 1.75em;
      font-weight: 700;
      line-height: 1.15;
      color: var(--_accent);
    }
    :host([layout='list']) .figure .value {
      display: inline;
      font-size: 1.15em;
    }
    .figure .label {
      font-weight: 600;
    }
    .status {
      font-size: 0.875em;
      font-weight: 600;
      color: var(--_muted);
    }
    .sources,
    .footer {
      font-size: 0.875em;
      color: var(--_muted);
    }
    a {
      color: inherit;
      text-decoration: underline;
      overflow-wrap: anywhere;
    }
    .print-url {
      display: none;
    }
    .citation {
      font-size: 0.875em;
      padding: 0.5em;
      border: 1px dashed currentColor;
      overflow-wrap: anywhere;
    }
    .copy-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 0.75em;
      margin-top: auto;
    }
    .copied {
      font-weight: 600;
      color: var(--_fg);
    }

    .footer {
      margin-top: var(--_space);
    }
    @media print {
      .base,
      :host([layout='cards']) .fact {
        border-color: #000;
        background: none;
        break-inside: avoid;
      }
      .print-url {
        display: inline;
        overflow-wrap: anywhere;
      }
      .copy-row {
        display: none;
      }
    }
  `,
];
