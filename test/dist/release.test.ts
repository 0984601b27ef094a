/**
 * The release archive's example page, from the unpacked folder the build makes
 * (dist/release/ct-awareness-<version>/): the page a partner gets with only the archive and a text
 * editor shows the banner, the self-check and the fact sheet.
 */
import { expect } from '@open-wc/testing';
import { openPage, tagsDefined } from '../support/pages.js';

describe('release archive', () => {
  it('example.html shows the three elements, from the archive’s own files only', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const page = await openPage(`/dist/release/ct-awareness-${version}/example.html`);
    await tagsDefined(page);
    for (const tag of ['ct-hotline-banner', 'ct-risk-quiz', 'ct-fact-sheet']) {
      const el = page.document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(el.shadowRoot?.textContent?.trim(), tag).to.not.be.empty;
    }
    const requests = page.window.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server')); // the test server's own
    for (const path of requests) expect(path).to.match(new RegExp(`^/dist/release/ct-awareness-${version}/`));
  });
});
