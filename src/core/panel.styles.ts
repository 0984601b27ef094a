import { css } from 'lit';

/** The boxed panel and its heading, shared by the quiz and the fact sheet (bundled into
 * each of their files, so the main script does not carry it). */
export const panelStyles = css`
  .base {
    padding: var(--_space);
    background: var(--_bg);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.75em;
  }
`;
