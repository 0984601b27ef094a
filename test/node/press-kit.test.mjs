// The press kit: its content rules, each bad entry's message, frozen releases, and the files a
// journalist downloads read back against each other.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import {
  loadPressKit,
  listReleases,
  compareVersions,
  readContent,
  CONTENT_DIR,
  RELEASES_DIR,
  LANGS,
  CHANGELOG_FILE,
  checksums,
  parseSums,
} from '../../press-kit/tools/content.mjs';
import { CSV_COLUMNS, SOURCES_CSV_COLUMNS } from '../../press-kit/tools/csv.mjs';
import { PAGE_FILE, PAGE_TEXT } from '../../press-kit/tools/shared.mjs';
import { amendPublished, folderProblems, withReplacedNotice } from '../../press-kit/tools/replaced.mjs';
import { changelogSections, blocksHtml, markdownBlocks, inlineHtml } from '../../press-kit/tools/markdown.mjs';
import { escapeHtml } from '../../src/shared/html.js';
import { accessedOn } from '../../src/shared/citation.js';
import { parseCsv } from '../support/csv.mjs';

/** A text as a regular expression that matches it literally. */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ROOT = new URL('../../', import.meta.url);
const DIST = new URL('dist/press-kit/', ROOT);
// The day the content was last checked (a fixed day, so the checks of dates in the future hold).
const TODAY = new Date('2026-12-02T00:00:00Z');
// The content checks edit a copy of the newest release: the next patch and minor follow from it.
const LATEST = listReleases().at(-1);
const [MAJOR, MINOR, PATCH] = LATEST.split('.').map(Number);
const NEXT_PATCH = `${MAJOR}.${MINOR}.${PATCH + 1}`;
const NEXT_MINOR = `${MAJOR}.${MINOR + 1}.0`;
const escaped = (version) => version.replaceAll('.', '\\.');

