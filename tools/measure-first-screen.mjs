// npm run measure:first-screen: renders each first screen of src/shared/first-screen.js in
// Chromium, in every language at every width, and writes src/shared/first-screen.json: per screen
// and language, the steps of a height that is never below the rendered one and at most the slack
// above it. Run it after changing an element's styles or strings; a browser test says when the
// table no longer matches (test/dist/first-screen.test.ts). Needs `npm run build` first.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import puppeteer from 'puppeteer-core';
import { serve } from '../demo/serve.mjs';
import {
  FIRST_SCREENS,
  FIRST_SCREEN_WIDTHS,
  FIRST_SCREEN_SLACK,
  FIRST_SCREEN_FONT,
} from '../src/shared/first-screen.js';
import { LANGUAGES } from '../src/shared/languages.js';
import { findChromium, CHROMIUM_ARGS } from '../test/support/find-chromium.mjs';

const OUT = new URL('../src/shared/first-screen.json', import.meta.url);
const FONT_SIZE = 16;

/** A page with every first screen, each in a box whose width the measure sets. */
const page = (/** @type {string} */ lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/ct-awareness.css"><script src="/dist/ct-awareness.js" defer></script></head>
<body>${FIRST_SCREENS.map((s) => `<div class="box">${s.html}</div>`).join('\n')}</body></html>`;

/**
 * Heights in em per width, for every first screen, in one language and font.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {string} lang
 * @param {string} font
 */
async function measure(browser, origin, lang, font) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1600, height: 900 });
  await tab.goto(`${origin}/measure-${lang}.html`, { waitUntil: 'networkidle0' });
  /** @type {number[]} */
  const widths = [];
  for (let w = FIRST_SCREEN_WIDTHS.from; w <= FIRST_SCREEN_WIDTHS.to; w += FIRST_SCREEN_WIDTHS.step) widths.push(w);
  const heights = await tab.evaluate(
    async (widths, fontSize, font) => {
      document.documentElement.style.fontSize = `${fontSize}px`;
      document.documentElement.style.fontFamily = font;
      document.body.style.margin = '0';
      const elements = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('.box > *')]);
      // As the stylesheet lays them out (flow-root), without a box of their own: their own height.
      for (const e of elements) e.style.setProperty('--ct-reserve', '0px');
      await Promise.all(elements.map((e) => customElements.whenDefined(e.localName)));
      // @ts-expect-error: Lit's updateComplete, on the upgraded elements.
      await Promise.all(elements.map((e) => e.updateComplete));
      await document.fonts.ready;
      return widths.map((w) => {
        for (const box of document.querySelectorAll('.box')) /** @type {HTMLElement} */ (box).style.width = `${w}em`;
        return elements.map((e) => e.getBoundingClientRect().height / fontSize);
      });
    },
    widths,
    FONT_SIZE,
    font,
  );
  await tab.close();
  return FIRST_SCREENS.map((_, i) => widths.map((w, j) => /** @type {[number, number]} */ ([w, heights[j][i]])));
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
const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  /** @type {Record<string, Record<string, [number, number][]>>} */
  const table = {};
  for (const lang of LANGUAGES) {
    const measured = await measure(browser, `http://127.0.0.1:${port}`, lang, FIRST_SCREEN_FONT);
    FIRST_SCREENS.forEach((screen, i) => {
      table[screen.selector] ??= {};
      table[screen.selector][lang] = steps(measured[i], FIRST_SCREEN_SLACK);
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
