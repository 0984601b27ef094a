// @ts-check
// What the press kit's outputs share: the pages' words and file names, the content with its
// sources written out, the current channels, the kit as a citation names it, and the pages' head.
import { readFileSync } from 'node:fs';
import { LANGS, PRESS_KIT_DIR } from './content.mjs';
import { FALLBACK_LANGUAGE, LANGUAGE_INFO } from '../../src/shared/languages.js';
import { join } from 'node:path';
import { escapeHtml } from '../../src/shared/html.js';

/**
 * @typedef {import('./content-types').Content} Data
 * @typedef {import('./content-types').Expanded<import('./content-types').FactEntry>} Fact
 * @typedef {import('./content-types').Expanded<import('./content-types').ChannelEntry>} Channel
 * @typedef {import('../../src/data/types.js').Lang} Lang
 */

/** A source title's language, marked so a screen reader reads it in that language. */
export const langAttribute = (/** @type {string | undefined} */ language) =>
  language ? ` lang="${escapeHtml(language)}"` : '';

/** The current channel of a role; the content check has made sure there is one. */
export function currentChannel(/** @type {Channel[]} */ channels, /** @type {Channel['role']} */ role) {
  const channel = channels.find((c) => c.role === role && c.status === 'current');
  if (!channel) throw new Error(`no current ${role} channel: the content check should have stopped the build`);
  return channel;
}

/**
 * The kit as a citation names it, in one language: "ct-awareness press kit, version 1.6.0", then
 * the version's address when the kit has a public one, else its release day.
 */
export const citeAs = (/** @type {Data['kit']} */ kit, /** @type {Lang} */ lang) =>
  `${kit.cite_as[lang].replace('{version}', kit.version)}, ${kit.url ? new URL(`${kit.version}/`, kit.url).href : kit.released}`;

/** When a number was last verified and how: "2025, in press reports (…)" (releases before 1.2.0 say when only). */
export function verifiedText(/** @type {Channel} */ channel, /** @type {Lang} */ lang) {
  const how = PAGE_TEXT[lang].verifiedBy[/** @type {keyof typeof PAGE_TEXT.es.verifiedBy} */ (channel.verified_by)];
  return `${channel.verified_on}${channel.verified_by ? `, ${how}` : ''}`;
}

/** A source by its id; the content check has made sure every id is known. */
export function sourceOf(
  /** @type {Map<string, import('./content-types').SourceEntry>} */ byId,
  /** @type {string} */ id,
) {
  const source = byId.get(id);
  if (!source) throw new Error(`unknown source "${id}": the content check should have stopped the build`);
  return source;
}

/** A source as published beside a fact: without its id. */
const withoutId = (/** @type {import('./content-types').SourceEntry} */ { id: _id, ...source }) => source;

/** Facts with their sources written out, as journalists and the widgets read them. */
export function expandFacts(/** @type {Data} */ data) {
  const byId = new Map(data.sources.sources.map((s) => [s.id, s]));
  const expand = (/** @type {string[]} */ ids) => ids.map((id) => withoutId(sourceOf(byId, id)));
  return {
    facts: data.facts.facts.map((f) => ({ ...f, sources: expand(f.sources) })),
    channels: data.hotline.channels.map((c) => ({ ...c, sources: expand(c.sources) })),
  };
}

/** The pages' own words, one file per language in press-kit/page/strings; the facts come from the content. */
export const PAGE_TEXT = /** @type {Record<Lang, typeof import('../page/strings/en.json')>} */ (
  Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      JSON.parse(readFileSync(join(PRESS_KIT_DIR, 'page', 'strings', `${lang}.json`), 'utf8')),
    ]),
  )
);

/** Each language's page: the fallback language's is the folder's index. */
export const PAGE_FILE = /** @type {Record<Lang, string>} */ (
  Object.fromEntries(LANGS.map((lang) => [lang, lang === FALLBACK_LANGUAGE ? 'index.html' : `${lang}.html`]))
);

/** Each language's Atom feed beside its versions page (feed.mjs writes it): atom.xml, atom.<lang>.xml for the others. */
export const FEED_FILE = /** @type {Record<Lang, string>} */ (
  Object.fromEntries(LANGS.map((lang) => [lang, lang === FALLBACK_LANGUAGE ? 'atom.xml' : `atom.${lang}.xml`]))
);

