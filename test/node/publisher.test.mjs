// Who answers for the press kit (issue 34): the publisher, its press contact and the corrections
// address are facts only the publisher can give. Without them the build says so, the page shows no
// contact (never the 2008 release's), and the release workflow's check refuses; with them (a
// fixture here) the page, the workbook, the data package and the JSON-LD name them. KIT_URL gives
// the kit its public address at build time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CONTENT_DIR, loadPressKit, publishingGaps, readContent } from '../../press-kit/tools/content.mjs';
import { writeRelease } from '../../press-kit/tools/outputs.mjs';
import { PAGE_FILE } from '../../press-kit/tools/shared.mjs';

const ROOT = new URL('../../', import.meta.url);
/** A publisher's settings, as a publisher would write them in kit.json: made up for the test. */
const FIXTURE = {
  url: 'https://press.example.org/ct/',
  corrections: { email: 'corrections@example.org' },
  publisher: {
    name: 'Example Newsroom Trust',
    url: 'https://example.org/about',
    press_contact: { name: 'Ana Example', email: 'press@example.org', phone: '+51 1 555 0100' },
  },
};

/** The release's files, written from the working content with `kit` changed, in a folder of their own. */
async function release(kitChanges) {
  const { data, changelog } = readContent(CONTENT_DIR);
  Object.assign(data.kit, kitChanges);
  const dir = mkdtempSync(join(tmpdir(), 'press-kit-publisher-'));
  await writeRelease({ data, changelog, outDir: dir });
  return { dir, read: (file) => readFileSync(join(dir, file), 'utf8') };
}

const jsonLd = (html) =>
  JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[1].replaceAll('\\u003c', '<'));

