// @ts-check
/**
 * The elements' first screens whose height ct-awareness.css knows in advance, so a snippet pasted
 * with no --ct-reserve does not move the page when the script upgrades it. Each one is a selector
 * (the attributes that change the first screen's height) and the markup measured for it:
 * `npm run measure:first-screen` renders each in Chromium at every width from 15em to 90em, in
 * each language, and writes the heights to first-screen.json; the build turns them into the
 * stylesheet's boxes (tools/first-screen-css.mjs). Anything else (a fact sheet with its own
 * `facts`, the list layout, hidden sources, a custom label) keeps --ct-reserve as its exact option.
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

/** The widths measured, in em: each element's own width, from a narrow phone to a wide column. */
export const FIRST_SCREEN_WIDTHS = { from: 15, to: 90, step: 0.0625 };

/**
 * The font measured: the element takes the page's, and most partner pages set a sans-serif face
 * (in Chromium the generic one has Arial's metrics). A narrower face, such as the default serif,
 * wraps into fewer lines and keeps up to about 2em below the first screen; a much wider face may
 * need a line more, and --ct-reserve.
 */
export const FIRST_SCREEN_FONT = 'sans-serif';

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
