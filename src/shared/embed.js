// @ts-check
// Shared by the build, the tools and the docs: one name for the script and one example folder,
// everywhere a partner reads them (the README, the embed builder, README.txt, npm run snippet).

/** The script partners embed; its element files and stylesheet load from the same folder. */
export const SCRIPT_FILE = 'ct-awareness.js';

/** The folder the examples put the files in. */
export const EXAMPLE_FOLDER = '/assets/ct-awareness/';
