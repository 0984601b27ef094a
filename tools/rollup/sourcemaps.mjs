// @ts-check
// Source maps that resolve in the installed package.
import { dirname, relative, resolve } from 'node:path';

/**
 * `src/…` when a map's source is one of ours, else undefined.
 * @param {string} source
 */
export const ourSource = (source) => source.replace(/\\/g, '/').match(/(?:^|\/)(src\/.*)$/)?.[1];

/**
 * The output options of every build: each of our files by its path from the map to src/ (which the
 * package ships; the TypeScript plugin gives the path one `..` too many in the ES module build).
 * @type {Pick<import('rollup').OutputOptions, 'sourcemap' | 'sourcemapExcludeSources' | 'sourcemapPathTransform'>}
 */
export const sourcemapOutput = {
  sourcemap: true,
  sourcemapExcludeSources: false,
  sourcemapPathTransform: (source, mapPath) => {
    const ours = ourSource(source);
    return ours ? relative(dirname(mapPath), resolve(ours)).replace(/\\/g, '/') : source;
  },
};

/**
 * `ct-sources-shipped-once`: a map embeds the code of the libraries bundled into a script
 * (sourcesContent), whose files are not beside ours, but not our own, which the package ships in
 * src/: each is shipped once, not copied into the map of every script and language.
 * @returns {import('rollup').Plugin}
 */
export const sourcesShippedOnce = () => ({
  name: 'ct-sources-shipped-once',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'asset' || !file.fileName.endsWith('.map')) continue;
      const map = JSON.parse(String(file.source));
      map.sourcesContent = map.sources.map((/** @type {string} */ source, /** @type {number} */ i) =>
        ourSource(source) ? null : (map.sourcesContent?.[i] ?? null),
      );
      file.source = JSON.stringify(map);
    }
  },
});
