/**
 * The iframe embed (dist/frame/<element>.html), as a blog that allows only iframes uses it: the
 * options from the query string, the height sent to the page that embeds it, the quick exit that
 * leaves the top window, and no request to another host. The page opens in a window of its own,
 * so that leaving its top window does not leave the test.
 */
import { expect } from '@open-wc/testing';
import { until, loadPage, frames, takeQuiz, type TestPage } from '../support/pages.js';

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

describe('iframe embed', function () {
  this.timeout(30000);
  let host: Window | null = null;
  afterEach(() => host?.close());

  async function openHost() {
    host = window.open('/test/pages/frame-host.html', '_blank', 'width=800,height=900');
    // The popup starts on about:blank: wait for the host page itself.
    const win = await until(
      () =>
        host?.location.pathname === '/test/pages/frame-host.html' && host.document.readyState === 'complete' && host,
      'the host page',
    );
    const element = async (id: string, tag: string) => {
      const frame = win.document.getElementById(id) as HTMLIFrameElement;
      const el = await until(
        () => frame.contentWindow?.customElements?.get(tag) && frame.contentDocument?.querySelector<Upgraded>(tag),
        `${tag} in its frame`,
      );
      await el.updateComplete;
      await until(() => el.shadowRoot?.textContent?.trim(), `${tag} rendered`);
      return { frame, el };
    };
    return { win, element };
  }

  it('takes its options from the query string, in the language asked for', async () => {
    const { element } = await openHost();
    const banner = await element('banner', 'ct-hotline-banner');
    expect(banner.el.getAttribute('layout')).to.equal('bar');
    expect(banner.el.hasAttribute('quick-exit')).to.be.true;
    expect(banner.frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(banner.el.shadowRoot!.textContent).to.contain('Quick exit');
    const facts = await element('facts', 'ct-fact-sheet');
    expect(facts.el.getAttribute('layout')).to.equal('list');
    const quiz = await element('quiz', 'ct-risk-quiz');
    expect(quiz.el.shadowRoot!.querySelector('[part~=progress]')?.textContent).to.match(/1/);
  });

  it('tells the embedding page its height, and the resize script sizes each iframe to it', async () => {
    const { element, win } = await openHost();
    for (const [id, tag] of [
      ['banner', 'ct-hotline-banner'],
      ['facts', 'ct-fact-sheet'],
    ]) {
      const { frame } = await element(id, tag);
      const content = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
      // A frame whose bottom is on screen waits (the page would move under the reader): the
      // banner's at the top takes its height once scrolled past, the facts' once below the window.
      win.scrollTo(0, id === 'banner' ? win.document.documentElement.scrollHeight : 0);
      await until(() => Math.abs(parseFloat(frame.style.height) - content()) <= 1, `${id} resized`);
      expect(parseFloat(frame.style.height), id).to.be.greaterThan(40);
    }
  });

  it('tells no height until its elements have rendered: where the script never runs, the iframe keeps its height', async () => {
    const { win } = await openHost();
    // The quiz's frame page, its script blocked (a failed request): only the fallback shows.
    const page = await (await fetch('/dist/frame/risk-quiz.html')).text();
    const frame = win.document.createElement('iframe');
    frame.title = 'Autodiagnóstico';
    frame.height = '560';
    // Only this frame's messages: the host's other frames tell theirs.
    const told: number[] = [];
    win.addEventListener('message', (event) => {
      if (event.data?.type === 'ct-awareness:height' && event.source === frame.contentWindow)
        told.push(event.data.height);
    });
    frame.srcdoc = page
      .replace(/<meta[^>]+Content-Security-Policy[^>]+>/, '')
      .replaceAll('href="../', 'href="/dist/')
      .replace('src="frame.js"', 'src="/dist/frame/frame.js"')
      .replace(
        /<script src="\.\.\/ct-awareness\.js"[^>]*><\/script>/,
        '<script src="/dist/never-there.js" defer></script>',
      );
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    win.document.body.prepend(frame);
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      frame.contentDocument!.querySelector('ct-risk-quiz p')!.getClientRects().length,
      'the fallback shows',
    ).to.be.above(0);
    expect(told, 'no height told for the fallback').to.deep.equal([]);
    expect(frame.getBoundingClientRect().height).to.be.closeTo(560, 4);
  });

  it('the resize script never cuts a tall frame: every fact, far over 4,000 px at 375 px wide', async () => {
    const { win } = await openHost();
    const frame = win.document.createElement('iframe');
    frame.title = 'Datos';
    frame.src = '/dist/frame/fact-sheet.html?layout=cards';
    frame.style.width = '375px';
    win.document.body.append(frame);
    const content = () => Math.ceil(frame.contentDocument?.documentElement?.getBoundingClientRect().height ?? 0);
    await until(
      () => content() > 4000 && Math.abs(parseFloat(frame.style.height) - content()) <= 1,
      'sized to all of it',
      20000,
    );
  });

  it('asks no other host for anything', async () => {
    const { element } = await openHost();
    for (const [id, tag] of [
      ['banner', 'ct-hotline-banner'],
      ['quiz', 'ct-risk-quiz'],
      ['facts', 'ct-fact-sheet'],
    ]) {
      const { frame } = await element(id, tag);
      const requests = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
      expect(requests.length, id).to.be.greaterThan(0);
      for (const url of requests) expect(new URL(url).origin, url).to.equal(location.origin);
    }
  });

  it('the quick exit leaves the top window, not just the frame', async () => {
    const { win, element } = await openHost();
    const { el } = await element('banner', 'ct-hotline-banner');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=exit]')!.click();
    await until(() => {
      try {
        return win.location.pathname === '/test/pages/safe.html';
      } catch {
        return false;
      }
    }, 'the top window on the safe page');
  });
});

