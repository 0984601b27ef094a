import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../core/locale.js';
import { nextTask } from '../../core/tasks.js';
import { oneOf, httpUrl, headingLevel, plainText, warnBadValue } from '../../core/attributes.js';
import { formatDate, formatNumber } from '../../core/format.js';
import { CtCopyEvent } from '../../core/events.js';
import { KIT } from '../../data/kit.generated.js';
import { FACTS } from '../../data/facts.generated.js';
import type { Fact, FactTopic, Lang } from '../../data/types.js';
import { FACTS_STRINGS } from '../../i18n/locales.js';
import { separator } from '../../core/line.js';
import type { Translate } from '../../core/i18n.js';
import { styles } from './fact-sheet.styles.js';

const TOPICS: readonly FactTopic[] = ['campaign', 'hotline', 'patterns', 'law', 'figures'];
const LAYOUTS = ['cards', 'list'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;
const OFF = ['false', 'off', 'no', '0'];

/** The sentence and its citation, as copied: the same form as the press-kit page's button. */
export function citationText(fact: Fact, lang: Lang, citeAs: string): string {
  const sources = fact.sources.map((s) => `${s.publisher}, ${s.date}`).join('; ');
  const attribution = fact.attribution ? ` (${fact.attribution[lang]})` : '';
  return `${fact.statement[lang]}${attribution} — ${sources}. ${citeAs}`;
}

/**
 * Sourced, dated facts from the press kit compiled into the script, in the reader's language:
 * headline figures formatted for that language, the date each fact refers to, historical and
 * attributed facts marked as such, and every source as a link. Each fact can be copied with its
 * citation.
 *
 * @summary Sourced, dated facts that partners show and journalists can quote.
 * @tag ct-fact-sheet
 *
 * @attr {string} facts - Comma-separated fact ids, shown in that order. Unknown ids give one warning listing the valid ones. Default: all facts (of the topic, if set).
 * @attr {"campaign" | "hotline" | "patterns" | "law" | "figures"} topic - Shows only the facts of one topic.
 * @attr {"cards" | "list"} layout - `cards` (default) or a compact `list`.
 * @attr {string} show-sources - Sources are shown by default; `show-sources="false"` hides them.
 * @attr {string} heading - Plain-text heading. Default: "Facts about human trafficking in Peru", translated.
 * @attr {"2" | "3" | "4" | "5" | "6"} heading-level - The heading's level, to fit the page's outline. Default: 2.
 * @attr {string} press-kit-url - Link to the full press kit (http or https), in the footer: where you publish `dist/press-kit/latest/`. Default: no link, since a page that copied only the script has no press kit beside it, and no link is better than a broken one.
 * @attr {"light" | "dark" | "auto"} theme - The colour scheme: `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr {string} lang - The language (`es`, `en`, `pt`); default: the nearest `lang` on the page, then the script's `data-lang`, then `es`.
 *
 * @fires {CtCopyEvent} ct-copy - A fact was copied with its citation; `fact` is its id, `method` is `clipboard` or `selection`.
 *
 * @csspart base - The sheet's box (a named region landmark).
 * @csspart heading - The sheet's heading.
 * @csspart fact - One fact.
 * @csspart figure - A fact's headline figure.
 * @csspart status - The historical or attributed mark.
 * @csspart sources - A fact's sources.
 * @csspart copy - A fact's "copy with citation" button.
 * @csspart copied - The "copied" confirmation beside that button.
 * @csspart footer - The press-kit version and link.
 *
 * @cssprop [--ct-color-bg=#f3f6fb] - Background (dark: #1d2430).
 * @cssprop [--ct-color-fg=#1b1b1f] - Text colour (dark: #f1f3f7).
 * @cssprop [--ct-color-muted=#44474f] - Secondary text (dark: #c5cad3).
 * @cssprop [--ct-color-border=#6b7280] - Borders (dark: #9aa3b2).
 * @cssprop [--ct-color-accent=#0b4f8a] - Figures and links (dark: #9cc7ff).
 * @cssprop [--ct-color-focus=#c24e00] - Focus ring (dark: #ffb86b).
 * @cssprop [--ct-color-surface=#ffffff] - Card background (dark: #111720).
 * @cssprop [--ct-font-family=inherit] - Font; by default the page's.
 * @cssprop [--ct-radius=0.5em] - Corner radius.
 * @cssprop [--ct-space=1em] - Inner spacing.
 * @cssprop [--ct-margin=1em] - The space above and below the element (the bar has none).
 * @cssprop [--ct-max-width=none] - The element's widest width.
 */
export class CtFactSheet extends LitElement {
  static override styles = styles;

  // Each element's first render is a task of its own: several on a page never add up to one
  // long task, and the page's own input runs between them.
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextTask();
    super.scheduleUpdate();
  }

  @property() facts?: string;
  @property() topic?: string;
  @property({ reflect: true }) layout: string = 'cards';
  @property({ attribute: 'show-sources' }) showSources?: string;
  @property() heading?: string;
  @property({ attribute: 'heading-level' }) headingLevel?: string;
  @property({ attribute: 'press-kit-url' }) pressKitUrl?: string;
  @property({ reflect: true }) theme?: string;

  @state() private announcement = '';
  /** The fact last copied, and how: shown beside its button as well as announced. */
  @state() private copied?: { id: string; ok: boolean };

  private readonly locale = new LocaleController(this, [FACTS_STRINGS]);

  /** The facts to show: chosen ids in their order, or all of a topic, or all. */
  private get selection(): Fact[] {
    const topic = oneOf(this, 'topic', this.topic, TOPICS, undefined);
    let facts = FACTS;
    if (this.facts !== undefined && this.facts !== null) {
      const ids = this.facts
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      const unknown = ids.filter((id) => !facts.some((f) => f.id === id));
      if (unknown.length)
        warnBadValue(
          this,
          'facts',
          unknown.join(','),
          `fact ids from the press kit: ${facts.map((f) => f.id).join(', ')}`,
          'the known ids only',
        );
      if (ids.length) facts = ids.flatMap((id) => facts.filter((f) => f.id === id));
    }
    return topic ? facts.filter((f) => f.topic === topic) : facts;
  }

  private get sourcesShown(): boolean {
    if (this.showSources === undefined || this.showSources === null) return true;
    const value = this.showSources.trim().toLowerCase();
    if (OFF.includes(value)) return false;
    if (value === '' || value === 'true' || value === 'on') return true;
    warnBadValue(this, 'show-sources', this.showSources, '"true" or "false" (or no value)', 'showing the sources');
    return true;
  }

  protected override willUpdate(): void {
    const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'cards');
    if (layout !== this.layout) this.layout = layout;
    oneOf(this, 'theme', this.theme, THEMES, undefined);
  }

  override render() {
    const { t, lang } = this.locale;
    const facts = this.selection;
    const withSources = this.sourcesShown;
    const title = plainText(this, 'heading', this.heading) ?? t('facts.name');
    const kitUrl = this.pressKitUrl !== undefined ? httpUrl(this, 'press-kit-url', this.pressKitUrl, '') : undefined;
    return html`<section part="base" class="base" aria-labelledby="heading" lang=${lang}>
      <div
        class="heading"
        id="heading"
        part="heading"
        role="heading"
        aria-level=${headingLevel(this, this.headingLevel)}
      >
        ${title}
      </div>
      ${
        facts.length
          ? html`<ul class="facts">
              ${facts.map((fact) => this.renderFact(fact, t, lang, withSources))}
            </ul>`
          : html`<p>${t('facts.none')}</p>`
      }
      <p class="footer" part="footer">
        ${t('facts.footer', { version: KIT.version })}${kitUrl ? html`${separator}<a href=${kitUrl}>${t('facts.fullKit')}</a>` : nothing}
      </p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderFact(fact: Fact, t: Translate, lang: Lang, withSources: boolean) {
    const figure =
      fact.value === undefined
        ? nothing
        : html`<p class="figure" part="figure">
            <span class="value"
              >${
                fact.qualifier
                  ? t(fact.qualifier === 'more-than' ? 'facts.moreThan' : 'facts.about', {
                      value: formatNumber(fact.value, t),
                    })
                  : formatNumber(fact.value, t)
              }</span
            >
            <span class="label">${fact.label?.[lang]}</span>
          </p>`;
    const status =
      fact.status === 'historical'
        ? t('facts.historicalIn', { date: formatDate(fact.date, t) })
        : fact.status === 'attributed'
          ? t('facts.attributed', { attribution: fact.attribution?.[lang] ?? '' })
          : t('facts.date', { date: formatDate(fact.date, t) });
    return html`<li class="fact" part="fact" data-id=${fact.id} data-status=${fact.status}>
      ${figure}
      <p class="status status-${fact.status}" part="status">${status}</p>
      <p class="statement">${fact.statement[lang]}</p>
      ${
        withSources
          ? html`<p class="sources" part="sources">
              ${t('facts.source', { count: fact.sources.length })}:
              ${fact.sources.map(
                (s, i) =>
                  html`${i ? '; ' : ''}${s.url ? html`<a href=${s.url}>${s.title}</a>` : html`<cite>${s.title}</cite>`}
                  (${s.publisher},
                  ${formatDate(s.date, t)})${s.url ? html`<span class="print-url"> ${s.url}</span>` : nothing}`,
              )}
            </p>`
          : nothing
      }
      <div class="copy-row">
        <button class="button secondary copy" part="copy" type="button" @click=${() => this.copy(fact)}>
          ${t('facts.copy')}
        </button>
        ${
          this.copied?.id === fact.id
            ? // Seen here, heard through the status region: hidden from screen readers here.
              html`<span class="copied" part="copied" aria-hidden="true"
                >${this.copied.ok ? t('facts.copiedShort') : t('facts.copyFailedShort')}</span
              >`
            : nothing
        }
      </div>
    </li>`;
  }

  private async copy(fact: Fact): Promise<void> {
    const { t, lang } = this.locale;
    const text = citationText(fact, lang, KIT.citeAs[lang]);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      this.copied = { id: fact.id, ok: true };
      this.announce(t('facts.copied'));
      this.dispatchEvent(new CtCopyEvent(fact.id, 'clipboard'));
    } catch {
      // Denied or missing: select the sentence so the reader can copy it by hand.
      const statement = this.renderRoot.querySelector(`[data-id="${fact.id}"] .statement`);
      const selection = window.getSelection();
      if (statement && selection) {
        const range = document.createRange();
        range.selectNodeContents(statement);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      this.copied = { id: fact.id, ok: false };
      this.announce(t('facts.copyFailed'));
      this.dispatchEvent(new CtCopyEvent(fact.id, 'selection'));
    }
  }

  private async announce(text: string): Promise<void> {
    // Cleared and rendered first, so that the same message twice is announced twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }
}
