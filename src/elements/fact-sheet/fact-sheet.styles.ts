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
    :host([layout='list']) .fact {
      padding-bottom: var(--_space);
      border-bottom: 0.0625em solid var(--_border);
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
    .copy {
      align-self: flex-start;
      margin-top: auto;
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
      .copy {
        display: none;
      }
    }
  `,
];