describe('iframe embed with the resize script: the host page never moves', function () {
  this.timeout(60000);
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  const text = (n: number) => '<p>Texto del artículo que el lector vino a leer, párrafo tras párrafo.</p>'.repeat(n);
  const frame = (id: string, title: string, height: number) =>
    `<iframe id="${id}" title="${title}" src="/dist/frame/${id}.html" width="100%" height="${height}"></iframe>`;

  for (const [width, height] of [
    [375, 667],
    [1280, 900],
  ])
    it(`while the frames load, as a reader scrolls past them and when the quiz reaches its result, at ${width}×${height}`, async () => {
      page = await loadPage({
        width,
        height,
        head: `<script>window.__shift=0;new PerformanceObserver(function(l){l.getEntries().forEach(function(e){__shift+=e.value})}).observe({type:'layout-shift',buffered:true})</script><script src="/dist/frame/ct-awareness-frame-resize.js" defer></script>`,
        body: `<main style="max-width:40em;margin:0 auto;padding:0 1em">${frame('risk-quiz', 'Autodiagnóstico', 560)}${text(12)}${frame('fact-sheet', 'Datos', 640)}${text(12)}${frame('hotline-banner', 'Línea', 120)}${text(12)}</main>`,
      });
      const win = page.window;
      const frames_ = [...page.document.querySelectorAll('iframe')];
      const content = (f: HTMLIFrameElement) =>
        Math.ceil(f.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
      await until(
        () =>
          frames_.every((f) =>
            f.contentDocument?.querySelector('ct-hotline-banner:defined, ct-risk-quiz:defined, ct-fact-sheet:defined'),
          ),
        'the frames rendered',
        20000,
      );
      await frames(page, 5);
      // The quiz, on screen at the top: to its result, inside its frame.
      const quizFrame = frames_[0];
      await takeQuiz({
        frame: quizFrame,
        window: quizFrame.contentWindow as TestPage['window'],
        document: quizFrame.contentDocument!,
        remove: () => {},
      });
      await frames(page, 5);
      // A reader scrolling down the page, and back up.
      const end = page.document.documentElement.scrollHeight;
      for (let y = 0; y <= end; y += height / 3) {
        win.scrollTo(0, y);
        await frames(page, 3);
      }
      win.scrollTo(0, 0);
      await frames(page, 3);
      win.scrollTo(0, page.document.documentElement.scrollHeight);
      await frames(page, 5);
      const shift = (win as unknown as { __shift: number }).__shift;
      expect(shift, 'layout shift of the host page').to.be.below(0.01);
      // Scrolled past, every frame has taken all of its content's height: nothing cut.
      for (const f of frames_.slice(0, 2))
        expect(parseFloat(f.style.height), `${f.id} sized to its content`).to.be.closeTo(content(f), 1);
    });
});
