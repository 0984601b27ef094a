/**
 * The host pages partners really have: real stylesheets (WordPress's default theme, Bootstrap 5,
 * Tailwind's preflight, served by the test server from /host-css/) and the theme CSS that fights
 * an embed (overflow on html or body, a transform on an ancestor, the element inside a header).
 * A new host pattern is one line: a name, its CSS or stylesheet, and where the element goes.
 */
import { loadPage, type TestPage } from './pages.js';

export interface Host {
  name: string;
  /** CSS of the page's own, in a <style> after the stylesheet. */
  css?: string;
  /** A real stylesheet by its name under /host-css/ (test/web-test-runner.config.mjs). */
  sheet?: 'twentytwentyone' | 'bootstrap' | 'tailwind-preflight';
  /** Where the partner pasted the element, in the page's body. */
  place?: (element: string, article: string) => string;
  /**
   * With the script blocked, CSS alone cannot lift the bar out of a transformed, filtered or
   * contained ancestor (it becomes the fixed bar's box): there the line is held in the page's first
   * screen only, and in the window at every scroll position once the script runs.
   */
  traps?: true;
}

/** An article long enough to scroll several windows, with links and a form control to focus. */
export const ARTICLE = `<main><h1>Una campaña contra la trata de personas</h1>${Array.from(
  { length: 40 },
  (_, i) =>
    `<p>Párrafo ${i + 1} del artículo: la línea contra la trata es gratuita y confidencial, y las personas de la campaña recorren las regiones.</p>`,
).join('')}</main><footer><p>Pie de página del sitio.</p></footer>`;

const first = (element: string, article: string) => `${element}${article}`;
const inWrapper = (element: string, article: string) => `<div class="site">${element}${article}</div>`;

export const HOSTS: Host[] = [
  { name: 'a plain page', place: first },
  { name: 'overflow-x: hidden on html and body', css: 'html, body { overflow-x: hidden }' },
  { name: 'overflow-y: auto on html and body', css: 'html, body { overflow-y: auto }' },
  { name: 'overflow: clip on body', css: 'body { overflow: clip }' },
  {
    name: 'html and body at height 100%, body the scroller',
    css: 'html, body { height: 100%; margin: 0 } html { overflow: hidden } body { overflow-y: auto }',
  },
  { name: 'a transform on body', css: 'body { transform: translateZ(0) }', traps: true },
  { name: 'will-change: transform on body', css: 'body { will-change: transform }', traps: true },
  { name: 'a filter on a wrapper', css: '.site { filter: saturate(1.2) }', place: inWrapper, traps: true },
  { name: 'contain: paint on a wrapper', css: '.site { contain: paint }', place: inWrapper, traps: true },
  {
    name: 'inside a header, after the logo',
    css: 'header { padding: 0.5em 1em; background: #eee }',
    place: (element, article) => `<header><p>Logo del sitio</p>${element}</header>${article}`,
  },
  {
    name: 'inside a flex column wrapper',
    css: '.site { display: flex; flex-direction: column; min-height: 100vh }',
    place: inWrapper,
  },
  { name: 'inside a grid wrapper', css: '.site { display: grid; grid-template-columns: 1fr }', place: inWrapper },
  {
    name: 'a dark page (color-scheme: dark)',
    css: 'html { color-scheme: dark; background: #121212; color: #e8e8e8 } a { color: #8ab4f8 }',
  },
  { name: 'a wide serif body at 18 px', css: 'body { font: 18px/1.7 "DejaVu Serif", serif }' },
  {
    name: "WordPress's twentytwentyone theme",
    sheet: 'twentytwentyone',
    place: (element, article) =>
      `<div id="page" class="site"><header id="masthead" class="site-header has-title-and-tagline"><div class="site-branding"><p class="site-title"><a href="#">Sitio aliado</a></p></div></header>${element}<div id="content" class="site-content"><div id="primary" class="content-area"><div class="entry-content">${article}</div></div></div></div>`,
  },
  {
    name: 'Bootstrap 5, the element in a column',
    sheet: 'bootstrap',
    place: (element, article) =>
      `<nav class="navbar bg-body-tertiary"><div class="container-fluid"><a class="navbar-brand" href="#">Sitio</a></div></nav><div class="container"><div class="row"><div class="col-md-8">${element}${article}</div></div></div>`,
  },
  { name: "Tailwind's preflight", sheet: 'tailwind-preflight' },
];

