// @ts-check
// Reading and checking the press-kit content. Shared by the build, the release command and the tests.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import ajvErrors from 'ajv-errors';
import { createHash } from 'node:crypto';
import { LANGUAGES, LANGUAGE_INFO } from '../../src/shared/languages.js';

/** @typedef {import('./content-types').Content} Content */

export const PRESS_KIT_DIR = fileURLToPath(new URL('..', import.meta.url));
export const CONTENT_DIR = join(PRESS_KIT_DIR, 'content');
export const RELEASES_DIR = join(PRESS_KIT_DIR, 'releases');
/** The kit's languages (src/shared/languages.js). */
export const LANGS = LANGUAGES;

/**
 * The changelog, one file per language: English in CHANGELOG.md, each other language in
 * CHANGELOG.<lang>.md beside it. Releases before 1.4.0 have the English one only.
 * @typedef {Partial<Record<import('../../src/data/types.js').Lang, string>>} Changelog
 */
export const CHANGELOG_FILE = /** @type {Record<import('../../src/data/types.js').Lang, string>} */ (
  Object.fromEntries(LANGS.map((lang) => [lang, lang === 'en' ? 'CHANGELOG.md' : `CHANGELOG.${lang}.md`]))
);

/** The content files, each checked against the schema definition of the same name. */
export const FILES = /** @type {const} */ ({
  sources: 'sources.json',
  facts: 'facts.json',
  hotline: 'hotline.json',
  quiz: 'quiz.json',
  kit: 'kit.json',
});

const schema = JSON.parse(readFileSync(join(PRESS_KIT_DIR, 'schema', 'press-kit.schema.json'), 'utf8'));
// A text, and the keywords, in exactly the kit's languages: the list, not the schema file, says which.
for (const [definition, value] of [
  [schema.definitions.text, { type: 'string', minLength: 1 }],
  [
    schema.definitions.kitFile.properties.keywords,
    { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
  ],
]) {
  definition.required = [...LANGS];
  definition.properties = Object.fromEntries(LANGS.map((lang) => [lang, value]));
  definition.errorMessage = {
    required: Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        `missing the "${lang}" text (every text needs ${LANGS.slice(0, -1).join(', ')} and ${LANGS.at(-1)})`,
      ]),
    ),
  };
}
// The schema's errorMessage keywords (ajv-errors) say what is wrong with a field, in its words.
const ajv = new Ajv({ allErrors: true, strict: false });
ajvErrors(ajv);
ajv.addSchema(schema, 'press-kit');

/** A problem found in the content, with the place a human should look. */
export class ContentIssue {
  /** @param {string} file @param {string} entry @param {string} field @param {string} message */
  constructor(file, entry, field, message) {
    this.file = file;
    this.entry = entry;
    this.field = field;
    this.message = message;
  }
  toString() {
    const where = [this.entry && `entry "${this.entry}"`, this.field && `field "${this.field}"`].filter(Boolean);
    return `${this.file}${where.length ? ` (${where.join(', ')})` : ''}: ${this.message}`;
  }
}

/**
 * Reads one folder of content (the working content or a release).
 * @param {string} dir
 * @returns {{ data: Content, issues: ContentIssue[], changelog: Changelog }}
 *   data: the files as read, of the right shape once checkContent finds no errors.
 */
export function readContent(dir) {
  const data = /** @type {Content} */ ({});
  const issues = [];
  for (const [key, name] of Object.entries(FILES)) {
    const path = join(dir, name);
    const shown = displayPath(path);
    if (!existsSync(path)) {
      issues.push(new ContentIssue(shown, '', '', 'the file is missing'));
      continue;
    }
    try {
      /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (data))[key] = JSON.parse(
        readFileSync(path, 'utf8'),
      );
    } catch (error) {
      issues.push(new ContentIssue(shown, '', '', `not valid JSON: ${/** @type {Error} */ (error).message}`));
    }
  }
  /** @type {Changelog} */
  const changelog = {};
  for (const lang of LANGS) {
    const path = join(dir, CHANGELOG_FILE[lang]);
    if (existsSync(path)) changelog[lang] = readFileSync(path, 'utf8');
  }
  return { data, issues, changelog };
}

