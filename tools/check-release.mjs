// Before a release is published: the package must say where its source is (npm's provenance
// links the published package to it, and refuses without it), and the tag must be its version.
// Usage: node tools/check-release.mjs v0.2.0
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const tag = process.argv[2] ?? '';
const problems = [];
const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
if (!url)
  problems.push(
    'package.json has no "repository": npm publish --provenance needs it. Set it to the project\'s public repository, e.g. { "type": "git", "url": "git+https://github.com/OWNER/ct-awareness.git" }.',
  );
if (tag !== `v${pkg.version}`)
  problems.push(
    `the tag ${JSON.stringify(tag)} is not the package's version: tag v${pkg.version}, or raise "version" first.`,
  );
if (problems.length) {
  for (const problem of problems) console.error(`Not released: ${problem}`);
  process.exit(1);
}
console.log(`Releasing ${pkg.name} ${pkg.version} from ${url}.`);