/** A scratch copy of the content and releases, changed by `edit`, then checked. */
function checkEdited(edit, { today = TODAY } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'press-kit-'));
  const contentDir = join(dir, 'content');
  const releasesDir = join(dir, 'releases');
  cpSync(CONTENT_DIR, contentDir, { recursive: true });
  cpSync(RELEASES_DIR, releasesDir, { recursive: true });
  const files = {
    read: (name) => JSON.parse(readFileSync(join(contentDir, name), 'utf8')),
    write: (name, data) => writeFileSync(join(contentDir, name), JSON.stringify(data, null, 2)),
    text: (name, f) => writeFileSync(join(contentDir, name), f(readFileSync(join(contentDir, name), 'utf8'))),
    releasesDir,
    contentDir,
  };
  edit(files);
  try {
    const kit = loadPressKit({ contentDir, releasesDir, today });
    return { errors: kit.errors.map(String), warnings: kit.warnings.map(String), kit };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const editFacts = (f) => (files) => {
  const data = files.read('facts.json');
  f(data.facts);
  files.write('facts.json', data);
};

/** A content change that is otherwise valid: a new version with a changelog entry. */
const bumpTo = (version) => (files) => {
  const kit = files.read('kit.json');
  kit.version = version;
  files.write('kit.json', kit);
  for (const name of Object.values(CHANGELOG_FILE))
    files.text(name, (t) => t.replace('## 1.0.0', `## ${version}\n\n- A test change.\n\n## 1.0.0`));
};

describe('press-kit content checks', () => {
  test('the committed content and releases are valid', () => {
    const kit = loadPressKit({ today: TODAY });
    assert.deepEqual(kit.errors.map(String), []);
    const released = kit.releases.some((r) => r.version === kit.version);
    assert.equal(kit.draft, !released, 'the working content is a draft exactly when its version is not released');
  });

  test('a fact without a source names the file, the entry and the field', () => {
    const { errors } = checkEdited(
      editFacts((facts) => (facts.find((f) => f.id === 'play-viewers-2008').sources = [])),
    );
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /facts\.json \(entry "play-viewers-2008", field "sources"\): no source/);
  });

  test('a fact citing a source that does not exist', () => {
    const { errors } = checkEdited(editFacts((facts) => (facts[0].sources = ['no-such-source'])));
    assert.match(
      errors.join('\n'),
      /entry "hotline-calls-2006-2008", field "sources"\): unknown source "no-such-source"/,
    );
  });

  test('a malformed date, and a date that is not on the calendar', () => {
    const malformed = checkEdited(editFacts((facts) => (facts[1].date = '16/01/2007')));
    assert.match(
      malformed.errors.join('\n'),
      /entry "cases-referred-to-police-2008", field "date"\): not a date: write YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    const impossible = checkEdited(editFacts((facts) => (facts[1].date = '2007-02-30')));
    assert.match(impossible.errors.join('\n'), /field "date"\): not a real calendar date: 2007-02-30/);
  });

  test('a statement missing a language', () => {
    const { errors } = checkEdited(editFacts((facts) => delete facts[2].statement.pt));
    assert.match(
      errors.join('\n'),
      /entry "campaign-cities-2008", field "statement\.pt"\): missing the "pt" text \(every text needs es, en and pt\)/,
    );
  });

  test('a duplicate id', () => {
    const { errors } = checkEdited(editFacts((facts) => facts.push({ ...facts[0] })));
    assert.match(errors.join('\n'), /entry "hotline-calls-2006-2008", field "id"\): duplicate id/);
  });

  test('a removed id, published in an earlier version', () => {
    const { errors } = checkEdited(
      editFacts((facts) =>
        facts.splice(
          facts.findIndex((f) => f.id === 'play-viewers-2008'),
          1,
        ),
      ),
    );
    assert.match(
      errors.join('\n'),
      /entry "play-viewers-2008", field "id"\): removed id: it was published in version 1\.0\.0/,
    );
  });

  test('a renamed id counts as removed', () => {
    const { errors } = checkEdited(
      editFacts((facts) => (facts.find((f) => f.id === 'play-viewers-2008').id = 'play-audience-2008')),
    );
    assert.match(errors.join('\n'), /entry "play-viewers-2008", field "id"\): removed id/);
  });

  test('a phone number marked current without a verified date', () => {
    const { errors } = checkEdited((files) => {
      const hotline = files.read('hotline.json');
      delete hotline.channels[0].verified_on;
      files.write('hotline.json', hotline);
    });
    assert.match(
      errors.join('\n'),
      /hotline\.json \(entry "national-line-1818", field "verified_on"\): a phone number marked current needs the date it was last verified/,
    );
  });

  test('an attributed fact without its attribution', () => {
    const { errors } = checkEdited(
      editFacts((facts) => delete facts.find((f) => f.status === 'attributed').attribution),
    );
    assert.match(errors.join('\n'), /entry "national-plan-of-action-2007", field "attribution"\): missing/);
  });

  test('an attributed statement that does not say whose claim it is', () => {
    const { errors } = checkEdited(
      editFacts((facts) => {
        const fact = facts.find((f) => f.status === 'attributed');
        fact.statement.pt = fact.statement.pt.replace('Segundo a OIM, ela', 'A OIM');
      }),
    );
    assert.match(
      errors.join('\n'),
      /entry "national-plan-of-action-2007", field "statement\.pt"\): an attributed fact says whose claim it is in its statement: write "segundo a OIM"/,
    );
  });

  const editSources = (f) => (files) => {
    const data = files.read('sources.json');
    f(new Map(data.sources.map((s) => [s.id, s])));
    files.write('sources.json', data);
  };

  test('a source with neither a specific URL nor a reason, a home page, a user upload, or both', () => {
    const cases = [
      [
        (s) => delete s.url,
        /field "url"\): missing: give the address of the specific page .*or, where none exists, "unavailable_online"/,
      ],
      [
        (s) => (s.url = 'https://www.refworld.org'),
        /field "url"\): https:\/\/www\.refworld\.org is a site's home page: give the address of the specific page/,
      ],
      [(s) => (s.url = 'https://ecoi.net/'), /field "url"\): https:\/\/ecoi\.net\/ is a site's home page/],
      [
        (s) => (s.url = 'https://studylib.es/doc/5726798'),
        /field "url"\): .*is a user-upload copy \(studylib\.es\): cite the official publication/,
      ],
      [
        (s) => (s.url = 'https://es.scribd.com/document/1'),
        /field "url"\): .*is a user-upload copy \(es\.scribd\.com\)/,
      ],
      [
        (s) => (s.unavailable_online = 'print only'),
        /field "unavailable_online"\): has both a url and unavailable_online/,
      ],
      [
        (s) => {
          delete s.url;
          s.unavailable_online = 'print only';
        },
        /field "unavailable_online"\): one text in one language: give it as \{ "es": …, "en": …, "pt": … \}/,
      ],
    ];
    for (const [edit, message] of cases) {
      const { errors } = checkEdited(editSources((sources) => edit(sources.get('us-tip-2008'))));
      assert.match(errors.join('\n'), new RegExp(`entry "us-tip-2008", ${message.source}`));
    }
    // A reason alone is enough: a cable, or the gazette in print.
    const { errors } = checkEdited(
      editSources((sources) => delete sources.get('us-cable-08lima395').unavailable_online),
    );
    assert.match(errors.join('\n'), /entry "us-cable-08lima395", field "url"\): missing/);
  });

  test('a warning, not an error, when the current line was verified more than 12 months ago', () => {
    const fresh = checkEdited(() => {});
    assert.ok(!fresh.warnings.some((w) => w.includes('more than 12 months')));
    const { errors, warnings } = checkEdited(() => {}, { today: new Date('2027-03-01T00:00:00Z') });
    assert.deepEqual(errors, []);
    const stale = warnings.filter((w) => w.includes('field "verified_on"'));
    assert.equal(stale.length, 1);
    assert.match(stale[0], /national-line-1818.*verified_on.*last verified 2025, more than 12 months ago/);
  });

  test('a warning for every number the campaign has not confirmed yet', () => {
    const { warnings } = checkEdited(() => {});
    const unconfirmed = warnings.filter((w) => w.includes('confirmed_by_campaign'));
    assert.deepEqual(
      unconfirmed.map((w) => w.match(/entry "([^"]+)"/)[1]),
      ['national-line-1818', 'police-emergency-105'],
    );
    const confirmed = checkEdited((files) => {
      const hotline = files.read('hotline.json');
      for (const channel of hotline.channels) channel.confirmed_by_campaign = true;
      files.write('hotline.json', hotline);
    });
    assert.ok(!confirmed.warnings.some((w) => w.includes('confirmed_by_campaign')));
  });

  test('changed content without a new version', () => {
    const { errors } = checkEdited(editFacts((facts) => (facts[0].statement.en += ' (corrected)')));
    assert.match(
      errors.join('\n'),
      new RegExp(`kit\\.json \\(field "version"\\): the content differs from released version ${escaped(LATEST)}`),
    );
  });

  test('a new version without a changelog entry', () => {
    const { errors } = checkEdited((files) => {
      editFacts((facts) => (facts[0].statement.en += ' (corrected)'))(files);
      const kit = files.read('kit.json');
      kit.version = NEXT_PATCH;
      files.write('kit.json', kit);
    });
    assert.match(errors.join('\n'), new RegExp(`CHANGELOG\\.md: no entry for version ${escaped(NEXT_PATCH)}`));
  });

  test('a new version with an English changelog entry only names the Spanish and Portuguese files', () => {
    const { errors } = checkEdited((files) => {
      editFacts((facts) => (facts[0].statement.en += ' (corrected)'))(files);
      bumpTo(NEXT_PATCH)(files);
      files.text('CHANGELOG.es.md', (t) => t.replace(`## ${NEXT_PATCH}\n`, ''));
      files.text('CHANGELOG.pt.md', (t) => t.replace(`## ${NEXT_PATCH}\n`, ''));
    });
    const text = errors.join('\n');
    assert.match(text, new RegExp(`CHANGELOG\\.es\\.md: no entry for version ${escaped(NEXT_PATCH)}.*in Spanish`));
    assert.match(text, new RegExp(`CHANGELOG\\.pt\\.md: no entry for version ${escaped(NEXT_PATCH)}.*in Portuguese`));
    assert.doesNotMatch(text, /CHANGELOG\.md:/);
  });

  test('a fact whose checked_on is missing, partial or in the future', () => {
    const { errors } = checkEdited(
      editFacts((facts) => {
        delete facts[0].checked_on;
        facts[1].checked_on = '2026-11';
        facts[2].checked_on = '2099-01-01';
      }),
    );
    const text = errors.join('\n');
    assert.match(text, /field "checked_on"\): missing: the day the fact was last compared with its sources/);
    assert.match(text, /field "checked_on"\): not a full calendar date \(YYYY-MM-DD\): 2026-11/);
    assert.match(text, /field "checked_on"\): in the future: 2099-01-01/);
  });

  test('a correction with a patch version and a changelog entry is a valid draft', () => {
    const { errors, kit } = checkEdited((files) => {
      editFacts((facts) => (facts[0].statement.en += ' (corrected)'))(files);
      bumpTo(NEXT_PATCH)(files);
    });
    assert.deepEqual(errors, []);
    assert.equal(kit.draft, true);
  });

  test('a new fact needs a minor version', () => {
    const addFact = editFacts((facts) => facts.push({ ...facts[2], id: 'a-new-fact' }));
    const patch = checkEdited((files) => (addFact(files), bumpTo(NEXT_PATCH)(files)));
    assert.match(
      patch.errors.join('\n'),
      new RegExp(`new entries \\(fact:a-new-fact\\) need a minor version, not a patch: ${escaped(NEXT_MINOR)}`),
    );
    const minor = checkEdited((files) => (addFact(files), bumpTo(NEXT_MINOR)(files)));
    assert.deepEqual(minor.errors, []);
  });

  test('a released version that was changed', () => {
    const { errors } = checkEdited((files) => {
      const path = join(files.releasesDir, '1.0.0', 'facts.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('11,000', '12,000'));
    });
    assert.match(errors.join('\n'), /releases\/1\.0\.0: released version 1\.0\.0 was changed after release/);
  });

  test('the build stops with the messages and builds nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'press-kit-cli-'));
    cpSync(CONTENT_DIR, dir, { recursive: true });
    const facts = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8'));
    facts.facts[0].sources = [];
    facts.facts[1].date = 'last year';
    writeFileSync(join(dir, 'facts.json'), JSON.stringify(facts));
    let failure;
    try {
      execFileSync('node', ['press-kit/tools/build.mjs', '--check'], {
        cwd: ROOT,
        env: { ...process.env, PRESS_KIT_CONTENT_DIR: dir },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failure = error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.ok(failure, 'the build should fail');
    assert.equal(failure.status, 1);
    assert.match(failure.stderr, /2 problem\(s\); nothing was built/);
    assert.match(failure.stderr, /entry "hotline-calls-2006-2008", field "sources"\): no source/);
    assert.match(failure.stderr, /entry "cases-referred-to-police-2008", field "date"\): not a date/);
    assert.doesNotMatch(failure.stderr, /at .*\.mjs:\d+/, 'no stack trace');
  });
});

