import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController } from '../../i18n/locale.js';
import { CtElement } from '../../core/ct-element.js';
import { QuickExitController, DEFAULT_EXIT_URL, pressMarks } from '../../core/quick-exit.js';
import { oneOf, httpUrl, headingLevel } from '../../core/attributes.js';
import { nationalLine, numberText, callLink, separator } from '../../core/line.js';
import { immediateDanger } from './immediate-danger.js';
import { CtCallEvent, CtQuizCompleteEvent } from '../../core/events.js';
import type { QuizData, QuizPath, QuizPathId } from '../../data/types.js';
import { contentFor, contentReady } from '../../core/content.js';
import { RISK_QUIZ, type RiskQuizContent } from './risk-quiz.content.js';
import { scoreQuiz, type Answer } from './bands.js';
import { styles } from './risk-quiz.styles.js';

const PATHS = ['offer', 'work'] as const;
const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const ANSWER_KEY = { yes: 'quiz.yes', no: 'quiz.no', unsure: 'quiz.notSure' } as const;

type Screen =
  { kind: 'start' } | { kind: 'question'; path: QuizPath; index: number } | { kind: 'result'; path: QuizPath };

/**
 * A private self-check on the signs of trafficking and forced labour, for a person with a job offer
 * or doubts about their work. One question per screen, Yes / No / Not sure, and every result ends
 * at the confidential line. The answers live only in this element's memory: never sent, stored,
 * logged or put in the URL. A quick exit is always visible.
 *
 * @summary A private self-check that always ends at the hotline.
 * @tag ct-risk-quiz
 *
 *
 * @fires {CtQuizCompleteEvent} ct-quiz-complete - A result was reached. Carries only `path` and `band` (`serious`, `some`, `none`), never the answers.
 * @fires {CtCallEvent} ct-call - The reader used the call link.
 * @fires {CtQuickExitEvent} ct-quick-exit - Just before the page is hidden and left.
 *
 * @csspart base - The quiz's box (a named region landmark).
 * @csspart heading - The heading of the current screen; it takes focus at each step.
 * @csspart progress - "Question 3 of 8".
 * @csspart answers - The group of answers.
 * @csspart result - The result screen's box.
 * @csspart number - The line's number as text.
 * @csspart call - The call link.
 * @csspart immediate - The immediate-danger line.
 * @csspart exit - The quick-exit button.
 *
 * @cssprop [--ct-color-accent-fg=#ffffff] - Text on the accent (dark: #0b1a2e).
 * @cssprop [--ct-color-exit=#a4161a] - Quick-exit button (dark: #ffb4ab).
 * @cssprop [--ct-color-exit-fg=#ffffff] - Quick-exit text (dark: #410002).
 */
