// @ts-check
// The module-sharing runtime: the element files take Lit and the page-wide modules from the main
// script instead of bundling their own copies.
import { dirname, relative, resolve } from 'node:path';

/**
 * What the element files take from the main script: Lit and the modules that hold page-wide state
 * (the string tables, the language watcher, the quick exit, the fallback writers, the script's
 * folder), each by package name or by module under src/, with its name in the runtime the main
 * script publishes. Anything else they import is bundled into them.
 */
export const SHARED = {
  lit: 'lit',
  'i18n/i18n': 'i18n',
  'i18n/locale': 'locale',
  'core/quick-exit': 'quickExit',
  'core/attributes': 'attributes',
  'core/line': 'line',
  'core/events': 'events',
  'core/styles': 'styles',
  'core/fallback': 'fallback',
  'core/script-url': 'scriptUrl',
  'core/define-element': 'defineElement',
  'core/content': 'content',
  'core/tasks': 'tasks',
  'core/ct-element': 'element',
  'data/kit.generated': 'kit',
  'data/channels': 'channels',
};

/**
 * The SHARED key of an import, or undefined when the file bundles it.
 * @param {string} id
 * @param {string | undefined} importer
 */
export const sharedKey = (id, importer) => {
  if (id in SHARED) return id;
  const path = id.startsWith('.') && importer ? resolve(dirname(importer), id) : id;
  const key = relative('src', path).replace(/\.[jt]s$/, '');
  return key in SHARED ? key : undefined;
};

/**
 * One runtime: `share()` and `record()` go in each element file's build, `module()` in the main
 * script's, which imports "ct:runtime" and publishes it under its global. The runtime exposes
 * exactly the bindings the element files import, so it needs them built first: `module()` says so
 * and stops when they were not.
 */
export function createRuntime() {
  /** @type {Map<string, Set<string>>} */
  const bindings = new Map();
  return {
    /** @returns {import('rollup').Plugin} each SHARED import becomes an external named by its key */
    share: () => ({
      name: 'ct-share-with-main',
      resolveId(source, importer) {
        const key = sharedKey(source, importer);
        return key ? { id: key, external: true } : null;
      },
    }),
    /** @returns {import('rollup').Plugin} records what an element file imports from SHARED */
    record: () => ({
      name: 'ct-record-bindings',
      generateBundle(_, bundle) {
        for (const chunk of Object.values(bundle))
          for (const [id, names] of Object.entries(chunk.type === 'chunk' ? chunk.importedBindings : {})) {
            if (!(id in SHARED))
              throw new Error(`${chunk.fileName}: ${id} is external but not shared by the main script`);
            if (names.includes('*')) throw new Error(`${chunk.fileName}: import names from ${id}, not its namespace`);
            bindings.set(id, new Set([...(bindings.get(id) ?? []), ...names]));
          }
      },
    }),
    /** @returns {import('rollup').Plugin} the "ct:runtime" module of the main script */
    module: () => ({
      name: 'ct-runtime',
      resolveId: (id) => (id === 'ct:runtime' ? '\0ct:runtime' : null),
      load(id) {
        if (id !== '\0ct:runtime') return null;
        if (!bindings.size)
          throw new Error('ct:runtime: no element file was built before the main script; build them first');
        const entries = [...bindings].sort(([a], [b]) => a.localeCompare(b));
        const source = (/** @type {string} */ key) =>
          key.includes('/') && !key.startsWith('lit') ? resolve('src', `${key}.ts`) : key;
        const name = (/** @type {string} */ key) => SHARED[/** @type {keyof typeof SHARED} */ (key)];
        return [
          ...entries.map(
            ([key, names], i) =>
              `import { ${[...names].map((n) => `${n} as m${i}_${n}`).join(', ')} } from ${JSON.stringify(source(key))};`,
          ),
          ...entries.map(
            ([key, names], i) =>
              `export const ${name(key)} = { ${[...names].map((n) => `${n}: m${i}_${n}`).join(', ')} };`,
          ),
        ].join('\n');
      },
    }),
  };
}
