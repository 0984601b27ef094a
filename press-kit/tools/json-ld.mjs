// @ts-check
// The page's structured data (JSON-LD), from the content only.
import { LANGUAGE_INFO } from '../../src/shared/languages.js';
import { currentChannel, PAGE_TEXT, mediaType, yearsOf } from './shared.mjs';

/**
 * @typedef {import('./content-types').Content} Data
 * @typedef {import('./content-types').Expanded<import('./content-types').FactEntry>} Fact
 * @typedef {import('./content-types').Expanded<import('./content-types').ChannelEntry>} Channel
 * @typedef {import('../../src/data/types.js').Lang} Lang
 */

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The page's JSON-LD, from the content only: the line's operator with its contact point, and the
 * dataset with every published file. Full addresses when the kit has a public url, else relative.
 * @param {{ kit: Data['kit'], facts: Fact[], channels: Channel[], lang: Lang, files: string[] }} options
 */
export function structuredData({ kit, facts, channels, lang, files }) {
  const here = kit.url ? new URL(`${kit.version}/`, kit.url).href : undefined;
  const address = (/** @type {string} */ file) => (here ? new URL(file, here).href : file);
  const line = currentChannel(channels, 'trafficking-line');
  const organizations = (/** @type {(role: string) => boolean} */ wanted) =>
    kit.contributors.filter((c) => wanted(c.role)).map((c) => ({ '@type': 'Organization', name: c.title }));
  const years = facts.flatMap((f) => yearsOf(f.date)).sort((a, b) => a - b);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'GovernmentOrganization',
        name: line.operator[lang],
        contactPoint: {
          '@type': 'ContactPoint',
          telephone: line.number,
          ...(line.option ? { description: `${PAGE_TEXT[lang].option} ${line.option}` } : {}),
          contactType: PAGE_TEXT[lang].hotline,
          ...(kit.spatial_coverage ? { areaServed: kit.spatial_coverage.country } : {}),
          // A language known only from older evidence is named with its year, not as a plain current fact.
          ...(line.languages
            ? { availableLanguage: line.languages.filter((code) => !line.languages_as_of?.[code]) }
            : {}),
          ...(line.languages_as_of && Object.keys(line.languages_as_of).length
            ? {
                description: [
                  line.option ? `${PAGE_TEXT[lang].option} ${line.option}` : '',
                  ...Object.entries(line.languages_as_of).map(
                    ([code, year]) =>
                      `${new Intl.DisplayNames([LANGUAGE_INFO[lang].intl], { type: 'language' }).of(code)}: ${PAGE_TEXT[lang].asOf} ${year}`,
                  ),
                ]
                  .filter(Boolean)
                  .join('. '),
              }
            : {}),
          ...(line.hours === '24/7'
            ? {
                hoursAvailable: {
                  '@type': 'OpeningHoursSpecification',
                  dayOfWeek: DAYS.map((day) => `https://schema.org/${day}`),
                  opens: '00:00',
                  closes: '23:59',
                },
              }
            : {}),
        },
      },
      {
        '@type': 'Dataset',
        ...(here ? { '@id': `${here}#dataset`, url: here } : {}),
        identifier: `${kit.name}@${kit.version}`,
        name: kit.title[lang],
        description: kit.boilerplate[lang],
        version: kit.version,
        inLanguage: lang,
        license: kit.license.path,
        isAccessibleForFree: true,
        datePublished: kit.released,
        creator: organizations((role) => role === 'publisher'),
        // The organisation that answers for the kit, with its press contact, once it has set them.
        publisher: kit.publisher
          ? {
              '@type': 'Organization',
              name: kit.publisher.name,
              ...(kit.publisher.url ? { url: kit.publisher.url } : {}),
              contactPoint: {
                '@type': 'ContactPoint',
                contactType: PAGE_TEXT[lang].contact,
                name: kit.publisher.press_contact.name,
                ...(kit.publisher.press_contact.email ? { email: kit.publisher.press_contact.email } : {}),
                ...(kit.publisher.press_contact.phone ? { telephone: kit.publisher.press_contact.phone } : {}),
              },
            }
          : organizations((role) => role === 'publisher'),
        contributor: organizations((role) => role !== 'publisher'),
        ...(kit.keywords ? { keywords: kit.keywords[lang] } : {}),
        temporalCoverage: `${years[0]}/${years.at(-1)}`,
        ...(kit.spatial_coverage
          ? {
              spatialCoverage: {
                '@type': 'Place',
                name: kit.spatial_coverage.name[lang],
                address: { '@type': 'PostalAddress', addressCountry: kit.spatial_coverage.country },
              },
            }
          : {}),
        distribution: files.map((file) => ({
          '@type': 'DataDownload',
          name: file,
          contentUrl: address(file),
          encodingFormat: mediaType(file),
        })),
      },
    ],
  };
}
