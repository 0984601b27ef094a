/**
 * The first screen's box: a snippet pasted as README.txt shows, with no --ct-reserve, takes before
 * the upgrade the height its first screen has after, so the page does not move (issue 24), in the
 * face and size the page draws it in (issue 32); and where the script never comes, the box gives
 * way after FALLBACK_BOUND and the fallback stands alone with the number. The boxes come from a
 * table measured in Chromium (npm run measure:first-screen); the first test says when an element's
 * styles or strings changed and the table no longer matches.
 */
import { expect } from '@open-wc/testing';
import { loadPage, tagsDefined, frames, type TestPage } from '../support/pages.js';
import { FIRST_SCREENS, FIRST_SCREEN_FACES, FALLBACK_BOUND } from '../../src/shared/first-screen.js';
import { LANGUAGES } from '../../src/shared/languages.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };
const HEAD = '<link rel="stylesheet" href="/dist/ct-awareness.css">';
/** The blank space the issue allows below a first screen, in px. */
const BLANK = 24;

/**
 * The pages of the issue: a serif body at 17 px, a sans (Arial's metrics), a wide sans at 18 px and
 * system-ui. `ch` is the width of "0" in em of the face that must be drawn (system-ui is DejaVu Sans
 * on Debian), so a page whose face is missing fails rather than passing in another one.
 */
const PAGE_FACES = [
  { name: 'a serif at 17 px', family: '"Liberation Serif", "Times New Roman", serif', size: 17, ch: 0.5 },
  { name: 'a sans at 16 px', family: '"Liberation Sans", Arial, sans-serif', size: 16, ch: 0.5562 },
  { name: 'a wide sans at 18 px', family: '"DejaVu Sans", Verdana, sans-serif', size: 18, ch: 0.6362 },
  { name: 'system-ui at 16 px', family: 'system-ui', size: 16, ch: 0.6362 },
];
const WINDOWS = [
  [375, 667],
  [1280, 900],
] as const;

/** The element's own height, without the box the stylesheet gives it. */
function ownHeight(element: HTMLElement): number {
  element.style.setProperty('--_ct-first', '0px');
  const height = element.getBoundingClientRect().height;
  element.style.removeProperty('--_ct-first');
  return height;
}

/** The width of "0" in em, in the face the page draws its article (or its body) in. */
function chInEm(page: TestPage): number {
  const probe = page.document.createElement('span');
  probe.style.cssText = 'display:inline-block;inline-size:10ch;font-size:100px';
  (page.document.querySelector('main') ?? page.document.body).append(probe);
  const ch = probe.getBoundingClientRect().width / 1000;
  probe.remove();
  return ch;
}

/** Blank space below an element's own content: its box minus its children's, margins included. */
function blankBelow(element: HTMLElement): number {
  const last = element.lastElementChild;
  if (!last) return element.getBoundingClientRect().height;
  const margin = parseFloat(getComputedStyle(last).marginBlockEnd);
  return element.getBoundingClientRect().bottom - (last.getBoundingClientRect().bottom + margin);
}

/** Lets the stylesheet's time bound pass for every element on the page, as the clock would. */
function passTheBound(page: TestPage): void {
  for (const animation of page.document.getAnimations())
    if ((animation as CSSAnimation).animationName?.startsWith('ct-awareness-'))
      animation.currentTime = FALLBACK_BOUND + 1;
}

/** The fallback's number is in the window. */
function numberOnScreen(page: TestPage, element: Element): boolean {
  const link = element.querySelector('a[href^="tel:"]');
  if (!link) return false;
  const { top, bottom } = link.getBoundingClientRect();
  return top >= 0 && bottom <= page.window.innerHeight;
}

/** The README.txt example page's elements, each with its fallback, as a partner copies them. */
async function exampleElements(): Promise<string[]> {
  const { version } = (await (await fetch('/package.json')).json()) as { version: string };
  const example = await (await fetch(`/dist/release/ct-awareness-${version}/example.html`)).text();
  return [...example.matchAll(/<(ct-[a-z-]+)[^>]*>[\s\S]*?<\/\1>/g)].map((m) => m[0]);
}

/** An article page in a face: the element first, then the text a reader came for. */
const article = (face: (typeof PAGE_FACES)[number], element: string) =>
  `<main style="max-width:40em;margin:0 auto;padding:0 1em;font-family:${face.family.replace(/"/g, "'")};font-size:${face.size}px">${element}<h1>Artículo</h1>${'<p>Texto del artículo que el lector vino a leer, párrafo tras párrafo.</p>'.repeat(40)}</main>`;

