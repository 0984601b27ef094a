/**
 * The first screen's box: a snippet pasted as README.txt shows, with no --ct-reserve, takes before
 * the upgrade the height its first screen has after, so the page does not move (issue 24). The
 * boxes come from a table measured in Chromium (npm run measure:first-screen); the first test says
 * when an element's styles or strings changed and the table no longer matches.
 */
import { expect } from '@open-wc/testing';
import { loadPage, tagsDefined, frames, type TestPage } from '../support/pages.js';
import { FIRST_SCREENS, FIRST_SCREEN_FONT } from '../../src/shared/first-screen.js';
import { LANGUAGES } from '../../src/shared/languages.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };
const HEAD = '<link rel="stylesheet" href="/dist/ct-awareness.css">';
/** The blank space the issue allows below a first screen, in px. */
const BLANK = 24;

/** The element's own height, without the box the stylesheet gives it. */
function ownHeight(element: HTMLElement): number {
  element.style.setProperty('--_ct-first', '0px');
  const height = element.getBoundingClientRect().height;
  element.style.removeProperty('--_ct-first');
  return height;
}

/** The README.txt example page's elements, each with its fallback, as a partner copies them. */
async function exampleElements(): Promise<string[]> {
  const { version } = (await (await fetch('/package.json')).json()) as { version: string };
  const example = await (await fetch(`/dist/release/ct-awareness-${version}/example.html`)).text();
  return [...example.matchAll(/<(ct-[a-z-]+)[^>]*>[\s\S]*?<\/\1>/g)].map((m) => m[0]);
}

describe('the first screen without a reserve', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  for (const lang of LANGUAGES)
    it(`the stylesheet's box holds each first screen within ${BLANK} px, at widths from a phone to a column (${lang})`, async () => {
      page = await loadPage({
        lang,
        height: 2000, // the window caps a box: taller than any first screen tested here
        head: `${HEAD}<script src="/dist/ct-awareness.js" defer></script>`,
        body: FIRST_SCREENS.map((s) => `<div class="box">${s.html}</div>`).join(''),
      });
      page.document.documentElement.style.fontFamily = FIRST_SCREEN_FONT;
      page.document.body.style.margin = '0';
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
          const what = `${FIRST_SCREENS[i].html} at ${width} px in ${lang} (run npm run measure:first-screen if its styles or strings changed)`;
          expect(box, `${what}: the box holds it`).to.be.at.least(own - 0.5);
          expect(box - own, `${what}: blank space below`).to.be.at.most(BLANK);
        });
      }
    });

  for (const [width, height] of [
    [375, 667],
    [1280, 900],
  ])
    for (const lang of LANGUAGES)
      it(`each README.txt element placed first moves nothing when the script arrives late, at ${width}×${height} (${lang})`, async () => {
        for (const element of await exampleElements()) {
          // An article page: the element first, then the text a reader came for. The script comes
          // after the first paint, as on a slow phone.
          page = await loadPage({
            lang,
            width,
            height,
            head: `${HEAD}<script>window.__shift=0;new PerformanceObserver(function(l){l.getEntries().forEach(function(e){__shift+=e.value})}).observe({type:'layout-shift',buffered:true})</script>`,
            body: `<main style="max-width:40em;margin:0 auto;padding:0 1em;font-family:${FIRST_SCREEN_FONT}">${element}<h1>Artículo</h1>${'<p>Texto del artículo que el lector vino a leer, párrafo tras párrafo.</p>'.repeat(40)}</main>`,
          });
          await frames(page, 3);
          const script = page.document.createElement('script');
          script.src = '/dist/ct-awareness.js';
          page.document.head.append(script);
          await tagsDefined(page);
          const rendered = page.document.querySelector<Rendered>('main > :first-child')!;
          await rendered.updateComplete;
          await frames(page, 3);
          const what = `${element.slice(0, 40)}… at ${width} px in ${lang}`;
          const shift = (page.window as unknown as { __shift: number }).__shift;
          expect(shift, `${what}: layout shift`).to.be.below(0.01);
          const own = ownHeight(rendered);
          if (own < height)
            expect(rendered.getBoundingClientRect().height - own, `${what}: blank space`).to.be.at.most(BLANK);
          page.remove();
          page = undefined;
        }
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
