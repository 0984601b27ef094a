// @ts-check
/**
 * Every element of the kit, by tag: the one list the build, the iframe pages, the embed builder,
 * the docs and the tests take theirs from. An element's `name` is its folder
 * (`src/elements/<name>/`), its tests' folder, its stories (`stories/<name>.stories.ts`) and its
 * iframe page (`frame/<name>.html`).
 *
 * - `ownFile`: built into files of its own beside the main script, one per language
 *   (`ct-awareness.<name>.<lang>.js`, from `src/chunks/<name>.ts`), loaded only by pages that have
 *   it; otherwise the main script carries it.
 * - `frameTitle`: its iframe page's title and the first words of its fallback there (Spanish).
 * - `frameHeight`: the iframe's documented height in px, measured (README, README.txt, builder).
 *
 * @type {Record<`ct-${string}`, { name: string, ownFile: boolean, frameTitle: string, frameHeight: number }>}
 */
export const ELEMENTS = {
  'ct-hotline-banner': {
    name: 'hotline-banner',
    ownFile: false,
    frameTitle: 'Línea contra la trata de personas',
    frameHeight: 120,
  },
  'ct-risk-quiz': { name: 'risk-quiz', ownFile: true, frameTitle: 'Autodiagnóstico', frameHeight: 560 },
  'ct-fact-sheet': {
    name: 'fact-sheet',
    ownFile: true,
    frameTitle: 'Datos sobre la trata de personas',
    frameHeight: 640,
  },
};

/**
 * The package's module entries (`ct-awareness`, `ct-awareness/define` and one per element,
 * `ct-awareness/<name>`), each `src/<entry>.ts`, built to `dist/esm/<entry>.js` with its types.
 */
export const MODULE_ENTRIES = ['index', 'define', ...Object.values(ELEMENTS).map((element) => element.name)];
