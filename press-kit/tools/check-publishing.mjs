// @ts-check
// node press-kit/tools/check-publishing.mjs: run by the release workflow before it publishes the
// press kit. It refuses (exit 1) while the kit lacks what only its publisher can give: a public
// address (kit.json's url, or KIT_URL), a corrections address and a publisher with a press contact.
import { loadPressKit, publishingGaps } from './content.mjs';

const kit = loadPressKit();
const problems = [
  ...kit.errors.map(String),
  ...publishingGaps(kit.data.kit).map((gap) => `kit.json ${gap.field}: ${gap.message}`),
];
if (problems.length) {
  console.error('The press kit is not published: give these first, in press-kit/content/kit.json.');
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`Press kit ${kit.version}: publisher, press contact, corrections and address are set.`);
