// @ts-check
// An element's file for one language: the kit's texts and the UI strings of that language only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The parts of a language's UI strings beside the core (`esQuiz`, `esFacts`: one per element with
 * its own file), as src/i18n/locales.ts names them for every language: `QUIZ_STRINGS`, …
 * @param {string} source the locale file's text
 * @param {string} lang
 */
export const stringParts = (source, lang) =>
  [...source.matchAll(new RegExp(`^export const ${lang}([A-Z]\\w*)\\b`, 'gm'))]
    .map((match) => match[1])
    .filter((part) => part !== 'Core')
    .map((part) => ({ binding: `${lang}${part}`, name: `${part.toUpperCase()}_STRINGS` }));

/**
 * The generated data with each text ({es, en, pt}) kept in one language; other values as they are.
 * @param {unknown} value
 * @param {string} lang
 * @param {readonly string[]} languages every language of the kit
 * @returns {unknown}
 */
export function keepLanguage(value, lang, languages) {
  if (Array.isArray(value)) return value.map((item) => keepLanguage(item, lang, languages));
  if (!value || typeof value !== 'object') return value;
  const record = /** @type {Record<string, unknown>} */ (value);
  const isText =
    Object.keys(record).length === languages.length && languages.every((l) => typeof record[l] === 'string');
  if (isText) return { [lang]: record[lang] };
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, keepLanguage(v, lang, languages)]));
}

/**
 * `ct-one-language`: in an element's file for one language, the kit's texts (in the generated
 * data) keep that language only, and the UI strings are that language's
 * (src/i18n/locales/<lang>.ts). The code is the same in every language's file; a page loads the
 * files of its readers' languages.
 * @param {string} lang
 * @param {readonly string[]} languages
 * @returns {import('rollup').Plugin}
 */
export const oneLanguage = (lang, languages) => ({
  name: 'ct-one-language',
  resolveId(source, importer) {
    if (importer && source.endsWith('/i18n/locales.js')) return `\0ct:locales:${lang}`;
    return null;
  },
  load(id) {
    if (id !== `\0ct:locales:${lang}`) return null;
    const file = resolve('src', 'i18n', 'locales', `${lang}.ts`);
    const parts = stringParts(readFileSync(file, 'utf8'), lang);
    return [
      `import { ${parts.map((p) => p.binding).join(', ')} } from ${JSON.stringify(file)};`,
      ...parts.map((p) => `export const ${p.name} = { ${JSON.stringify(lang)}: ${p.binding} };`),
    ].join('\n');
  },
  transform(code, id) {
    if (!/\/data\/(facts|quiz)\.generated\.ts$/.test(id)) return null;
    const match = code.match(/JSON\.parse\(("(?:[^"\\]|\\.)*")\)/);
    if (!match) throw new Error(`${id}: expected the data as JSON.parse("…")`);
    const data = keepLanguage(JSON.parse(JSON.parse(match[1])), lang, languages);
    return { code: code.replace(match[0], () => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`), map: null };
  },
});