export class CtRiskQuiz extends CtElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    // Reflected, as every public property is: set as properties (React 19), they read back the same.
    path: { reflect: true },
    exitUrl: { attribute: 'exit-url', reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    screen: { state: true, attribute: false },
    missingAnswer: { state: true, attribute: false },
  };

  /** Starts directly on one path: `offer` (a job offer or travel for work) or `work` (the current job). Default: the start screen. */
  path?: 'offer' | 'work';
  /** Where the quick exit goes (http or https only). Default: Peru's national weather service. */
  exitUrl?: string;
  /** The level of the quiz's headings, to fit the page's outline: 2 to 6. Default: 2. */
  headingLevel?: '2' | '3' | '4' | '5' | '6';

  private screen: Screen = { kind: 'start' };
  private missingAnswer = false;
  // The answers: in memory only, dropped on "start again" and with the element.
  #answers = new Map<string, Answer>();
  #focusHeading = false;
  // `:state(started)` once the reader leaves the start screen: ct-awareness.css then lets the box
  // follow the quiz's screens instead of keeping the start screen's height.
  readonly #internals = this.attachInternals();

  /** The checked exit-url: checked when set, so a bad value warns before anyone needs the exit. */
  private exitDestination = DEFAULT_EXIT_URL;
  private readonly locale = new LocaleController(this);
  private readonly quickExitController = new QuickExitController(this, {
    url: () => this.exitDestination,
    t: () => this.locale.t,
    lang: () => this.locale.lang,
    // The quiz always offers the exit: a reader answering it may need to leave at once.
    offered: () => true,
  });

  /** The checked heading-level that render reads. */
  private checkedHeadingLevel = 2;

  // The questions and their words in the reader's language may still be on their way.
  protected override async scheduleUpdate(): Promise<void> {
    await contentReady(RISK_QUIZ, () => this.locale.lang);
    await super.scheduleUpdate();
  }

  /** The quiz in the language being rendered: there once scheduleUpdate has waited for it. */
  private get quiz(): QuizData {
    const content = contentFor<RiskQuizContent>(RISK_QUIZ, this.locale.lang);
    if (!content) throw new Error(`ct-awareness: the quiz rendered before its ${this.locale.lang} content`);
    return content.quiz;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.checkedHeadingLevel = headingLevel(this, this.headingLevel);
    if (changed.has('exitUrl')) this.exitDestination = httpUrl(this, 'exit-url', this.exitUrl, DEFAULT_EXIT_URL);
    if (changed.has('path')) {
      const id = oneOf(this, 'path', this.path, PATHS, undefined);
      if (id && this.screen.kind === 'start') this.screen = { kind: 'question', path: this.pathById(id), index: 0 };
    }
    if (this.screen.kind === 'start') this.#internals.states.delete('started');
    else this.#internals.states.add('started');
  }

  protected override updated(): void {
    // The same radios serve every question: set them from the answers after each render, since
    // a binding alone would keep a click the reader made on the previous question.
    const screen = this.screen;
    if (screen.kind === 'question') {
      const answer = this.#answers.get(screen.path.questions[screen.index].id);
      for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=radio]'))
        input.checked = input.value === answer;
    }
    if (!this.#focusHeading) return;
    this.#focusHeading = false;
    const heading = this.renderRoot.querySelector<HTMLElement>('[part~=heading]');
    if (!heading) return;
    // One scroll of our own, not also the browser's for the focus (smooth on some pages).
    heading.focus({ preventScroll: true });
    this.keepExitInView(heading);
  }

  /**
   * Each new screen starts with the exit and the line in view, the heading below them: at large
   * text the row above the heading would otherwise be left out (scrolled past on the question
   * before). The page's scroll-padding (a stuck bar's room) is kept clear.
   */
  private keepExitInView(heading: HTMLElement): void {
    const row = this.renderRoot.querySelector<HTMLElement>('.exit-row');
    if (!row) return;
    const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const top = row.getBoundingClientRect().top;
    const bottom = Math.min(heading.getBoundingClientRect().bottom, top + window.innerHeight - padding);
    if (top < padding || bottom > window.innerHeight) row.scrollIntoView({ block: 'start', behavior: 'instant' });
  }

  private pathById(id: QuizPathId): QuizPath {
    return this.quiz.paths.find((p) => p.id === id) as QuizPath;
  }

  private go(screen: Screen): void {
    this.screen = screen;
    this.missingAnswer = false;
    this.#focusHeading = true;
  }

  private heading(content: unknown) {
    return html`<div class="heading" part="heading" role="heading" aria-level=${this.checkedHeadingLevel} tabindex="-1">
      ${content}
    </div>`;
  }

  override render() {
    const { t, lang } = this.locale;
    const line = nationalLine(lang);
    // The exit (first to take focus) and the line open every screen: at large text, the first screen's.
    return html`<section part="base" class="base" aria-label=${t('quiz.name')} lang=${lang}>
      <div class="exit-row">
        <button class="button exit" part="exit" type="button" @click=${() => this.quickExitController.exit('button')}>
          ${t('exit.button')}
        </button>
        ${pressMarks()}
        <span class="hint">${t('exit.hint')}</span>
        ${callLink(t, line, () => this.dispatchEvent(new CtCallEvent(line.id)))}
      </div>
      ${
        this.screen.kind === 'start'
          ? this.renderStart()
          : this.screen.kind === 'question'
            ? // By id: the path's texts follow a change of language mid-quiz.
              this.renderQuestion(this.pathById(this.screen.path.id), this.screen.index)
            : this.renderResult(this.pathById(this.screen.path.id))
      }
    </section>`;
  }

  private renderStart() {
    const { t, lang } = this.locale;
    return html`${this.heading(t('quiz.name'))}
      <p>${t('quiz.intro')}</p>
      <p id="choose">${t('quiz.choosePath')}</p>
      <ul class="paths" aria-labelledby="choose">
        ${this.quiz.paths.map(
          (path) =>
            html`<li>
              <button
                class="button secondary path"
                type="button"
                data-path=${path.id}
                @click=${() => this.go({ kind: 'question', path, index: 0 })}
              >
                ${path.title[lang]}
              </button>
            </li>`,
        )}
      </ul>`;
  }

  private renderQuestion(path: QuizPath, index: number) {
    const { t, lang } = this.locale;
    const question = path.questions[index];
    const answer = this.#answers.get(question.id);
    const last = index === path.questions.length - 1;
    return html`${this.heading(
        html`<span class="progress" part="progress"
            >${t('quiz.progress', { current: index + 1, total: path.questions.length })}</span
          >
          <span class="question" id="question">${question.text[lang]}</span>`,
      )}
      <div
        class="answers"
        part="answers"
        role="radiogroup"
        aria-labelledby="question"
        aria-describedby=${this.missingAnswer ? 'missing' : nothing}
      >
        ${ANSWERS.map(
          (value) =>
            html`<label class="answer">
              <input
                type="radio"
                name="answer"
                .value=${value}
                .checked=${answer === value}
                @change=${() => this.answer(question.id, value)}
              />
              <span>${t(ANSWER_KEY[value])}</span>
            </label>`,
        )}
      </div>
      ${this.missingAnswer ? html`<p class="missing" id="missing" role="alert">${t('quiz.answerFirst')}</p>` : nothing}
      <div class="nav">
        <button class="button secondary" type="button" @click=${() => this.back(path, index)}>${t('quiz.back')}</button>
        <button class="button call" type="button" @click=${() => this.next(path, index)}>
          ${t(last ? 'quiz.seeResult' : 'quiz.next')}
        </button>
      </div>`;
  }

  private renderResult(path: QuizPath) {
    const { t, lang } = this.locale;
    const { band, concerns } = scoreQuiz(path.questions, this.#answers);
    const text = this.quiz.results[band];
    const line = nationalLine(lang);
    const lineBox = html`<div class="line">
      <p class="line-name">
        <strong>${t('line.name')}</strong
        >${separator}${t('line.free')}${separator}${t('line.confidential')}${separator}${t('line.hours')}
      </p>
      <p>${numberText(t, line)}</p>
      ${line.anonymous ? html`<p>${t('line.anonymous')}</p>` : nothing}
      <p>${callLink(t, line, () => this.dispatchEvent(new CtCallEvent(line.id)))}</p>
      ${immediateDanger(t, lang)}
    </div>`;
    // The line right after the result's title, whatever the result: in its first screen at any text size.
    return html`<div class="result" part="result" data-band=${band}>
      ${this.heading(text.title[lang])} ${lineBox}
      <p>${text.body[lang]}</p>
      ${
        concerns.length
          ? html`<div
                class="concerns-title"
                id="concerns"
                role="heading"
                aria-level=${Math.min(this.checkedHeadingLevel + 1, 6)}
              >
                ${t('quiz.concerns')}
              </div>
              <ul class="concerns" aria-labelledby="concerns">
                ${concerns.map(
                  (c) =>
                    html`<li>
                      ${c.question.text[lang]}
                      <em>(${t(c.answer === 'yes' ? 'quiz.answerYes' : 'quiz.answerNotSure')})</em>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <p class="disclaimer">${this.quiz.disclaimer[lang]}</p>
      <p class="privacy">${t('quiz.privacy')}</p>
      <button class="button secondary" type="button" @click=${this.restart}>${t('quiz.restart')}</button>
    </div>`;
  }

  private answer(id: string, value: Answer): void {
    this.#answers.set(id, value);
    this.missingAnswer = false;
  }

  private back(path: QuizPath, index: number): void {
    this.go(index ? { kind: 'question', path, index: index - 1 } : { kind: 'start' });
  }

  private next(path: QuizPath, index: number): void {
    if (!this.#answers.has(path.questions[index].id)) {
      this.missingAnswer = true;
      this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
      return;
    }
    if (index < path.questions.length - 1) {
      this.go({ kind: 'question', path, index: index + 1 });
      return;
    }
    this.go({ kind: 'result', path });
    const { band } = scoreQuiz(path.questions, this.#answers);
    this.dispatchEvent(new CtQuizCompleteEvent(path.id, band));
  }

  private restart(): void {
    this.#answers = new Map();
    this.go({ kind: 'start' });
  }
}
