import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/define.js';
import type { CtRiskQuiz } from '../../../src/elements/risk-quiz/risk-quiz.js';
import { exitNavigation, resetQuickExitState, DEFAULT_EXIT_URL } from '../../../src/core/quick-exit.js';
import { SUPPORTED_LANGS } from '../../../src/i18n/locales.js';
import { LOCALES } from '../../../src/i18n/all-strings.js';
import { PRESS_KIT } from '../../../src/data/press-kit.js';
import type { Band, Lang, QuizPathId } from '../../../src/data/types.js';
import type { Answer } from '../../../src/elements/risk-quiz/bands.js';
import {
  captureWarnings,
  part,
  shadowText,
  privacySnapshot,
  privacyGuard,
  nextEvent,
  settle,
  attributesOf,
} from '../../support/helpers.js';

const pathOf = (id: QuizPathId) => PRESS_KIT.quiz.paths.find((p) => p.id === id)!;
const line = PRESS_KIT.channels.find((c) => c.role === 'trafficking-line')!;
const danger = PRESS_KIT.channels.find((c) => c.role === 'immediate-danger')!;

/** Answers that lead to each band on each path. */
function plan(path: QuizPathId, band: Band): Answer[] {
  const questions = pathOf(path).questions;
  const firstStrong = questions.findIndex((q) => q.weight === 'strong');
  const others = questions.map((q, i) => (q.weight === 'other' ? i : -1)).filter((i) => i >= 0);
  return questions.map((_, i) => {
    if (band === 'serious') return i === firstStrong ? 'yes' : 'no';
    if (band === 'some')
      return path === 'offer' ? (others.slice(0, 2).includes(i) ? 'yes' : 'no') : i === firstStrong ? 'unsure' : 'no';
    return 'no';
  });
}

const activeHeading = (el: CtRiskQuiz) => {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  expect(active?.getAttribute('part'), 'focus is on the heading').to.equal('heading');
  return active!.textContent!.replace(/\s+/g, ' ').trim();
};

/** From the heading: Tab to the answers, choose by arrow keys or Space, Tab to Next, Enter. */
async function answerByKeyboard(answer: Answer): Promise<void> {
  await sendKeys({ press: 'Tab' });
  if (answer === 'yes') await sendKeys({ press: 'Space' });
  if (answer === 'no') await sendKeys({ press: 'ArrowDown' });
  if (answer === 'unsure') {
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
  }
  await sendKeys({ press: 'Tab' }); // Back
  await sendKeys({ press: 'Tab' }); // Next
  await sendKeys({ press: 'Enter' });
}

async function startByKeyboard(lang: Lang, path: QuizPathId): Promise<CtRiskQuiz> {
  const wrapper = await fixture(html`<div><button>before</button><ct-risk-quiz lang=${lang}></ct-risk-quiz></div>`);
  const el = wrapper.querySelector('ct-risk-quiz')!;
  await el.updateComplete;
  wrapper.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' }); // quick exit
  expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('exit');
  await sendKeys({ press: 'Tab' }); // the line's call link, beside it
  expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('call');
  await sendKeys({ press: 'Tab' }); // first path
  if (path === 'work') await sendKeys({ press: 'Tab' });
  expect((el.shadowRoot!.activeElement as HTMLElement).dataset.path).to.equal(path);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  return el;
}

