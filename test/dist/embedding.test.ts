import { expect } from '@open-wc/testing';
import {
  until,
  layoutShifts,
  loadPage,
  openPage,
  tagsDefined,
  frames,
  SCRIPT_URL,
  type TestPage,
} from '../support/pages.js';

/** The README's embed snippets, exactly as partners copy them: the script tag and each element. */
async function readmeSnippets(): Promise<{ script: string; elements: string[] }> {
  const readme = await (await fetch('/README.md')).text();
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1].replace(/^ {3}/gm, ''));
  const script = blocks.find((b) => /^(<link [^>]*>\s*)?<script/.test(b.trim()) && !b.includes('data-banner'));
  const elements = blocks.filter((b) => /<ct-[a-z-]+/.test(b));
  const tags = new Set(elements.map((b) => b.trim().match(/^<(ct-[a-z-]+)/)?.[1]));
  if (!script || tags.size !== 3) throw new Error('README.md should have the script snippet and each element');
  return { script, elements };
}

const localScript = (snippet: string) =>
  snippet
    .replace(/<script src="[^"]*"[^>]*><\/script>/, `<script src="${SCRIPT_URL}" defer></script>`)
    .replace(/href="[^"]*ct-awareness\.css"/, 'href="/dist/ct-awareness.css"');

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
    expect(script, 'the stylesheet comes with the script').to.contain('ct-awareness.css');
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
    const base = banners[0].shadowRoot!.querySelector('[part=base]')!;
    expect(page.window.getComputedStyle(base).position).to.equal('fixed');
    expect(base.getBoundingClientRect().top).to.equal(0);
    expect(banners[0].getBoundingClientRect().height, 'it keeps no room').to.equal(0);
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

