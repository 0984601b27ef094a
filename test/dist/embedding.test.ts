import { expect } from '@open-wc/testing';
import { loadPage, tagsDefined, frames, SCRIPT_URL, type TestPage } from '../support/pages.js';

/** The README's embed snippets, exactly as partners copy them: the script tag and each element. */
async function readmeSnippets(): Promise<{ script: string; elements: string[] }> {
  const readme = await (await fetch('/README.md')).text();
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1].replace(/^ {3}/gm, ''));
  const script = blocks.find((b) => b.trim().startsWith('<script') && !b.includes('data-banner'));
  const elements = blocks.filter((b) => /<ct-[a-z-]+/.test(b));
  if (!script || elements.length !== 3) throw new Error('README.md should have the script snippet and one per element');
  return { script, elements };
}

const localScript = (snippet: string) =>
  snippet.replace(/<script src="[^"]*"[^>]*><\/script>/, `<script src="${SCRIPT_URL}" defer></script>`);

describe('the README snippets', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  it('show each element’s fallback, a call link and (for the banner) the exit link without JavaScript', async () => {
    const { elements } = await readmeSnippets();
    page = await loadPage({ body: elements.join('') });
    for (const element of page.document.querySelectorAll('ct-hotline-banner, ct-risk-quiz, ct-fact-sheet')) {
      expect(element.shadowRoot).to.equal(null);
      expect(element.getBoundingClientRect().height, element.localName).to.be.greaterThan(0);
      expect(element.textContent, element.localName).to.match(/1818|11,000/);
    }
    const banner = page.document.querySelector('ct-hotline-banner')!;
    expect(banner.textContent).to.contain('opción 1').and.contain('Salida rápida');
    const links = [...banner.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:1818');
    expect(links.some((href) => href?.startsWith('https://'))).to.be.true;
  });

  it('upgrade in place: each element renders and its fallback is no longer shown', async () => {
    const { script, elements } = await readmeSnippets();
    page = await loadPage({ head: localScript(script), body: elements.join('') });
    await tagsDefined(page);
    await frames(page);
    for (const element of page.document.querySelectorAll('ct-hotline-banner, ct-risk-quiz, ct-fact-sheet')) {
      expect(element.shadowRoot!.textContent!.trim(), element.localName).to.not.be.empty;
      // Light-DOM children are not slotted, so the fallback takes no space once upgraded.
      expect(element.querySelector('p')!.getClientRects().length, element.localName).to.equal(0);
    }
    expect(page.window.__errors).to.deep.equal([]);
  });
});

describe('auto-mount for CMSs that strip unknown tags', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  const bar = (p: TestPage) => [...p.document.querySelectorAll('ct-hotline-banner')];

  it('data-banner="top" inserts one bar at the top of the body, over the page (it pushes nothing down), with a quick exit', async () => {
    page = await loadPage({
      head: `<script src="${SCRIPT_URL}" data-banner="top" defer></script>`,
      body: '<main><p>Article</p></main>',
    });
    await tagsDefined(page);
    await frames(page);
    const banners = bar(page);
    expect(banners).to.have.length(1);
    expect(page.document.body.firstElementChild).to.equal(banners[0]);
    expect(banners[0].getAttribute('layout')).to.equal('bar');
    expect(banners[0].getAttribute('position')).to.equal('top');
    expect(page.window.getComputedStyle(banners[0]).position).to.equal('fixed');
    expect(banners[0].getBoundingClientRect().top).to.equal(0);
    // The article did not move down: the bar lies over the page.
    expect(page.document.querySelector('main')!.getBoundingClientRect().top).to.be.below(30);
    expect(banners[0].shadowRoot!.querySelector('[part=exit]')).to.exist;
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('data-banner="bottom" puts it at the end of the body, even from an early script', async () => {
    page = await loadPage({
      body: `<script src="${SCRIPT_URL}" data-banner="bottom"></script><main><p>Article</p></main><footer>Partner footer</footer>`,
    });
    await tagsDefined(page);
    const banners = bar(page);
    expect(banners).to.have.length(1);
    expect(page.document.body.lastElementChild).to.equal(banners[0]);
    expect(banners[0].getAttribute('position')).to.equal('bottom');
  });

  it('the script loaded twice still mounts one bar', async () => {
    page = await loadPage({
      head: `<script src="${SCRIPT_URL}" data-banner="top" defer></script><script src="${SCRIPT_URL}?again" data-banner="top" defer></script>`,
    });
    await tagsDefined(page);
    await frames(page);
    expect(bar(page)).to.have.length(1);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('data-lang sets the language of the page’s elements when nothing nearer does', async () => {
    page = await loadPage({
      lang: '',
      head: `<script src="${SCRIPT_URL}" data-banner="top" data-lang="en" defer></script>`,
    });
    page.document.documentElement.removeAttribute('lang');
    await tagsDefined(page);
    await frames(page);
    expect(bar(page)[0].shadowRoot!.textContent).to.contain('Line against human trafficking');
  });

  it('a bad data-banner value warns and mounts the top bar', async () => {
    page = await loadPage({});
    const warnings: string[] = [];
    page.window.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const script = page.document.createElement('script');
    script.src = SCRIPT_URL;
    script.dataset.banner = 'sideways';
    page.document.head.append(script);
    await tagsDefined(page);
    await frames(page);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('data-banner').and.contain('"top", "bottom"');
    expect(bar(page)[0].getAttribute('position')).to.equal('top');
  });
});
