// @ts-check
import { LANGUAGES } from './languages.js';
import { ELEMENTS } from './elements.js';
// Shared by the build, the tools and the docs: one name for the script and one example folder,
// everywhere a partner reads them (the README, the embed builder, README.txt, npm run snippet).

/** The script partners embed; its element files and stylesheet load from the same folder. */
export const SCRIPT_FILE = 'ct-awareness.js';

/** The folder the examples put the files in. */
export const EXAMPLE_FOLDER = '/assets/ct-awareness/';

/**
 * The elements with files of their own beside the script (ELEMENTS' ownFile: the quiz and the fact
 * sheet), one per language of the kit (a page loads only its readers' languages): each one's file
 * name by tag.
 */
export const ELEMENT_FILE_NAMES = Object.fromEntries(
  Object.entries(ELEMENTS)
    .filter(([, element]) => element.ownFile)
    .map(([tag, element]) => [tag, element.name]),
);

/**
 * `ct-awareness.risk-quiz.es.js`: an element's file in one language.
 * @param {string} name the element's file name (ELEMENT_FILE_NAMES)
 * @param {string} lang a language of the kit
 */
export const elementFile = (name, lang) => `ct-awareness.${name}.${lang}.js`;

/** Every element file, in every language. */
export const ELEMENT_FILES = Object.values(ELEMENT_FILE_NAMES).flatMap((name) =>
  LANGUAGES.map((lang) => elementFile(name, lang)),
);
