// The release archive a partner without Node takes (dist/ct-awareness-<version>.zip, made by the
// build): every file it needs, each matching its hash, a README.txt with the real hash, and the
// same bytes from one build to the next.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { writeReleaseArchive, RELEASE_ZIP } from '../../tools/release.mjs';
import { ELEMENT_FILES } from '../../src/shared/embed.js';

const ROOT = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
const NAME = `ct-awareness-${pkg.version}`;
const sha = (algorithm, bytes, encoding) => createHash(algorithm).update(bytes).digest(encoding);

const zip = readFileSync(RELEASE_ZIP);
const entries = Object.fromEntries(
  Object.entries(unzipSync(new Uint8Array(zip))).map(([path, bytes]) => [path.slice(NAME.length + 1), bytes]),
);
const text = (name) => new TextDecoder().decode(entries[name]);

test('the archive holds the script under both names, its files, the frames, the builder, the press kit and a README', () => {
  const files = Object.keys(entries);
  for (const required of [
    'README.txt',
    'SHA256SUMS',
    'ct-awareness.js',
    `${NAME}.js`,
    ...ELEMENT_FILES,
    'ct-awareness.css',
    'integrity.json',
    'example.html',
    'frame/hotline-banner.html',
    'frame/risk-quiz.html',
    'frame/fact-sheet.html',
    'frame/frame.js',
    'frame/ct-awareness-frame-resize.js',
    'embed/index.html',
    'press-kit/latest/index.html',
    'press-kit/latest/facts.csv',
    'press-kit/versions/index.html',
  ])
    assert.ok(files.includes(required), `${required} is in the archive`);
  assert.deepEqual(
    files.filter((f) => f.endsWith('.map') || f.startsWith('esm/')),
    [],
    'no source maps or modules: those are for npm users',
  );
  assert.ok(
    Object.keys(unzipSync(new Uint8Array(zip))).every((path) => path.startsWith(`${NAME}/`)),
    'one folder',
  );
});

test('every file matches SHA256SUMS, and the scripts their sha384 in integrity.json', () => {
  const sums = text('SHA256SUMS').trim().split('\n');
  assert.equal(sums.length, Object.keys(entries).length - 1, 'every file but SHA256SUMS itself');
  for (const line of sums) {
    const [hash, name] = line.split(/ {2}/);
    assert.equal(sha('sha256', entries[name], 'hex'), hash, name);
  }
  const integrity = JSON.parse(text('integrity.json'));
  for (const name of ['ct-awareness.js', ...ELEMENT_FILES, 'ct-awareness.css'])
    assert.equal(integrity.files[name], `sha384-${sha('sha384', entries[name], 'base64')}`, name);
  assert.deepEqual(entries[`${NAME}.js`], entries['ct-awareness.js'], 'the versioned name is the same file');
});

test('README.txt says how to embed with the real hash, in es, en and pt, and never a placeholder', () => {
  const readme = text('README.txt');
  const integrity = JSON.parse(text('integrity.json')).files['ct-awareness.js'];
  assert.ok(readme.includes(`integrity="${integrity}"`));
  assert.ok(readme.includes(`ct-awareness ${pkg.version}`));
  assert.doesNotMatch(readme, /sha384-…|sha384-\.\.\./);
  for (const heading of ['ESPAÑOL', 'ENGLISH', 'PORTUGUÊS']) assert.ok(readme.includes(heading), heading);
  assert.match(readme, /frame\/hotline-banner\.html\?/);
  assert.match(readme, /trusted-types lit-html ct-awareness/);
  assert.ok(text('example.html').includes(`integrity="${integrity}"`), 'the example page pins the same hash');
});

test('README.txt gives each language the whole of it: the tags, the fixed header, the frames, a check', async () => {
  const readme = text('README.txt');
  const { ELEMENTS } = await import('../../src/shared/elements.js');
  const sections = ['ESPAÑOL', 'ENGLISH', 'PORTUGUÊS', 'CONTENT-SECURITY-POLICY'].map((h) => readme.indexOf(h));
  for (const [i, heading] of ['es', 'en', 'pt'].entries()) {
    const section = readme.slice(sections[i], sections[i + 1]);
    assert.match(section, /<script src="[^"]+" integrity="sha384-/, `${heading}: the tags`);
    assert.match(section, /--ct-offset-top: \d+px; --ct-z-index: \d+;/, `${heading}: the offset under a fixed header`);
    for (const { frameHeight } of Object.values(ELEMENTS))
      assert.ok(section.includes(String(frameHeight)), `${heading}: the frame height ${frameHeight}`);
    assert.match(section, /^6\. /m, `${heading}: how to check it worked`);
    assert.match(section, /tel:1818">1818, op\S+ 1</, `${heading}: the number and option inside the link`);
  }
});

test('the same bytes from one build to the next', () => {
  writeReleaseArchive();
  assert.deepEqual(readFileSync(RELEASE_ZIP), zip);
});
