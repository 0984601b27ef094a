// @ts-check
/**
 * The elements' first screens whose height ct-awareness.css knows in advance, so a snippet pasted
 * with no --ct-reserve does not move the page when the script upgrades it. Each one is a selector
 * (the attributes that change the first screen's height) and the markup measured for it:
 * `npm run measure:first-screen` renders each in Chromium in each face of FIRST_SCREEN_FACES, at
 * every width of FIRST_SCREEN_WIDTHS (in ch), in each language, and writes the steps to
 * first-screen.json; the build turns them into the stylesheet's boxes (tools/first-screen-css.mjs).
 * Anything else (a fact sheet with its own `facts`, the list layout, hidden sources, a custom
 * label) keeps --ct-reserve as its exact option.
 *
 * @typedef {{ selector: string, html: string }} FirstScreen
 */

/** The banner's inline and compact layouts, with and without the exit and the close button. */
const banners = ['inline', 'compact'].flatMap((layout) =>
  [false, true].flatMap((quickExit) =>
    [false, true].map((dismissible) => ({
      selector:
        (layout === 'inline'
          ? 'ct-hotline-banner:not([layout=bar],[layout=compact])'
          : 'ct-hotline-banner[layout=compact]') +
        (quickExit ? '[quick-exit]' : ':not([quick-exit])') +
        (dismissible ? '[dismissible]' : ':not([dismissible])') +
        ':not([label])',
      html: `<ct-hotline-banner${layout === 'compact' ? ' layout="compact"' : ''}${quickExit ? ' quick-exit' : ''}${dismissible ? ' dismissible' : ''}></ct-hotline-banner>`,
    })),
  ),
);

/**
 * The fact sheet in cards with its sources: all facts (taller than any window, so its box only
 * has to reach past the window's bottom: see FIRST_SCREEN_CAP), or the line's topic, which the
 * builder and example.html start with. The other topics keep --ct-reserve: their cards reflow at
 * so many widths that their tables would weigh more than the rest of the stylesheet.
 */
const factSheets = [undefined, 'hotline'].map((topic) => ({
  selector: `ct-fact-sheet${topic ? `[topic=${topic}]` : ':not([topic])'}:not([facts],[layout=list],[hide-sources],[heading])`,
  html: `<ct-fact-sheet${topic ? ` topic="${topic}"` : ''}></ct-fact-sheet>`,
}));

/** @type {FirstScreen[]} */
export const FIRST_SCREENS = [
  ...banners,
  // The quiz's start screen; once the reader starts, its box follows its screens (:state(started)).
  { selector: 'ct-risk-quiz:not([path])', html: '<ct-risk-quiz></ct-risk-quiz>' },
  ...factSheets,
];

/**
 * The widths measured, in ch (the width of "0" in the element's face): each element's own width,
 * from a narrow phone to a wide column. In ch a line holds about as many characters in any face.
 */
export const FIRST_SCREEN_WIDTHS = { from: 20, to: 180, step: 0.125 };

/**
 * The faces measured, in classes by the width of their "0" in em, which CSS can read (1ch against
 * 1em): the stylesheet takes the table of the class the page's face falls in. Measured in ch alone,
 * one table for all faces kept up to 8em blank, since the elements' paddings, gaps and narrow
 * layouts are in em. A class is one face, the one partner pages most often set for its width:
 * Times's metrics (Liberation Serif, 0.5), Arial's (Liberation Sans, 0.556) and a wide sans (DejaVu
 * Sans, 0.636, what system-ui draws on Debian; Verdana's width). Two faces of one width may still
 * wrap a line apart where their letters differ (DejaVu Serif beside DejaVu Sans: up to 3em where a
 * row of buttons wraps), so a class holds one face rather than the tallest of several.
 * `below` is the class's upper bound of ch in em; `stack`, the face as a volunteer's computer has
 * it (Windows and macOS have Times New Roman, Arial and Verdana), for the embed builder's reserve.
 */
export const FIRST_SCREEN_FACES = [
  { below: 0.53, face: 'Liberation Serif', stack: '"Times New Roman", "Liberation Serif", Times, serif' },
  { below: 0.6, face: 'Liberation Sans', stack: 'Arial, "Liberation Sans", Helvetica, sans-serif' },
  { below: Infinity, face: 'DejaVu Sans', stack: 'Verdana, "DejaVu Sans", sans-serif' },
];

/**
 * The two text sizes each step's start is measured at, in px: a start is so many ch plus a few px
 * that stay the same at every size (1 px borders), and the two give both. In ch alone a line broke
 * a hundredth of a ch apart from 16 to 17 px, enough to leave a line blank where a page's column
 * met it (a 40em article in a serif is exactly 80ch). The most common sizes are measured, so the
 * starts are exact there; from 14 to 20 px they hold to a fraction of a px.
 */
export const FIRST_SCREEN_SIZES = [16, 18];

/**
 * The tallest box the table gives, in em: the stylesheet caps each box at the window's height
 * too (min(box, 100lvh)), and what grows below the window's bottom moves nothing a reader sees.
 */
export const FIRST_SCREEN_CAP = 160;

/**
 * Blank space a box may keep below its element's first screen, in em: within a step of the
 * stylesheet's table the rendered height varies by at most this much (the issue's limit is 24 px).
 */
export const FIRST_SCREEN_SLACK = 1;

/**
 * When the script has not upgraded an element this long after the element was first drawn, in
 * ms, ct-awareness.css lets its reserved box give way, and the fallback stands alone with the
 * number: the script was blocked, refused or lost. The slowest upgrade on a slow phone's profile
 * (4× CPU, 400 ms, 400 kbps) is measured by bench/upgrade-bound.mjs and kept in bench/README.md.
 */
export const FALLBACK_BOUND = 10000;
