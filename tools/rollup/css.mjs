// @ts-check
// The css templates and the indentation of the classic scripts' sources, minified before terser.
import MagicString from 'magic-string';

/**
 * A css template's text as CSS needs it: no comments (written for us, they would ship to every
 * reader), and whitespace only where it separates tokens. Quoted strings and the template's
 * `${…}` interpolations are kept as they are.
 * @param {string} text
 */
export const minifyCss = (text) =>
  text.replace(
    /(\/\*[\s\S]*?\*\/)|('[^'\n]*'|"[^"\n]*"|\$\{[^}]*\})|\s*([{};,>])\s*|(:)\s+|\s+/g,
    (_, comment, kept, punctuation, colon) => (comment ? '' : (kept ?? punctuation ?? colon ?? ' ')),
  );

/**
 * `ct-drop-indentation`, in the classic scripts' builds: drops the indentation after each line
 * break, and minifies the css templates (minifyCss). JavaScript is the same (the line break stays);
 * in the html templates a run of whitespace becomes a shorter one, which renders the same (no
 * template of ours sets white-space: pre). Together about 0.8 KB gzip of the main script.
 * @returns {import('rollup').Plugin}
 */
export const dropIndentation = () => ({
  name: 'ct-drop-indentation',
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const magic = new MagicString(code);
    // The code arrives compiled by TypeScript, which writes the tag as css `…` (not .css` in a comment).
    const styles = [...code.matchAll(/(?<![.\w$-])css\s*`([^`]*)`/g)].map((template) => {
      const start = (template.index ?? 0) + template[0].indexOf('`') + 1;
      return [start, start + template[1].length];
    });
    for (const [start, end] of styles) magic.overwrite(start, end, minifyCss(code.slice(start, end)));
    for (const match of code.matchAll(/\n[ \t]+/g))
      if (!styles.some(([start, end]) => (match.index ?? 0) < end && (match.index ?? 0) + match[0].length > start))
        magic.overwrite(match.index ?? 0, (match.index ?? 0) + match[0].length, '\n');
    return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
  },
});
