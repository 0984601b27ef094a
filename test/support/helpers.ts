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

/**
 * Watches every way a page can store or send something: storage, cookies, IndexedDB, the Cache
 * API, fetch, XHR, beacons, WebSockets. `touched` lists what was used while it watched.
 */
export function privacyGuard(win: Window & typeof globalThis = window): { touched: string[]; restore: () => void } {
  const touched: string[] = [];
  const restores: (() => void)[] = [];
  const wrap = (owner: object, name: string, label: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, name);
    if (!descriptor) return;
    if (typeof descriptor.value === 'function') {
      const original = descriptor.value as (...args: unknown[]) => unknown;
      Object.defineProperty(owner, name, {
        ...descriptor,
        value(this: unknown, ...args: unknown[]) {
          touched.push(label);
          return original.apply(this, args);
        },
      });
    } else if (descriptor.set) {
      const set = descriptor.set;
      Object.defineProperty(owner, name, {
        ...descriptor,
        set(this: unknown, value: unknown) {
          touched.push(label);
          set.call(this, value);
        },
      });
    }
    restores.push(() => Object.defineProperty(owner, name, descriptor));
  };
  wrap(win.Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(win.Storage.prototype, 'removeItem', 'Storage.removeItem');
  wrap(win.Storage.prototype, 'clear', 'Storage.clear');
  wrap(win.Document.prototype, 'cookie', 'document.cookie');
  wrap(win.IDBFactory.prototype, 'open', 'indexedDB.open');
  wrap(win.CacheStorage.prototype, 'open', 'caches.open');
  wrap(win, 'fetch', 'fetch');
  wrap(win.XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  wrap(win.Navigator.prototype, 'sendBeacon', 'sendBeacon');
  wrap(win.History.prototype, 'pushState', 'history.pushState');
  wrap(win.History.prototype, 'replaceState', 'history.replaceState');
  const OriginalSocket = win.WebSocket;
  win.WebSocket = class extends OriginalSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      touched.push('WebSocket');
      super(...args);
    }
  };
  restores.push(() => (win.WebSocket = OriginalSocket));
  return { touched, restore: () => restores.reverse().forEach((r) => r()) };
}

/** An element's attributes by name (without a style attribute): compared between two set-ups. */
export function attributesOf(element: Element): Record<string, string> {
  return Object.fromEntries([...element.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value]));
}