/** The first and last year a date or a start/end period covers, as numbers (CSV columns, JSON-LD coverage). */
export const yearsOf = (/** @type {string} */ date) => {
  const parts = date.split('/');
  return [Number(parts[0].slice(0, 4)), Number((parts[1] ?? parts[0]).slice(0, 4))];
};

/** A date or a start/end period as <time> elements, each with a machine-readable datetime. */
export function timeHtml(/** @type {string} */ value) {
  return value
    .split('/')
    .map((part) => `<time datetime="${escapeHtml(part)}">${escapeHtml(part)}</time>`)
    .join('–');
}

/** Media types of the published files, by extension. */
const MEDIA_TYPE = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

export const mediaType = (/** @type {string} */ name) =>
  MEDIA_TYPE[/** @type {keyof typeof MEDIA_TYPE} */ (name.split('.').pop())] ?? 'application/octet-stream';

/** The kit's icon: inline, so every page has it without one more file in each folder. */
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#7a1f3d"/><path d="M10 7h5l2 6-3 2a14 14 0 0 0 6 6l2-3 6 2v5c0 1-1 2-2 2A19 19 0 0 1 8 9c0-1 1-2 2-2z" fill="#fff"/></svg>';

/** The first lines of every page's head: the character set, the viewport and the icon. */
export const HEAD_START = `<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${encodeURIComponent(FAVICON_SVG)}">`;

/**
 * A page's address and its preview when shared, once the kit has a public address (kit.json's
 * url): the canonical link, og:url and og:image, the line's card in the page's language. Nothing
 * without one: Open Graph wants absolute addresses, and the kit invents none.
 * @param {Data['kit']} kit
 * @param {Lang} lang
 * @param {string} path the page's path from the kit's folder, e.g. "1.6.0/index.html"
 */
export function shareHead(kit, lang, path) {
  if (!kit.url) return '';
  const url = new URL(path, kit.url).href;
  const image = new URL(`images/line-${lang}-1200x630.png`, kit.url).href;
  return `<link rel="canonical" href="${escapeHtml(url)}">
<meta property="og:url" content="${escapeHtml(url)}">
<meta property="og:image" content="${escapeHtml(image)}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
`;
}

/**
 * The head's and the header's links to the Atom feed of the releases (versions/atom*.xml), from a
 * page one folder below the kit's; none while the kit has no public address, as there is no feed
 * then (feed.mjs).
 */
export function feedLinks(/** @type {Data['kit']} */ kit, /** @type {Lang} */ lang) {
  if (!kit.url) return { head: '', header: '' };
  const href = `../versions/${FEED_FILE[lang]}`;
  const title = escapeHtml(PAGE_TEXT[lang].feed);
  return {
    head: `<link rel="alternate" type="application/atom+xml" href="${href}" title="${title}">\n`,
    header: ` · <a href="${href}">${title}</a>`,
  };
}

/**
 * Where to report an error, as links: the corrections e-mail and address the publisher set in
 * kit.json; empty until then. The page's corrections section and the "how we verify" page.
 */
export function correctionsLinks(/** @type {Data['kit']} */ kit) {
  if (!kit.corrections) return '';
  const { email, url } = kit.corrections;
  return [
    email && `<a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>`,
    url && `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The links from a page to the same page in the other languages. */
export const alternates = () =>
  LANGS.map((l) => `<link rel="alternate" hreflang="${l}" href="${PAGE_FILE[l]}">`).join('\n');

/** The language switch of a page in `lang`: each language in its own name, the current one marked. */
export function languageNav(/** @type {Lang} */ lang) {
  const links = LANGS.map(
    (l) =>
      `<a href="${PAGE_FILE[l]}" hreflang="${l}" lang="${l}"${l === lang ? ' aria-current="page"' : ''}>${LANGUAGE_INFO[l].name}</a>`,
  ).join(' · ');
  return `<nav aria-label="${PAGE_TEXT[lang].languages}">${links}</nav>`;
}
