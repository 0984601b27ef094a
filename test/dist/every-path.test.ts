/**
 * The line on every path a reader meets the built script by: the script blocked, the iframe at its
 * documented height, large text. On each, the number (the tel: link) and, for the banner, the exit
 * are on screen, whole.
 */
import { expect } from '@open-wc/testing';
import {
  loadPage,
  openPage,
  tagsDefined,
  frames,
  until,
  layoutShifts,
  SCRIPT_URL,
  type TestPage,
} from '../support/pages.js';

/** The README's snippet for each element, as partners copy them. */
async function readmeElements(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => /^<ct-[a-z-]+/.test(b.trim()));
}

/** A fallback far longer than the README's, as a partner might write. */
const LONG_BAR = `<ct-hotline-banner layout="bar" position="top" quick-exit dismissible><p><strong>Línea contra la trata de personas y la explotación laboral del Ministerio del Interior:</strong> si tú o alguien que conoces está en riesgo, llama gratis y de forma confidencial, las 24 horas, al <a href="tel:1818">1818, opción 1</a>, también sin dar tu nombre. Si necesitas salir de esta página ahora mismo, usa la <a href="https://www.senamhi.gob.pe/">salida rápida</a>.</p></ct-hotline-banner>`;

/** A box is whole on screen: inside the window and inside the element that shows it. */
function whole(link: Element, holder: Element, width: number, what: string): void {
  const box = link.getBoundingClientRect();
  const host = holder.getBoundingClientRect();
  expect(box.width, `${what} is shown`).to.be.above(0);
  expect(box.left, `${what} left`).to.be.at.least(-0.5);
  expect(box.right, `${what} right`).to.be.at.most(width + 0.5);
  expect(box.top, `${what} top`).to.be.at.least(host.top - 0.5);
  expect(box.bottom, `${what} bottom`).to.be.at.most(host.bottom + 0.5);
}

