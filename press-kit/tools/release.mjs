// @ts-check
// npm run press-kit:release: freezes the working content as a numbered version, with every file it
// publishes (pages, CSV, JSON, data package, zip), made once here and never again.
//   node press-kit/tools/release.mjs --freeze-published: writes the published files of releases
//   that have none yet (made before this step existed).
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPressKit, readContent, CONTENT_DIR, RELEASES_DIR, FILES, CHANGELOG_FILE, checksums } from './content.mjs';
import { writeRelease } from './outputs.mjs';

/** Writes a release's published files and their SHA256SUMS into its published/ folder. */
async function publish(/** @type {string} */ dir) {
  const { data, changelog } = readContent(dir);
  const out = join(dir, 'published');
  await writeRelease({ data, changelog, outDir: out });
  writeFileSync(join(out, 'SHA256SUMS'), checksums(out));
}

const kit = loadPressKit();
if (kit.errors.length) {
  console.error('Not released: fix these first.');
  for (const error of kit.errors) console.error(`  - ${error}`);
  process.exit(1);
}
if (process.argv.includes('--freeze-published')) {
  for (const release of kit.releases)
    if (!release.published) {
      await publish(release.dir);
      console.log(
        `Froze the published files of ${release.version} in press-kit/releases/${release.version}/published.`,
      );
    }
  process.exit(0);
}
const dir = join(RELEASES_DIR, kit.version);
if (existsSync(dir)) {
  console.error(
    `Version ${kit.version} is already released and frozen. Raise the version in press-kit/content/kit.json and add a CHANGELOG.md entry.`,
  );
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
for (const name of [...Object.values(FILES), ...Object.values(CHANGELOG_FILE)])
  copyFileSync(join(CONTENT_DIR, name), join(dir, name));
writeFileSync(join(dir, 'SHA256SUMS'), checksums(dir));
await publish(dir);
console.log(
  `Released press kit ${kit.version} in press-kit/releases/${kit.version}, with its published files. Commit that folder: it never changes again.`,
);
