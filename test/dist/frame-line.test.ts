/**
 * Every frame page shows its number (and its exit) whenever the frame is in the reader's window:
 * a frame taller than the window (sized to its content by the resize script, or the documented
 * height on a short window), scrolled through on a host page; the banner's frame at its documented
 * height from a 280 px column up, filling its height, its title whole.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadPage, frames, until, type TestPage } from '../support/pages.js';
import { onScreen } from '../support/hosts.js';

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

/** A blog's page with one of our iframes between paragraphs, the resize script where asked. */
async function blogWith(src: string, height: number, window: { width: number; height: number }, resize: boolean) {
  const page = await loadPage({
    ...window,
    head: resize ? '<script src="/dist/frame/ct-awareness-frame-resize.js" defer></script>' : '',
    body: `<p style="height: 300px">Entrada del blog.</p><iframe src="${src}" title="ct-awareness" width="100%" height="${height}" style="border: 0"></iframe><p style="height: 1500px">Sigue la entrada.</p>`,
  });
  Object.assign(page.frame.style, { position: 'fixed', top: '0', left: '0', border: '0', zIndex: '1' });
  const frame = page.document.querySelector('iframe')!;
  const inner = () => frame.contentDocument;
  const line = await until(
    () => inner()?.querySelector<Upgraded>('body > ct-hotline-banner')?.shadowRoot?.querySelector('[part=call]'),
    'the line rendered in the frame',
  );
  return { page, frame, line: line.getRootNode() as ShadowRoot };
}

/** A part inside the frame, on the host's screen: whole in the host's window and in the frame. */
function seen(page: TestPage, frame: HTMLIFrameElement, part: Element | null, what: string): void {
  if (!part) throw new Error(`${what}: not found`);
  const outer = frame.getBoundingClientRect();
  const box = part.getBoundingClientRect();
  const top = outer.top + box.top;
  const bottom = outer.top + box.bottom;
  const where = `${what} at ${Math.round(top)}..${Math.round(bottom)} (frame ${Math.round(outer.top)}..${Math.round(outer.bottom)}, window ${page.window.innerHeight})`;
  expect(box.height, `${where}: shown`).to.be.above(0);
  expect(top, `${where}: above the window or the frame`).to.be.at.least(Math.max(0, outer.top) - 0.5);
  expect(bottom, `${where}: below the window or the frame`).to.be.at.most(
    Math.min(page.window.innerHeight, outer.bottom) + 0.5,
  );
}

describe('every frame shows the line while in view', function () {
  this.timeout(60000);
  let page: TestPage | undefined;
  before(() => setViewport({ width: 1300, height: 850 }));
  afterEach(() => page?.remove());

  for (const [file, height, query] of [
    ['fact-sheet', 640, 'quick-exit&layout=cards'],
    ['risk-quiz', 560, 'path=offer'],
  ] as const)
    for (const window of [
      { width: 320, height: 568 },
      { width: 320, height: 256 },
    ])
      for (const resize of [true, false])
        it(`${file}'s frame ${resize ? 'sized to its content' : `at ${height} px`}, ${window.width}×${window.height}: the number and the exit at every scroll position`, async () => {
          const blog = await blogWith(`/dist/frame/${file}.html?${query}`, height, window, resize);
          page = blog.page;
          const { frame, line } = blog;
          if (resize) await until(() => frame.style.height, 'the frame sized to its content');
          const scroller = page.document.scrollingElement!;
          const end = scroller.scrollHeight - scroller.clientHeight;
          const frameTop = frame.offsetTop;
          const frameEnd = frameTop + frame.getBoundingClientRect().height;
          // Through the frame: its top in view, then every half window down to its end.
          for (let y = Math.max(0, frameTop - 100); y < Math.min(end, frameEnd - 60); y += window.height / 2) {
            scroller.scrollTop = y;
            await frames(page, 6);
            seen(page, frame, line.querySelector('[part=call]'), `scrolled ${Math.round(y)}: the number`);
            seen(page, frame, line.querySelector('[part=exit]'), `scrolled ${Math.round(y)}: the exit`);
          }
        });

  for (const width of [280, 320, 1280])
    it(`the banner's frame at its documented 120 px in a ${width} px column: the line and the exit, the frame filled, the title whole`, async () => {
      page = await loadPage({
        width: Math.max(width, 320),
        height: 400,
        body: `<div style="width: ${width}px"><iframe src="/dist/frame/hotline-banner.html?quick-exit&lang=es" title="Línea" width="100%" height="120" style="border: 0"></iframe></div>`,
      });
      Object.assign(page.frame.style, { position: 'fixed', top: '0', left: '0', border: '0', zIndex: '1' });
      const frame = page.document.querySelector('iframe')!;
      const banner = await until(
        () =>
          frame.contentDocument
            ?.querySelector<Upgraded>('ct-hotline-banner')
            ?.shadowRoot?.querySelector('[part=call]') &&
          frame.contentDocument!.querySelector<Upgraded>('ct-hotline-banner'),
        'the banner rendered',
      );
      await until(() => frame.contentDocument!.documentElement.scrollHeight <= 121, 'a layout that fits');
      await frames(page, 4);
      const root = banner.shadowRoot!;
      onScreen(
        { ...page, window: frame.contentWindow!, document: frame.contentDocument! } as TestPage,
        banner,
        root.querySelector('[part=call]'),
        'the call',
      );
      onScreen(
        { ...page, window: frame.contentWindow!, document: frame.contentDocument! } as TestPage,
        banner,
        root.querySelector('[part=exit]'),
        'the exit',
      );
      // No band left empty: the banner's box is the frame's height.
      expect(root.querySelector('[part=base]')!.getBoundingClientRect().height).to.be.closeTo(120, 1);
      // The line's name is never cut.
      const title = root.querySelector<HTMLElement>('[part=title]')!;
      for (const name of [title, ...title.querySelectorAll<HTMLElement>('.name')].filter((e) => e.checkVisibility()))
        expect(name.scrollWidth, `${name.textContent} cut`).to.be.at.most(name.clientWidth + 1);
    });
});
