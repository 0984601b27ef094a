// @ts-check
// The versions page in one language: every release, its changes and its checksums.
import { blocksHtml, changelogSections } from './markdown.mjs';
import { escapeHtml } from '../../src/shared/html.js';
import { parseSums } from './content.mjs';
import {
  PAGE_TEXT,
  PAGE_FILE,
  FEED_FILE,
  timeHtml,
  HEAD_START,
  shareHead,
  alternates,
  languageNav,
} from './shared.mjs';

/**
 * @typedef {import('./content-types').Content} Data
 * @typedef {import('../../src/data/types.js').Lang} Lang
 */

/**
 * The versions page in one language: every release, newest first, with its date, its changes in
 * that language, its page and each published file with its SHA-256 checksum.
 * A version with a newer one says which replaced it. With `feed`, it links the Atom feed of the
 * releases (feed.mjs) beside it.
 * @param {{ releases: { version: string, data: Data, sums: string }[], changelog: import('./content.mjs').Changelog, lang: Lang, feed?: boolean }} options
 */
export function versionsPage({ releases, changelog, lang, feed = false }) {
  const t = PAGE_TEXT[lang];
  const latestKit = releases.at(-1)?.data.kit;
  const next = new Map(releases.slice(0, -1).map((r, i) => [r.version, releases[i + 1].version]));
  const sections = new Map(changelogSections(changelog[lang] ?? '').map((s) => [s.heading, s.blocks]));
  const title = t.versionsTitle;
  const items = [...releases]
    .reverse()
    .map(({ version, data, sums }) => {
      const files = [...parseSums(sums)]
        .map(
          ([name, hash]) =>
            `<tr><td><a href="../${escapeHtml(version)}/${escapeHtml(name)}">${escapeHtml(name)}</a></td><td><code>${hash}</code></td></tr>`,
        )
        .join('');
      return `<section aria-labelledby="v-${escapeHtml(version)}">
<h2 id="v-${escapeHtml(version)}">${t.version} ${escapeHtml(version)}</h2>
<p>${t.released} ${timeHtml(data.kit.released)} · <a href="../${escapeHtml(version)}/${PAGE_FILE[lang]}">${t.page}</a></p>
${next.has(version) ? `<p class="superseded-by"><a href="#v-${escapeHtml(next.get(version) ?? '')}">${escapeHtml(t.supersededBy.replace('{version}', next.get(version) ?? ''))}</a></p>\n` : ''}
${blocksHtml(sections.get(version) ?? [])}
<details>
<summary>${t.files}</summary>
<table><tbody>${files}</tbody></table>
</details>
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
${HEAD_START}
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(title)}: ${releases.map((r) => r.version).join(', ')}">
${alternates()}
${latestKit ? shareHead(latestKit, lang, `versions/${PAGE_FILE[lang]}`) : ''}${feed ? `<link rel="alternate" type="application/atom+xml" href="${FEED_FILE[lang]}" title="${escapeHtml(t.feed)}">\n` : ''}<link rel="stylesheet" href="press-kit.css">
</head>
<body>
<header>
${languageNav(lang)}
<h1>${escapeHtml(title)}</h1>
<p><a href="../latest/${PAGE_FILE[lang]}">${escapeHtml(releases.at(-1)?.data.kit.title[lang] ?? '')}</a> · <a href="../images/${PAGE_FILE[lang]}">${t.imagesTitle}</a> · <a href="../poster/${lang}-a4.html">${t.posterTitle}</a> · <a href="../verify/${PAGE_FILE[lang]}">${t.verifyTitle}</a>${feed ? ` · <a href="${FEED_FILE[lang]}">${escapeHtml(t.feed)}</a>` : ''}</p>
</header>
<main>
<p class="replaced-explained">${escapeHtml(t.replacedExplained)}</p>
${items}
</main>
</body>
</html>
`;
}
