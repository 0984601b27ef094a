// @ts-check
// A version's press-kit page in one language: the line, every fact with its sources and citation,
// the downloads, the corrections and the changes.
import { LANGS } from './content.mjs';
import { LANGUAGE_INFO } from '../../src/shared/languages.js';
import { blocksHtml, changelogSections } from './markdown.mjs';
import { citationText, inLanguage, publisherName } from '../../src/shared/citation.js';
import { escapeHtml } from '../../src/shared/html.js';
import { telHref } from '../../src/shared/phone.js';
import {
  correctionsLinks,
  langAttribute,
  currentChannel,
  citeAs,
  verifiedText,
  PAGE_TEXT,
  PAGE_FILE,
  timeHtml,
  HEAD_START,
  shareHead,
  feedLinks,
  alternates,
  languageNav,
} from './shared.mjs';
import { structuredData } from './json-ld.mjs';

/**
 * Why a source has no link, after "not online": in the page's language, or marked as English where
 * a release gave it in English only.
 * @param {{ unavailable_online?: import('./content-types').SourceEntry['unavailable_online'] }} source
 * @param {Lang} lang
 */
function notOnlineWhy(source, lang) {
  const why = source.unavailable_online;
  if (!why) return '';
  return typeof why === 'string'
    ? `: <span lang="en">${escapeHtml(why)}</span>`
    : `: ${escapeHtml(inLanguage(why, lang))}`;
}

/**
 * Who publishes the kit and a press contact, as the publisher set them in kit.json; nothing at all
 * until then (never the 2008 release's contact, who is not the kit's).
 * @param {Data['kit']} kit
 * @param {{ contact: string, publisher: string }} t the page's words in its language
 */
function publisherHtml(kit, t) {
  const publisher = kit.publisher;
  if (!publisher) return '';
  const contact = publisher.press_contact;
  const name = publisher.url
    ? `<a href="${escapeHtml(publisher.url)}">${escapeHtml(publisher.name)}</a>`
    : escapeHtml(publisher.name);
  const ways = [
    contact.email && `<a href="mailto:${escapeHtml(contact.email)}">${escapeHtml(contact.email)}</a>`,
    contact.phone && `<a href="${telHref(contact.phone)}">${escapeHtml(contact.phone)}</a>`,
  ].filter(Boolean);
  return `<section aria-labelledby="h-contact">
<h2 id="h-contact">${t.contact}</h2>
<p>${t.publisher}: ${name}</p>
<p>${escapeHtml(contact.name)} · ${ways.join(' · ')}</p>
</section>
`;
}

/**
 * @typedef {import('./content-types').Content} Data
 * @typedef {import('./content-types').Expanded<import('./content-types').FactEntry>} Fact
 * @typedef {import('./content-types').Expanded<import('./content-types').ChannelEntry>} Channel
 * @typedef {import('../../src/data/types.js').Lang} Lang
 */

/**
 * The changelog in the page's language (English for a release that has only English): its
 * corrections section, with where to report an error when the kit has an address, then the changes.
 * @param {import('./content.mjs').Changelog} changelog
 * @param {Lang} lang
 * @param {Data['kit']} kit
 */