/** A window size as a reader has it: a phone, a desktop, and a desktop at 400 % zoom. */
export const WINDOWS = [
  { name: '320 px, text 100 %', width: 320, height: 568, text: '100%' },
  { name: '320 px, text 200 %', width: 320, height: 568, text: '200%' },
  { name: '1280 px, text 100 %', width: 1280, height: 800, text: '100%' },
  { name: '1280 px, text 200 %', width: 1280, height: 800, text: '200%' },
  { name: '400 % zoom (320×256)', width: 320, height: 256, text: '100%' },
] as const;
export type ReaderWindow = (typeof WINDOWS)[number];

/**
 * Loads a host page with an element pasted as the host places it, ct-awareness.css in the head,
 * and the script (unless it is to be blocked). Text at 200 % is the browser's text size: the root
 * font size, under the page's own CSS.
 */
export async function loadHost(
  host: Host,
  element: string,
  { width, height, text }: ReaderWindow,
  { script }: { script: boolean },
): Promise<TestPage> {
  const page = await loadPage({
    width,
    height,
    head: [
      text === '100%' ? '' : `<style>html { font-size: ${text} }</style>`,
      host.sheet ? `<link rel="stylesheet" href="/host-css/${host.sheet}.css">` : '',
      host.css ? `<style>${host.css}</style>` : '',
      '<meta name="viewport" content="width=device-width">',
      '<link rel="stylesheet" href="/dist/ct-awareness.css">',
      script ? '<script src="/dist/ct-awareness.js" defer></script>' : '',
    ].join(''),
    body: (host.place ?? first)(element, ARTICLE),
  });
  // At the test window's top left: an iframe's observers measure against the top-level window.
  Object.assign(page.frame.style, { position: 'fixed', top: '0', left: '0', border: '0', zIndex: '1' });
  return page;
}

/** Every scroller of the page (the document, and a body or wrapper that scrolls instead). */
function scrollers(page: TestPage): Element[] {
  const all = [page.document.scrollingElement!, ...page.document.querySelectorAll('body, body *')];
  return all.filter((element, i) => {
    if (element.scrollHeight <= element.clientHeight + 1) return false;
    if (i === 0) return true;
    const overflow = page.window.getComputedStyle(element).overflowY;
    return overflow === 'auto' || overflow === 'scroll';
  });
}

/** Scrolls every scroller of the page to a fraction of its way (0 the top, 1 the end). */
export function scrollTo(page: TestPage, fraction: number): void {
  for (const scroller of scrollers(page))
    scroller.scrollTop = Math.round((scroller.scrollHeight - scroller.clientHeight) * fraction);
}

/**
 * Fails unless the link or button is whole in the window and is what a tap at its centre reaches
 * (not covered by the page).
 */
export function onScreen(page: TestPage, holder: Element, target: Element | null | undefined, what: string): void {
  if (!target) throw new Error(`${what}: not found`);
  const box = target.getBoundingClientRect();
  const { innerWidth, innerHeight } = page.window;
  const where = `${what} at ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)} in ${innerWidth}×${innerHeight}`;
  if (!(box.width > 0 && box.height > 0)) throw new Error(`${where}: not shown`);
  if (box.top < -0.5 || box.bottom > innerHeight + 0.5 || box.left < -0.5 || box.right > innerWidth + 0.5)
    throw new Error(`${where}: not whole in the window`);
  const hit = page.document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (!hit || !(hit === holder || holder.contains(hit)))
    throw new Error(
      `${where}: covered by ${hit ? hit.localName + (hit.className ? '.' + hit.className : '') : 'nothing'}`,
    );
}
