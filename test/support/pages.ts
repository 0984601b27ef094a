/**
 * Plain HTML pages in iframes, for testing the built script as partners embed it.
 * Every page records its errors before any other script runs.
 */
export const SCRIPT_URL = '/dist/ct-awareness.js';
export const TAGS = ['ct-hotline-banner', 'ct-risk-quiz', 'ct-fact-sheet'] as const;

export interface TestPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & { __errors: string[]; ctAwareness?: { versions: string[] } };
  document: Document;
  remove(): void;
}

const ERROR_RECORDER = `<script>window.__errors=[];addEventListener('error',function(e){__errors.push(String(e.message))});addEventListener('unhandledrejection',function(e){__errors.push(String(e.reason))});</script>`;

/** Loads a page in an iframe and waits for it to finish loading. */
export async function loadPage({
  head = '',
  body = '',
  lang = 'es',
  width = 800,
  height = 600,
}: {
  head?: string;
  body?: string;
  lang?: string;
  /** The window's size in px: set before the page loads, since a resize may count as a shift. */
  width?: number;
  height?: number;
}): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${ERROR_RECORDER}${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as TestPage['window'];
  return { frame, window: win, document: frame.contentDocument as Document, remove: () => frame.remove() };
}

/**
 * Waits until the tags of the elements on the page are defined (the banner's at least: the main
 * script defines it; the quiz's and the fact sheet's files load only for pages that have them), or
 * fails after a while.
 */
export async function tagsDefined(page: TestPage, timeout = 5000): Promise<void> {
  const present = TAGS.filter((tag) => page.document.querySelector(tag));
  const tags = present.includes('ct-hotline-banner') ? present : ['ct-hotline-banner', ...present];
  const all = Promise.all(tags.map((tag) => page.window.customElements.whenDefined(tag)));
  const late = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`tags were not defined in time: ${tags.join(', ')}`)), timeout),
  );
  await Promise.race([all, late]);
}

/**
 * Waits for the page's queued tasks, so upgrades and first renders are done. Timers, not animation
 * frames: a background tab gets no frames.
 */
export function frames(page: TestPage, count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (n: number) => (n ? page.window.setTimeout(() => step(n - 1), 10) : resolve());
    step(count);
  });
}

/** A second build of the script at another version: the same file with its version changed. */
export async function otherBuildUrl(version = '0.0.1-other'): Promise<string> {
  const source = await (await fetch(SCRIPT_URL)).text();
  const changed = source
    .replace(/ct-awareness \d+\.\d+\.\d+/, `ct-awareness ${version}`)
    .replace(/([`"'])\d+\.\d+\.\d+\+press-kit/, `$1${version}+press-kit`);
  return URL.createObjectURL(new Blob([changed], { type: 'text/javascript' }));
}

/** Opens a served page (with its HTTP headers, unlike srcdoc) in an iframe. */
export async function openPage(url: string, { sandbox }: { sandbox?: string } = {}): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as TestPage['window'];
  return { frame, window: win, document: frame.contentDocument as Document, remove: () => frame.remove() };
}

/** The first match in an element's shadow root, failing loudly. */
export function inShadow<T extends Element = HTMLElement>(host: Element | null, selector: string): T {
  const found = host?.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${host?.localName ?? 'element'} has no ${selector}`);
  return found;
}

/** Takes the quiz in a page to a result, answering "yes" throughout. */
export async function takeQuiz(page: TestPage): Promise<Element> {
  const quiz = page.document.querySelector('ct-risk-quiz')!;
  inShadow(quiz, 'button[data-path=offer]').click();
  for (let i = 0; i < 30 && !quiz.shadowRoot!.querySelector('[part=result]'); i++) {
    await frames(page, 1);
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[value=yes]')?.click();
    await frames(page, 1);
    [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)?.click();
  }
  await frames(page, 1);
  return inShadow(quiz, '[part=result]');
}

/** Polls until `get` gives something truthy, for what happens in another window; fails after `ms`. */
export async function until<T>(get: () => T | undefined | null | false, what: string, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sums the layout shifts of another window from now on; the function returned reads the sum. */
export function layoutShifts(win: Window): () => number {
  let sum = 0;
  new (win as typeof window).PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => (sum += (entry as unknown as { value: number }).value)),
  ).observe({ type: 'layout-shift' });
  return () => sum;
}
