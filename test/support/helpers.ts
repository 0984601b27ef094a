/** Helpers shared by the browser tests. */

/** Records console.warn calls while a test runs; restore() puts the real one back. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first element matching a selector in an element's shadow root; fails loudly when missing. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName} has no ${selector} in its shadow root`);
  return found;
}

/**
 * Waits for queued tasks, so mutation observers and Lit updates have run. Timers, not animation
 * frames: the runner's tabs may be in the background, where frames do not come.
 */
export async function settle(element?: { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  if (element) await element.updateComplete;
}

/** What the page has stored and requested: compared before and after using an element. */
export interface PrivacySnapshot {
  cookie: string;
  local: number;
  session: number;
  requests: string[];
  databases: string[];
  caches: string[];
}

export async function privacySnapshot(): Promise<PrivacySnapshot> {
  return {
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    requests: performance.getEntriesByType('resource').map((entry) => entry.name),
    databases: ((await indexedDB.databases?.()) ?? []).map((db) => String(db.name)),
    caches: 'caches' in window ? await caches.keys() : [],
  };
}

/** Stubs the Clipboard API's writeText for one test. */
export function stubClipboard(behaviour: 'ok' | 'denied' | 'missing'): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  const clipboard =
    behaviour === 'missing'
      ? undefined
      : {
          writeText: async (text: string) => {
            if (behaviour === 'denied') throw new DOMException('denied', 'NotAllowedError');
            written.push(text);
          },
        };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => clipboard });
  return {
    written,
    restore: () => {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    },
  };
}

/** The next event of a type, typed by the global event map (no casts in tests). */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }),
  );
}