describe('the line on every path', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  /** The snippet with ct-awareness.css and a script that never runs (blocked, or failed). */
  async function blocked(body: string, width: number, text = '100%') {
    page = await loadPage({
      head: `<link rel="stylesheet" href="/dist/ct-awareness.css"><style>html { font-size: ${text} }</style><script src="/dist/blocked-by-the-network.js" defer></script>`,
      body: `<main>${body}<p>El artículo sigue.</p></main>`,
    });
    page.frame.style.width = `${width}px`;
    await frames(page, 3);
    return page;
  }

  for (const width of [320, 360])
    for (const text of ['100%', '200%'])
      it(`script blocked, ${width} px, text ${text}: the bar's fallback shows the number and the exit, the README's and a long one`, async () => {
        const readmeBar = (await readmeElements()).find((b) => b.includes('layout="bar"'))!;
        expect(readmeBar, 'the README shows a fallback written for the bar').to.exist;
        for (const snippet of [readmeBar, LONG_BAR]) {
          const p = await blocked(snippet, width, text);
          const bar = p.document.querySelector('ct-hotline-banner')!;
          expect(p.window.customElements.get('ct-hotline-banner'), 'the script never ran').to.equal(undefined);
          // The fallback's one element is the bar's row, at the window's edge over the element's room.
          const row = bar.firstElementChild!;
          whole(bar.querySelector('a[href^="tel:"]')!, row, width, 'the tel: link');
          whole(bar.querySelector('a:not([href^="tel:"])')!, row, width, 'the exit link');
          expect(row.getBoundingClientRect().height).to.be.closeTo(bar.getBoundingClientRect().height, 1);
          expect(bar.querySelector('a[href^="tel:"]')!.textContent).to.contain('opción 1');
          // The box is the bar's: one row of 3em and its rule, or two where it is narrower than 17em.
          const em = parseFloat(p.window.getComputedStyle(bar).fontSize);
          const rows = width / em < 17 ? 2 : 1;
          expect(bar.getBoundingClientRect().height).to.be.closeTo((3 * rows + 0.0625) * em, 1);
          p.remove();
        }
      });

  it('script blocked at 320 px: every README fallback shows its call link whole, the banner its exit too', async () => {
    for (const snippet of await readmeElements()) {
      const p = await blocked(snippet, 320);
      const element = p.document.querySelector('ct-hotline-banner, ct-risk-quiz, ct-fact-sheet')!;
      const holder = element.matches('[position]') ? element.firstElementChild! : element;
      whole(element.querySelector('a[href^="tel:"]')!, holder, 320, `${element.localName}'s tel: link`);
      if (element.localName === 'ct-hotline-banner')
        whole(element.querySelector('a:not([href^="tel:"])')!, holder, 320, 'the exit link');
      p.remove();
    }
  });

  it('the bar at 320 px with text at 200 % keeps its two-row box from fallback to upgrade: no layout shift', async () => {
    page = await loadPage({
      head: '<link rel="stylesheet" href="/dist/ct-awareness.css"><style>html { font-size: 200% }</style>',
      body: `<main>${LONG_BAR}<p id="after">El artículo sigue.</p></main>`,
    });
    page.frame.style.width = '320px';
    await frames(page, 3);
    const bar = page.document.querySelector('ct-hotline-banner')!;
    const after = page.document.getElementById('after')!;
    const before = { height: bar.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
    const shift = layoutShifts(page.window);
    const script = page.document.createElement('script');
    script.src = SCRIPT_URL;
    page.document.head.append(script);
    await tagsDefined(page);
    await until(() => bar.shadowRoot?.querySelector('[part=base]'), 'the first render');
    await frames(page, 4);
    expect(bar.getBoundingClientRect().height).to.be.closeTo(before.height, 0.5);
    expect(after.getBoundingClientRect().top).to.be.closeTo(before.after, 0.5);
    expect(shift()).to.equal(0);
  });

  /** A frame page at a size, as a blog embeds it without the resize script. */
  async function framed(src: string, width: number, height: number) {
    page = await openPage(src);
    page.frame.style.width = `${width}px`;
    page.frame.style.height = `${height}px`;
    await tagsDefined(page, 8000);
    await frames(page, 6);
    return page;
  }

  /** The element's part, whole inside the frame's window. */
  function inFrame(host: Element, selector: string, width: number, height: number) {
    const box = host.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    expect(box.width, `${selector} shown`).to.be.above(0);
    expect(box.top, `${selector} top`).to.be.at.least(-0.5);
    expect(box.bottom, `${selector} bottom`).to.be.at.most(height + 0.5);
    expect(box.right, `${selector} right`).to.be.at.most(width + 0.5);
  }

  for (const width of [375, 1280]) {
    it(`the banner's frame at its documented 120 px, ${width} px wide: the layout that fits, the number and the exit in view`, async () => {
      const p = await framed('/dist/frame/hotline-banner.html?quick-exit&lang=es', width, 120);
      const banner = p.document.querySelector('ct-hotline-banner')!;
      await until(
        () => p.document.documentElement.scrollHeight <= 121 && banner.shadowRoot?.querySelector('[part=call]'),
        'a layout that fits',
      );
      await frames(p, 3);
      inFrame(banner, '[part=call]', width, 120);
      inFrame(banner, '[part=exit]', width, 120);
    });

    for (const [file, height] of [
      ['risk-quiz', 560],
      ['fact-sheet', 640],
    ] as const)
      it(`the ${file} frame at its documented ${height} px, ${width} px wide: it scrolls inside, the number stays in view`, async () => {
        const p = await framed(`/dist/frame/${file}.html?lang=es`, width, height);
        const line = p.document.querySelector('body > ct-hotline-banner')!;
        await until(() => line.shadowRoot?.querySelector('[part=call]'), 'the line rendered');
        await frames(p, 3);
        inFrame(line, '[part=call]', width, height);
        const element = p.document.body.firstElementChild!;
        if (file === 'risk-quiz') inFrame(element, '[part=exit]', width, height);
        // Taller than the frame: it scrolls, and the number is still there at the end.
        if (p.document.documentElement.scrollHeight > height) {
          p.window.scrollTo(0, p.document.documentElement.scrollHeight);
          await frames(p, 2);
          inFrame(line, '[part=call]', width, height);
        }
      });
  }
});
