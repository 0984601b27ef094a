/** The package version, replaced at build time. */
declare const __VERSION__: string;
/** The elements' own files beside the main script, by tag and language, with their sha384, replaced at build time. */
declare const __ELEMENT_FILES__: Record<string, Record<string, { file: string; integrity: string } | undefined>>;
/** The name of the global the main script shares its runtime under, replaced at build time. */
declare const __RUNTIME_GLOBAL__: string;

/**
 * What the main script shares with the quiz's and the fact sheet's files, made by the build from
 * what those files import (see rollup.config.mjs).
 */
declare module 'ct:runtime' {
  const runtime: Record<string, Record<string, unknown>>;
  export = runtime;
}
