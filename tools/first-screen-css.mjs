// @ts-check
// The first screens' boxes for ct-awareness.css, from src/shared/first-screen.json (measured by
// tools/measure-first-screen.mjs): per screen, language and face class, a height in em that steps
// down as the element widens in ch. CSS cannot ask an element its own width in a selector, but a
// percentage padding resolves against it: a zero-width float inside the element (its ::before) takes as its bottom
// padding the sum of one clamp() per step, each the step's height difference where the element is
// narrower than the step's start and nothing where it is wider.
import { readFileSync } from 'node:fs';
import { FIRST_SCREEN_CAP, FIRST_SCREEN_FACES } from '../src/shared/first-screen.js';
import { LANGUAGES, FALLBACK_LANGUAGE } from '../src/shared/languages.js';

const em = (/** @type {number} */ n) => `${Math.round(n * 100) / 100}em`;

/**
 * A height in CSS, from steps of [from width in ch, plus px, height in em], by width.
 * @param {[number, number, number][]} steps
 */
export function stepHeight(steps) {
  const capped = steps.map(
    ([w, px, h]) => /** @type {[number, number, number]} */ ([w, px, Math.min(h, FIRST_SCREEN_CAP)]),
  );
  // Steps that the cap made equal are one.
  const merged = capped.filter((step, i) => i === 0 || step[2] !== capped[i - 1][2]);
  const terms = [em(merged[merged.length - 1][2])];
  for (let i = 1; i < merged.length; i++) {
    const difference = merged[i - 1][2] - merged[i][2];
    // Exact: the measure found each start to a thousandth of a ch and a tenth of a px, rounded up.
    const [ch, px] = merged[i];
    const from = px ? `${ch}ch + ${px}px` : `${ch}ch`;
    // Narrower than the step's start: the difference; wider: nothing (a rise takes the negative).
    terms.push(
      difference > 0
        ? `clamp(0em,(${from} - 100%)*1e3,${em(difference)})`
        : `clamp(${em(difference)},(100% - (${from}))*1e3,0em)`,
    );
  }
  // A sum, as min() takes it (see firstScreenCss).
  return terms.join(' + ');
}

/** Far larger than any box. */
const BIG = '1e5em';

/**
 * Whether the element's face is in a class, from the width of its "0" (1ch) against 1em: a length
 * far larger than any box where it is, and 0 where it is not; min(box, this) keeps the class's box.
 * Set once on each element as --_ct-face<i>; var() resolves it where the box is drawn, in the
 * element's own face.
 */
export function faceClasses() {
  const above = (/** @type {number} */ r) => `clamp(0em,(1ch - ${r}em)*1e5,${BIG})`;
  const below = (/** @type {number} */ r) => `clamp(0em,(${r}em - 1ch)*1e5,${BIG})`;
  return FIRST_SCREEN_FACES.map(({ below: upper }, i) => {
    const lower = FIRST_SCREEN_FACES[i - 1]?.below;
    const parts = [lower !== undefined && above(lower), Number.isFinite(upper) && below(upper)].filter(Boolean);
    return `--_ct-face${i}:${parts.length > 1 ? `min(${parts.join(',')})` : parts[0]}`;
  });
}

/** The stylesheet's rules for every measured first screen. */
export function firstScreenCss(path = new URL('../src/shared/first-screen.json', import.meta.url)) {
  /** @type {Record<string, Record<string, [number, number, number][][]>>} */
  const table = JSON.parse(readFileSync(path, 'utf8'));
  const unmeasured = LANGUAGES.filter((lang) => Object.values(table).some((byLanguage) => !byLanguage[lang]));
  if (unmeasured.length)
    console.warn(
      `first screens: not measured in ${unmeasured.join(', ')}, whose pages take the ${FALLBACK_LANGUAGE} heights; run npm run measure:first-screen after npm run build`,
    );
  return [
    // On every element: the embed builder's --ct-reserve picks its face's height with them too.
    `:where(ct-hotline-banner,ct-risk-quiz,ct-fact-sheet){${faceClasses().join(';')}}`,
    ...Object.entries(table).map(([selector, byLanguage]) =>
      LANGUAGES.filter((lang) => byLanguage[lang])
        .map((lang) => {
          // A page in a language the kit lacks gets the fallback language's elements, and its box.
          const scope = lang === FALLBACK_LANGUAGE ? '' : `:lang(${lang})`;
          const byFace = byLanguage[lang].map((steps, i) => `min(${stepHeight(steps)},var(--_ct-face${i}))`);
          return `${selector}${scope}{--_ct-first:max(${byFace.join(',')})}`;
        })
        .join('\n'),
    ),
  ].join('\n');
}
