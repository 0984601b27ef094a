import { expect } from '@open-wc/testing';
import { loadPage, tagsDefined, frames, otherBuildUrl, SCRIPT_URL, TAGS, type TestPage } from '../support/pages.js';

const ELEMENTS =
  '<ct-hotline-banner quick-exit></ct-hotline-banner><ct-risk-quiz></ct-risk-quiz><ct-fact-sheet></ct-fact-sheet>';

/** Every tag defined, every element rendered, and no error on the page. */
async function expectWorking(page: TestPage, versions = 1): Promise<void> {
  await tagsDefined(page);
  await frames(page);
  for (const tag of TAGS) {
    const elements = [...page.document.querySelectorAll(tag)];
    expect(elements.length, `${tag} on the page`).to.be.greaterThan(0);
    for (const element of elements) expect(element.shadowRoot?.textContent?.trim(), `${tag} rendered`).to.not.be.empty;
  }
  expect(page.window.__errors).to.deep.equal([]);
  expect(page.window.ctAwareness?.versions).to.have.length(versions);
}

const MODES: Record<string, (src: string) => { head?: string; body?: string }> = {
  'a classic script with defer in the head': (src) => ({
    head: `<script src="${src}" defer></script>`,
    body: ELEMENTS,
  }),
  'a classic script with async in the head': (src) => ({
    head: `<script src="${src}" async></script>`,
    body: ELEMENTS,
  }),
  'type="module" in the head': (src) => ({ head: `<script type="module" src="${src}"></script>`, body: ELEMENTS }),
  'a classic script at the end of the body': (src) => ({ body: `${ELEMENTS}<script src="${src}"></script>` }),
  'a plain classic script in the head, before the elements exist': (src) => ({
    head: `<script src="${src}"></script>`,
    body: ELEMENTS,
  }),
};

describe('dist/ct-awareness.js loading modes', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  for (const [mode, markup] of Object.entries(MODES)) {
    it(`works from ${mode}`, async () => {
      page = await loadPage(markup(SCRIPT_URL));
      await expectWorking(page);
    });

    it(`works when loaded twice from ${mode}`, async () => {
      const once = markup(SCRIPT_URL);
      const twice = markup(SCRIPT_URL);
      page = await loadPage({
        head: (once.head ?? '') + (twice.head ?? '').replace(SCRIPT_URL, `${SCRIPT_URL}?again`),
        body: (once.body ?? '') + (twice.body ?? '').replace(ELEMENTS, '').replace(SCRIPT_URL, `${SCRIPT_URL}?again`),
      });
      await expectWorking(page, 2);
    });
  }

  it('works when injected later from JavaScript', async () => {
    page = await loadPage({ body: ELEMENTS });
    const script = page.document.createElement('script');
    script.src = SCRIPT_URL;
    page.document.body.append(script);
    await expectWorking(page);
  });

  it('upgrades elements added after the script ran', async () => {
    page = await loadPage({ head: `<script src="${SCRIPT_URL}"></script>` });
    await tagsDefined(page);
    page.document.body.insertAdjacentHTML('beforeend', ELEMENTS);
    await expectWorking(page);
  });

  it('works with two different builds on one page, and the first definition stays', async () => {
    const other = await otherBuildUrl();
    page = await loadPage({
      head: `<script src="${SCRIPT_URL}"></script><script src="${other}"></script>`,
      body: ELEMENTS,
    });
    await expectWorking(page, 2);
    const [first, second] = page.window.ctAwareness!.versions;
    expect(second).to.match(/^0\.0\.1-other\+press-kit/);
    expect(first).to.not.equal(second);
    URL.revokeObjectURL(other);
  });

  it('has no import or require statement: one self-contained classic script', async () => {
    const source = await (await fetch(SCRIPT_URL)).text();
    expect(source).to.not.match(/(^|[;}\s])import\s*[{*\w'"(]/);
    expect(source).to.not.match(/\brequire\(/);
    expect(source).to.not.match(/\bexport\s*[{*]/);
  });
});
