// npm run snippet -- [folder URL]: the two tags of the embed, with the script's real sha384 from
// dist/integrity.json, for the folder where you put the files (default /assets/).
import { readFileSync } from 'node:fs';

const folder = (process.argv[2] ?? '/assets/').replace(/\/?$/, '/');
let integrity;
try {
  integrity = JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8')).files[
    'ct-awareness.js'
  ];
} catch {
  console.error('No dist/integrity.json: run `npm run build` first.');
  process.exit(1);
}
console.log(`<link rel="stylesheet" href="${folder}ct-awareness.css" />`);
console.log(`<script src="${folder}ct-awareness.js" integrity="${integrity}" crossorigin="anonymous" defer></script>`);