/** @param {string} path */
export function displayPath(path) {
  return relative(process.cwd(), path) || path;
}

/** Is "YYYY", "YYYY-MM" or "YYYY-MM-DD" a real calendar date? */
export function isRealDate(/** @type {string} */ value) {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The digits of every phone-like run in a text ("0800-2-3232" and "0800 2 3232" both give
 * "080023232"), each run apart, so that numbers in one sentence are never joined together.
 */
export function phoneDigits(/** @type {string} */ text) {
  return (text.match(/\+?\d[\d\s().-]*\d/g) ?? []).map((run) => run.replace(/\D/g, '')).join(' ');
}

/** The last day a partial date can mean: "2025" is good until 2025-12-31. */
export function endOfDate(/** @type {string} */ value) {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return new Date(Date.UTC(y, 11, 31));
  if (d === undefined) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Where an ajv error points, as (entry id, field) for a human.
 * @param {unknown} fileData @param {import('ajv').ErrorObject} error
 */
function locate(fileData, error) {
  const parts = error.instancePath.split('/').slice(1);
  // JSON of any shape, walked along the path of an ajv error: any, on purpose.
  /** @type {any} */
  let node = fileData;
  let entry = '';
  let fieldStart = 0;
  for (let i = 0; i < parts.length; i++) {
    node = node?.[parts[i]];
    if (node && typeof node === 'object' && typeof node.id === 'string') {
      entry = node.id;
      fieldStart = i + 1;
    } else if (/^\d+$/.test(parts[i]) && !entry) {
      entry = `#${Number(parts[i]) + 1} in ${parts[i - 1]}`;
      fieldStart = i + 1;
    }
  }
  const field = parts.slice(fieldStart);
  if (error.keyword === 'required') field.push(error.params.missingProperty);
  if (error.keyword === 'additionalProperties') field.push(error.params.additionalProperty);
  if (error.keyword === 'dependencies') field.push(error.params.missingProperty);
  return { entry, field: field.join('.') };
}

/**
 * What a schema error says to a human. A field's own message is the schema's (its errorMessage,
 * through ajv-errors); the rest is said the same way for every field.
 * @param {import('ajv').ErrorObject} error
 */
function explain(error) {
  if (error.keyword === 'errorMessage') return error.message ?? 'not accepted';
  switch (error.keyword) {
    case 'required':
      return 'missing (required)';
    case 'pattern':
      return `does not match ${error.params.pattern}`;
    case 'enum':
      return `not one of the accepted values: ${error.params.allowedValues.join(', ')}`;
    case 'additionalProperties':
      return 'not a field of this entry (a typo?)';
    case 'minItems':
      return `needs at least ${error.params.limit} item(s)`;
    case 'dependencies':
      return `needed when "${error.params.property}" is given`;
    case 'minLength':
      return 'empty';
    default:
      return error.message ?? error.keyword;
  }
}

/** The error ajv-errors replaced with the schema's message, for where it points. */
const original = (/** @type {import('ajv').ErrorObject} */ error) =>
  error.keyword === 'errorMessage' ? (error.params.errors?.[0] ?? error) : error;

/** Hosts where anyone uploads a copy: a newsroom cannot tell it from the original, so the kit never links one. */
const USER_UPLOAD_HOSTS = [
  'studylib.es',
  'studylib.net',
  'scribd.com',
  'docslib.org',
  'vdocumento.com',
  'documentop.com',
];

/**
 * Why a source cannot be found from what the kit says of it, or null: a source needs the address
 * of its specific page, or (print, a cable, a copy the kit will not link) a reason in
 * `unavailable_online` that says what identifies it. Never both, never a home page.
 * @param {{ url?: string, unavailable_online?: unknown }} source
 * @returns {{ field: string, message: string } | null}
 */
export function sourceAddressProblem(source) {
  if (source.url && source.unavailable_online)
    return {
      field: 'unavailable_online',
      message:
        'has both a url and unavailable_online: keep the url of the specific page, or remove it and say why there is none',
    };
  if (!source.url) {
    if (source.unavailable_online) return null;
    return {
      field: 'url',
      message:
        'missing: give the address of the specific page (https://…), or, where none exists, "unavailable_online" with why and what identifies the source (a gazette and its page, a cable\'s reference)',
    };
  }
  let address;
  try {
    address = new URL(source.url);
  } catch {
    return { field: 'url', message: `not a URL: ${source.url}` };
  }
  const host = address.hostname.replace(/^www\./, '');
  if (USER_UPLOAD_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)))
    return {
      field: 'url',
      message: `${source.url} is a user-upload copy (${host}): cite the official publication, or remove the url and say in "unavailable_online" where it was published`,
    };
  if (address.pathname.replace(/\/+$/, '') === '' && !address.search)
    return {
      field: 'url',
      message: `${source.url} is a site's home page: give the address of the specific page, or "unavailable_online" with why there is none`,
    };
  return null;
}

