/**
 * The embedding contract: the built script on pages like partners' own. Strict CSP and Trusted
 * Types, privacy, hostile CSS, bad input, and no JavaScript at all.
 */
import { expect } from '@open-wc/testing';
import { privacyGuard } from '../support/helpers.js';
import {
  openPage,
  loadPage,
  tagsDefined,
  frames,
  inShadow,
  takeQuiz,
  until,
  SCRIPT_URL,
  TAGS,
  type TestPage,
} from '../support/pages.js';

type PageWindow = TestPage['window'] & { __violations: string[] };

const PARTNER = '/test/pages/partner.html';

async function partnerPage(query = ''): Promise<TestPage> {
  const page = await openPage(`${PARTNER}${query}`);
  await tagsDefined(page);
  await frames(page);
  return page;
}

/** Every element rendered its own content (not just the fallback). */
function expectRendered(page: TestPage) {
  for (const tag of TAGS) {
    const el = page.document.querySelector(tag)!;
    expect(el.shadowRoot?.textContent?.trim(), tag).to.not.be.empty;
  }
  expect(inShadow(page.document.querySelector('ct-hotline-banner'), '[part=number]').textContent).to.equal('1818');
}

describe('embedding contract', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  describe('strict Content-Security-Policy', () => {
    for (const [csp, name] of [
      ['strict', "default-src 'none'; script-src 'self'; style-src 'self'"],
      ['tt', 'the same with require-trusted-types-for and the README’s policy names'],
    ])
      it(`renders and runs all three elements under ${name}, with no violation`, async () => {
        page = await partnerPage(`?csp=${csp}`);
        const win = page.window as PageWindow;
        expectRendered(page);
        await takeQuiz(page);
        inShadow(page.document.querySelector('ct-fact-sheet'), '[part=copy]').click();
        page.document.querySelector('ct-hotline-banner')!.lang = 'en';
        await frames(page);
        expect(inShadow(page.document.querySelector('ct-hotline-banner'), '[part=title]').textContent).to.contain(
          'Line against',
        );
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      });

    it('the test can see a violation when one happens', async () => {
      page = await partnerPage('?csp=strict');
      const win = page.window as PageWindow;
      const inline = page.document.createElement('div');
      inline.setAttribute('style', 'color: red');
      page.document.body.append(inline);
      await frames(page);
      expect(win.__violations.join()).to.contain('style-src');
    });
  });

  describe('privacy', () => {
    it('after every element is used, the page made no request besides the script and its element files, and stored nothing', async () => {
      page = await partnerPage('?csp=strict');
      const win = page.window;
      const storage = () => ({
        cookie: page!.document.cookie,
        local: win.localStorage.length,
        session: win.sessionStorage.length,
      });
      const before = storage();
      const guard = privacyGuard(win);
      const databases = (await win.indexedDB.databases()).length;
      const caches = (await win.caches.keys()).length;
      const call = inShadow<HTMLAnchorElement>(page.document.querySelector('ct-hotline-banner'), 'a[part=call]');
      call.addEventListener('click', (e) => e.preventDefault());
      call.click();
      await takeQuiz(page);
      inShadow(page.document.querySelector('ct-fact-sheet'), '[part=copy]').click();
      await frames(page);
      const requests = win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        // The test server's own live-reload socket, injected into every page it serves.
        .filter((path) => !path.startsWith('/__web-dev-server'));
      expect(requests.sort()).to.deep.equal([
        '/dist/ct-awareness.fact-sheet.es.js',
        '/dist/ct-awareness.js',
        '/dist/ct-awareness.risk-quiz.es.js',
        '/test/pages/partner.css',
        '/test/pages/record.js',
      ]);
      expect(guard.touched).to.deep.equal([]);
      guard.restore();
      expect(storage()).to.deep.equal(before);
      expect((await win.indexedDB.databases()).length).to.equal(databases);
      expect((await win.caches.keys()).length).to.equal(caches);
    });

    it('the quick exit replaces the page: the safe page loads and Back does not return', async () => {
      // In a window of its own: the exit leaves the top window, which here must not be the test's.
      const win = window.open(`${PARTNER}?csp=strict`, '_blank')!;
      try {
        await until(() => win.location.pathname === PARTNER && win.document.readyState === 'complete', 'the page');
        await win.customElements.whenDefined('ct-hotline-banner');
        const banner = win.document.querySelector('ct-hotline-banner') as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        await banner.updateComplete;
        const historyLength = win.history.length;
        inShadow(banner, '[part=exit]').click();
        await until(() => win.location.pathname === '/test/pages/safe.html', 'the safe page');
        expect(win.history.length, 'no history entry added').to.equal(historyLength);
      } finally {
        win.close();
      }
    });
  });

  describe('hostile host CSS', () => {
    const hostile = async (setup: (doc: Document) => void) => {
      page = await partnerPage();
      setup(page.document);
      await frames(page, 3);
      return page;
    };
    const addSheet = (doc: Document, href: string) => {
      const link = doc.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      return new Promise((resolve) => {
        link.onload = resolve;
        doc.head.append(link);
      });
    };

    it('`* { all: unset }`, `div { display: none !important }` and friends: the elements stay readable and usable', async () => {
      page = await partnerPage();
      await addSheet(page.document, '/test/pages/hostile.css');
      await frames(page, 3);
      for (const tag of TAGS) {
        const el = page.document.querySelector(tag)!;
        const base = inShadow(el, '[part=base]');
        expect(base.getBoundingClientRect().height, tag).to.be.greaterThan(40);
        expect(parseFloat(page.window.getComputedStyle(base).fontSize), tag).to.be.greaterThan(10);
      }
      const call = inShadow(page.document.querySelector('ct-hotline-banner'), '[part=call]');
      const style = page.window.getComputedStyle(call);
      expect(style.color).to.not.equal('rgba(0, 0, 0, 0)');
      expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(call.getBoundingClientRect().height).to.be.at.least(44);
    });

    for (const size of ['8px', '32px'])
      it(`a root font size of ${size} does not resize the elements: they follow the host's text`, async () => {
        await hostile((doc) => {
          doc.documentElement.style.fontSize = size;
          doc.body.style.fontSize = '16px';
        });
        const number = inShadow(page!.document.querySelector('ct-hotline-banner'), '[part=number]');
        expect(page!.window.getComputedStyle(number).fontSize).to.equal('24px');
      });

    it('direction: rtl on the page: the elements fit and stay usable', async () => {
      await hostile((doc) => (doc.documentElement.style.direction = 'rtl'));
      for (const tag of TAGS) {
        const base = inShadow(page!.document.querySelector(tag), '[part=base]');
        expect(base.scrollWidth, tag).to.be.at.most(base.clientWidth + 1);
      }
      await takeQuiz(page!);
    });

    it('the host’s own styles are unchanged by ours', async () => {
      const probe = (p: TestPage) =>
        ['.host-text', '.host-box', 'body'].map((selector) => {
          const style = p.window.getComputedStyle(p.document.querySelector(selector)!);
          return [
            style.color,
            style.fontSize,
            style.fontFamily,
            style.backgroundColor,
            style.display,
            style.margin,
          ].join('|');
        });
      // The same page without the script, and with it.
      const reference = await loadPage({
        head: '<link rel="stylesheet" href="/test/pages/partner.css">',
        body: '<p class="host-text">x</p><div class="host-box">y</div>',
      });
      const withScript = await loadPage({
        head: `<link rel="stylesheet" href="/test/pages/partner.css"><script src="${SCRIPT_URL}"></script>`,
        body: '<p class="host-text">x</p><div class="host-box">y</div><ct-hotline-banner quick-exit></ct-hotline-banner><ct-risk-quiz></ct-risk-quiz><ct-fact-sheet></ct-fact-sheet>',
      });
      await tagsDefined(withScript);
      await frames(withScript);
      expect(probe(withScript)).to.deep.equal(probe(reference));
      expect(withScript.document.querySelectorAll('style, link[rel=stylesheet]').length).to.equal(1);
      reference.remove();
      page = withScript;
    });
  });

  describe('bad input on every attribute', () => {
    const BAD = {
      injection: '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
      js: 'javascript:window.__pwned=1',
      data: 'data:text/html,<script>window.__pwned=1</script>',
      long: 'x'.repeat(10000),
      empty: '',
      unicode: '\u202Egnp.exe\u200B\u0000🙂',
    };
    /** Attributes and which bad values each must refuse (with a warning). */
    const ATTRIBUTES: Record<string, Record<string, (keyof typeof BAD)[]>> = {
      'ct-hotline-banner': {
        layout: ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
        position: ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
        theme: ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
        'exit-url': ['js', 'data', 'empty'],
        phone: ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
        label: ['long', 'empty'],
      },
      'ct-risk-quiz': {
        path: ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
        'exit-url': ['js', 'data', 'empty'],
        'heading-level': ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
        theme: ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
      },
      'ct-fact-sheet': {
        facts: ['injection', 'js', 'data', 'long', 'unicode'],
        topic: ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
        layout: ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
        // A presence attribute: any value means hide, so none is refused.
        'hide-sources': [],
        heading: ['long', 'empty'],
        'heading-level': ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
        'press-kit-url': ['js', 'data', 'empty'],
        theme: ['injection', 'js', 'data', 'long', 'empty', 'unicode'],
      },
    };

    for (const [tag, attributes] of Object.entries(ATTRIBUTES))
      for (const [attribute, refused] of Object.entries(attributes))
        it(`${tag} [${attribute}]: no script runs, nothing becomes HTML, one warning per refused value, still works`, async () => {
          page = await loadPage({ head: `<script src="${SCRIPT_URL}"></script>` });
          await tagsDefined(page);
          const warnings: string[] = [];
          page.window.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
          for (const [name, value] of Object.entries(BAD)) {
            warnings.length = 0;
            const el = page.document.createElement(tag);
            el.setAttribute(attribute, value);
            page.document.body.append(el);
            await frames(page);
            const root = el.shadowRoot!;
            expect(root.querySelector('img, script, iframe, object'), `${name}: no HTML from the value`).to.equal(null);
            const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href')!);
            for (const href of links) expect(href, `${name}: links stay safe`).to.match(/^(https?:|tel:\+?\d+$)/);
            const expected = refused.includes(name as keyof typeof BAD) ? 1 : 0;
            expect(warnings.length, `${name}: ${warnings.join(' / ')}`).to.equal(expected);
            if (expected) expect(warnings[0]).to.contain(`<${tag}>`).and.contain(attribute).and.contain('Accepted:');
            expect(root.textContent!.trim(), `${name}: still renders`).to.not.be.empty;
            el.remove();
          }
          expect((page.window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
          expect(page.window.__errors).to.deep.equal([]);
        });
  });

  describe('no JavaScript', () => {
    it('the fallback content of each element is shown and its links work', async () => {
      page = await openPage('/test/pages/partner.html', { sandbox: 'allow-same-origin' });
      expect(page.window.customElements?.get('ct-hotline-banner')).to.equal(undefined);
      for (const tag of TAGS) {
        const el = page.document.querySelector(tag)!;
        expect(el.shadowRoot).to.equal(null);
        expect(el.getBoundingClientRect().height, tag).to.be.greaterThan(0);
        expect(el.textContent, tag).to.match(/1818|11,000/);
      }
      const links = [...page.document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include('tel:1818');
    });
  });
});

describe('frameworks', () => {
  it('a React 19 page renders the elements, sets their properties and receives their events', async () => {
    const page = await openPage('/test/pages/react.html');
    try {
      await tagsDefined(page);
      for (let i = 0; i < 50 && !(page.window as unknown as { __reactRendered?: boolean }).__reactRendered; i++)
        await frames(page, 1);
      await frames(page, 3);
      // Properties only: reflected, so the bar is stuck and offers its exit and close button.
      const bar = page.document.getElementById('bar')!;
      for (const name of ['layout', 'position', 'quick-exit', 'dismissible'])
        expect(bar.hasAttribute(name), `${name} reflected`).to.be.true;
      expect(page.window.getComputedStyle(inShadow(bar, '[part=base]')).position).to.equal('fixed');
      expect(inShadow(bar, '[part=exit]').checkVisibility()).to.be.true;
      expect(inShadow(bar, '[part=dismiss]').checkVisibility()).to.be.true;
      const banner = page.document.querySelector('ct-hotline-banner[layout=compact]')!;
      expect(inShadow(banner, '[part=number]').textContent).to.equal('+51 1 555 0100');
      expect(inShadow(banner, '[part=title]').textContent!.trim()).to.equal('Línea regional');
      expect(inShadow(page.document.querySelector('ct-fact-sheet'), '[part=heading]').textContent!.trim()).to.equal(
        'Desde React',
      );
      const call = inShadow<HTMLAnchorElement>(banner, 'a[part=call]');
      call.addEventListener('click', (e) => e.preventDefault());
      call.click();
      const quiz = page.document.querySelector('ct-risk-quiz')!;
      expect(inShadow(quiz, '[part=progress]').textContent, 'path set by React').to.contain('Pregunta 1');
      for (let i = 0; i < 30 && !quiz.shadowRoot!.querySelector('[part=result]'); i++) {
        quiz.shadowRoot!.querySelector<HTMLInputElement>('input[value=no]')?.click();
        await frames(page, 1);
        [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)?.click();
        await frames(page, 1);
      }
      await frames(page, 2);
      expect(page.document.getElementById('events')!.textContent).to.equal('call:partner-override,quiz:none');
      expect(page.window.__errors).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});
