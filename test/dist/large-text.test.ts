/**
 * Large text leads with the line: at 200 % text on a 320 px phone and with the page at 400 % zoom
 * (320×256 CSS px), the quiz's exit is in view on every question and its result shows the number
 * in its first screen, the inline and compact banners show the number and the exit in their first
 * screen, and nothing scrolls sideways. On every page of the host corpus (test/support/hosts.ts).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { frames, tagsDefined, until, inShadow, type TestPage } from '../support/pages.js';
import { HOSTS, WINDOWS, loadHost, onScreen } from '../support/hosts.js';

const LARGE = WINDOWS.filter((w) => w.text === '200%' || w.height === 256);

const FALLBACK = '<p>Línea contra la trata: <a href="tel:1818">1818, opción 1</a></p>';

/** Nothing inside the element is wider than its box: no sideways scroll, at any step. */
function noSidewaysScroll(element: Element, what: string): void {
  const base = inShadow(element, '[part=base]');
  expect(base.scrollWidth, `${what}: scrolls sideways`).to.be.at.most(base.clientWidth + 1);
  expect(element.getBoundingClientRect().right, `${what}: wider than the window`).to.be.at.most(
    element.ownerDocument.defaultView!.innerWidth + 0.5,
  );
}

/** The part is in the element's first screen: within one window height of the element's top. */
function inFirstScreen(page: TestPage, element: Element, selector: string, what: string): void {
  const box = inShadow(element, selector).getBoundingClientRect();
  const top = element.getBoundingClientRect().top;
  expect(box.bottom - top, `${what}: ${Math.round(box.bottom - top)} px below the element's top`).to.be.at.most(
    page.window.innerHeight,
  );
}

describe('large text leads with the line', function () {
  this.timeout(60000);
  let page: TestPage | undefined;
  before(() => setViewport({ width: 1300, height: 850 }));
  afterEach(() => page?.remove());

  for (const host of HOSTS)
    for (const window of LARGE) {
      it(`the quiz, ${host.name}, ${window.name}: the exit in view on every question, the number in the result's first screen`, async () => {
        page = await loadHost(host, `<ct-risk-quiz path="offer">${FALLBACK}</ct-risk-quiz>`, window, {
          script: true,
        });
        await tagsDefined(page, 8000);
        const quiz = page.document.querySelector('ct-risk-quiz')!;
        await until(() => quiz.shadowRoot?.querySelector('[part~=progress]'), 'the first question');
        for (let step = 1; step < 30 && !quiz.shadowRoot!.querySelector('[part=result]'); step++) {
          noSidewaysScroll(quiz, `question ${step}`);
          // The reader scrolls down to the answers and the button, as they must at this size.
          quiz.shadowRoot!.querySelector<HTMLInputElement>('input[value=no]')!.click();
          const next = [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!;
          // Instantly: a page's smooth scrolling (Bootstrap's) would still be moving when Next is pressed.
          next.scrollIntoView({ block: 'end', behavior: 'instant' });
          next.click();
          await frames(page, 3);
          onScreen(page, quiz, inShadow(quiz, '[part=exit]'), `after step ${step}, the exit`);
        }
        const result = inShadow(quiz, '[part=result]');
        expect(result).to.exist;
        noSidewaysScroll(quiz, 'the result');
        // The result's first screen: the exit, and the call link with the number, as on every screen.
        onScreen(page, quiz, inShadow(quiz, '[part=call]'), "the result's call link");
        expect(inShadow(quiz, '[part=call]').textContent).to.contain('1818');
      });

      for (const layout of ['inline', 'compact'])
        it(`the ${layout} banner, ${host.name}, ${window.name}: the number and the exit in its first screen`, async () => {
          page = await loadHost(
            host,
            `<ct-hotline-banner layout="${layout}" quick-exit dismissible>${FALLBACK}</ct-hotline-banner>`,
            window,
            { script: true },
          );
          await tagsDefined(page);
          const banner = page.document.querySelector('ct-hotline-banner')!;
          await until(() => banner.shadowRoot?.querySelector('[part=call]'), 'the banner rendered');
          await frames(page, 3);
          noSidewaysScroll(banner, layout);
          for (const part of ['[part=call]', '[part=exit]']) inFirstScreen(page, banner, part, part);
        });

      it(`the fact sheet, ${host.name}, ${window.name}: nothing scrolls sideways`, async () => {
        page = await loadHost(host, `<ct-fact-sheet>${FALLBACK}</ct-fact-sheet>`, window, { script: true });
        await tagsDefined(page, 8000);
        const sheet = page.document.querySelector('ct-fact-sheet')!;
        await until(() => sheet.shadowRoot?.querySelector('[part=base]'), 'the fact sheet rendered');
        await frames(page, 3);
        noSidewaysScroll(sheet, 'the fact sheet');
      });
    }
});
