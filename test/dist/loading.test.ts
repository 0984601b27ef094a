import { expect } from '@open-wc/testing';
import {
  until,
  loadPage,
  openPage,
  tagsDefined,
  frames,
  otherBuildUrl,
  SCRIPT_URL,
  TAGS,
  type TestPage,
} from '../support/pages.js';

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

describe('the elements’ own files', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  const requested = (page: TestPage) =>
    page.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/'))
      .sort();

  it('a page with only the banner loads only the main script, and never defines the other tags', async () => {
    page = await openPage('/test/pages/banner-only.html');
    await tagsDefined(page);
    // Past the load event and an idle period, when the other files would load if they were wanted.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(requested(page)).to.deep.equal(['/dist/ct-awareness.js']);
    expect(page.window.customElements.get('ct-risk-quiz')).to.equal(undefined);
    expect(page.window.customElements.get('ct-fact-sheet')).to.equal(undefined);
    expect(page.document.querySelector('ct-hotline-banner')!.shadowRoot!.textContent).to.contain('1818');
  });

  it('loads each element file from the script’s folder, pinned by the sha384 in integrity.json', async () => {
    page = await loadPage({ head: `<script src="${SCRIPT_URL}" defer></script>`, body: ELEMENTS });
    await expectWorking(page);
    const { files } = await (await fetch('/dist/integrity.json')).json();
    const scripts = [...page.document.querySelectorAll<HTMLScriptElement>('script[src*="ct-awareness."][integrity]')];
    expect(scripts.map((s) => new URL(s.src).pathname).sort()).to.deep.equal([
      '/dist/ct-awareness.fact-sheet.es.js',
      '/dist/ct-awareness.risk-quiz.es.js',
    ]);
    for (const script of scripts) {
      expect(script.integrity).to.equal(files[new URL(script.src).pathname.replace('/dist/', '')]);
      expect(script.crossOrigin).to.equal('anonymous');
    }
    expect(requested(page)).to.deep.equal([
      '/dist/ct-awareness.fact-sheet.es.js',
      '/dist/ct-awareness.js',
      '/dist/ct-awareness.risk-quiz.es.js',
    ]);
  });

  /** The text an element shows. */
  const shown = (element: Element | null) => element?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('loads the element files of the page’s language only, and the elements speak it', async () => {
    page = await loadPage({ lang: 'pt-BR', head: `<script src="${SCRIPT_URL}" defer></script>`, body: ELEMENTS });
    await expectWorking(page);
    expect(requested(page)).to.deep.equal([
      '/dist/ct-awareness.fact-sheet.pt.js',
      '/dist/ct-awareness.js',
      '/dist/ct-awareness.risk-quiz.pt.js',
    ]);
    expect(shown(page.document.querySelector('ct-risk-quiz'))).to.contain('Recebi uma oferta de trabalho');
    expect(shown(page.document.querySelector('ct-fact-sheet'))).to.contain('Em 2008, a OIM levou uma campanha');
  });

  it('two languages on one page: each element loads and shows its own', async () => {
    page = await loadPage({
      head: `<script src="${SCRIPT_URL}" defer></script>`,
      body: '<ct-fact-sheet topic="campaign"></ct-fact-sheet><ct-fact-sheet topic="campaign" lang="en"></ct-fact-sheet>',
    });
    await tagsDefined(page);
    const [spanish, english] = page.document.querySelectorAll('ct-fact-sheet');
    await until(() => shown(english).includes('In 2008, IOM took an information campaign'), 'the English facts');
    expect(shown(spanish)).to.contain('En 2008, la OIM llevó una campaña');
    expect(shown(spanish)).to.not.contain('In 2008, IOM took');
    expect(requested(page)).to.deep.equal([
      '/dist/ct-awareness.fact-sheet.en.js',
      '/dist/ct-awareness.fact-sheet.es.js',
      '/dist/ct-awareness.js',
    ]);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('a language changed after the first render loads its file, and the quiz follows mid-question', async () => {
    page = await loadPage({ head: `<script src="${SCRIPT_URL}" defer></script>`, body: ELEMENTS });
    await expectWorking(page);
    const quiz = page.document.querySelector('ct-risk-quiz')!;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('button.path')!.click();
    const question = () => quiz.shadowRoot!.querySelector('.question')?.textContent?.trim();
    const spanish = await until(question, 'the first question');
    page.document.documentElement.lang = 'en';
    await until(() => shown(quiz).includes('Quick exit'), 'the quiz in English');
    expect(question(), 'the same question, in English').to.be.a('string').and.not.equal(spanish);
    expect(quiz.shadowRoot!.querySelector('[part=progress]')!.textContent).to.match(/^\s*Question 1 of/);
    const facts = page.document.querySelector('ct-fact-sheet')!;
    await until(() => shown(facts).includes('In 2008, IOM took an information campaign'), 'the facts in English');
    expect(requested(page)).to.deep.equal([
      '/dist/ct-awareness.fact-sheet.en.js',
      '/dist/ct-awareness.fact-sheet.es.js',
      '/dist/ct-awareness.js',
      '/dist/ct-awareness.risk-quiz.en.js',
      '/dist/ct-awareness.risk-quiz.es.js',
    ]);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('under Trusted Types that do not allow our policy, the banner works and the others keep their fallback, with one warning', async () => {
    page = await openPage('/test/pages/partner.html?csp=tt-lit-only');
    await page.window.customElements.whenDefined('ct-hotline-banner');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const banner = page.document.querySelector('ct-hotline-banner')!;
    expect(banner.shadowRoot!.textContent).to.contain('1818');
    for (const tag of ['ct-risk-quiz', 'ct-fact-sheet']) {
      expect(page.window.customElements.get(tag), tag).to.equal(undefined);
      expect(page.document.querySelector(tag)!.checkVisibility(), `${tag} shows its fallback`).to.be.true;
      expect(page.document.querySelector(tag)!.shadowRoot, tag).to.equal(null);
    }
    expect(page.window.__errors).to.deep.equal([]);
    const warnings = (page.window as unknown as { __warnings: string[] }).__warnings;
    expect(warnings.filter((w) => w.includes('"ct-awareness"'))).to.have.length(1);
    expect(warnings.join('\n')).to.contain('Add "ct-awareness" to the trusted-types directive');
  });
});
