// @ts-check
// A step of `npm run build`: the WordPress plugin, dist/wordpress/ct-awareness/ and its zip
// dist/ct-awareness-wordpress-<version>.zip. The PHP and the editor script come from
// wordpress/ct-awareness/; the widget's files, their integrity.json and each element's no-JavaScript
// fallback in each language (assets/fallbacks.json, the text the embed builder writes) from this
// build, so the plugin serves only what the build made, from its own folder.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipFolder } from './files.mjs';
import { SCRIPT_FILE, ELEMENT_FILES } from '../src/shared/embed.js';
import { LANGUAGES } from '../src/shared/languages.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
export const PLUGIN_DIR = join(DIST, 'wordpress', 'ct-awareness');
export const PLUGIN_ZIP = `ct-awareness-wordpress-${pkg.version}.zip`;

/** A placeholder the PHP replaces with the quick exit's address (render.php). */
const EXIT_PLACEHOLDER = 'https://exit.invalid/';

const { bannerFallbackHtml } = await import('../dist/esm/elements/hotline-banner/hotline-banner.fallback.js');
const { quizFallbackHtml } = await import('../dist/esm/elements/risk-quiz/risk-quiz.fallback.js');
const { factsFallbackHtml } = await import('../dist/esm/elements/fact-sheet/fact-sheet.fallback.js');
const { DEFAULT_EXIT_URL } = await import('../dist/esm/core/quick-exit.js');
const { PRESS_KIT } = await import('../dist/esm/data/press-kit.js');

const topics = [...new Set(PRESS_KIT.facts.map((/** @type {{ topic: string }} */ f) => f.topic))];
const byLang = (/** @type {(lang: import('../src/data/types.js').Lang) => string} */ write) =>
  Object.fromEntries(LANGUAGES.map((lang) => [lang, write(lang)]));
const fallbacks = {
  exitPlaceholder: EXIT_PLACEHOLDER,
  defaultExitUrl: DEFAULT_EXIT_URL,
  topics,
  banner: byLang((lang) => bannerFallbackHtml(lang, {})),
  'banner-exit': byLang((lang) => bannerFallbackHtml(lang, { exitUrl: EXIT_PLACEHOLDER })),
  quiz: byLang((lang) => quizFallbackHtml(lang)),
  facts: byLang((lang) => factsFallbackHtml(lang, {})),
  ...Object.fromEntries(
    topics.map((topic) => [`facts-${topic}`, byLang((lang) => factsFallbackHtml(lang, { topic }))]),
  ),
};

rmSync(join(DIST, 'wordpress'), { recursive: true, force: true });
cpSync(join(ROOT, 'wordpress', 'ct-awareness'), PLUGIN_DIR, { recursive: true });
const assets = join(PLUGIN_DIR, 'assets');
mkdirSync(assets, { recursive: true });
const shipped = [SCRIPT_FILE, ...ELEMENT_FILES, 'ct-awareness.css'];
for (const file of shipped) cpSync(join(DIST, file), join(assets, file));
// The hashes of the files it serves (the PHP writes them into the tags as SRI).
const integrity = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8'));
const files = Object.fromEntries(shipped.map((file) => [file, integrity.files[file]]));
writeFileSync(join(assets, 'integrity.json'), JSON.stringify({ ...integrity, files }, null, 2) + '\n');
writeFileSync(join(assets, 'fallbacks.json'), JSON.stringify(fallbacks, null, 2) + '\n');
// The plugin's version is the package's: written into its header and its constant.
const main = join(PLUGIN_DIR, 'ct-awareness.php');
writeFileSync(
  main,
  readFileSync(main, 'utf8')
    .replace(/^( \* Version:\s+).*$/m, `$1${pkg.version}`)
    .replace(/define\( 'CT_AWARENESS_VERSION', '[^']*' \)/, `define( 'CT_AWARENESS_VERSION', '${pkg.version}' )`),
);
const readme = join(PLUGIN_DIR, 'readme.txt');
writeFileSync(readme, readFileSync(readme, 'utf8').replace(/^Stable tag: .*$/m, `Stable tag: ${pkg.version}`));

// WordPress installs a zip whose one folder is the plugin's.
const count = zipFolder(PLUGIN_DIR, 'ct-awareness', join(DIST, PLUGIN_ZIP));
console.log(`WordPress plugin: dist/${PLUGIN_ZIP} (${count} files)`);
