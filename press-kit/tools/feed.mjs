// @ts-check
// The Atom feed of the press kit's releases (corrections are releases too), one per language,
// written by the `feed` library: a newsroom subscribes to it and sees each new version and what
// changed. Made anew by each build from the working changelog, like the versions page.
import { Feed } from 'feed';
import { PAGE_TEXT, PAGE_FILE, FEED_FILE } from './shared.mjs';
import { blocksHtml, changelogSections } from './markdown.mjs';

/** @typedef {import('./content-types.d.ts').Lang} Lang */

/**
 * The feed of every release, newest first, or null while the kit has no public address (`url` in
 * kit.json): a feed reader needs absolute links and ids, and the kit invents none.
 * @param {{ releases: { version: string, data: { kit: { released: string, url?: string, title: Record<string, string>, contributors: { title: string, role: string }[] } } }[], changelog: Record<string, string>, lang: Lang }} input
 * @returns {string | null}
 */
export function atomFeed({ releases, changelog, lang }) {
  const t = PAGE_TEXT[lang];
  const latest = releases.at(-1);
  const base = latest?.data.kit.url;
  if (!latest || !base) return null;
  const sections = new Map(changelogSections(changelog[lang] ?? '').map((s) => [s.heading, s.blocks]));
  const feed = new Feed({
    title: t.versionsTitle,
    description: latest.data.kit.title[lang],
    id: `${base}versions/${FEED_FILE[lang]}`,
    link: `${base}versions/${PAGE_FILE[lang]}`,
    language: lang,
    updated: new Date(`${latest.data.kit.released}T00:00:00Z`),
    generator: 'ct-awareness press kit',
    copyright: 'CC BY 4.0',
    // Atom (RFC 4287) wants an author for the feed or each entry: the kit's publisher.
    author: { name: latest.data.kit.contributors.find((c) => c.role === 'publisher')?.title ?? 'ct-awareness' },
    feedLinks: { atom: `${base}versions/${FEED_FILE[lang]}` },
  });
  for (const { version, data } of [...releases].reverse())
    feed.addItem({
      title: `${t.version} ${version}`,
      id: `${base}${version}/`,
      link: `${base}${version}/${PAGE_FILE[lang]}`,
      date: new Date(`${data.kit.released}T00:00:00Z`),
      content: blocksHtml(sections.get(version) ?? []),
    });
  return feed.atom1();
}