function changelogHtml(changelog, lang, kit) {
  const t = PAGE_TEXT[lang];
  const own = changelog[lang] !== undefined;
  const sections = changelogSections(changelog[lang] ?? changelog.en ?? '');
  const isVersion = (/** @type {string} */ heading) => /^\[?\d+\.\d+\.\d+/.test(heading);
  const corrections = sections.filter((s) => s.heading && !isVersion(s.heading));
  const links = correctionsLinks(kit);
  const report = links ? `<p>${t.reportError}: ${links}</p>` : '';
  const langAttr = own ? '' : ' lang="en"';
  return `<section aria-labelledby="h-corrections"${langAttr}>
<h2 id="h-corrections">${t.corrections}</h2>
${corrections.map((s) => blocksHtml(s.blocks)).join('\n')}
${report}
</section>
<section aria-labelledby="h-changelog"${langAttr}>
<h2 id="h-changelog">${t.changelog}</h2>
${sections
  .filter((s) => !s.heading || isVersion(s.heading))
  .map((s) => `${s.heading ? `<h3>${escapeHtml(s.heading)}</h3>\n` : ''}${blocksHtml(s.blocks)}`)
  .join('\n')}
</section>`;
}

export function pressKitPage(
  /** @type {Data} */ data,
  /** @type {Fact[]} */ facts,
  /** @type {Channel[]} */ channels,
  /** @type {import('./content.mjs').Changelog} */ changelog,
  /** @type {Lang} */ lang,
  /** @type {string[]} */ files,
) {
  const t = PAGE_TEXT[lang];
  const kit = data.kit;
  const line = currentChannel(channels, 'trafficking-line');
  const danger = currentChannel(channels, 'immediate-danger');
  const verified = (/** @type {Channel} */ c) => escapeHtml(verifiedText(c, lang));
  // What was confirmed, by whom: the campaign, or not yet (the project's own check, with its evidence's date).
  const confirmation = (/** @type {Channel} */ c) => (c.confirmed_by_campaign ? t.confirmed : t.notConfirmed);
  const jsonLd = structuredData({ kit, facts, channels, lang, files });
  const status = (/** @type {Fact} */ f) =>
    f.status === 'attributed' ? `${t.attributed}: ${f.attribution?.[lang] ?? ''}` : t[f.status];
  const factItems = facts
    .map((f) => {
      const cite = citationText(f, lang, citeAs(kit, lang));
      return `<li class="fact" id="${escapeHtml(f.id)}">
  <p class="meta"><span class="status status-${f.status}">${escapeHtml(status(f))}</span> · ${t.date}: ${timeHtml(f.date)}${f.checked_on ? ` · ${t.checked}: ${timeHtml(f.checked_on)}` : ''} · <code>${escapeHtml(f.id)}</code></p>
  <p class="statement">${escapeHtml(f.statement[lang])}</p>
  <p class="sources">${f.sources.length > 1 ? t.sources : t.source}: ${f.sources
    .map(
      (s) =>
        `${s.url ? `<a href="${escapeHtml(s.url)}"${langAttribute(s.language)}>${escapeHtml(s.title)}</a>` : `<cite${langAttribute(s.language)}>${escapeHtml(s.title)}</cite>`} (${escapeHtml(publisherName(s, lang))}, ${escapeHtml(s.date)})${s.url ? `<span class="print-url"> ${escapeHtml(s.url)}</span>` : ` <span class="not-online">[${t.notOnline}${notOnlineWhy(s, lang)}]</span>`}`,
    )
    .join('; ')}</p>
  <p class="citation" hidden>${escapeHtml(cite)}</p>
  <button type="button" class="copy" hidden data-citation="${escapeHtml(cite)}">${t.copy}</button>
</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
${HEAD_START}
<title>${escapeHtml(kit.title[lang])} · ${t.version} ${kit.version}</title>
<meta name="description" content="${escapeHtml(kit.boilerplate[lang])}">
<meta property="og:type" content="website">
<meta property="og:title" content="${escapeHtml(kit.title[lang])} · ${t.version} ${kit.version}">
<meta property="og:description" content="${escapeHtml(kit.boilerplate[lang])}">
<meta property="og:locale" content="${LANGUAGE_INFO[lang].ogLocale}">
${LANGS.filter((l) => l !== lang)
  .map((l) => `<meta property="og:locale:alternate" content="${LANGUAGE_INFO[l].ogLocale}">`)
  .join('\n')}
${alternates()}
${shareHead(kit, lang, `${kit.version}/${PAGE_FILE[lang]}`)}${feedLinks(kit, lang).head}<link rel="stylesheet" href="press-kit.css">
<script type="application/ld+json">${JSON.stringify(jsonLd).replaceAll('<', '\\u003c')}</script>
</head>
<body>
<header>
${languageNav(lang)}
<h1>${escapeHtml(kit.title[lang])}</h1>
<p>${t.version} ${kit.version} · ${escapeHtml(kit.released)} · <a href="../versions/${PAGE_FILE[lang]}">${t.allVersions}</a> · <a href="../images/${PAGE_FILE[lang]}">${t.imagesTitle}</a> · <a href="../poster/${lang}-a4.html">${t.posterTitle}</a> · <a href="../verify/${PAGE_FILE[lang]}">${t.verifyTitle}</a>${feedLinks(kit, lang).header}</p>
<p class="superseded" role="status" hidden data-version="${escapeHtml(kit.version)}" data-lang="${lang}" data-text="${escapeHtml(t.superseded)}" data-link="${escapeHtml(t.supersededLink)}" data-versions="../versions/${PAGE_FILE[lang]}"></p>
</header>
<main>
<p class="boilerplate">${escapeHtml(kit.boilerplate[lang])}</p>
<section aria-labelledby="h-hotline">
<h2 id="h-hotline">${t.hotline}</h2>
<p class="hotline"><strong><a href="${telHref(line.number)}">${escapeHtml(line.number)}</a></strong>${line.option ? `, ${t.option} ${escapeHtml(line.option)}` : ''} — ${escapeHtml(line.operator[lang])}; ${t.free}, ${t.confidential}, ${t.hours}. ${t.lastVerified}: ${verified(line)}. ${confirmation(line)}</p>
<p>${t.immediate}: <a href="${telHref(danger.number)}">${escapeHtml(danger.number)}</a> (${escapeHtml(danger.operator[lang])}). ${t.lastVerified}: ${verified(danger)}. ${confirmation(danger)}</p>
</section>
<section aria-labelledby="h-facts">
<h2 id="h-facts">${t.facts}</h2>
<ol class="facts">
${factItems}
</ol>
</section>
${publisherHtml(kit, t)}<section aria-labelledby="h-downloads">
<h2 id="h-downloads">${t.downloads}</h2>
<ul>${files.map((f) => `<li><a href="${escapeHtml(f)}">${escapeHtml(f)}</a></li>`).join('')}</ul>
<p>${t.licence}: <a href="${escapeHtml(kit.license.path)}">${escapeHtml(kit.license.title)}</a>. ${t.credit}: ${escapeHtml(kit.credit[lang].replace('{version}', kit.version))}</p>
<p>${t.notOfficial}</p>
</section>
${changelogHtml(changelog, lang, kit)}
</main>
<p class="announcer" role="status" data-copied="${escapeHtml(t.copied)}" data-failed="${escapeHtml(t.copyFailed)}"></p>
<script src="press-kit.js" type="module"></script>
</body>
</html>
`;
}
