/**
 * The press kit's pages as a journalist reads them on a phone: the latest version's page, the
 * versions page and the gallery of share images, in each language, never scroll sideways.
 */
import { expect } from '@open-wc/testing';
import { openPage, type TestPage } from '../support/pages.js';

describe('press-kit pages on a phone', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  for (const folder of ['latest', 'versions', 'images'])
    for (const file of ['index.html', 'en.html', 'pt.html'])
      for (const width of [320, 375])
        it(`${folder}/${file} at ${width} px: nothing wider than the window`, async () => {
          page = await openPage(`/dist/press-kit/${folder}/${file}`);
          page.frame.style.width = `${width}px`;
          await new Promise((resolve) => setTimeout(resolve, 50));
          const wide = [...page.document.body.querySelectorAll('*')]
            .filter((node) => node.getBoundingClientRect().right > width + 1)
            .map((node) => `${node.localName}: ${node.textContent?.slice(0, 40)}`);
          expect(wide, 'elements past the right edge').to.deep.equal([]);
          expect(page.document.documentElement.scrollWidth).to.be.at.most(width);
        });
});
