// @ts-check
// npm run build, step one: check the press kit, write its releases to dist/press-kit and the typed
// module the elements are compiled from. A bad entry stops the build with the file, entry and field.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPressKit, PRESS_KIT_DIR, LANGS } from './content.mjs';
import { writeRelease } from './outputs.mjs';
import { expandFacts, citeAs, PAGE_FILE, FEED_FILE } from './shared.mjs';
import { versionsPage } from './versions.mjs';
import { atomFeed } from './feed.mjs';
import { verifyPage } from './verify.mjs';
import { changeSummary } from './markdown.mjs';
import { writeImagesAndPosters, renderCardPngs } from './images.mjs';
import { folderProblems } from './replaced.mjs';

const ROOT = join(PRESS_KIT_DIR, '..');
const DIST = join(ROOT, 'dist', 'press-kit');

// The folders can be pointed elsewhere, which the tests use to show the build's messages.
const kit = loadPressKit({
  contentDir: process.env.PRESS_KIT_CONTENT_DIR || undefined,
  releasesDir: process.env.PRESS_KIT_RELEASES_DIR || undefined,
});
for (const warning of kit.warnings) console.warn(`press kit warning: ${warning}`);
if (kit.errors.length) {
  console.error(`The press kit has ${kit.errors.length} problem(s); nothing was built:`);
  for (const error of kit.errors) console.error(`  - ${error}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  console.log(`press kit ${kit.version}: content is valid`);
  process.exit(0);
}

rmSync(DIST, { recursive: true, force: true });
const versions = [];
for (const release of kit.releases) {
  // A release's published files are copied byte for byte: they were made once, at release.
  if (release.published) cpSync(release.published, join(DIST, release.version), { recursive: true });
  else await writeRelease({ data: release.data, changelog: release.changelog, outDir: join(DIST, release.version) });
  versions.push({
    version: release.version,
    released: release.data.kit.released,
    path: `${release.version}/`,
    summary: Object.fromEntries(LANGS.map((lang) => [lang, changeSummary(kit.changelog[lang] ?? '', release.version)])),
  });
}
if (kit.draft) {
  await writeRelease({ data: kit.data, changelog: kit.changelog, outDir: join(DIST, kit.version), draft: true });
  versions.push({ version: kit.version, released: null, draft: true, path: `${kit.version}/` });
}
const latest = kit.releases.at(-1) ?? { data: kit.data, changelog: kit.changelog, published: undefined };
if (latest.published) cpSync(latest.published, join(DIST, 'latest'), { recursive: true });
else
  await writeRelease({
    data: latest.data,
    changelog: latest.changelog,
    outDir: join(DIST, 'latest'),
    draft: !kit.releases.length,
  });
mkdirSync(DIST, { recursive: true });
// Each version's frozen share cards (1.6.1 on) as PNG too, rendered from their frozen SVG bytes.
for (const folder of [...versions.map((v) => v.version), 'latest']) renderCardPngs(join(DIST, folder));
// Every file of every released folder is in its SHA256SUMS with those very bytes (the PNGs too).
const unlisted = [...kit.releases.map((r) => r.version), ...(kit.releases.length ? ['latest'] : [])].flatMap((folder) =>
  folderProblems(join(DIST, folder)).map((problem) => `${folder}/${problem}`),
);
if (unlisted.length) {
  console.error('A version folder does not match its SHA256SUMS; the press kit was not built:');
  for (const problem of unlisted) console.error(`  - ${problem}`);
  process.exit(1);
}
// The versions page, made anew by each build: every release's changes in the reader's language
// (from the working changelog, which has every version in every language) and its checksums.
const published = kit.releases.flatMap((r) =>
  r.published
    ? [{ version: r.version, data: r.data, sums: readFileSync(join(r.published, 'SHA256SUMS'), 'utf8') }]
    : [],
);
mkdirSync(join(DIST, 'versions'), { recursive: true });
cpSync(join(PRESS_KIT_DIR, 'page', 'press-kit.css'), join(DIST, 'versions', 'press-kit.css'));
for (const lang of LANGS) {
  // The feed needs the kit's public address (kit.json's url, which the build asks for above).
  const feed = atomFeed({ releases: published, changelog: kit.changelog, lang });
  if (feed) writeFileSync(join(DIST, 'versions', FEED_FILE[lang]), feed);
  writeFileSync(
    join(DIST, 'versions', PAGE_FILE[lang]),
    versionsPage({ releases: published, changelog: kit.changelog, lang, feed: Boolean(feed) }),
  );
}
// The method ("how we verify"), made anew by each build from the working content's kit.
mkdirSync(join(DIST, 'verify'), { recursive: true });
cpSync(join(PRESS_KIT_DIR, 'page', 'press-kit.css'), join(DIST, 'verify', 'press-kit.css'));
for (const lang of LANGS) writeFileSync(join(DIST, 'verify', PAGE_FILE[lang]), verifyPage({ kit: kit.data.kit, lang }));
// Share images and posters of the working content, made anew by each build.
await writeImagesAndPosters({ data: kit.data, outDir: DIST });
writeFileSync(
  join(DIST, 'versions.json'),
  JSON.stringify({ latest: latest.data.kit.version, versions }, null, 2) + '\n',
);

// The elements get the working content: only what they show, and only current phone numbers.
const { facts, channels } = expandFacts(kit.data);
const forElements = {
  version: kit.version,
  draft: kit.draft,
  citeAs: Object.fromEntries(LANGS.map((l) => [l, citeAs(kit.data.kit, l)])),
  facts: facts
    .filter((fact) => fact.in_elements !== false)
    .map(({ id, topic, status, date, value, unit, qualifier, label, attribution, statement, sources, checked_on }) => ({
      id,
      topic,
      status,
      date,
      value,
      unit,
      qualifier,
      label,
      attribution,
      statement,
      sources: sources.map(({ title, language, publisher, url, date }) => ({ title, language, publisher, url, date })),
      checked_on,
    })),
  channels: channels
    .filter((c) => c.status === 'current')
    .map(({ id, role, number, option, operator, free, confidential, anonymous, hours, verified_on }) => ({
      id,
      role,
      number,
      option,
      operator,
      free,
      confidential,
      anonymous,
      hours,
      verifiedOn: verified_on,
    })),
  quiz: { paths: kit.data.quiz.paths, results: kit.data.quiz.results, disclaimer: kit.data.quiz.disclaimer },
};
mkdirSync(join(ROOT, 'src', 'data'), { recursive: true });
// Three modules, so that a page pays only for what its elements show: the kit's version and its
// current channels go into the main script; the facts and the quiz into their elements' files.
// Large data as JSON.parse of a string: V8 parses JSON faster than the same object literal.
const HEADER = `// Generated by press-kit/tools/build.mjs from press-kit/content: edit the content, not this file.\n`;
const { facts: factList, quiz, channels: channelList, ...meta } = forElements;
writeFileSync(
  join(ROOT, 'src', 'data', 'kit.generated.ts'),
  HEADER +
    `import type { PressKitMeta } from './types.js';\n\n` +
    `export const KIT: PressKitMeta = ${JSON.stringify({ ...meta, channels: channelList }, null, 2)};\n`,
);
writeFileSync(
  join(ROOT, 'src', 'data', 'facts.generated.ts'),
  HEADER +
    `import type { Fact } from './types.js';\n\n` +
    `export const FACTS: Fact[] = JSON.parse(${JSON.stringify(JSON.stringify(factList))});\n`,
);
writeFileSync(
  join(ROOT, 'src', 'data', 'quiz.generated.ts'),
  HEADER +
    `import type { QuizData } from './types.js';\n\n` +
    `export const QUIZ: QuizData = JSON.parse(${JSON.stringify(JSON.stringify(quiz))});\n`,
);
console.log(
  `press kit ${kit.version}${kit.draft ? ' (draft, not yet released)' : ''}: ${facts.length} facts, ${kit.releases.length} release(s) in dist/press-kit`,
);