describe('dist/ct-awareness.css: nothing moves when the script upgrades the elements', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  // The elements whose height follows their content: the page reserves it with --ct-reserve.
  const RESERVED: [string, string][] = [
    ['the fact sheet in cards', '<ct-fact-sheet layout="cards"><p>Datos sobre la trata.</p></ct-fact-sheet>'],
    ['the quiz', '<ct-risk-quiz><p>Llama gratis al <a href="tel:1818">1818</a>.</p></ct-risk-quiz>'],
    ['the compact banner', '<ct-hotline-banner layout="compact"><p>Línea: 1818.</p></ct-hotline-banner>'],
  ];
  /** The page before and after the script upgrades `body`'s element, and the layout shift between. */
  async function upgrade(body: string, width: number) {
    page = await loadPage({
      head: '<link rel="stylesheet" href="/dist/ct-awareness.css">',
      body: `<main>${body}<p id="after">The partner's next paragraph.</p></main>`,
    });
    page.frame.style.width = `${width}px`;
    await frames(page, 4);
    const win = page.window;
    const shift = layoutShifts(win);
    const element = page.document.querySelector('main > :first-child')!;
    const after = page.document.getElementById('after')!;
    const before = { height: element.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
    const script = page.document.createElement('script');
    script.src = SCRIPT_URL;
    page.document.head.append(script);
    // Upgraded, a task before the first render: the fallback shows, in the same box.
    await win.customElements.whenDefined(element.localName);
    const pending = {
      rendered: Boolean(element.shadowRoot?.querySelector('[part=base]')),
      height: element.getBoundingClientRect().height,
      after: after.getBoundingClientRect().top,
      // The call link: the bar's fallback flattens its paragraph into the row, links first.
      fallback: (element.querySelector('a') ?? element.querySelector('p'))!.getBoundingClientRect().height,
    };
    await tagsDefined(page);
    await until(() => element.shadowRoot?.querySelector('[part=base], [part=heading], h2, h3'), 'the first render');
    await frames(page, 4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      before,
      pending,
      after: { height: element.getBoundingClientRect().height, after: after.getBoundingClientRect().top },
      shift: shift(),
      fontSize: parseFloat(win.getComputedStyle(element).fontSize),
    };
  }

  const BAR = `<ct-hotline-banner layout="bar" position="top" quick-exit dismissible>
    <p><strong>Línea contra la trata de personas:</strong> llama gratis al <a href="tel:1818">1818</a>, opción 1.
    Confidencial, las 24 horas. <a href="https://www.senamhi.gob.pe/">Salida rápida</a></p>
  </ct-hotline-banner>`;

  for (const width of [320, 800])
    it(`the bar keeps its box from fallback to upgrade, at ${width} px, with no layout shift`, async () => {
      const { before, pending, after, shift } = await upgrade(BAR, width);
      expect(pending.rendered, 'measured before the first render').to.be.false;
      expect(pending.fallback, 'the fallback shows until the first render').to.be.above(0);
      for (const state of [pending, after]) {
        expect(state.height).to.be.closeTo(before.height, 0.5);
        expect(state.after).to.be.closeTo(before.after, 0.5);
      }
      expect(shift).to.equal(0);
    });

  for (const [name, html] of RESERVED)
    it(`${name} with --ct-reserve keeps its box from fallback to upgrade, with no layout shift`, async () => {
      // Reserved at its rendered height at this width, rounded up to a quarter em as the builder does.
      // Measured with the stylesheet's own first-screen box off (first-screen.test.ts tests that
      // one): what --ct-reserve alone holds.
      const natural = await upgrade(html.replace(/^<([a-z-]+)/, '<$1 style="--_ct-first: 0px"'), 640);
      page!.remove();
      const reserve = Math.ceil((natural.after.height / natural.fontSize) * 4) / 4;
      const measured = await upgrade(html.replace(/^<([a-z-]+)/, `<$1 style="--ct-reserve: ${reserve}em"`), 640);
      expect(measured.before.height).to.be.closeTo(reserve * natural.fontSize, 0.5);
      expect(measured.pending.rendered, 'measured before the first render').to.be.false;
      expect(measured.pending.fallback, 'the fallback shows until the first render').to.be.above(0);
      expect(measured.pending.height).to.be.closeTo(measured.before.height, 0.5);
      expect(measured.pending.after).to.be.closeTo(measured.before.after, 0.5);
      expect(measured.after.height).to.be.closeTo(measured.before.height, 0.5);
      expect(measured.after.after).to.be.closeTo(measured.before.after, 0.5);
      expect(measured.shift).to.equal(0);
      // Without the reserve the element grows and the next paragraph moves: what the reserve prevents.
      expect(natural.after.after - natural.before.after).to.be.above(20);
      expect(natural.shift).to.be.above(0);
    });

  it('--ct-reserve does not change the bar, whose height is fixed', async () => {
    const { before, after } = await upgrade(
      '<ct-hotline-banner layout="bar" style="--ct-reserve: 30em"><p>Línea: 1818.</p></ct-hotline-banner>',
      640,
    );
    expect(before.height).to.be.below(100);
    expect(after.height).to.be.closeTo(before.height, 0.5);
  });

  it('without JavaScript the fallback shows whole, not clipped to the bar’s height', async () => {
    page = await loadPage({ head: '<link rel="stylesheet" href="/dist/ct-awareness.css">', body: BAR });
    page.frame.style.width = '320px';
    const scripted = page.document.querySelector('ct-hotline-banner')!.getBoundingClientRect().height;
    page.remove();
    // A frame without allow-scripts: scripting is disabled there, as for a reader without JavaScript.
    page = await openPage('/test/pages/bar-no-js.html', { sandbox: 'allow-same-origin' });
    page.frame.style.width = '320px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    const bar = page.document.querySelector('ct-hotline-banner')!;
    const paragraph = bar.querySelector('p')!;
    expect(bar.getBoundingClientRect().height).to.be.at.least(paragraph.getBoundingClientRect().height);
    expect(bar.getBoundingClientRect().height).to.be.above(scripted);
    // Nor is a reserve kept empty for a script that cannot run: the fallback takes its own height.
    const facts = page.document.querySelector('ct-fact-sheet')!;
    expect(facts.getBoundingClientRect().height).to.be.closeTo(
      facts.querySelector('p')!.getBoundingClientRect().height,
      1,
    );
  });
});
