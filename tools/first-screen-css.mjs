// @ts-check
// The first screens' boxes for ct-awareness.css, from src/shared/first-screen.json (measured by
// tools/measure-first-screen.mjs): per screen and language, a height that steps down as the
// element widens. CSS cannot ask an element its own width in a selector, but a percentage padding
// resolves against it: a zero-width float inside the element (its ::before) takes as its bottom
// padding the sum of one clamp() per step, each the step's height difference where the element is
// narrower than the step's start and nothing where it is wider.
import { readFileSync } from 'node:fs';
import { FIRST_SCREEN_CAP } from '../src/shared/first-screen.js';
import { LANGUAGES, FALLBACK_LANGUAGE } from '../src/shared/languages.js';

const em = (/** @type {number} */ n) => `${Math.round(n * 100) / 100}em`;

/**
 * A height in CSS, from steps of [from width, height] in em, by width.
 * @param {[number, number][]} steps
 */
export function stepHeight(steps) {
  const capped = steps.map(([w, h]) => /** @type {[number, number]} */ ([w, Math.min(h, FIRST_SCREEN_CAP)]));
  // Steps that the cap made equal are one.
  const merged = capped.filter((step, i) => i === 0 || step[1] !== capped[i - 1][1]);
  const terms = [em(merged[merged.length - 1][1])];
  for (let i = 1; i < merged.length; i++) {
    const difference = merged[i - 1][1] - merged[i][1];
    // Exact: the widths are sixteenths of an em, and a rounded start would move the step.
    const from = `${merged[i][0]}em`;
    // Narrower than the step's start: the difference; wider: nothing (a rise takes the negative).
    terms.push(
      difference > 0
        ? `clamp(0em,(${from} - 100%)*1e3,${em(difference)})`
        : `clamp(${em(difference)},(100% - ${from})*1e3,0em)`,
    );
  }
  return terms.length === 1 ? terms[0] : `calc(${terms.join(' + ')})`;
}

/** The stylesheet's rules for every measured first screen. */
export function firstScreenCss(path = new URL('../src/shared/first-screen.json', import.meta.url)) {
  /** @type {Record<string, Record<string, [number, number][]>>} */
  const table = JSON.parse(readFileSync(path, 'utf8'));
  const unmeasured = LANGUAGES.filter((lang) => Object.values(table).some((byLanguage) => !byLanguage[lang]));
  if (unmeasured.length)
    console.warn(
      `first screens: not measured in ${unmeasured.join(', ')}, whose pages take the ${FALLBACK_LANGUAGE} heights; run npm run measure:first-screen after npm run build`,
    );
  return Object.entries(table)
    .map(([selector, byLanguage]) =>
      LANGUAGES.filter((lang) => byLanguage[lang])
        .map((lang) => {
          // A page in a language the kit lacks gets the fallback language's elements, and its box.
          const scope = lang === FALLBACK_LANGUAGE ? '' : `:lang(${lang})`;
          return `${selector}${scope}{--_ct-first:${stepHeight(byLanguage[lang])}}`;
        })
        .join('\n'),
    )
    .join('\n');
}