/**
 * The facts about who publishes the kit that only the publisher can give, and are missing: its
 * public address, a corrections address, the publishing organisation and a press contact. Each
 * with the field in kit.json and what its absence costs. None may be invented here: the build
 * warns, the pages show no contact, and the release workflow does not publish the press kit
 * (check-publishing.mjs).
 * @param {import('./content-types.js').KitEntry} kit
 * @returns {{ field: string, message: string }[]}
 */
export function publishingGaps(kit) {
  const gaps = [];
  if (!kit.url)
    gaps.push({
      field: 'url',
      message:
        'no public address: no canonical link, preview image or Atom feed, and citations name no address. Set url to the folder where the press kit is published (ending in /), or build with KIT_URL=https://…/',
    });
  if (!kit.corrections)
    gaps.push({
      field: 'corrections',
      message:
        'no address for corrections: the pages cannot say where to report an error. Set corrections.email or corrections.url to an address the publisher reads',
    });
  if (!kit.publisher)
    gaps.push({
      field: 'publisher',
      message:
        'no publisher: the pages name no one who answers for the kit and show no press contact. Set publisher.name (the organisation) and publisher.press_contact (a name with an email or a phone)',
    });
  return gaps;
}

/**
 * Checks content against the schema and the rules the schema cannot say.
 * @param {Partial<Content>} data
 * @param {{ dir: string, today?: Date, releasedIds?: Map<string, string> }} options
 *   releasedIds: every id in any released version, mapped to the version that holds it.
 * @returns {{ errors: ContentIssue[], warnings: ContentIssue[] }}
 */
