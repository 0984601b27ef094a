/**
 * The press kit's pages as a journalist reads them on a phone: the latest version's page, the
 * versions page and the gallery of share images, in each language, never scroll sideways.
 */
import { expect } from '@open-wc/testing';
import { openPage, until, type TestPage } from '../support/pages.js';

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

describe('a press-kit version page once a newer version exists (1.6.0 on)', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  const notice = async (file: string) => {
    page = await openPage(`/test/newer-kit/current/${file}`);
    const found = page.document.querySelector<HTMLElement>('.superseded');
    await until(() => found?.hidden === false, 'the notice');
    return found as HTMLElement;
  };

  for (const [file, lang, words] of [
    [
      'index.html',
      'es',
      /Existe una versión más reciente .* 99\.0\.0, publicada el 2099-01-31\. Un resumen de prueba\./,
    ],
    [
      'en.html',
      'en',
      /A newer version of this press kit exists: version 99\.0\.0, released 2099-01-31\. A test summary\./,
    ],
    ['pt.html', 'pt', /Existe uma versão mais recente .* 99\.0\.0, publicada em 2099-01-31\. Um resumo de teste\./],
  ] as const)
    it(`${lang}: says so, with what changed and a link to the changes, as a status message`, async () => {
      const found = await notice(file);
      expect(found.textContent).to.match(words);
      expect(found.getAttribute('role')).to.equal('status');
      const link = found.querySelector('a');
      expect(link?.getAttribute('href')).to.equal(`../versions/${file}#v-99.0.0`);
    });

  it('the latest version says nothing', async () => {
    page = await openPage('/dist/press-kit/latest/index.html');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.document.querySelector<HTMLElement>('.superseded')?.hidden).to.equal(true);
  });
});

describe('"copy with citation" on the press-kit page where the clipboard is refused', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  it('shows the whole citation, with its sources’ titles and URLs, and selects it', async () => {
    page = await openPage('/dist/press-kit/latest/en.html');
    const win = page.window;
    Object.defineProperty(win.navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    const fact = page.document.querySelector<HTMLElement>('#national-line-1818');
    const button = fact?.querySelector<HTMLButtonElement>('button.copy');
    button?.click();
    await until(() => (win.getSelection()?.toString() ?? '') !== '', 'a selection');
    const citation = fact?.querySelector<HTMLElement>('.citation');
    expect(citation?.hidden).to.equal(false);
    expect(win.getSelection()?.toString()).to.equal(button?.dataset.citation);
    expect(citation?.textContent).to.include('https://larepublica.pe/');
    expect(citation?.textContent).to.include('Casos de víctimas de trata captadas por redes sociales');
  });
});