describe('<ct-risk-quiz>', () => {
  afterEach(() => resetQuickExitState());

  it('starts with what it is and two paths, without taking focus from the page', async () => {
    const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz lang="es"></ct-risk-quiz>`);
    const text = shadowText(el);
    expect(text).to.contain(LOCALES.es['quiz.intro']);
    expect(text).to.contain(pathOf('offer').title.es).and.contain(pathOf('work').title.es);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(part(el, '[part=base]').getAttribute('aria-label')).to.equal(LOCALES.es['quiz.name']);
  });

  for (const path of ['offer', 'work'] as const)
    for (const band of ['serious', 'some', 'none'] as const)
      it(`walks the ${path} path to "${band}" by keyboard alone, with focus and progress at every step`, async () => {
        const answers = plan(path, band);
        const questions = pathOf(path).questions;
        const el = await startByKeyboard('es', path);
        const completed = nextEvent(el, 'ct-quiz-complete');
        for (let i = 0; i < questions.length; i++) {
          await el.updateComplete;
          const heading = activeHeading(el);
          expect(heading).to.contain(`Pregunta ${i + 1} de ${questions.length}`);
          expect(heading).to.contain(questions[i].text.es);
          await answerByKeyboard(answers[i]);
        }
        await el.updateComplete;
        const result = PRESS_KIT.quiz.results[band];
        expect(activeHeading(el)).to.equal(result.title.es);
        const event = await completed;
        expect([event.path, event.band]).to.deep.equal([path, band]);
        expect(part(el, '[part=result]').dataset.band).to.equal(band);
      });

  it('every result says it is not a diagnosis, lists the concerns and shows the line and the immediate-danger number', async () => {
    const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz path="work" lang="en"></ct-risk-quiz>`);
    const questions = pathOf('work').questions;
    const strong = questions.find((q) => q.weight === 'strong')!;
    // Answer through the UI: the clicks a mouse or touch user makes.
    for (const q of questions) {
      const value = q.id === strong.id ? 'yes' : 'no';
      part<HTMLInputElement>(el, `input[type=radio][value=${value}]`).click();
      await el.updateComplete;
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!.click();
      await el.updateComplete;
    }
    const text = shadowText(el);
    expect(text).to.contain(PRESS_KIT.quiz.disclaimer.en);
    expect(text).to.contain(LOCALES.en['quiz.concerns']).and.contain(strong.text.en);
    expect(part(el, '[part=number]').textContent).to.equal(line.number);
    expect(part(el, 'a[part=call]').getAttribute('href')).to.equal(`tel:${line.number}`);
    expect(part(el, '[part=immediate] a').getAttribute('href')).to.equal(`tel:${danger.number}`);
    // With serious risk the line comes first, before the explanation.
    const result = part(el, '[part=result]');
    const lineBox = result.querySelector('.line')!;
    const body = [...result.querySelectorAll('p')].find(
      (p) => p.textContent === PRESS_KIT.quiz.results.serious.body.en,
    )!;
    expect(lineBox.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('Back keeps the answers; from the first question it returns to the start', async () => {
    const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz path="offer"></ct-risk-quiz>`);
    part<HTMLInputElement>(el, 'input[value=unsure]').click();
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!.click();
    await el.updateComplete;
    expect(activeHeading(el)).to.contain('Pregunta 2 de');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.nav button')!.click();
    await el.updateComplete;
    expect(activeHeading(el)).to.contain('Pregunta 1 de');
    expect(part<HTMLInputElement>(el, 'input[value=unsure]').checked).to.be.true;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.nav button')!.click();
    await el.updateComplete;
    expect(activeHeading(el)).to.equal(LOCALES.es['quiz.name']);
  });

  it('Next without an answer says what to do and puts focus on the answers', async () => {
    const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz path="offer" lang="pt"></ct-risk-quiz>`);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!.click();
    await el.updateComplete;
    const alert = part(el, '[role=alert]');
    expect(alert.textContent).to.equal(LOCALES.pt['quiz.answerFirst']);
    expect(part(el, '[part=answers]').getAttribute('aria-describedby')).to.equal(alert.id);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'input[type=radio]'));
    expect(shadowText(el)).to.contain('Pergunta 1 de');
  });

  it('"Start again" clears every answer', async () => {
    const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz path="offer"></ct-risk-quiz>`);
    for (const _ of pathOf('offer').questions) {
      part<HTMLInputElement>(el, 'input[value=yes]').click();
      await el.updateComplete;
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!.click();
      await el.updateComplete;
    }
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=result] button')].at(-1)!.click();
    await el.updateComplete;
    expect(activeHeading(el)).to.equal(LOCALES.es['quiz.name']);
    part<HTMLButtonElement>(el, 'button[data-path=offer]').click();
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].some((r) => r.checked)).to.be
      .false;
  });

  it('keeps the answers private: no storage, no request, nothing in the URL or history, no console output', async () => {
    const before = await privacySnapshot();
    const { href } = location;
    const historyLength = history.length;
    const consoleSpies = (['log', 'info', 'debug', 'warn', 'error'] as const).map((m) => sinon.spy(console, m));
    const guard = privacyGuard();
    try {
      const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz path="work"></ct-risk-quiz>`);
      const completed = nextEvent(el, 'ct-quiz-complete');
      for (const _ of pathOf('work').questions) {
        part<HTMLInputElement>(el, 'input[value=yes]').click();
        await el.updateComplete;
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!.click();
        await el.updateComplete;
      }
      const event = await completed;
      expect(
        Object.keys(event)
          .filter((k) => k !== 'isTrusted')
          .sort(),
      ).to.deep.equal(['band', 'path']);
      // Nor in the URL or the history, where a page or an extension could read them.
      const answered = pathOf('work').questions.map((q) => q.id);
      for (const place of [location.href, JSON.stringify(history.state)])
        for (const id of [...answered, '=yes']) expect(place).to.not.contain(id);
      await settle(el);
      for (const spy of consoleSpies) expect(spy.called, `console.${spy.name}`).to.be.false;
      expect(guard.touched).to.deep.equal([]);
    } finally {
      guard.restore();
      consoleSpies.forEach((spy) => spy.restore());
    }
    expect(await privacySnapshot()).to.deep.equal(before);
    expect(location.href).to.equal(href);
    expect(history.length).to.equal(historyLength);
  });

  it('always shows the quick exit, the same controller as the banner', async () => {
    const replace = sinon.stub(exitNavigation, 'replace');
    try {
      const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz path="offer"></ct-risk-quiz>`);
      part(el, '[part=exit]').click();
      expect(replace.calledOnceWithExactly(DEFAULT_EXIT_URL)).to.be.true;
      resetQuickExitState();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(replace.callCount).to.equal(2);
    } finally {
      replace.restore();
    }
  });

  it('bad path, exit-url, heading-level and theme values warn once each and the quiz still works', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CtRiskQuiz>(
        html`<ct-risk-quiz path="later" exit-url="javascript:alert(1)" heading-level="9" theme="neon"></ct-risk-quiz>`,
      );
      expect(warnings.messages).to.have.length(4);
      for (const [attribute, accepted] of [
        ['path', '"offer", "work"'],
        ['exit-url', 'http'],
        ['heading-level', '"2", "3"'],
        ['theme', '"light", "dark"'],
      ])
        expect(
          warnings.messages.find((m) => m.includes(`${attribute}=`)),
          attribute,
        )
          .to.contain('<ct-risk-quiz>')
          .and.contain(accepted);
      expect(part(el, '[part=heading]').getAttribute('aria-level')).to.equal('2');
      expect(part(el, 'button[data-path=offer]')).to.exist;
    } finally {
      warnings.restore();
    }
  });

  it('heading-level fits the page outline', async () => {
    const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz heading-level="4"></ct-risk-quiz>`);
    expect(part(el, '[part=heading]').getAttribute('aria-level')).to.equal('4');
  });

  describe('accessibility (axe)', () => {
    for (const lang of SUPPORTED_LANGS) {
      it(`start screen · ${lang}`, async () => {
        const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz lang=${lang}></ct-risk-quiz>`);
        await expect(el).to.be.accessible();
      });
      it(`a question · ${lang} · dark`, async () => {
        const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz lang=${lang} path="work" theme="dark"></ct-risk-quiz>`);
        await expect(el).to.be.accessible();
      });
      for (const band of ['serious', 'some', 'none'] as const)
        it(`result "${band}" · ${lang}`, async () => {
          const el = await fixture<CtRiskQuiz>(html`<ct-risk-quiz lang=${lang} path="offer"></ct-risk-quiz>`);
          for (const answer of plan('offer', band)) {
            part<HTMLInputElement>(el, `input[value=${answer}]`).click();
            await el.updateComplete;
            [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!.click();
            await el.updateComplete;
          }
          expect(part(el, '[part=result]').dataset.band).to.equal(band);
          await expect(el).to.be.accessible();
        });
    }
  });
});