export function checkContent(data, { dir, today = new Date(), releasedIds = new Map() }) {
  /** @type {ContentIssue[]} */
  const errors = [];
  /** @type {ContentIssue[]} */
  const warnings = [];
  const file = (/** @type {keyof typeof FILES} */ key) => displayPath(join(dir, FILES[key]));

  for (const key of /** @type {(keyof typeof FILES)[]} */ (Object.keys(FILES))) {
    if (!(key in data)) continue;
    const validate = ajv.getSchema(`press-kit#/definitions/${key}File`);
    if (!validate) throw new Error(`schema has no definition ${key}File`);
    if (!validate(data[key])) {
      const seen = new Set();
      for (const error of validate.errors ?? []) {
        if (error.keyword === 'if') continue; // its "then" error says what is missing
        const { entry, field } = locate(data[key], original(error));
        const issue = new ContentIssue(file(key), entry, field, explain(error));
        const text = issue.toString();
        if (!seen.has(text)) errors.push(issue);
        seen.add(text);
      }
    }
  }
  // The rules below read the data, so they need files of the right shape.
  if (errors.length) return { errors, warnings };
  // Of the schema's shape from here on.
  const { sources, facts, hotline, quiz, kit } = /** @type {Content} */ (data);

  const sourceIds = new Set();
  /** @param {keyof typeof FILES} key @param {{ id: string }[]} entries */
  const uniqueIds = (key, entries) => {
    const seen = new Set();
    for (const { id } of entries) {
      if (seen.has(id))
        errors.push(new ContentIssue(file(key), id, 'id', 'duplicate id: ids are unique and never reused'));
      seen.add(id);
    }
    return seen;
  };
  for (const id of uniqueIds('sources', sources.sources)) sourceIds.add(id);
  const factIds = uniqueIds('facts', facts.facts);
  const channelIds = uniqueIds('hotline', hotline.channels);
  const questions = quiz.paths.flatMap((p) => p.questions);
  const questionIds = uniqueIds('quiz', questions);
  const pathIds = uniqueIds('quiz', quiz.paths);
  if (pathIds.size !== 2) errors.push(new ContentIssue(file('quiz'), '', 'paths', 'needs both paths: offer and work'));

  /** @param {keyof typeof FILES} key @param {string} entry @param {string[]} refs */
  const checkRefs = (key, entry, refs) => {
    for (const ref of refs)
      if (!sourceIds.has(ref))
        errors.push(
          new ContentIssue(
            file(key),
            entry,
            'sources',
            `unknown source "${ref}": add it to sources.json or use one of its ids`,
          ),
        );
  };

  for (const source of sources.sources) {
    if (!isRealDate(source.date))
      errors.push(new ContentIssue(file('sources'), source.id, 'date', `not a real calendar date: ${source.date}`));
    const problem = sourceAddressProblem(source);
    if (problem) errors.push(new ContentIssue(file('sources'), source.id, problem.field, problem.message));
    // Read on the es and pt pages too, so it is written in each language (one English text before 1.9.0).
    if (typeof source.unavailable_online === 'string')
      errors.push(
        new ContentIssue(
          file('sources'),
          source.id,
          'unavailable_online',
          'one text in one language: give it as { "es": …, "en": …, "pt": … }, as the pages in each language show it',
        ),
      );
  }
  for (const fact of facts.facts) {
    checkRefs('facts', fact.id, fact.sources);
    // From 1.4.0 every fact says when it was last compared with its sources: a real, past day.
    if (!fact.checked_on)
      errors.push(
        new ContentIssue(
          file('facts'),
          fact.id,
          'checked_on',
          'missing: the day the fact was last compared with its sources (YYYY-MM-DD)',
        ),
      );
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(fact.checked_on) || !isRealDate(fact.checked_on))
      errors.push(
        new ContentIssue(
          file('facts'),
          fact.id,
          'checked_on',
          `not a full calendar date (YYYY-MM-DD): ${fact.checked_on}`,
        ),
      );
    else if (endOfDate(fact.checked_on).getTime() > today.getTime())
      errors.push(
        new ContentIssue(
          file('facts'),
          fact.id,
          'checked_on',
          `in the future: ${fact.checked_on}; write the day it was checked`,
        ),
      );
    // An attributed fact names whose claim it is in its own words: a citation adds nothing after
    // the statement, where it could read as the source of another sentence.
    if (fact.status === 'attributed')
      for (const lang of LANGS) {
        const who = fact.attribution?.[lang];
        if (who && !fact.statement[lang]?.toLocaleLowerCase(lang).includes(who.toLocaleLowerCase(lang)))
          errors.push(
            new ContentIssue(
              file('facts'),
              fact.id,
              `statement.${lang}`,
              `an attributed fact says whose claim it is in its statement: write "${who}" into the sentence it applies to`,
            ),
          );
      }
    for (const part of fact.date.split('/'))
      if (!isRealDate(part))
        errors.push(new ContentIssue(file('facts'), fact.id, 'date', `not a real calendar date: ${part}`));
  }
  for (const channel of hotline.channels) {
    checkRefs('hotline', channel.id, channel.sources);
    if (channel.status !== 'current') continue;
    if (!channel.verified_on) {
      errors.push(
        new ContentIssue(
          file('hotline'),
          channel.id,
          'verified_on',
          'a phone number marked current needs the date it was last verified (YYYY, YYYY-MM or YYYY-MM-DD)',
        ),
      );
      continue;
    }
    if (!isRealDate(channel.verified_on)) {
      errors.push(
        new ContentIssue(
          file('hotline'),
          channel.id,
          'verified_on',
          `not a real calendar date: ${channel.verified_on}`,
        ),
      );
      continue;
    }
    if (!channel.verified_by)
      errors.push(
        new ContentIssue(
          file('hotline'),
          channel.id,
          'verified_by',
          'a phone number marked current needs how it was verified: press-reports, official-page, call-to-line or common-knowledge',
        ),
      );
    if (channel.confirmed_by_campaign === false)
      warnings.push(
        new ContentIssue(
          file('hotline'),
          channel.id,
          'confirmed_by_campaign',
          `${channel.number} is not yet confirmed by the campaign (last verified ${channel.verified_on}, ${channel.verified_by ?? 'by an unrecorded method'}). Confirm it with them, or call the line, or find it on an official gob.pe page; then set verified_on to that day (YYYY-MM-DD), verified_by to how, and confirmed_by_campaign to true`,
        ),
      );
    const age = today.getTime() - endOfDate(channel.verified_on).getTime();
    if (channel.role === 'trafficking-line' && age > 365 * 24 * 3600 * 1000)
      warnings.push(
        new ContentIssue(
          file('hotline'),
          channel.id,
          'verified_on',
          `last verified ${channel.verified_on}, more than 12 months ago: confirm the number with the campaign`,
        ),
      );
  }
  // No element may show a number the kit does not hold as a current channel: the reader may dial it.
  const retired = hotline.channels.filter((c) => c.status !== 'current');
  for (const fact of facts.facts) {
    if (fact.in_elements === false) continue;
    for (const field of /** @type {const} */ (['statement', 'label', 'attribution']))
      for (const lang of LANGS) {
        const text = fact[field]?.[lang];
        const found = text && retired.find((c) => phoneDigits(text).includes(c.number.replace(/\D/g, '')));
        if (found)
          errors.push(
            new ContentIssue(
              file('facts'),
              fact.id,
              `${field}.${lang}`,
              `shows ${found.number}, which is not a current channel (${found.id}, ${found.status}): the elements show only current numbers. Reword it, or set "in_elements": false to keep it in the press kit only`,
            ),
          );
      }
  }
  for (const role of ['trafficking-line', 'immediate-danger']) {
    const current = hotline.channels.filter((c) => c.role === role && c.status === 'current');
    if (current.length !== 1)
      errors.push(
        new ContentIssue(
          file('hotline'),
          '',
          'channels',
          `needs exactly one current channel with role "${role}", found ${current.length}`,
        ),
      );
  }
  if (kit.contact && !sourceIds.has(kit.contact.source))
    errors.push(new ContentIssue(file('kit'), '', 'contact.source', `unknown source "${kit.contact.source}"`));

  const present = new Map([
    ...[...factIds].map((id) => /** @type {[string, string]} */ ([`fact:${id}`, 'facts'])),
    ...[...channelIds].map((id) => /** @type {[string, string]} */ ([`channel:${id}`, 'hotline'])),
    ...[...questionIds].map((id) => /** @type {[string, string]} */ ([`question:${id}`, 'quiz'])),
    ...[...sourceIds].map((id) => /** @type {[string, string]} */ ([`source:${id}`, 'sources'])),
  ]);
  for (const [key, version] of releasedIds) {
    if (present.has(key)) continue;
    const [kind, id] = key.split(':');
    const fileKey = /** @type {keyof typeof FILES} */ (
      { fact: 'facts', channel: 'hotline', question: 'quiz', source: 'sources' }[kind]
    );
    errors.push(
      new ContentIssue(
        file(fileKey),
        id,
        'id',
        `removed id: it was published in version ${version}. Ids are never removed or renamed; correct the entry instead`,
      ),
    );
  }
  return { errors, warnings };
}