describe('press-kit release files', () => {
  const versions = JSON.parse(readFileSync(new URL('versions.json', DIST), 'utf8'));

  test('versions.json lists every released version and the latest', () => {
    const released = readdirSync(RELEASES_DIR).filter((d) => /^\d+\.\d+\.\d+$/.test(d));
    assert.deepEqual(versions.versions.map((v) => v.version).sort(), released.sort());
    assert.equal(versions.latest, released.sort().at(-1));
  });

  for (const folder of [...versions.versions.map((v) => v.version), 'latest']) {
    const dir = new URL(`${folder}/`, DIST);
    const read = (name) => readFileSync(new URL(name, dir));

    test(`${folder}: datapackage.json gives each resource's true sha256 and size`, () => {
      const pkg = JSON.parse(read('datapackage.json'));
      assert.equal(pkg.$schema, 'https://datapackage.org/profiles/2.0/datapackage.json');
      assert.ok(pkg.name && pkg.version && pkg.licenses.length && pkg.sources.length && pkg.contributors.length);
      // From 1.3.0 on, the workbook too.
      const expected = ['facts.csv', 'facts.json', 'hotline.json', 'sources.csv'];
      if (readdirSync(dir).includes('facts.xlsx')) expected.push('facts.xlsx');
      assert.deepEqual(pkg.resources.map((r) => r.path).sort(), expected.sort());
      for (const resource of pkg.resources) {
        const bytes = read(resource.path);
        assert.equal(resource.bytes, bytes.length, `${resource.path} size`);
        assert.equal(
          resource.hash,
          `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
          `${resource.path} hash`,
        );
      }
    });

    test(`${folder}: every fact has a source, a date and a status`, () => {
      const { facts } = JSON.parse(read('facts.json'));
      assert.ok(facts.length > 0);
      for (const fact of facts) {
        assert.ok(fact.sources.length, `${fact.id} has a source`);
        for (const source of fact.sources)
          assert.ok(source.title && source.publisher && source.date, `${fact.id} source is complete`);
        assert.match(fact.date, /^\d{4}/, `${fact.id} has a date`);
        assert.ok(['current', 'historical', 'attributed'].includes(fact.status), `${fact.id} has a status`);
        for (const lang of LANGS) assert.ok(fact.statement[lang], `${fact.id} statement in ${lang}`);
      }
    });

    test(`${folder}: the CSV reads back to the same values as the JSON`, () => {
      const text = read('facts.csv').toString('utf8');
      assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark, for Excel');
      const [header, ...rows] = parseCsv(text);
      const { facts, version } = JSON.parse(read('facts.json'));
      // checked_on came with 1.4.0, the years and the citations with 1.6.0; the frozen files before
      // them keep their columns.
      const before140 = compareVersions(version, '1.4.0') < 0;
      const before160 = compareVersions(version, '1.6.0') < 0;
      const added160 = ['start_year', 'end_year', ...LANGS.map((l) => `citation_${l}`)];
      assert.deepEqual(
        header,
        CSV_COLUMNS.filter((c) => !(before140 && c === 'checked_on') && !(before160 && added160.includes(c))),
      );
      assert.equal(rows.length, facts.length);
      facts.forEach((fact, i) => {
        const row = Object.fromEntries(header.map((h, j) => [h, rows[i][j]]));
        assert.equal(row.id, fact.id);
        assert.equal(row.date, fact.date);
        assert.equal(row.status, fact.status);
        if (!before140) assert.match(row.checked_on, /^\d{4}-\d{2}-\d{2}$/, `${fact.id} says when it was last checked`);
        assert.equal(row.checked_on, fact.checked_on);
        // A quantity in value, a rank (the TIP tier) in tier: never the one for the other.
        const rank = fact.unit === 'tier';
        assert.equal(row.value, fact.value === undefined || rank ? '' : String(fact.value));
        assert.equal(row.tier, rank ? String(fact.value) : '');
        for (const lang of LANGS) {
          assert.equal(row[`statement_${lang}`], fact.statement[lang]);
          assert.equal(row[`label_${lang}`], fact.label?.[lang] ?? '');
          assert.equal(row[`attribution_${lang}`], fact.attribution?.[lang] ?? '');
          // The same citation the fact sheet and the page copy (citation.test.ts compares all three).
          if (!before160)
            assert.match(
              row[`citation_${lang}`],
              new RegExp(`^${escapeRegExp(fact.statement[lang])} — .+\\. .+${escapeRegExp(version)}, `),
            );
          // From 1.9.0 it ends with the day the fact was last checked, in the column's language.
          if (compareVersions(version, '1.9.0') >= 0)
            assert.ok(
              row[`citation_${lang}`].endsWith(` ${accessedOn(fact.checked_on, lang)}.`),
              `${fact.id}: citation_${lang} ends with its access date`,
            );
        }
        if (!before160) {
          const years = fact.date.split('/').map((part) => part.slice(0, 4));
          assert.deepEqual(
            [row.start_year, row.end_year],
            [years[0], years.at(-1)],
            `${fact.id}: the years of ${fact.date}`,
          );
        }
        assert.ok(!Object.values(row).some((cell) => cell.includes(' | ')), 'no packed cells');
      });
      // sources.csv: a row per fact and source, each complete, in the facts' order.
      const [sourceHeader, ...sourceRows] = parseCsv(read('sources.csv').toString('utf8'));
      // Each title's language came with 1.5.0; the frozen files before it keep their columns.
      const before150 = compareVersions(version, '1.5.0') < 0;
      assert.deepEqual(
        sourceHeader,
        SOURCES_CSV_COLUMNS.filter(
          (c) => !(before150 && c === 'language') && !(before160 && c === 'unavailable_online'),
        ),
      );
      const expected = facts.flatMap((fact) =>
        fact.sources.map((s) => [
          fact.id,
          s.title,
          ...(before150 ? [] : [s.language]),
          typeof s.publisher === 'string' ? s.publisher : s.publisher.en,
          s.date,
          s.url ?? '',
          // One English text, or (from 1.9.0) one per language, of which the CSV gives the English.
          ...(before160
            ? []
            : [(typeof s.unavailable_online === 'object' ? s.unavailable_online.en : s.unavailable_online) ?? '']),
        ]),
      );
      assert.deepEqual(
        sourceRows.map((row) => {
          const cell = Object.fromEntries(sourceHeader.map((h, j) => [h, row[j]]));
          return [
            cell.fact_id,
            cell.title,
            ...(before150 ? [] : [cell.language]),
            cell.publisher,
            cell.date,
            cell.url,
            ...(before160 ? [] : [cell.unavailable_online]),
          ];
        }),
        expected,
      );
      if (!before160)
        assert.ok(
          sourceRows.every(
            (row) =>
              Boolean(row[sourceHeader.indexOf('url')]) !== Boolean(row[sourceHeader.indexOf('unavailable_online')]),
          ),
          'every source row has a specific URL or says why it has none',
        );
      assert.match(text, /Perú/, 'accents intact');
    });

    test(`${folder}: the 2006 hotline 0800-2-3232 appears only as a historical fact`, () => {
      const { channels } = JSON.parse(read('hotline.json'));
      const listed = channels.filter((c) => c.number.replace(/\D/g, '') === '080023232');
      assert.ok(
        listed.every((c) => c.status === 'historical'),
        'never a current channel',
      );
      const { facts } = JSON.parse(read('facts.json'));
      const mentions = facts.filter((f) => JSON.stringify(f.statement).includes('0800'));
      assert.ok(mentions.length > 0);
      for (const fact of mentions) assert.equal(fact.status, 'historical', fact.id);
    });

    test(`${folder}: the page in es, en and pt, with JSON-LD, every fact and no script needed to read it`, () => {
      const { facts } = JSON.parse(read('facts.json'));
      for (const [name, lang] of [
        ['index.html', 'es'],
        ['en.html', 'en'],
        ['pt.html', 'pt'],
      ]) {
        const page = read(name).toString('utf8');
        assert.match(page, new RegExp(`<html lang="${lang}">`));
        const jsonLd = JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)[1]);
        const types = jsonLd['@graph'].map((node) => node['@type']);
        assert.deepEqual(types.slice(1), ['Dataset']);
        assert.equal(jsonLd['@graph'][0].contactPoint['@type'], 'ContactPoint');
        for (const fact of facts) assert.ok(page.includes(`id="${fact.id}"`), `${name} has ${fact.id}`);
        for (const fact of facts)
          assert.ok(page.includes(escapeHtml(fact.statement[lang])), `${name} shows ${fact.id} in ${lang}`);
        assert.doesNotMatch(page, /<script>(?!<\/script>)/, 'no inline script');
      }
    });

    test(`${folder}: the zip holds every file of the version, as released`, () => {
      const zipName = readdirSync(dir).find((n) => n.endsWith('.zip'));
      const entries = unzipSync(new Uint8Array(read(zipName)));
      // SHA256SUMS covers the zip too, so it stands beside it, not in it; a card's PNG is rendered
      // by the build from its SVG, which the zip holds.
      const expected = readdirSync(dir)
        .filter((n) => !n.endsWith('.zip') && n !== 'SHA256SUMS' && !/^card-.*\.png$/.test(n))
        .sort();
      assert.deepEqual(Object.keys(entries).sort(), expected);
      // A replaced version's pages are the zip's plus the release tool's notice, and nothing else.
      const replaced = folder !== 'latest' && folder !== versions.latest;
      const pages = new Map(Object.entries(PAGE_FILE).map(([lang, file]) => [file, lang]));
      for (const name of expected) {
        const released = Buffer.from(entries[name]);
        const lang = pages.get(name);
        if (replaced && lang)
          assert.equal(read(name).toString('utf8'), withReplacedNotice(released.toString('utf8'), lang), name);
        else assert.deepEqual(released, read(name), `${name} in the zip`);
      }
    });

    test(`${folder}: every file is in SHA256SUMS with its bytes, the card PNGs too, and nothing listed is missing`, () => {
      assert.deepEqual(folderProblems(fileURLToPath(dir)), []);
      const listed = parseSums(read('SHA256SUMS').toString('utf8'));
      for (const name of readdirSync(dir).filter((n) => /^card-.*\.svg$/.test(n)))
        assert.ok(listed.has(name.replace(/\.svg$/, '.png')), `${name}'s PNG is listed`);
    });

    test(`${folder}: a replaced version says so at the top of each page, without JavaScript; the latest does not`, () => {
      const replaced = folder !== 'latest' && folder !== versions.latest;
      for (const [lang, name] of Object.entries(PAGE_FILE)) {
        const page = read(name).toString('utf8');
        const notice = /<p class="superseded"(?: role="status")? data-replaced[^>]*>(.*?)<\/p>/s.exec(page);
        if (!replaced) {
          assert.equal(notice, null, `${name}: no notice`);
          continue;
        }
        assert.ok(notice, `${name}: the notice`);
        assert.doesNotMatch(notice[0], /\shidden[\s>]/, `${name}: shown`);
        assert.match(
          notice[1],
          new RegExp(`href="\\.\\./latest/${name.replace('.', '\\.')}"`),
          `${name}: links the latest`,
        );
        assert.match(notice[1], new RegExp(escapeHtml(PAGE_TEXT[lang].replacedNotice)), `${name}: in ${lang}`);
        // Before the first heading, so it is read first.
        assert.ok(page.indexOf(notice[0]) < page.indexOf('<h2'), `${name}: before the facts`);
      }
    });
  }
});

describe('the access date that ends a citation', () => {
  test('is the day written out in each language', () => {
    assert.equal(accessedOn('2026-11-29', 'es'), 'Consultado el 29 de noviembre de 2026');
    assert.equal(accessedOn('2026-11-29', 'en'), 'Accessed 29 November 2026');
    assert.equal(accessedOn('2026-03-01', 'pt'), 'Acesso em 1 de março de 2026');
  });
});

describe('marking a replaced version', () => {
  const sha256 = (/** @type {Buffer} */ bytes) => createHash('sha256').update(bytes).digest('hex');

  test('a page of 1.6.0 on: its empty notice is shown and filled; a page before: the notice opens its body; twice is once', () => {
    const withEmpty =
      '<body>\n<header>\n<p class="superseded" role="status" hidden data-version="1.6.0" data-lang="en"></p>\n</header>';
    const filled = withReplacedNotice(withEmpty, 'en');
    assert.match(
      filled,
      /<p class="superseded" role="status" data-replaced data-version="1\.6\.0" data-lang="en"><strong>/,
    );
    assert.equal(withReplacedNotice(filled, 'en'), filled);
    const old = withReplacedNotice('<body>\n<header>\n<h1>Kit</h1>', 'pt');
    assert.match(old, /^<body>\n<p class="superseded" data-replaced><strong>Esta versão/);
    assert.equal(withReplacedNotice(old, 'pt'), old);
  });

  test("amending a folder lists the card PNGs and the pages' new bytes, and leaves every other file as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-replaced-'));
    try {
      cpSync(fileURLToPath(new URL('1.6.1/', DIST)), dir, { recursive: true });
      for (const name of readdirSync(dir)) if (name.endsWith('.png')) rmSync(join(dir, name));
      const zipBefore = readFileSync(join(dir, 'press-kit-1.6.1.zip'));
      writeFileSync(join(dir, 'index.html'), unzipSync(new Uint8Array(zipBefore))['index.html']);
      writeFileSync(join(dir, 'SHA256SUMS'), checksums(dir));
      assert.deepEqual(amendPublished(dir, { replaced: true }).sort(), ['SHA256SUMS', 'index.html']);
      assert.deepEqual(amendPublished(dir, { replaced: true }), [], 'the second time changes nothing');
      const listed = parseSums(readFileSync(join(dir, 'SHA256SUMS'), 'utf8'));
      assert.equal(listed.get('facts.csv'), sha256(readFileSync(join(dir, 'facts.csv'))));
      assert.equal(listed.get('index.html'), sha256(readFileSync(join(dir, 'index.html'))));
      assert.ok(listed.has('card-line-es-1200x630.png'));
      assert.deepEqual(readFileSync(join(dir, 'press-kit-1.6.1.zip')), zipBefore);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('no number that is not current in what the elements show', () => {
  test('a fact the elements show that holds a historical number stops the build, naming fact, field and channel', () => {
    const { errors } = checkEdited(
      editFacts((facts) => {
        const line = facts.find((f) => f.id === 'national-line-1818');
        line.statement.pt += ' Antes: 0800 2 3232.';
      }),
    );
    assert.match(
      errors.join('\n'),
      /facts\.json \(entry "national-line-1818", field "statement\.pt"\): shows 0800-2-3232, which is not a current channel \(hotline-0800-2-3232, historical\).*"in_elements": false/,
    );
  });

  test('the same fact kept for the press kit only is accepted', () => {
    const { errors } = checkEdited(
      editFacts((facts) => {
        const line = facts.find((f) => f.id === 'national-line-1818');
        line.statement.pt += ' Antes: 0800 2 3232.';
        line.in_elements = false;
      }),
    );
    assert.ok(!errors.some((e) => e.includes('not a current channel')), errors.join('\n'));
  });

  test('the module compiled into the script holds no non-current number, and the press kit keeps its history', () => {
    const hotline = JSON.parse(readFileSync(join(CONTENT_DIR, 'hotline.json'), 'utf8'));
    const retired = hotline.channels.filter((c) => c.status !== 'current');
    assert.ok(retired.length, 'the historical hotline is recorded as a channel');
    const compiled = ['kit', 'facts', 'quiz']
      .map((part) => readFileSync(new URL(`src/data/${part}.generated.ts`, ROOT), 'utf8'))
      .join('\n');
    const digitsOnly = compiled.replace(/[^0-9]+/g, ' ');
    for (const channel of retired) {
      const digits = channel.number.replace(/\D/g, '');
      assert.ok(!compiled.replace(/[\s-]/g, '').includes(digits), `${channel.number} compiled into the elements`);
      assert.ok(!digitsOnly.includes(digits));
      const csv = readFileSync(new URL('latest/facts.csv', DIST), 'utf8');
      const kitVersion = JSON.parse(readFileSync(new URL('versions.json', DIST), 'utf8')).versions.at(-1).version;
      const draftCsv = readFileSync(new URL(`${kitVersion}/facts.csv`, DIST), 'utf8');
      assert.ok(csv.includes(channel.number) && draftCsv.includes(channel.number), 'history stays in the press kit');
    }
  });
});

describe('every statement says the same in every language', () => {
  // Numbers and years, thousands separators aside ("11,000" in es and en, "11.000" in pt).
  const numbers = (text) => (text.match(/\d+(?:[.,]\d{3})*/g) ?? []).map((n) => n.replace(/[.,]/g, '')).sort();

  test('the same numbers and years in es, en and pt, in every fact, the boilerplate and the credit', () => {
    const read = (name) => JSON.parse(readFileSync(join(CONTENT_DIR, name), 'utf8'));
    const kit = read('kit.json');
    const texts = [
      ...read('facts.json').facts.flatMap((f) =>
        ['statement', 'label', 'attribution'].filter((k) => f[k]).map((k) => [`${f.id}.${k}`, f[k]]),
      ),
      ['kit.boilerplate', kit.boilerplate],
      ['kit.credit', kit.credit],
    ];
    const mismatches = texts
      .map(([where, text]) => [where, LANGS.map((lang) => numbers(text[lang]).join(' '))])
      .filter(([, perLang]) => new Set(perLang).size > 1)
      .map(([where, perLang]) => `${where}: ${LANGS.map((l, i) => `${l} [${perLang[i]}]`).join(', ')}`);
    assert.deepEqual(mismatches, []);
  });

  test('the comparison catches a year changed in one language', () => {
    assert.notDeepEqual(numbers('Desde 2021, 8 a 15 años'), numbers('Since 2014, 8 to 15 years'));
    assert.deepEqual(numbers('más de 11,000 llamadas'), numbers('mais de 11.000 chamadas'));
  });
});

describe('how each number to call was verified', () => {
  test('a current channel without verified_by stops the build, naming the accepted ways', () => {
    const { errors } = checkEdited((files) => {
      const hotline = files.read('hotline.json');
      delete hotline.channels.find((c) => c.id === 'national-line-1818').verified_by;
      files.write('hotline.json', hotline);
    });
    assert.match(
      errors.join('\n'),
      /hotline\.json \(entry "national-line-1818", field "verified_by"\): .*press-reports, official-page, call-to-line or common-knowledge/,
    );
  });

  test('the reminder tells a maintainer what to do, and the page shows how each number was verified', () => {
    const { warnings } = checkEdited(() => {});
    assert.match(
      warnings.join('\n'),
      /1818 is not yet confirmed .* set verified_on to that day \(YYYY-MM-DD\), verified_by to how/,
    );
    for (const [name, words] of [
      ['index.html', 'en la prensa (no se halló una página oficial)'],
      ['en.html', 'in press reports (no official page was found)'],
      ['pt.html', 'na imprensa (não se achou uma página oficial)'],
    ]) {
      const page = readFileSync(new URL(`latest/${name}`, DIST), 'utf8');
      assert.ok(page.includes(words), `${name} says how 1818 was verified`);
    }
  });
});

describe('the content checker names the right rule', () => {
  test('a bad quiz question id or indicator is reported as an id, not as a URL', () => {
    const { errors } = checkEdited((files) => {
      const quiz = files.read('quiz.json');
      quiz.paths[0].questions[1].id = 'Bad Id';
      quiz.paths[0].questions[1].indicator = 'also_bad';
      files.write('quiz.json', quiz);
    });
    const text = errors.join('\n');
    assert.match(text, /field "id"\): not an id: lower-case letters and digits in words joined by hyphens/);
    assert.match(text, /field "indicator"\): not an id/);
    assert.doesNotMatch(text, /URL/);
  });

  test("each field's own message comes from the schema: phone, option, language, unit, version, e-mail, country", () => {
    const { errors } = checkEdited((files) => {
      const hotline = files.read('hotline.json');
      Object.assign(hotline.channels[0], { number: '18l8', option: '12', languages: ['Quechua'] });
      files.write('hotline.json', hotline);
      editFacts((facts) => (facts.find((f) => f.unit).unit = 'Calls'))(files);
      const kit = files.read('kit.json');
      kit.version = '1.4';
      kit.corrections = { email: 'corrections' };
      kit.spatial_coverage.country = 'pe';
      files.write('kit.json', kit);
    });
    const text = errors.join('\n');
    for (const expected of [
      /hotline\.json \(entry "national-line-1818", field "number"\): not a phone number: digits, spaces and hyphens/,
      /field "option"\): not an option: one digit/,
      /field "languages\.0"\): not a language code: two or three lower-case letters/,
      /facts\.json \(entry "[a-z0-9-]+", field "unit"\): not a unit: lower-case words joined by hyphens/,
      /kit\.json \(field "version"\): not a version: write MAJOR\.MINOR\.PATCH/,
      /kit\.json \(field "corrections\.email"\): not an e-mail address/,
      /kit\.json \(field "spatial_coverage\.country"\): not a country code: two capital letters/,
    ])
      assert.match(text, expected);
    assert.doesNotMatch(text, /does not match \^/, 'no field left with a bare pattern');
  });

  test('a bad source URL is still reported as a URL', () => {
    const { errors } = checkEdited((files) => {
      const sources = files.read('sources.json');
      sources.sources.find((s) => s.url).url = 'ftp://example.org/x';
      files.write('sources.json', sources);
    });
    assert.match(errors.join('\n'), /field "url"\): not an http or https URL/);
  });
});

describe('a page a newsroom can share and trust', () => {
  for (const [name, lang, notOfficial] of [
    ['index.html', 'es', 'No es una publicación oficial de la OIM ni del Ministerio del Interior'],
    ['en.html', 'en', 'not an official publication of IOM or of Peru’s Ministry of the Interior'],
    ['pt.html', 'pt', 'Não é uma publicação oficial da OIM nem do Ministério do Interior'],
  ])
    test(`${name}: a description and Open Graph tags in ${lang}, who publishes it, and dates a machine can read`, () => {
      const page = readFileSync(new URL(`latest/${name}`, DIST), 'utf8');
      const kit = JSON.parse(readFileSync(join(CONTENT_DIR, 'kit.json'), 'utf8'));
      const attribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
      assert.ok(page.includes(`<meta name="description" content="${attribute(kit.boilerplate[lang])}">`));
      assert.match(page, /<meta property="og:title" content="[^"]+">/);
      assert.match(page, /<meta property="og:locale" content="(es_PE|en_US|pt_BR)">/);
      assert.ok(page.includes(notOfficial));
      assert.match(page, /<time datetime="2006-03">2006-03<\/time>–<time datetime="2008-09">2008-09<\/time>/);
    });
});

describe('released files are frozen, byte for byte', () => {
  const files = (dir) => readdirSync(dir).sort();

  test('every release has its published files, and the build serves exactly those bytes', () => {
    const releases = listReleases();
    assert.ok(releases.length >= 4);
    // Plus, from 1.6.1, the PNG the build renders from each frozen card's SVG.
    const withPngs = (names) =>
      [...names, ...names.filter((n) => /^card-.*\.svg$/.test(n)).map((n) => n.replace(/\.svg$/, '.png'))].sort();
    for (const version of releases) {
      const published = new URL(`press-kit/releases/${version}/published/`, ROOT);
      const served = new URL(`${version}/`, DIST);
      assert.deepEqual(files(served), withPngs(files(published)), `${version}: the same files`);
      for (const name of files(published))
        assert.ok(
          readFileSync(new URL(name, served)).equals(readFileSync(new URL(name, published))),
          `${version}/${name} is the frozen file`,
        );
    }
    const newest = new URL(`press-kit/releases/${releases.at(-1)}/published/`, ROOT);
    for (const name of files(newest))
      assert.ok(
        readFileSync(new URL(`latest/${name}`, DIST)).equals(readFileSync(new URL(name, newest))),
        `latest/${name}`,
      );
  });

  test('from 1.6.1, each version freezes its share cards: every card in SHA256SUMS, its PNG rendered from that SVG', async () => {
    const { png } = await import('../../press-kit/tools/images.mjs');
    const frozen = listReleases().filter((v) => compareVersions(v, '1.6.1') >= 0);
    assert.ok(frozen.length >= 1);
    for (const version of frozen) {
      const published = new URL(`press-kit/releases/${version}/published/`, ROOT);
      const sums = readFileSync(new URL('SHA256SUMS', published), 'utf8');
      const { version: named, images } = JSON.parse(readFileSync(new URL('cards.json', published), 'utf8'));
      assert.equal(named, version);
      assert.ok(images.length >= 9 && sums.includes('  cards.json\n'));
      for (const card of images) {
        assert.ok(sums.includes(`  ${card.file}\n`), `${version}: ${card.file} is in SHA256SUMS`);
        assert.ok(card.alt.includes('1818') && card.source, `${version}: ${card.file} has its alt text and source`);
        const svg = readFileSync(new URL(card.file, published), 'utf8');
        assert.ok(readFileSync(new URL(`${version}/${card.png}`, DIST)).equals(png(svg)), `${version}: ${card.png}`);
      }
    }
  });

  test('a rebuild writes the same bytes again', () => {
    const before = readFileSync(new URL(`${LATEST}/press-kit-${LATEST}.zip`, DIST));
    execFileSync('node', ['press-kit/tools/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
    assert.ok(readFileSync(new URL(`${LATEST}/press-kit-${LATEST}.zip`, DIST)).equals(before));
  });

  test('a published file changed after release stops the build', () => {
    const { errors } = checkEdited((files) => {
      const path = join(files.releasesDir, '1.0.0', 'published', 'index.html');
      writeFileSync(path, readFileSync(path, 'utf8').replace('</h1>', ' (edited)</h1>'));
    });
    assert.match(errors.join('\n'), /1\.0\.0\/published: the published files of 1\.0\.0 were changed after release/);
  });
});

describe('the workbook', () => {
  // The working content's workbook (the draft's folder, or the latest release's once released).
  const { data: working } = readContent(CONTENT_DIR);
  const workbookUrl = new URL(`${working.kit.version}/facts.xlsx`, DIST);

  test('facts.xlsx opens on about sheets in English, Spanish and Portuguese: title, version, licence, how to cite, where it comes from', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(workbookUrl));
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      ['README', 'LÉAME', 'LEIA-ME', 'facts', 'sources'],
    );
    const sheets = /** @type {const} */ ([
      ['README', 'en', ['Title', 'Version', 'Licence', 'Cite this version as', 'Where it comes from']],
      ['LÉAME', 'es', ['Título', 'Versión', 'Licencia', 'Cite esta versión como', 'De dónde viene']],
      ['LEIA-ME', 'pt', ['Título', 'Versão', 'Licença', 'Cite esta versão como', 'De onde vem']],
    ]);
    for (const [name, lang, [title, version, licence, citeAs, origin]] of sheets) {
      const about = new Map();
      workbook.getWorksheet(name).eachRow((row) => about.set(row.getCell(1).value, row.getCell(2).value));
      assert.equal(about.get(title), working.kit.title[lang], `${name}: the title in ${lang}`);
      assert.equal(about.get(version), working.kit.version);
      assert.deepEqual(about.get(licence), { text: working.kit.license.title, hyperlink: working.kit.license.path });
      assert.match(about.get(citeAs), new RegExp(`${working.kit.version.replaceAll('.', '\\.')}`));
      assert.match(about.get(origin), /sources/);
      // Every value but the licence's link is text of the sheet's language (no English row left in es or pt).
      if (lang !== 'en')
        assert.doesNotMatch(
          [...about.values()].filter((v) => typeof v === 'string').join(' '),
          /\b(the|each|of the)\b/,
        );
    }
  });

  test('each table sheet has widths, a filter on its header, a frozen header and clickable URLs', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(workbookUrl));
    for (const name of ['facts', 'sources']) {
      const sheet = workbook.getWorksheet(name);
      const width = sheet.getRow(1).cellCount;
      assert.ok(sheet.autoFilter, `${name}: a filter`);
      assert.equal(sheet.views[0].ySplit, 1, `${name}: the header frozen`);
      for (let c = 1; c <= width; c++) assert.ok(sheet.getColumn(c).width >= 8, `${name} column ${c} has a width`);
    }
    const sources = workbook.getWorksheet('sources');
    const urlColumn = sources.getRow(1).values.indexOf('url');
    const links = [];
    sources.eachRow((row, n) => n > 1 && row.getCell(urlColumn).value && links.push(row.getCell(urlColumn).value));
    assert.ok(links.length > 10);
    for (const link of links) assert.equal(link.hyperlink, link.text, 'a URL is a link to itself');
  });

  test('facts.xlsx reads back, sheet by sheet, to the same rows as facts.csv and sources.csv', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(workbookUrl));
    for (const [sheetName, csvName] of [
      ['facts', 'facts.csv'],
      ['sources', 'sources.csv'],
    ]) {
      const rows = [];
      workbook.getWorksheet(sheetName).eachRow({ includeEmpty: false }, (row) => {
        const cells = [];
        for (let i = 1; i <= row.cellCount; i++) {
          const value = row.getCell(i).value;
          cells.push(value && typeof value === 'object' && 'hyperlink' in value ? value.text : value);
        }
        rows.push(cells);
      });
      const csvRows = parseCsv(readFileSync(new URL(csvName, workbookUrl), 'utf8'));
      assert.equal(rows.length, csvRows.length, `${sheetName}: as many rows as ${csvName}`);
      rows.forEach((cells, r) =>
        csvRows[r].forEach((text, c) =>
          assert.equal(
            cells[c] === null || cells[c] === undefined ? '' : String(cells[c]),
            text,
            `${sheetName} ${r + 1}:${c + 1}`,
          ),
        ),
      );
    }
  });
});

