// @ts-check
// npm run press-kit:release: freezes the working content as a numbered version.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPressKit, CONTENT_DIR, RELEASES_DIR, FILES, checksums } from './content.mjs';

const kit = loadPressKit();
if (kit.errors.length) {
  console.error('Not released: fix these first.');
  for (const error of kit.errors) console.error(`  - ${error}`);
  process.exit(1);
}
const dir = join(RELEASES_DIR, kit.version);
if (existsSync(dir)) {
  console.error(
    `Version ${kit.version} is already released and frozen. Raise the version in press-kit/content/kit.json and add a CHANGELOG.md entry.`,
  );
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
for (const name of [...Object.values(FILES), 'CHANGELOG.md']) copyFileSync(join(CONTENT_DIR, name), join(dir, name));
writeFileSync(join(dir, 'SHA256SUMS'), checksums(dir));
console.log(
  `Released press kit ${kit.version} in press-kit/releases/${kit.version}. Commit that folder: it never changes again.`,
);