/** Every id the content publishes, keyed "kind:id". */
export function idsOf(/** @type {Partial<Content>} */ data) {
  return [
    ...(data.facts?.facts ?? []).map((f) => `fact:${f.id}`),
    ...(data.hotline?.channels ?? []).map((c) => `channel:${c.id}`),
    ...(data.quiz?.paths ?? []).flatMap((p) => p.questions.map((q) => `question:${q.id}`)),
    ...(data.sources?.sources ?? []).map((s) => `source:${s.id}`),
  ];
}

/** @param {string} a @param {string} b */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** The released versions, oldest first. */
export function listReleases(releasesDir = RELEASES_DIR) {
  if (!existsSync(releasesDir)) return [];
  return readdirSync(releasesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d+\.\d+\.\d+$/.test(d.name))
    .map((d) => d.name)
    .sort(compareVersions);
}

/** Same data, whatever the formatting of the files. */
export function sameData(/** @type {unknown} */ a, /** @type {unknown} */ b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Does the changelog have a heading for this version? */
export function changelogHas(/** @type {string} */ changelog, /** @type {string} */ version) {
  return new RegExp(`^##\\s+\\[?${version.replaceAll('.', '\\.')}\\]?(\\s|$)`, 'm').test(changelog);
}

/** sha256 of each file in a release folder (not its subfolders), in `sha256sum` format. */
export function checksums(/** @type {string} */ dir) {
  return readdirSync(dir)
    .filter((name) => name !== 'SHA256SUMS' && statSync(join(dir, name)).isFile())
    .sort()
    .map(
      (name) =>
        `${createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex')}  ${name}`,
    )
    .join('\n')
    .concat('\n');
}

/** The checksums a SHA256SUMS lists, by file name. */
export function parseSums(/** @type {string} */ text) {
  return new Map(
    text
      .split('\n')
      .map((line) => /^([0-9a-f]{64}) {2}(.+)$/.exec(line))
      .filter((match) => match !== null)
      .map(([, hash, name]) => [name, hash]),
  );
}

/**
 * A published folder's SHA256SUMS without the card PNGs the build renders from the folder's card
 * SVGs: those are not in the repository, and the build checks their bytes once it has made them.
 */
function withoutRenderedCards(/** @type {string} */ sums, /** @type {string} */ dir) {
  const rendered = (/** @type {string} */ name) =>
    /^card-.+\.png$/.test(name) && existsSync(join(dir, name.replace(/\.png$/, '.svg')));
  return [...parseSums(sums)]
    .filter(([name]) => !rendered(name))
    .map(([name, hash]) => `${hash}  ${name}\n`)
    .join('');
}

/**
 * The whole press kit: every release and the working content, checked together.
 * @param {{ contentDir?: string, releasesDir?: string, today?: Date }} [options]
 */
export function loadPressKit({ contentDir = CONTENT_DIR, releasesDir = RELEASES_DIR, today = new Date() } = {}) {
  /** @type {ContentIssue[]} */
  const errors = [];
  /** @type {ContentIssue[]} */
  const warnings = [];
  const releases = listReleases(releasesDir).map((version) => {
    const dir = join(releasesDir, version);
    const { data, issues, changelog } = readContent(dir);
    errors.push(...issues);
    const sums = join(dir, 'SHA256SUMS');
    if (!existsSync(sums))
      errors.push(new ContentIssue(displayPath(dir), '', '', 'a released version needs its SHA256SUMS'));
    else if (readFileSync(sums, 'utf8') !== checksums(dir))
      errors.push(
        new ContentIssue(
          displayPath(dir),
          '',
          '',
          `released version ${version} was changed after release: released files are frozen; put the change in press-kit/content under a new version`,
        ),
      );
    // The files published for it (pages, CSV, JSON, data package, zip), made once at release.
    const published = join(dir, 'published');
    if (existsSync(published)) {
      const publishedSums = join(published, 'SHA256SUMS');
      if (
        !existsSync(publishedSums) ||
        withoutRenderedCards(readFileSync(publishedSums, 'utf8'), published) !== checksums(published)
      )
        errors.push(
          new ContentIssue(
            displayPath(published),
            '',
            '',
            `the published files of ${version} were changed after release: they are frozen, byte for byte`,
          ),
        );
    }
    return { version, dir, data, changelog, published: existsSync(published) ? published : undefined };
  });

  /** @type {Map<string, string>} */
  const releasedIds = new Map();
  for (const release of releases)
    for (const id of idsOf(release.data)) if (!releasedIds.has(id)) releasedIds.set(id, release.version);

  const working = readContent(contentDir);
  errors.push(...working.issues);
  const checked = checkContent(working.data, { dir: contentDir, today, releasedIds });
  errors.push(...checked.errors);
  warnings.push(...checked.warnings);

  const version = working.data.kit?.version ?? '0.0.0';
  const latest = releases.at(-1);
  let draft = !latest;
  const kitFile = displayPath(join(contentDir, FILES.kit));
  if (latest && !errors.length) {
    const unchanged =
      /** @type {(keyof typeof FILES)[]} */ (Object.keys(FILES)).every((key) =>
        sameData(working.data[key], latest.data[key]),
      ) && sameData(working.changelog, latest.changelog);
    const order = compareVersions(version, latest.version);
    if (order < 0)
      errors.push(
        new ContentIssue(kitFile, '', 'version', `${version} is older than the latest release ${latest.version}`),
      );
    else if (order === 0 && !unchanged)
      errors.push(
        new ContentIssue(
          kitFile,
          '',
          'version',
          `the content differs from released version ${latest.version}: give it a new version here and a CHANGELOG.md entry (a fix is a patch, a new fact a minor, a removed field a major)`,
        ),
      );
    else if (order > 0) {
      draft = true;
      const added = idsOf(working.data).filter((id) => !releasedIds.has(id));
      const [major, minor] = version.split('.').map(Number);
      const [lMajor, lMinor] = latest.version.split('.').map(Number);
      if (added.length && major === lMajor && minor === lMinor)
        errors.push(
          new ContentIssue(
            kitFile,
            '',
            'version',
            `new entries (${added.join(', ')}) need a minor version, not a patch: ${lMajor}.${lMinor + 1}.0`,
          ),
        );
    }
  }
  // Every version in every language: the versions page shows each entry in the reader's language.
  if (!errors.length)
    for (const lang of LANGS)
      for (const wanted of [...releases.map((r) => r.version), ...(draft ? [version] : [])])
        if (!changelogHas(working.changelog[lang] ?? '', wanted))
          errors.push(
            new ContentIssue(
              displayPath(join(contentDir, CHANGELOG_FILE[lang])),
              '',
              '',
              `no entry for version ${wanted}: add a "## ${wanted}" section for journalists, in ${LANGUAGE_INFO[lang].english}`,
            ),
          );
  // The public address is where the build publishes, not content: KIT_URL gives it to every
  // version's pages and feeds (the release workflow sets it from the repository variable KIT_URL).
  const kitUrl = process.env.KIT_URL || undefined;
  if (kitUrl !== undefined && !/^https?:\/\/[^\s]+\/$/.test(kitUrl))
    errors.push(
      new ContentIssue('KIT_URL', '', '', `"${kitUrl}" is not an http(s) address of a folder: give one ending in /`),
    );
  else if (kitUrl !== undefined) {
    for (const data of [working.data, ...releases.map((r) => r.data)]) if (data.kit) data.kit.url = kitUrl;
  }
  // What the publisher still has to give the kit: said at every build; the workflow won't publish.
  if (working.data.kit)
    for (const gap of publishingGaps(working.data.kit))
      warnings.push(new ContentIssue(kitFile, '', gap.field, gap.message));
  return { version, draft, data: working.data, changelog: working.changelog, releases, errors, warnings };
}
