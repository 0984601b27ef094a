// The Atom feed of the press kit's releases: valid Atom, every release newest first, each with its
// changes; written only once the kit has a public address, which it never invents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadPressKit } from '../../press-kit/tools/content.mjs';
import { atomFeed } from '../../press-kit/tools/feed.mjs';
import { versionsPage } from '../../press-kit/tools/versions.mjs';
import { FEED_FILE } from '../../press-kit/tools/shared.mjs';

const kit = loadPressKit();
const URL_BASE = 'https://press.example.org/ct-awareness/';
/** The released versions as the build reads them, with the public address a publisher would set. */
const releases = kit.releases.map((r) => ({
  version: r.version,
  data: { ...r.data, kit: { ...r.data.kit, url: URL_BASE } },
  sums: '',
}));

test('without the kit’s public address there is no feed, and the versions page links none', () => {
  const bare = kit.releases.map((r) => ({ version: r.version, data: r.data, sums: '' }));
  assert.ok(!bare.at(-1).data.kit.url, 'kit.json has no url yet');
  assert.equal(atomFeed({ releases: bare, changelog: kit.changelog, lang: 'es' }), null);
  assert.doesNotMatch(versionsPage({ releases: bare, changelog: kit.changelog, lang: 'es' }), /atom/);
});

for (const lang of ['es', 'en', 'pt'])
  test(`${lang}: the feed is Atom, lists every release newest first with its changes, and the versions page links it`, () => {
    const xml = atomFeed({ releases, changelog: kit.changelog, lang });
    assert.equal(XMLValidator.validate(xml), true);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    assert.equal(feed.xmlns, 'http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated']) assert.ok(feed[field], `the feed's ${field}`);
    // RFC 4287: an author for the feed (none per entry), and absolute ids.
    assert.equal(feed.author?.name, 'ct-awareness');
    assert.ok(URL.canParse(feed.id));
    const entries = [feed.entry].flat();
    assert.deepEqual(
      entries.map((e) => e.id),
      [...releases].reverse().map((r) => `${URL_BASE}${r.version}/`),
    );
    for (const entry of entries) {
      assert.ok(entry.title && entry.updated, entry.id);
      assert.match([entry.link].flat()[0].href, new RegExp(`^${URL_BASE}\\d+\\.\\d+\\.\\d+/`));
    }
    // Each release's changes, in the feed's language: 1.5.0 named each source's language.
    const text = (node) => (typeof node === 'string' ? node : node['#text']);
    assert.match(text(entries[0].title), new RegExp(releases.at(-1).version.replaceAll('.', '\\.')));
    const v150 = entries.find((e) => text(e.title).endsWith(' 1.5.0'));
    assert.match(text(v150.content), /language|idioma/);
    assert.ok(
      entries.every((e) => text(e.content).length > 20),
      'every release says what changed',
    );
    const page = versionsPage({ releases, changelog: kit.changelog, lang, feed: true });
    assert.match(page, new RegExp(`<link rel="alternate" type="application/atom\\+xml" href="${FEED_FILE[lang]}"`));
  });
