// The WordPress plugin as the build makes it (tools/wordpress-plugin.mjs): what its zip holds, that
// it serves the build's own files with their true hashes, and WordPress's rules for escaping and
// nonces, read in its PHP. In a real WordPress: test/wordpress (npm run test:wordpress).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { LANGUAGES } from '../../src/shared/languages.js';
import { ELEMENT_FILES, SCRIPT_FILE } from '../../src/shared/embed.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const PLUGIN = join(ROOT, 'dist', 'wordpress', 'ct-awareness');
const ZIP = join(ROOT, 'dist', `ct-awareness-wordpress-${pkg.version}.zip`);
const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)],
  );
const php = filesUnder(PLUGIN).filter((path) => path.endsWith('.php'));

test('the zip holds the plugin in one folder, ct-awareness/, byte for byte, in the release archive too', () => {
  const entries = unzipSync(new Uint8Array(readFileSync(ZIP)));
  const expected = filesUnder(PLUGIN).map((path) => `ct-awareness/${relative(PLUGIN, path)}`);
  assert.deepEqual(Object.keys(entries).sort(), expected.sort());
  for (const name of expected)
    assert.deepEqual(Buffer.from(entries[name]), readFileSync(join(PLUGIN, name.slice('ct-awareness/'.length))), name);
  for (const name of ['ct-awareness.php', 'readme.txt', 'readme-es.txt', 'readme-pt.txt', 'blocks/editor.js'])
    assert.ok(expected.includes(`ct-awareness/${name}`), name);
  assert.deepEqual(
    readFileSync(
      join(ROOT, 'dist', 'release', `ct-awareness-${pkg.version}`, `ct-awareness-wordpress-${pkg.version}.zip`),
    ),
    readFileSync(ZIP),
  );
});

test("its version is the package's, in the header, the constant and readme.txt", () => {
  const main = readFileSync(join(PLUGIN, 'ct-awareness.php'), 'utf8');
  assert.match(main, new RegExp(`^ \\* Version: +${pkg.version.replaceAll('.', '\\.')}$`, 'm'));
  assert.ok(main.includes(`define( 'CT_AWARENESS_VERSION', '${pkg.version}' )`));
  assert.match(
    readFileSync(join(PLUGIN, 'readme.txt'), 'utf8'),
    new RegExp(`^Stable tag: ${pkg.version.replaceAll('.', '\\.')}$`, 'm'),
  );
});

test("it serves the build's script, element files and stylesheet, each with its true sha384", () => {
  const { files } = JSON.parse(readFileSync(join(PLUGIN, 'assets', 'integrity.json'), 'utf8'));
  const served = [SCRIPT_FILE, ...ELEMENT_FILES, 'ct-awareness.css'];
  assert.deepEqual(Object.keys(files).sort(), served.sort());
  for (const file of served) {
    const bytes = readFileSync(join(PLUGIN, 'assets', file));
    assert.deepEqual(bytes, readFileSync(join(ROOT, 'dist', file)), `${file} is the build's`);
    assert.equal(files[file], `sha384-${createHash('sha384').update(bytes).digest('base64')}`, file);
  }
});

test('each fallback, in each language, shows the current line; the banner with an exit has the placeholder the PHP replaces', () => {
  const fallbacks = JSON.parse(readFileSync(join(PLUGIN, 'assets', 'fallbacks.json'), 'utf8'));
  const keys = ['banner', 'banner-exit', 'quiz', 'facts', ...fallbacks.topics.map((t) => `facts-${t}`)];
  for (const key of keys)
    for (const lang of LANGUAGES) {
      if (key.startsWith('facts-') && key !== 'facts-hotline') continue;
      assert.match(fallbacks[key][lang], /<a href="tel:1818">/, `${key} ${lang}`);
    }
  for (const lang of LANGUAGES)
    assert.ok(fallbacks['banner-exit'][lang].includes(`href="${fallbacks.exitPlaceholder}"`));
  assert.match(fallbacks.defaultExitUrl, /^https:\/\//);
});

test('its PHP escapes all it prints, reads no request data itself, stores nothing about readers, and its form carries the nonce', () => {
  for (const file of php) {
    const source = readFileSync(file, 'utf8');
    const name = relative(PLUGIN, file);
    assert.match(source, /^defined\( 'ABSPATH' \) \|\| exit;$/m, `${name}: not run outside WordPress`);
    assert.doesNotMatch(
      source,
      /\$_(POST|GET|REQUEST|COOKIE)\b/,
      `${name}: request data only through WordPress's settings API`,
    );
    assert.doesNotMatch(
      source,
      /setcookie|localStorage|wp_remote_|file_get_contents\(\s*['"]https?:/,
      `${name}: no cookie, no storage, no request`,
    );
    // Every echo escapes, or says in a phpcs:ignore why its value is already escaped.
    for (const [line, n] of source.split('\n').map((text, i) => [text, i + 1]))
      if (/\becho\b/.test(line) && !/^\s*(\*|\/\/)/.test(line))
        assert.match(
          line,
          /\becho (esc_html|esc_attr|esc_url|wp_kses_post|wp_json_encode)\(|phpcs:ignore WordPress\.Security\.EscapeOutput\.OutputNotEscaped -- \S/,
          `${name}:${n}: ${line.trim()}`,
        );
  }
  const settings = readFileSync(join(PLUGIN, 'includes', 'settings.php'), 'utf8');
  assert.ok(settings.includes("settings_fields( 'ct_awareness' )"), "the form's nonce and option group");
  assert.ok(settings.includes("current_user_can( 'manage_options' )"), 'the page checks the capability');
  assert.match(settings, /'sanitize_callback' => 'ct_awareness_sanitize'/);
});
