// @ts-check
import { LANGUAGES } from './languages.js';
// Shared by the build, the tools and the docs: one name for the script and one example folder,
// everywhere a partner reads them (the README, the embed builder, README.txt, npm run snippet).

/** The script partners embed; its element files and stylesheet load from the same folder. */
export const SCRIPT_FILE = 'ct-awareness.js';

/** The folder the examples put the files in. */
export const EXAMPLE_FOLDER = '/assets/ct-awareness/';

/**
 * The quiz's and the fact sheet's own files beside the script, one per language of the kit (a page
 * loads only its readers' languages): each element's file name by tag.
 */
export const ELEMENT_FILE_NAMES = { 'ct-risk-quiz': 'risk-quiz', 'ct-fact-sheet': 'fact-sheet' };

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
