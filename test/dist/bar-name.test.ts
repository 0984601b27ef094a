/**
 * The bar's name is never cut: in a theme's large body type in a wide sans (WordPress's Twenty
 * Twenty-One sets 20 px in the system's sans) on a 360 px phone, and up to 24 px, in every language, the short name shows whole beside
 * the number and the exit, and the bar keeps one row.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { frames, tagsDefined, until, loadPage, inShadow, type TestPage } from '../support/pages.js';

describe("the bar's name in large type on a phone", function () {
  this.timeout(60000);
  let page: TestPage | undefined;
  before(() => setViewport({ width: 1300, height: 850 }));
  afterEach(() => page?.remove());

  for (const size of [16, 20, 24])
    for (const lang of ['es', 'en', 'pt'])
      it(`${size} px text, ${lang}: the short name whole, the number and the exit in the row`, async () => {
        page = await loadPage({
          width: 360,
          height: 640,
          head: [
            // A wide sans, as a theme's system-font stack draws here (Twenty Twenty-One's).
            `<style>html { font: ${size}px/1.7 "DejaVu Sans", sans-serif }</style>`,
            '<meta name="viewport" content="width=device-width">',
            '<link rel="stylesheet" href="/dist/ct-awareness.css">',
            '<script src="/dist/ct-awareness.js" defer></script>',
          ].join(''),
          body: `<ct-hotline-banner lang="${lang}" layout="bar" position="top" quick-exit dismissible></ct-hotline-banner>`,
        });
        await tagsDefined(page);
        const element = page.document.querySelector('ct-hotline-banner')!;
        await until(() => element.shadowRoot?.querySelector('[part=call]'), 'the bar rendered');
        await frames(page, 3);
        const more = inShadow(element, '.more');
        const name = [...more.querySelectorAll('.name')].find((n) => n.getClientRects().length)!;
        for (const box of [more, name]) {
          expect(box.scrollWidth, `${box.className}: cut across`).to.be.at.most(box.clientWidth + 1);
          expect(box.scrollHeight, `${box.className}: cut down`).to.be.at.most(box.clientHeight + 1);
        }
        const row = inShadow(element, '.row').getBoundingClientRect();
        for (const part of ['[part=call]', '[part=exit]']) {
          const box = inShadow(element, part).getBoundingClientRect();
          expect(box.top, `${part} in the row`).to.be.at.least(row.top - 0.5);
          expect(box.bottom, `${part} in the row`).to.be.at.most(row.bottom + 0.5);
          expect(box.right, `${part} in the window`).to.be.at.most(360.5);
        }
      });
});
