// npm run snippet -- [folder URL]: the two tags of the embed, with the script's real sha384 from
// dist/integrity.json, for the folder where you put the files (default /assets/ct-awareness/).
import { readFileSync } from 'node:fs';
import { SCRIPT_FILE, EXAMPLE_FOLDER } from '../src/shared/embed.js';

const folder = (process.argv[2] ?? EXAMPLE_FOLDER).replace(/\/?$/, '/');
let integrity;
try {
  integrity = JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8')).files[SCRIPT_FILE];
} catch {
  console.error('No dist/integrity.json: run `npm run build` first.');
  process.exit(1);
}
console.log(`<link rel="stylesheet" href="${folder}ct-awareness.css" />`);
console.log(`<script src="${folder}${SCRIPT_FILE}" integrity="${integrity}" crossorigin="anonymous" defer></script>`);
