/**
 * The iframe embed (dist/frame/<element>.html), as a blog that allows only iframes uses it: the
 * options from the query string, the height sent to the page that embeds it, the quick exit that
 * leaves the top window, and no request to another host. The page opens in a window of its own,
 * so that leaving its top window does not leave the test.
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/pages.js';

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
    const { element } = await openHost();
    for (const [id, tag] of [
      ['banner', 'ct-hotline-banner'],
      ['facts', 'ct-fact-sheet'],
    ]) {
      const { frame } = await element(id, tag);
      const content = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
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
    const content = () => Math.ceil(frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
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
