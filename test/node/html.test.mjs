// Every HTML page the build publishes passes the Nu HTML Checker (vnu, the W3C validator's
// engine, from the vnu-jar package; run with the machine's Java: .ci/run installs a headless JRE
// when there is none).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const pages = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? pages(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );

test('the press-kit pages of every version and the embed builder are valid HTML (vnu)', () => {
  const files = [
    ...pages(join(ROOT, 'dist/press-kit')),
    ...pages(join(ROOT, 'dist/frame')),
    join(ROOT, 'dist/embed/index.html'),
  ];
  assert.ok(files.length >= 10, `${files.length} pages found`);
  let output;
  try {
    output = execFileSync('java', ['-jar', JAR, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    if (error.code === 'ENOENT')
      assert.fail('Java is needed for the HTML checker: apt-get install default-jre-headless');
    // vnu exits 1 when it finds errors and writes them to stderr.
    output = error.stderr;
  }
  const { messages } = JSON.parse(output || '{"messages":[]}');
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${relative(ROOT, fileURLToPath(m.url))}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors, []);
});