describe('the first screen without a reserve', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  for (const lang of LANGUAGES)
    for (const [i, { face: font, below }] of FIRST_SCREEN_FACES.entries())
      it(`the stylesheet's box holds each first screen within ${BLANK} px, at widths from a phone to a column (${lang}, ${font})`, async () => {
        page = await loadPage({
          lang,
          height: 2000, // the window caps a box: taller than any first screen tested here
          head: `${HEAD}<script src="/dist/ct-awareness.js" defer></script>`,
          body: FIRST_SCREENS.map((s) => `<div class="box">${s.html}</div>`).join(''),
        });
        page.document.documentElement.style.fontFamily = `'${font}'`;
        page.document.body.style.margin = '0';
        // The face is drawn (fontconfig has it), and its "0" falls in its class.
        const ch = chInEm(page);
        expect(ch, `${font}: its "0" in em`).to.be.below(below);
        expect(ch, `${font}: its "0" in em`).to.be.at.least(FIRST_SCREEN_FACES[i - 1]?.below ?? 0.4);
        await tagsDefined(page);
        const elements = [...page.document.querySelectorAll<Rendered>('.box > *')];
        await Promise.all(elements.map((e) => e.updateComplete));
        for (const width of [300, 343, 390, 500, 640, 800, 1100]) {
          for (const box of page.document.querySelectorAll<HTMLElement>('.box')) box.style.width = `${width}px`;
          elements.forEach((element, i) => {
            const own = ownHeight(element);
            if (own > 2000) return; // the box is the window's height, and the rest grows below it
            // The float's height: the box before the upgrade, and the least height after it.
            const box = parseFloat(page!.window.getComputedStyle(element, '::before').paddingBottom);
            const what = `${FIRST_SCREENS[i].html} at ${width} px in ${lang}, ${font} (run npm run measure:first-screen if its styles or strings changed)`;
            expect(box, `${what}: the box holds it`).to.be.at.least(own - 0.5);
            expect(box - own, `${what}: blank space below`).to.be.at.most(BLANK);
          });
        }
      });

  for (const face of PAGE_FACES)
    for (const [width, height] of WINDOWS)
      for (const lang of LANGUAGES)
        it(`each README.txt element placed first moves nothing when the script arrives late, and stands alone when it never does (${face.name}, ${width}×${height}, ${lang})`, async () => {
          for (const element of await exampleElements()) {
            const what = `${element.slice(0, 40)}… in ${face.name} at ${width} px in ${lang}`;
            // The script comes after the first paint, as on a slow phone.
            page = await loadPage({
              lang,
              width,
              height,
              head: `${HEAD}<script>window.__shift=0;new PerformanceObserver(function(l){l.getEntries().forEach(function(e){__shift+=e.value})}).observe({type:'layout-shift',buffered:true})</script>`,
              body: article(face, element),
            });
            expect(chInEm(page), `${what}: the face drawn`).to.be.closeTo(face.ch, 0.002);
            await frames(page, 3);
            const script = page.document.createElement('script');
            script.src = '/dist/ct-awareness.js';
            page.document.head.append(script);
            await tagsDefined(page);
            const rendered = page.document.querySelector<Rendered>('main > :first-child')!;
            await rendered.updateComplete;
            await frames(page, 3);
            const shift = (page.window as unknown as { __shift: number }).__shift;
            expect(shift, `${what}: layout shift`).to.be.below(0.01);
            const own = ownHeight(rendered);
            const { width: drawn, height: box } = rendered.getBoundingClientRect();
            if (own < height)
              expect(box - own, `${what}: blank space below its ${own} px, ${drawn} px wide`).to.be.at.most(BLANK);
            page.remove();

            // The script refused (its integrity does not match): the fallback, then the bound.
            page = await loadPage({
              lang,
              width,
              height,
              head: `${HEAD}<script src="/dist/ct-awareness.js" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous" defer></script>`,
              body: article(face, element),
            });
            await frames(page, 3);
            const fallback = page.document.querySelector<HTMLElement>('main > :first-child')!;
            expect(fallback.matches(':defined'), `${what}: the script was refused`).to.be.false;
            expect(numberOnScreen(page, fallback), `${what}: the number on screen before the bound`).to.be.true;
            passTheBound(page);
            await frames(page, 1);
            expect(blankBelow(fallback), `${what}: blank below the fallback after the bound`).to.be.at.most(BLANK);
            expect(numberOnScreen(page, fallback), `${what}: the number on screen after the bound`).to.be.true;
            page.remove();
            page = undefined;
          }
        });

  it(`gives the box up ${FALLBACK_BOUND / 1000} s after the element is drawn when the script never comes, by the clock, and not before`, async function () {
    this.timeout(FALLBACK_BOUND + 5000);
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const example = await (await fetch(`/dist/release/ct-awareness-${version}/example.html`)).text();
    // README.txt's page as a partner saves it, with its script blocked (no such file).
    page = await loadPage({
      width: 375,
      height: 667,
      head: `${HEAD}<script src="/blocked/ct-awareness.js" defer></script>`,
      body: example.slice(example.indexOf('<body>') + 6, example.indexOf('</body>')),
    });
    const elements = [...page.document.querySelectorAll<HTMLElement>('ct-hotline-banner, ct-risk-quiz, ct-fact-sheet')];
    expect(elements).to.have.length(3);
    const delays = page.document
      .getAnimations()
      .filter((a) => (a as CSSAnimation).animationName?.startsWith('ct-awareness-'))
      .map((a) => a.effect!.getTiming().delay);
    expect(delays, 'one bound, the one bench/upgrade-bound.mjs measures against').to.deep.equal(
      Array(6).fill(FALLBACK_BOUND),
    );
    const blanks = () => elements.map(blankBelow);
    expect(Math.min(...blanks()), 'the boxes hold while the script may still come').to.be.above(BLANK);
    await new Promise((r) => setTimeout(r, FALLBACK_BOUND + 300));
    for (const blank of blanks()) expect(blank, 'no blank box once the bound has passed').to.be.at.most(BLANK);
  });

  it('the quiz’s box follows its screens once the reader starts it', async () => {
    page = await loadPage({
      head: `${HEAD}<script src="/dist/ct-awareness.js" defer></script>`,
      body: '<ct-risk-quiz></ct-risk-quiz>',
    });
    await tagsDefined(page);
    const quiz = page.document.querySelector<Rendered>('ct-risk-quiz')!;
    await quiz.updateComplete;
    const before = page.window.getComputedStyle(quiz, '::before');
    expect(parseFloat(before.paddingBottom), 'the start screen keeps its box').to.be.above(0);
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('button[data-path=offer]')!.click();
    await quiz.updateComplete;
    expect(before.content, 'after the start, no box').to.equal('none');
  });
});
