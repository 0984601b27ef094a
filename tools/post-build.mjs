// @ts-check
// After rollup (npm run build): what is made from the built script rather than by it: the
// stylesheet, the embed builder, the iframe pages, then dist/integrity.json, which pins every file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, LANGUAGE_INFO, FALLBACK_LANGUAGE } from '../src/shared/languages.js';
import { ELEMENTS } from '../src/shared/elements.js';
import { SCRIPT_FILE, EXAMPLE_FOLDER } from '../src/shared/embed.js';
import { telHref } from '../src/shared/phone.js';
import { FIRST_SCREEN_FACES } from '../src/shared/first-screen.js';
import { sri } from './sri.mjs';
import { filesUnder } from './files.mjs';
import { firstScreenCss } from './first-screen-css.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The optional stylesheet that gives each element its box before the script runs, with the measured first screens. */
export function writeStylesheet() {
  writeFileSync(
    'dist/ct-awareness.css',
    `${readFileSync('src/embed.css', 'utf8')}/* The first screens' heights (src/shared/first-screen.json). */\n@media (scripting: enabled) {\n${firstScreenCss()}\n}\n`,
  );
}

/** The embed builder, beside the script, with the exact version and hash it pins. */
export function writeEmbedBuilder() {
  mkdirSync('dist/embed', { recursive: true });
  // Copying with its fallback and the escaping: the same modules the elements and the tools use.
  for (const name of ['copy.js', 'html.js']) writeFileSync(`dist/embed/${name}`, readFileSync(`src/shared/${name}`));
  const frameHeights = Object.fromEntries(Object.entries(ELEMENTS).map(([tag, e]) => [tag, e.frameHeight]));
  for (const name of ['index.html', 'embed-builder.js', 'embed-builder.css'])
    writeFileSync(
      `dist/embed/${name}`,
      readFileSync(`src/embed-builder/${name}`, 'utf8')
        .replaceAll('{{version}}', pkg.version)
        .replaceAll('{{scriptUrl}}', `${EXAMPLE_FOLDER}${SCRIPT_FILE}`)
        // The element's language: every language of the kit, each in its own name.
        .replace(
          '{{languageOptions}}',
          LANGUAGES.map((lang) => `<option value="${lang}">${LANGUAGE_INFO[lang].name}</option>`).join(''),
        )
        .replace("'{{frameHeights}}'", JSON.stringify(frameHeights))
        .replace("'{{faceStacks}}'", JSON.stringify(FIRST_SCREEN_FACES.map((c) => c.stack)))
        .replaceAll('{{integrity}}', sri('dist/ct-awareness.js')),
    );
}

/**
 * dist/frame/: a page per element for sites that allow only iframes, each taking its options from
 * the query string (the attributes the manifest lists), with the script pinned by its hash, under
 * a strict Content-Security-Policy; and the optional resize script for the embedding page.
 */
export function writeFramePages() {
  mkdirSync('dist/frame', { recursive: true });
  for (const name of ['frame.js', 'frame.css', 'ct-awareness-frame-resize.js'])
    writeFileSync(`dist/frame/${name}`, readFileSync(`src/frame/${name}`));
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  /** @typedef {{ tagName?: string, attributes?: { name: string }[] }} Declaration */
  /** @type {Declaration[]} */
  const declarations = manifest.modules.flatMap(
    (/** @type {{ declarations?: Declaration[] }} */ m) => m.declarations ?? [],
  );
  // The number the fallback gives is the press kit's current line, as everywhere else.
  const { channels } = JSON.parse(readFileSync('press-kit/content/hotline.json', 'utf8'));
  const line = channels.find(
    (/** @type {{ role: string, status: string }} */ c) => c.role === 'trafficking-line' && c.status === 'current',
  );
  const call = `<a href="${telHref(line.number)}" target="_top">${line.number}${line.option ? `, opción ${line.option}` : ''}</a>`;
  const template = readFileSync('src/frame/frame.html', 'utf8');
  const banner = ELEMENTS['ct-hotline-banner'];
  for (const [tag, { name, frameTitle }] of Object.entries(ELEMENTS)) {
    const attributes = declarations.find((d) => d.tagName === tag)?.attributes?.map((a) => a.name) ?? [];
    const fallback = `<p>${frameTitle}: llama gratis y de forma confidencial al ${call}.</p>`;
    // Every frame but the banner's starts with the line as a bar stuck to the top of what the
    // reader sees of the frame (frame.js): the number stays on screen while the rest scrolls. The
    // quiz's bar always offers the exit, as the quiz does; the fact sheet's where ?quick-exit asks.
    const exit = tag === 'ct-risk-quiz' ? ' quick-exit' : '';
    const bar =
      tag === 'ct-hotline-banner'
        ? ''
        : `<ct-hotline-banner layout="bar" position="top"${exit}><p>${call} ${banner.frameTitle}</p></ct-hotline-banner>\n    `;
    writeFileSync(
      `dist/frame/${name}.html`,
      template
        .replace('{{element}}', `${bar}<${tag}>${fallback}</${tag}>`)
        .replaceAll('{{title}}', frameTitle)
        .replaceAll('{{lang}}', FALLBACK_LANGUAGE)
        .replaceAll('{{version}}', pkg.version)
        .replaceAll('{{integrity}}', sri('dist/ct-awareness.js'))
        .replaceAll('{{attributes}}', attributes.join(' '))
        .replaceAll('{{name}}', name),
    );
  }
}

/** dist/integrity.json: every shipped file with its Subresource Integrity hash. */
export function writeIntegrity() {
  const files = Object.fromEntries(
    filesUnder('dist')
      // Not itself, nor the release archive the build makes from these files afterwards.
      .filter((path) => !path.endsWith('integrity.json') && !/^dist\/(release\/|[^/]+\.zip$)/.test(path))
      .sort()
      .map((path) => [relative('dist', path), sri(path)]),
  );
  writeFileSync('dist/integrity.json', JSON.stringify({ name: pkg.name, version: pkg.version, files }, null, 2) + '\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeStylesheet();
  writeEmbedBuilder();
  writeFramePages();
  writeIntegrity();
}
