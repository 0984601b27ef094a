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
import { withLocale, storyWork, type Attributes } from '../../stories/support.js';
import { argTypesFor, unionValues, type Manifest } from '../../stories/controls.js';
import { SUPPORTED_LANGS } from '../../src/i18n/locales.js';
import { LOCALES } from '../../src/i18n/all-strings.js';
import '../../src/define.js';

interface Story {
  args?: Attributes;
  render?: (args: Attributes) => unknown;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void> | void;
}
interface StoryModule {
  default: {
    title: string;
    component: string;
    args?: Attributes;
    render?: (args: Attributes) => unknown;
    parameters?: {
      docs?: {
        source?: {
          transform?: (code: string, context: { args: Attributes; globals?: { locale?: string } }) => string;
        };
      };
    };
  };
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
        it(`${name}: "Show code" is the element's markup a partner pastes, with no function in it`, () => {
          const args: Attributes = { ...meta.args, ...story.args, onCtCall: () => undefined };
          const transform = meta.parameters?.docs?.source?.transform;
          if (!transform) throw new Error(`${meta.title} has no docs.source.transform`);
          const code = transform('<div lang="es"><ct-x onctcall="function(){}"></ct-x></div>', { args });
          expect(code).to.not.match(/function|=>|\[object/);
          const template = document.createElement('template');
          template.innerHTML = code;
          const el = template.content.firstElementChild;
          expect(template.content.children.length, code).to.equal(1);
          expect(el?.localName).to.equal(meta.component);
          for (const [attribute, value] of Object.entries(args))
            if (typeof value === 'string') expect(el?.getAttribute(attribute), attribute).to.equal(value);
            else if (value === true) expect(el?.hasAttribute(attribute), attribute).to.be.true;
            else expect(el?.hasAttribute(attribute.toLowerCase()), attribute).to.be.false;
        });

      for (const lang of SUPPORTED_LANGS)
        it(`"Show code" follows the language toolbar: ${lang}, with the fallback in ${lang}`, () => {
          const transform = meta.parameters!.docs!.source!.transform!;
          const code = transform('', { args: { ...meta.args }, globals: { locale: lang } });
          const template = document.createElement('template');
          template.innerHTML = code;
          const el = template.content.firstElementChild!;
          expect(el.getAttribute('lang')).to.equal(lang);
          const call = el.querySelector('a[href^="tel:"]');
          expect(call, code).to.exist;
          expect(call!.textContent).to.contain(LOCALES[lang]['line.call'].replace('{{number}}', '1818'));
        });

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
            await Promise.all(elements.map((el) => storyWork.get(el)));
            await story.play?.({ canvasElement: canvas });
            for (const el of elements)
              expect(el.shadowRoot?.textContent?.trim(), `${el.localName} rendered`).to.not.be.empty;
            await expect(canvas).to.be.accessible();
            expect(errors.called, errors.args.map((a) => a.join(' ')).join('\n')).to.be.false;
          });
    });
  }
});

// The manifest the build wrote, as Storybook's preview gets it.
const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;

describe('Storybook controls', () => {
  const sheet = argTypesFor(manifest, 'ct-fact-sheet');
  const banner = argTypesFor(manifest, 'ct-hotline-banner');
  const categories = (argTypes: typeof sheet) =>
    new Set(Object.values(argTypes).map((a) => a.table?.category ?? 'hidden'));

  it('shows attributes, events, custom properties and parts, not class members', () => {
    expect([...categories(banner)].sort()).to.deep.equal(
      ['attributes', 'css custom properties', 'css shadow parts', 'events', 'hidden'].sort(),
    );
    for (const name of ['locale', 'quickExitController', 'exitDestination', 'render'])
      expect(Object.keys(banner), name).to.not.include(name);
  });

  it("keeps the fact sheet's heading attribute beside its heading part", () => {
    expect(sheet.heading.table?.category).to.equal('attributes');
    expect(sheet['::part(heading)'].table?.category).to.equal('css shadow parts');
  });

  it('gives a union attribute a dropdown, a boolean a switch, a part or a custom property no control', () => {
    expect(unionValues("'top' | 'bottom' | undefined")).to.deep.equal(['top', 'bottom']);
    expect(unionValues('string | undefined')).to.equal(undefined);
    expect(banner.layout.control).to.deep.equal({ type: 'select' });
    expect(banner.layout.options).to.deep.equal(['inline', 'bar', 'compact']);
    expect(banner.theme.options).to.deep.equal(['light', 'dark', 'auto']);
    expect(banner['quick-exit'].control).to.deep.equal({ type: 'boolean' });
    expect(banner.label.control).to.deep.equal({ type: 'text' });
    expect(banner['--ct-radius'].control).to.equal(false);
    expect(banner['::part(exit)'].control).to.equal(false);
  });

  it('sends each event to the Actions panel under the handler name Storybook gives it', () => {
    expect(banner.onCtCall.action).to.equal('ct-call');
    expect(banner.onCtDismiss.action).to.equal('ct-dismiss');
  });
});
