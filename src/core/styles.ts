import { css } from 'lit';

/*
 * The design tokens, as plain CSS: each public --ct-* property with its light and its dark
 * default (both meet WCAG AA contrast), read inside the elements through a private --_* name.
 */
const lightTokens = css`
  --_bg: var(--ct-color-bg, #f3f6fb);
  --_fg: var(--ct-color-fg, #1b1b1f);
  --_muted: var(--ct-color-muted, #44474f);
  --_border: var(--ct-color-border, #6b7280);
  --_accent: var(--ct-color-accent, #0b4f8a);
  --_accent-fg: var(--ct-color-accent-fg, #ffffff);
  --_exit: var(--ct-color-exit, #a4161a);
  --_exit-fg: var(--ct-color-exit-fg, #ffffff);
  --_focus: var(--ct-color-focus, #c24e00);
  --_surface: var(--ct-color-surface, #ffffff);
`;
const darkTokens = css`
  --_bg: var(--ct-color-bg, #1d2430);
  --_fg: var(--ct-color-fg, #f1f3f7);
  --_muted: var(--ct-color-muted, #c5cad3);
  --_border: var(--ct-color-border, #9aa3b2);
  --_accent: var(--ct-color-accent, #9cc7ff);
  --_accent-fg: var(--ct-color-accent-fg, #0b1a2e);
  --_exit: var(--ct-color-exit, #ffb4ab);
  --_exit-fg: var(--ct-color-exit-fg, #410002);
  --_focus: var(--ct-color-focus, #ffb86b);
  --_surface: var(--ct-color-surface, #111720);
`;

export const themeStyles = css`
  :host {
    ${lightTokens}
    --_radius: var(--ct-radius, 0.5em);
    --_space: var(--ct-space, 1em);
    --_font: var(--ct-font-family, inherit);

    display: block;
    box-sizing: border-box;
    /* Pasted one after another, the elements keep apart; --ct-margin sets the outer space. */
    margin-block: var(--ct-margin, 1em);
    /* The height reserved before the upgrade (ct-awareness.css) holds after it: nothing moves up. */
    min-block-size: var(--ct-reserve, auto);
    max-width: var(--ct-max-width, none);
    /* No typography here: until its first render the element shows its fallback as the page does. */
  }
  /* Light by default, like most partner pages; theme="auto" follows the reader's system. */
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  :host([hidden]) {
    display: none !important;
  }
  /*
   * Typography set inside the shadow root: inherited page rules on the host (* { line-height: 2 },
   * letter-spacing, text-transform, …) do not reach the element's text.
   */
  .base {
    font-family: var(--_font);
    font-style: normal;
    font-weight: 400;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    color: var(--_fg);
    /* A long word ("Autoevaluación", "quechuahablantes") at 200 % text on a phone breaks, never scrolls sideways. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a,
  button {
    font: inherit;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.4em 0.9em;
    border: 0.125em solid transparent;
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.call {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-radius: 1.375em;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_fg);
    border-color: var(--_border);
  }
  /* The exit differs from the call in shape as well as colour: square, not round. */
  .button.exit {
    background: var(--_exit);
    color: var(--_exit-fg);
    border-radius: 0.125em;
  }
  /* The Shift shortcut needs a keyboard: its hint shows only where one is likely, never in print. */
  .hint {
    display: none;
  }
  @media (hover: hover) and (pointer: fine) {
    .hint {
      display: revert;
    }
  }
  .presses {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
  }
  .mark {
    width: 0.625em;
    height: 0.625em;
    border: 0.125em solid var(--_exit);
    border-radius: 50%;
  }
  .mark.done {
    background: var(--_exit);
  }
  @media (forced-colors: active) {
    .mark {
      border-color: CanvasText;
    }
    .mark.done {
      background: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
    .button.call {
      forced-color-adjust: none;
      background: LinkText;
      color: Canvas;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .button.exit,
    .hint,
    .presses {
      display: none !important;
    }
  }
`;
