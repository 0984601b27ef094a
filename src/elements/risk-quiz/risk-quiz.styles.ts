import { css } from 'lit';
import { themeStyles } from '../../core/styles.js';
import { panelStyles } from '../../core/panel.styles.js';
import { lineStyles } from '../../core/line.js';

export const styles = [
  themeStyles,
  panelStyles,
  lineStyles,
  css`
    p {
      margin: 0 0 0.75em;
    }
    .exit-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-bottom: 0.75em;
    }
    .exit-row .call {
      margin-inline-start: auto;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .heading:focus {
      outline: none;
    }
    .heading:focus-visible {
      outline: 0.15em solid var(--_focus);
    }
    .progress {
      display: block;
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_muted);
    }
    .paths {
      display: grid;
      gap: 0.75em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .path {
      width: 100%;
      justify-content: flex-start;
      text-align: start;
    }
    .answers {
      display: grid;
      gap: 0.5em;
      margin-bottom: 1em;
    }
    .answer {
      display: flex;
      align-items: center;
      gap: 0.6em;
      min-height: 2.75em;
      padding: 0.4em 0.75em;
      background: var(--_surface);
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .answer:has(:checked) {
      border-width: 0.1875em;
      font-weight: 600;
    }
    .answer input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      accent-color: var(--_accent);
    }
    .missing {
      font-weight: 600;
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.75em;
    }
    .line {
      margin: 0.5em 0 1em;
      padding: 0.75em;
      background: var(--_surface);
      border-inline-start: 0.375em solid var(--_accent);
      border-radius: var(--_radius);
    }
    .line p {
      margin-bottom: 0.4em;
    }
    .concerns-title {
      font-weight: 700;
      margin-bottom: 0.25em;
    }
    .concerns {
      margin: 0 0 1em;
    }
    .disclaimer,
    .privacy {
      color: var(--_muted);
      font-size: 0.9em;
    }
    @media (forced-colors: active) {
      .answer:has(:checked) {
        outline: 2px solid Highlight;
      }
    }
  `,
];
