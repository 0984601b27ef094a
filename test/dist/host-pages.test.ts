/**
 * The bar on the pages partners have (test/support/hosts.ts): at every scroll position, with the
 * script running, arriving late and blocked, at 320 and 1280 px, text at 100 % and 200 % and the
 * page at 400 % zoom, the number and the exit are in the window and a tap reaches them.
 */
import { expect } from '@open-wc/testing';
import { setViewport, emulateMedia } from '@web/test-runner-commands';
import { frames, tagsDefined, until, SCRIPT_URL, type TestPage } from '../support/pages.js';
import { HOSTS, WINDOWS, loadHost, scrollTo, onScreen, type Host } from '../support/hosts.js';

/** The README's bar, with the fallback the builder writes: the number and the exit in one <p>. */
const bar = (position: 'top' | 'bottom') =>
  `<ct-hotline-banner layout="bar" position="${position}" quick-exit dismissible><p><a href="tel:1818">Llama al 1818, opción 1</a> <a href="https://www.senamhi.gob.pe/">Salida rápida</a> Línea contra la trata de personas: gratuita, confidencial, las 24 horas.</p></ct-hotline-banner>`;

const SCROLLED = [0, 0.5, 1];

/** The snippet with one more attribute on its element. */
const withAttribute = (html: string, attribute: string) => html.replace(/^<(ct-[a-z-]+)/, `<$1 ${attribute}`);

/** The number and the exit of the bar, rendered or as its fallback. */
function lineOf(element: Element): [Element | null | undefined, Element | null | undefined] {
  const root = element.shadowRoot;
  if (root?.querySelector('[part=call]')) return [root.querySelector('[part=call]'), root.querySelector('[part=exit]')];
  return [element.querySelector('a[href^="tel:"]'), element.querySelector('a:not([href^="tel:"])')];
}

async function lineAtEveryScroll(page: TestPage, what: string, fractions = SCROLLED): Promise<void> {
  const element = page.document.querySelector('ct-hotline-banner')!;
  for (const fraction of fractions) {
    scrollTo(page, fraction);
    await frames(page, 4);
    const [call, exit] = lineOf(element);
    onScreen(page, element, call, `${what}, scrolled ${fraction * 100} %: the number`);
    onScreen(page, element, exit, `${what}, scrolled ${fraction * 100} %: the exit`);
  }
}

async function rendered(page: TestPage): Promise<void> {
  await tagsDefined(page);
  const element = page.document.querySelector('ct-hotline-banner')!;
  await until(() => element.shadowRoot?.querySelector('[part=call]'), 'the bar rendered');
  await frames(page, 3);
}

describe('the bar on the pages partners have', function () {
  this.timeout(60000);
  let page: TestPage | undefined;
  before(() => setViewport({ width: 1300, height: 850 }));
  afterEach(() => page?.remove());

  for (const host of HOSTS as Host[])
    describe(host.name, () => {
      for (const window of WINDOWS)
        for (const position of ['top', 'bottom'] as const) {
          it(`${window.name}, ${position}: with the script, the number and the exit at every scroll position`, async () => {
            page = await loadHost(host, bar(position), window, { script: true });
            await rendered(page);
            await lineAtEveryScroll(page, 'running');
          });

          it(`${window.name}, ${position}: blocked, then the script late: the line stays in the window`, async () => {
            page = await loadHost(host, bar(position), window, { script: false });
            await frames(page, 2);
            // A transformed ancestor is a fixed box's frame: there CSS alone keeps the top bar in the
            // first screen and the bottom bar at the ancestor's end (the script then lifts them).
            await lineAtEveryScroll(page, 'blocked', !host.traps ? SCROLLED : position === 'top' ? [0] : []);
            scrollTo(page, 0.5);
            const script = page.document.createElement('script');
            script.src = SCRIPT_URL;
            page.document.head.append(script);
            await rendered(page);
            await lineAtEveryScroll(page, 'late', [0.5, 1, 0]);
          });
        }
    });

  for (const [name, host] of [
    ['a light page', HOSTS[0]],
    ['a dark page', HOSTS.find((host) => host.name.startsWith('a dark page'))!],
  ] as const)
    for (const scheme of ['light', 'dark'] as const)
      it(`${name}, the reader's ${scheme} preference: every text and link of every README fallback at 4.5:1 or more`, async () => {
        await emulateMedia({ colorScheme: scheme });
        try {
          const readme = await (await fetch('/README.md')).text();
          const snippets = [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
            .map((m) => m[1].trim())
            .filter((b) => /^<ct-[a-z-]+/.test(b));
          expect(snippets.length).to.be.at.least(4);
          for (const snippet of [...snippets, withAttribute(bar('top'), 'theme="auto"')]) {
            page = await loadHost(host, snippet, WINDOWS[2], { script: false });
            await frames(page, 2);
            const element = page.document.querySelector(
              'body [class], body ct-hotline-banner, body ct-risk-quiz, body ct-fact-sheet',
            )!;
            const texts = [
              ...page.document.querySelectorAll('ct-hotline-banner *, ct-risk-quiz *, ct-fact-sheet *'),
            ].filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
            expect(texts.length, element.localName).to.be.above(0);
            for (const text of texts) {
              const ratio = contrast(page, text);
              expect(
                ratio,
                `${snippet.slice(0, 40)}: "${text.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`,
              ).to.be.at.least(4.5);
            }
            page.remove();
          }
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
});

/** The contrast of an element's text against the first background behind it. */
function contrast(page: TestPage, element: Element): number {
  const rgb = (value: string) => value.match(/[\d.]+/g)!.map(Number);
  let background: number[] | undefined;
  for (let node: Element | null = element; node && !background; node = node.parentElement) {
    // The html element's background paints the canvas: the dark host sets its own.
    const [r, g, b, a = 1] = rgb(page.window.getComputedStyle(node).backgroundColor);
    if (a > 0) background = [r, g, b];
  }
  // No background anywhere: the canvas, white on a page that does not ask for a dark scheme.
  background ??= [255, 255, 255];
  const luminance = ([r, g, b]: number[]) =>
    [r, g, b]
      .map((c) => c / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [l1, l2] = [luminance(rgb(page.window.getComputedStyle(element).color)), luminance(background)].sort(
    (a, b) => b - a,
  );
  return (l1 + 0.05) / (l2 + 0.05);
}
