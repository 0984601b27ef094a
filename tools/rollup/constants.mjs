// @ts-check
// Build-time constants in the sources.

/**
 * `ct-constants`: replaces __VERSION__, __RUNTIME_GLOBAL__ and, in the main script,
 * __ELEMENT_FILES__ (each element file with its hash, read when the main script is built, after
 * them).
 * @param {{ version: string, runtimeGlobal: string, elementFiles: () => unknown }} values
 * @returns {import('rollup').Plugin}
 */
export const constants = ({ version, runtimeGlobal, elementFiles }) => ({
  name: 'ct-constants',
  transform(code) {
    if (!/__(VERSION|RUNTIME_GLOBAL|ELEMENT_FILES)__/.test(code)) return null;
    return {
      code: code
        .replaceAll('__VERSION__', JSON.stringify(version))
        .replaceAll('__RUNTIME_GLOBAL__', JSON.stringify(runtimeGlobal))
        .replace(/__ELEMENT_FILES__/g, () => JSON.stringify(elementFiles())),
      map: null,
    };
  },
});