test('without a publisher the page shows no contact at all, never the 2008 release’s officer', async () => {
  const { dir, read } = await release({});
  try {
    for (const page of Object.values(PAGE_FILE)) {
      const html = read(page);
      assert.doesNotMatch(html, /id="h-contact"/, `${page}: no contact section`);
      assert.doesNotMatch(html, /Casapia|jcasapia|221 7209/, `${page}: not the 2008 release's contact`);
    }
    assert.doesNotMatch(read('facts.json') + read('sources.csv'), /Casapia|jcasapia/, 'nor in the data');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with the publisher’s settings the page, the JSON-LD, the data package and the workbook name them', async () => {
  const { dir, read } = await release(FIXTURE);
  try {
    const contact = FIXTURE.publisher.press_contact;
    for (const page of Object.values(PAGE_FILE)) {
      const html = read(page);
      const section = html.match(/<section aria-labelledby="h-contact">[\s\S]*?<\/section>/)?.[0] ?? '';
      assert.ok(section.includes(`<a href="${FIXTURE.publisher.url}">${FIXTURE.publisher.name}</a>`), page);
      assert.ok(section.includes(`mailto:${contact.email}`) && section.includes(contact.name), page);
      assert.ok(section.includes('href="tel:+5115550100"'), `${page}: the phone as a link`);
      assert.ok(html.includes(`mailto:${FIXTURE.corrections.email}`), `${page}: where to report an error`);
      assert.ok(html.includes(`<link rel="canonical" href="${FIXTURE.url}`), `${page}: canonical`);
      const dataset = jsonLd(html)['@graph'].find((node) => node['@type'] === 'Dataset');
      assert.equal(dataset.publisher.name, FIXTURE.publisher.name);
      assert.equal(dataset.publisher.contactPoint.email, contact.email);
      assert.equal(dataset.publisher.contactPoint.telephone, contact.phone);
    }
    const { contributors } = JSON.parse(read('datapackage.json'));
    assert.deepEqual(contributors, [
      { title: FIXTURE.publisher.name, roles: ['publisher'], path: FIXTURE.publisher.url },
      { title: contact.name, roles: ['contact'], email: contact.email },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'facts.xlsx'));
    const rows = Object.fromEntries(
      workbook
        .getWorksheet('README')
        .getSheetValues()
        .filter(Boolean)
        .map((row) => [row[1], String(row[2])]),
    );
    assert.match(rows.Publisher, new RegExp(`^${FIXTURE.publisher.name}\\.`));
    assert.equal(rows['Press contact'], `${contact.name} · ${contact.email} · ${contact.phone}`);
    assert.equal(rows.Corrections, FIXTURE.corrections.email);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('what is missing is named, field by field; a publisher without a way to reach its contact is refused', () => {
  const { data } = readContent(CONTENT_DIR);
  assert.deepEqual(
    publishingGaps(data.kit).map((gap) => gap.field),
    ['url', 'corrections', 'publisher'],
  );
  assert.deepEqual(publishingGaps({ ...data.kit, ...FIXTURE }), []);
  const kit = loadPressKit();
  for (const field of ['url', 'corrections', 'publisher'])
    assert.ok(
      kit.warnings.some((w) => String(w).includes(`kit.json (field "${field}")`)),
      `the build says ${field} is missing`,
    );
});

test('KIT_URL gives the kit its public address at build time; a bad one is refused with what to give', () => {
  const before = process.env.KIT_URL;
  try {
    process.env.KIT_URL = FIXTURE.url;
    const kit = loadPressKit();
    assert.equal(kit.data.kit.url, FIXTURE.url);
    assert.ok(
      kit.releases.every((r) => r.data.kit.url === FIXTURE.url),
      'every version, for the feeds',
    );
    assert.ok(!kit.warnings.some((w) => String(w).includes('field "url"')));
    process.env.KIT_URL = 'press.example.org/ct';
    assert.match(
      loadPressKit().errors.join('\n'),
      /KIT_URL.*"press\.example\.org\/ct" is not an http\(s\) address of a folder/,
    );
  } finally {
    if (before === undefined) delete process.env.KIT_URL;
    else process.env.KIT_URL = before;
  }
});

test('the release workflow’s check refuses to publish the press kit until the publisher’s settings are given', () => {
  let failure;
  try {
    execFileSync('node', ['press-kit/tools/check-publishing.mjs'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    failure = error;
  }
  assert.ok(failure, 'it refuses');
  assert.match(failure.stderr, /not published/i);
  for (const field of ['url', 'corrections', 'publisher']) assert.match(failure.stderr, new RegExp(`\\b${field}\\b`));
  assert.doesNotMatch(failure.stderr, /at .*\.mjs:\d+/, 'no stack trace');
});

test('the “how we verify” page, in es, en and pt, says the method and where to report an error', async () => {
  const { verifyPage } = await import('../../press-kit/tools/verify.mjs');
  const { data } = readContent(CONTENT_DIR);
  const headings = { es: 'Correcciones', en: 'Corrections', pt: 'Correções' };
  for (const [lang, file] of Object.entries(PAGE_FILE)) {
    const html = verifyPage({ kit: data.kit, lang });
    assert.match(html, new RegExp(`<html lang="${lang}">`));
    assert.ok(html.includes(`<h2>${headings[lang]}</h2>`), `${lang}: the corrections section`);
    assert.ok(html.includes(`href="../latest/${file}"`) && html.includes(`href="../versions/${file}"`), lang);
    assert.match(html, /<p class="report">[^<]+<\/p>/, `${lang}: no address yet, said plainly`);
    const withAddress = verifyPage({ kit: { ...data.kit, ...FIXTURE }, lang });
    assert.ok(withAddress.includes(`<a href="mailto:${FIXTURE.corrections.email}">`), `${lang}: the address once set`);
  }
  // Built beside the versions page, which links it.
  for (const file of Object.values(PAGE_FILE)) {
    const built = readFileSync(new URL(`dist/press-kit/verify/${file}`, ROOT), 'utf8');
    assert.ok(built.includes('<p class="report">'), file);
    assert.ok(
      readFileSync(new URL(`dist/press-kit/versions/${file}`, ROOT), 'utf8').includes(`href="../verify/${file}"`),
    );
  }
});
