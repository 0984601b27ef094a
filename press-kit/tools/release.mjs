// @ts-check
// npm run press-kit:release: freezes the working content as a numbered version, with every file it
// publishes (pages, CSV, JSON, data package, zip), made once here and never again.
//   node press-kit/tools/release.mjs --freeze-published: writes the published files of releases
//   that have none yet (made before this step existed).
// Once the new version is frozen, every earlier version's pages get a notice that they were
// replaced, and their SHA256SUMS the pages' new bytes and the card PNGs' (replaced.mjs): the only
// change a released folder ever gets.
//   node press-kit/tools/release.mjs --amend: the same for the released versions as they are.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPressKit, readContent, CONTENT_DIR, RELEASES_DIR, FILES, CHANGELOG_FILE, checksums } from './content.mjs';
import { writeRelease } from './outputs.mjs';
import { amendPublished, publishedChecksums } from './replaced.mjs';

/** Writes a release's published files and their SHA256SUMS (with the card PNGs') into its published/ folder. */
async function publish(/** @type {string} */ dir) {
  const { data, changelog } = readContent(dir);
  const out = join(dir, 'published');
  await writeRelease({ data, changelog, outDir: out });
  writeFileSync(join(out, 'SHA256SUMS'), publishedChecksums(out));
}

/**
 * Amends released folders (replaced.mjs): each one replaced by a newer version gets the notice, and
 * each SHA256SUMS lists its card PNGs. Says what changed.
 * @param {{ version: string, published?: string }[]} releases
 * @param {string} latest the newest released version, the only one not replaced
 */
function amendReleased(releases, latest) {
  for (const release of releases) {
    if (!release.published) continue;
    const changed = amendPublished(release.published, { replaced: release.version !== latest });
    if (changed.length) console.log(`Amended ${release.version}: ${changed.join(', ')}.`);
  }
}

const kit = loadPressKit();
if (kit.errors.length) {
  console.error('Not released: fix these first.');
  for (const error of kit.errors) console.error(`  - ${error}`);
  process.exit(1);
}
if (process.argv.includes('--amend')) {
  amendReleased(kit.releases, kit.releases.at(-1)?.version ?? '');
  process.exit(0);
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
amendReleased(kit.releases, kit.version);
console.log(
  `Released press kit ${kit.version} in press-kit/releases/${kit.version}, with its published files. Commit that folder: it never changes again.`,
);
