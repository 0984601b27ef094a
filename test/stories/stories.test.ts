/**
 * Every story is a test case: each one is rendered in Chromium in every language, its play
 * function (if any) runs, and it must log no console error and have no axe violation. The story
 * files are listed by the test set-up, so a new story is covered without editing this file.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import sinon from 'sinon';
// @ts-expect-error -- written by test/web-test-runner.config.mjs before the run; it has no types.
import { STORY_FILES } from '/node_modules/.cache/ct-awareness-test/stories.js';
import { withLocale, type Attributes } from '../../stories/support.js';
import { SUPPORTED_LANGS } from '../../src/i18n/locales.js';
import '../../src/define.js';

interface Story {
  args?: Attributes;
  render?: (args: Attributes) => unknown;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void> | void;
}
interface StoryModule {
  default: { title: string; args?: Attributes; render?: (args: Attributes) => unknown };
  [name: string]: unknown;
}

const files = STORY_FILES as Record<string, () => Promise<StoryModule>>;
const modules = await Promise.all(Object.entries(files).map(async ([file, load]) => [file, await load()] as const));

describe('stories', function () {
  // Axe over the whole fact sheet, in three languages, takes seconds on a 2-core machine.
  this.timeout(30000);
  afterEach(() => sinon.restore());

  it('finds every story file', () => {
    expect(Object.keys(files)).to.include.members([
      'hotline-banner.stories.ts',
      'risk-quiz.stories.ts',
      'fact-sheet.stories.ts',
    ]);
  });

  for (const [file, mod] of modules) {
    const meta = mod.default;
    const stories = Object.entries(mod).filter(([name]) => name !== 'default') as [string, Story][];
    describe(`${meta.title} (${file})`, () => {
      it('has stories', () => expect(stories.length).to.be.greaterThan(0));

      for (const [name, story] of stories)
        for (const lang of SUPPORTED_LANGS)
          it(`${name} · ${lang}: renders with no console error and no axe violation`, async () => {
            const errors = sinon.spy(console, 'error');
            sinon.stub(console, 'warn'); // bad-input stories warn on purpose
            const args = { ...meta.args, ...story.args };
            const renderStory = story.render ?? meta.render;
            if (!renderStory) throw new Error(`${name} has no render function`);
            const canvas = await fixture<HTMLElement>(html`<div></div>`);
            render(withLocale(() => renderStory(args), { globals: { locale: lang } }) as TemplateResult, canvas);
            const elements = [
              ...canvas.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
                'ct-hotline-banner, ct-risk-quiz, ct-fact-sheet',
              ),
            ];
            expect(elements.length, 'the story shows an element').to.be.greaterThan(0);
            await Promise.all(elements.map((el) => el.updateComplete));
            await story.play?.({ canvasElement: canvas });
            for (const el of elements)
              expect(el.shadowRoot?.textContent?.trim(), `${el.localName} rendered`).to.not.be.empty;
            await expect(canvas).to.be.accessible();
            expect(errors.called, errors.args.map((a) => a.join(' ')).join('\n')).to.be.false;
          });
    });
  }
});