describe('<ct-risk-quiz>: the line on every path', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
    window.scrollTo(0, 0);
  });

  it('stepping through at 320 px under a stuck bar, each new question’s heading is clear of the bar', async () => {
    await setViewport({ width: 320, height: 568 });
    const page = await fixture(
      html`<div>
        <ct-hotline-banner layout="bar" position="top" quick-exit></ct-hotline-banner>
        ${Array.from({ length: 12 }, () => html`<p>Texto del artículo de un sitio asociado.</p>`)}
        <ct-risk-quiz path="work"></ct-risk-quiz>
        ${Array.from({ length: 12 }, () => html`<p>Más texto.</p>`)}
      </div>`,
    );
    const bar = page.querySelector('ct-hotline-banner')!;
    const quiz = page.querySelector<CtRiskQuiz>('ct-risk-quiz')!;
    await settle(quiz);
    await settle(bar as unknown as CtRiskQuiz);
    const steps = pathOf('work').questions.length;
    for (let i = 0; i < steps; i++) {
      quiz.shadowRoot!.querySelector<HTMLInputElement>('input[value=no]')!.click();
      [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!.click();
      await settle(quiz);
      await new Promise((resolve) => setTimeout(resolve, 30));
      const heading = part(quiz, '[part~=heading]').getBoundingClientRect();
      expect(heading.top, `step ${i + 1}: the heading below the bar`).to.be.at.least(
        bar.getBoundingClientRect().bottom - 0.5,
      );
    }
    expect(quiz.shadowRoot!.querySelector('[part=result]')).to.exist;
  });

  it('at 320 px with text at 200 %, nothing goes sideways and the exit and the call link are on screen', async () => {
    await setViewport({ width: 320, height: 568 });
    document.documentElement.style.fontSize = '200%';
    const quiz = await fixture<CtRiskQuiz>(html`<ct-risk-quiz path="offer"></ct-risk-quiz>`);
    await settle(quiz);
    for (let i = 0; i < 30 && !quiz.shadowRoot!.querySelector('[part=result]'); i++) {
      expect(document.documentElement.scrollWidth, `question ${i + 1}`).to.be.at.most(320);
      quiz.shadowRoot!.querySelector<HTMLInputElement>('input[value=yes]')!.click();
      [...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!.click();
      await settle(quiz);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const selector of ['[part=exit]', '[part=call]']) {
      const box = part(quiz, selector).getBoundingClientRect();
      expect(box.left, selector).to.be.at.least(0);
      expect(box.right, selector).to.be.at.most(320);
    }
  });

  it('set up through properties only, as React 19 does, it is the same quiz as one written with attributes', async () => {
    const written = await fixture<CtRiskQuiz>(
      html`<ct-risk-quiz path="offer" exit-url="https://example.org/" heading-level="3" theme="dark"></ct-risk-quiz>`,
    );
    const set = document.createElement('ct-risk-quiz') as CtRiskQuiz;
    Object.assign(set, { path: 'offer', exitUrl: 'https://example.org/', headingLevel: '3', theme: 'dark' });
    written.after(set);
    await settle(set);
    await set.updateComplete;
    expect(attributesOf(set)).to.deep.equal(attributesOf(written));
    expect(shadowText(set)).to.equal(shadowText(written));
  });
});