describe('the page a newsroom reads (1.4.0 on)', () => {
  const dir = new URL('latest/', DIST);
  const read = (name) => readFileSync(new URL(name, dir), 'utf8');
  const { data } = readContent(CONTENT_DIR);
  const jsonLdOf = (page) => JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)[1]);

  for (const lang of LANGS)
    test(`${lang}: the JSON-LD says what the content says, and names every file`, () => {
      const [line, dataset] = jsonLdOf(read(PAGE_FILE[lang]))['@graph'];
      const channel = data.hotline.channels.find((c) => c.role === 'trafficking-line' && c.status === 'current');
      assert.equal(line.name, channel.operator[lang]);
      assert.equal(line.contactPoint.telephone, channel.number);
      // A language known only from older evidence (Quechua, 2022) is named with its year, not as current.
      assert.deepEqual(line.contactPoint.availableLanguage, ['es']);
      assert.deepEqual(channel.languages_as_of, { qu: '2022' });
      const quechua = new Intl.DisplayNames([lang], { type: 'language' }).of('qu');
      assert.match(line.contactPoint.description, new RegExp(`${quechua}: .+ 2022`));
      assert.equal(line.contactPoint.hoursAvailable['@type'], 'OpeningHoursSpecification');
      assert.equal(line.contactPoint.hoursAvailable.dayOfWeek.length, 7);
      assert.equal(dataset.identifier, `${data.kit.name}@${data.kit.version}`);
      assert.deepEqual(dataset.keywords, data.kit.keywords[lang]);
      assert.equal(dataset.spatialCoverage.address.addressCountry, data.kit.spatial_coverage.country);
      assert.deepEqual(
        dataset.publisher.map((o) => o.name),
        data.kit.contributors.filter((c) => c.role === 'publisher').map((c) => c.title),
      );
      const years = data.facts.facts.flatMap((f) => f.date.split('/').map((d) => d.slice(0, 4))).sort();
      assert.equal(dataset.temporalCoverage, `${years[0]}/${years.at(-1)}`);
      // Every file a journalist downloads, the zip and the workbook too; the pages themselves are not data.
      const downloads = readdirSync(dir).filter((n) => /\.(csv|json|xlsx|zip)$/.test(n));
      assert.deepEqual(dataset.distribution.map((d) => d.contentUrl).sort(), downloads.sort());
      assert.ok(dataset.distribution.every((d) => d.encodingFormat && d.encodingFormat !== 'application/octet-stream'));
    });

  for (const lang of LANGS)
    test(`${lang}: every fact shows when it was last checked, and the changes are text in the page's language`, () => {
      const page = read(PAGE_FILE[lang]);
      for (const fact of data.facts.facts)
        assert.match(
          page,
          new RegExp(`id="${fact.id}"[\\s\\S]*?<time datetime="${fact.checked_on}">`),
          `${fact.id} has its checked_on date`,
        );
      assert.doesNotMatch(page, /<pre/, 'no Markdown in a <pre>');
      const changelog = readFileSync(new URL(`press-kit/content/${CHANGELOG_FILE[lang]}`, ROOT), 'utf8');
      const firstEntry = changelog
        .split(/^## \d/m)[1]
        .split('\n\n')[1]
        .replace(/\s*\n\s*/g, ' ');
      // Frozen at its release: written by the renderer of its day (markdown-it from 1.5.2 on).
      assert.ok(
        page.includes(escapeHtml(firstEntry)) || page.includes(inlineHtml(firstEntry)),
        `the ${lang} changelog's newest entry is on the ${lang} page`,
      );
      assert.match(page, /<section aria-labelledby="h-corrections"/);
      assert.match(page, new RegExp(`href="\\.\\./versions/${PAGE_FILE[lang]}"`), 'links the versions page');
      assert.ok(page.includes(`href="../images/${PAGE_FILE[lang]}"`), 'links the share images');
      assert.ok(page.includes(`href="../poster/${lang}-a4.html"`), 'links the poster');
    });

  for (const lang of LANGS)
    test(`${lang}: the versions page lists every release, its changes in ${lang} and the checksums of its files`, () => {
      const page = readFileSync(new URL(`versions/${PAGE_FILE[lang]}`, DIST), 'utf8');
      assert.match(page, new RegExp(`<html lang="${lang}">`));
      for (const version of listReleases()) {
        assert.match(page, new RegExp(`<h2 id="v-${version}">`), `${version} listed`);
        const sums = readFileSync(join(RELEASES_DIR, version, 'published', 'SHA256SUMS'), 'utf8')
          .trim()
          .split('\n');
        for (const line of sums) {
          const [hash, name] = line.split(/ {2}/);
          assert.ok(
            page.includes(`<a href="../${version}/${name}">${name}</a></td><td><code>${hash}</code>`),
            `${version}/${name} with its checksum`,
          );
        }
      }
      const sections = new Map(
        changelogSections(readFileSync(join(CONTENT_DIR, CHANGELOG_FILE[lang]), 'utf8')).map((x) => [x.heading, x]),
      );
      for (const version of listReleases()) {
        const summary = sections.get(version).blocks.find((b) => b.kind === 'paragraph');
        assert.ok(page.includes(inlineHtml(summary.text)), `${version}'s changes in ${lang}`);
      }
      // The share images and the posters, in the page's language.
      assert.ok(page.includes(`href="../images/${PAGE_FILE[lang]}"`), 'links the share images');
      assert.ok(page.includes(`href="../poster/${lang}-a4.html"`), 'links the poster');
      // The newest release first.
      const order = [...page.matchAll(/<h2 id="v-([\d.]+)">/g)].map((m) => m[1]);
      assert.deepEqual(order, [...listReleases()].reverse());
    });
});

describe('the changelog as HTML', () => {
  test('headings, paragraphs, lists with continuation lines and inline code; any markup escaped', () => {
    const html = blocksHtml(
      markdownBlocks(
        '## 1.0.0\n\nFirst <b>release</b>.\n\n- A *new* `facts.csv`,\n  on two lines.\n- <script>x</script>',
      ),
      { shift: 1 },
    );
    assert.equal(
      html,
      '<h3>1.0.0</h3>\n<p>First &lt;b&gt;release&lt;/b&gt;.</p>\n' +
        '<ul><li>A <em>new</em> <code>facts.csv</code>, on two lines.</li><li>&lt;script&gt;x&lt;/script&gt;</li></ul>',
    );
  });
});
