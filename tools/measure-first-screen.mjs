// npm run measure:first-screen: renders each first screen of src/shared/first-screen.js in
// Chromium, in every language, in each face of FIRST_SCREEN_FACES, at every width in ch, and writes
// src/shared/first-screen.json: per screen, language and face class, the steps of a height that is
// never below the rendered one and at most the slack above it. Run it after changing an element's
// styles or strings; a browser test says when the table no longer matches
// (test/dist/first-screen.test.ts). Needs `npm run build` first.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import puppeteer from 'puppeteer-core';
import { serve } from '../demo/serve.mjs';
import {
  FIRST_SCREENS,
  FIRST_SCREEN_WIDTHS,
  FIRST_SCREEN_SLACK,
  FIRST_SCREEN_FACES,
  FIRST_SCREEN_SIZES,
} from '../src/shared/first-screen.js';
import { LANGUAGES } from '../src/shared/languages.js';
import { findChromium, CHROMIUM_ARGS } from '../test/support/find-chromium.mjs';

const OUT = new URL('../src/shared/first-screen.json', import.meta.url);
/** The most a step's start may hold of px that do not grow with the text (borders: a few px). */
const FIXED_PX = 32;

/** A page with every first screen, each in a box whose width the measure sets. */
const page = (/** @type {string} */ lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/ct-awareness.css"><script src="/dist/ct-awareness.js" defer></script></head>
<body>${FIRST_SCREENS.map((s) => `<div class="box">${s.html}</div>`).join('\n')}</body></html>`;

/**
 * The steps of every first screen in one language and face, widths in ch and heights in em: each
 * box's width is set in the face's own ch. Sampled at 16 px every FIRST_SCREEN_WIDTHS.step; then
 * each step's start is found by bisection at both sizes of FIRST_SCREEN_SIZES and written as so
 * many ch plus a fixed part in px, so that no width near a start gets the wrong step's height at
 * any size (a row of buttons that unwraps is 3em).
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {string} lang
 * @param {string} font
 * @returns {Promise<[number, number, number][][]>} per screen, [from ch, + px, height em] per step
 */
async function measure(browser, origin, lang, font) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 2000, height: 900 });
  await tab.goto(`${origin}/measure-${lang}.html`, { waitUntil: 'networkidle0' });
  /** @type {number[]} */
  const widths = [];
  for (let w = FIRST_SCREEN_WIDTHS.from; w <= FIRST_SCREEN_WIDTHS.to; w += FIRST_SCREEN_WIDTHS.step) widths.push(w);
  const heights = await tab.evaluate(
    async (widths, font) => {
      document.documentElement.style.fontFamily = font;
      document.body.style.margin = '0';
      const elements = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('.box > *')]);
      // As the stylesheet lays them out (flow-root), without a box of their own: their own height.
      for (const e of elements) e.style.setProperty('--ct-reserve', '0px');
      await Promise.all(elements.map((e) => customElements.whenDefined(e.localName)));
      // @ts-expect-error: Lit's updateComplete, on the upgraded elements.
      await Promise.all(elements.map((e) => e.updateComplete));
      await document.fonts.ready;
      // Sampled at 16 px; the other sizes differ only where a line breaks, which the steps' starts
      // below take care of.
      document.documentElement.style.fontSize = '16px';
      return widths.map((w) => {
        for (const box of document.querySelectorAll('.box')) /** @type {HTMLElement} */ (box).style.width = `${w}ch`;
        return elements.map((e) => e.getBoundingClientRect().height / 16);
      });
    },
    widths,
    font,
  );
  const sampled = FIRST_SCREENS.map((_, i) =>
    steps(
      widths.map((w, j) => /** @type {[number, number]} */ ([w, heights[j][i]])),
      FIRST_SCREEN_SLACK,
    ),
  );
  // Each step's start, found at two sizes between the sample before it (taller) and its own: a
  // start is so many ch plus a few px that do not grow with the text (borders of 1 px at any size),
  // and the two sizes give both, so that the start holds at every size between and around them.
  const refined = await tab.evaluate(
    (sampled, step, [small, large], fixedPx) => {
      const boxes = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('.box')]);
      const root = document.documentElement;
      const chAt = (/** @type {number} */ size) => {
        root.style.fontSize = `${size}px`;
        const probe = document.createElement('span');
        probe.style.cssText = 'display:inline-block;inline-size:100ch';
        document.body.append(probe);
        const ch = probe.getBoundingClientRect().width / 100;
        probe.remove();
        return ch;
      };
      const [chSmall, chLarge] = [chAt(small), chAt(large)];
      return sampled.map((screenSteps, i) => {
        const box = boxes[i];
        const element = /** @type {HTMLElement} */ (box.firstElementChild);
        /** The element's height at this size and width (in ch), in em. */
        const heightAt = (/** @type {number} */ size, /** @type {number} */ w) => {
          root.style.fontSize = `${size}px`;
          box.style.width = `${w}ch`;
          return element.getBoundingClientRect().height / size;
        };
        /**
         * The least width in ch where the new step's box is the one needed: where a drop's lower
         * height holds, or where a rise's taller height is needed. A tenth of an em to spare:
         * borders are whole pixels, so a height in em differs a little from one size to another.
         */
        const start = (
          /** @type {number} */ size,
          /** @type {number} */ near,
          /** @type {[number, number]} */ [before, after],
        ) => {
          const reached = (/** @type {number} */ w) =>
            after < before ? heightAt(size, w) <= after + 0.1 : heightAt(size, w) > before + 0.1;
          let low = near - step;
          let high = near;
          for (let n = 0; n < 32 && !reached(high); n++) [low, high] = [high, high + step];
          for (let n = 0; n < 32 && reached(low); n++) [low, high] = [low - step, low];
          for (let n = 0; n < 12; n++) {
            const middle = (low + high) / 2;
            if (reached(middle)) high = middle;
            else low = middle;
          }
          return high;
        };
        const out = screenSteps.map(([from, height], k) => {
          if (k === 0) return [from, 0, height];
          const heights = /** @type {[number, number]} */ ([screenSteps[k - 1][1], height]);
          const pxSmall = start(small, from, heights) * chSmall;
          const pxLarge = start(large, from, heights) * chLarge;
          let perCh = (pxLarge - pxSmall) / (chLarge - chSmall);
          let px = pxSmall - perCh * chSmall;
          // Tens of px are no fixed part (borders, a few px) but a line that breaks elsewhere at the
          // other size: the start in ch at the first size, exact there.
          if (Math.abs(px) > fixedPx) [perCh, px] = [pxSmall / chSmall, 0];
          // Rounded so that the taller box reaches past the true start, never short of it: up
          // where the height drops, down where it rises.
          const round = heights[1] < heights[0] ? Math.ceil : Math.floor;
          return [round(perCh * 1000) / 1000, round(px * 10) / 10, height];
        });
        root.style.fontSize = '16px';
        box.style.width = '';
        return out;
      });
    },
    sampled,
    FIRST_SCREEN_WIDTHS.step,
    FIRST_SCREEN_SIZES,
    FIXED_PX,
  );
  await tab.close();
  return /** @type {[number, number, number][][]} */ (refined);
}

/**
 * The fewest steps whose heights cover every measured one with at most `slack` to spare: a step
 * starts at the first width where the heights since the step's start would spread wider.
 * @param {[number, number][]} samples [width, height] in em, by width
 * @param {number} slack
 * @returns {[number, number][]} [from width, height] in em
 */
export function steps(samples, slack) {
  /** @type {[number, number][]} */
  const out = [];
  let low = Infinity;
  let high = -Infinity;
  for (const [w, h] of samples) {
    if (Math.max(high, h) - Math.min(low, h) > slack) {
      low = Infinity;
      high = -Infinity;
    }
    if (low === Infinity) out.push([w, h]);
    low = Math.min(low, h);
    high = Math.max(high, h);
    out[out.length - 1][1] = Math.ceil(high * 100) / 100;
  }
  return out;
}

const pages = new Map(LANGUAGES.map((lang) => [`/measure-${lang}.html`, page(lang)]));
const server = await serve({ port: 8400, pages });
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
  protocolTimeout: 600000,
});
try {
  /** @type {Record<string, Record<string, [number, number, number][][]>>} */
  const table = {};
  for (const lang of LANGUAGES) {
    // Every face at once, each in a tab (a renderer) of its own.
    const byFace = await Promise.all(
      FIRST_SCREEN_FACES.map(({ face }) => measure(browser, `http://127.0.0.1:${port}`, lang, face)),
    );
    FIRST_SCREENS.forEach((screen, i) => {
      table[screen.selector] ??= {};
      table[screen.selector][lang] = byFace.map((screens) => screens[i]);
    });
  }
  // In the project's own style, so that the lint passes on a fresh measurement.
  const path = fileURLToPath(OUT);
  writeFileSync(OUT, await format(JSON.stringify(table), { ...(await resolveConfig(path)), filepath: path }));
  console.log(
    `first screens: ${Object.keys(table).length} measured in ${LANGUAGES.join(', ')}: src/shared/first-screen.json`,
  );
} finally {
  await browser.close();
  server.close();
}
