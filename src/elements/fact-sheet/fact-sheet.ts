import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController } from '../../i18n/locale.js';
import { CtElement } from '../../core/ct-element.js';
import { oneOf, httpUrl, headingLevel, plainText, warnBadValue } from '../../core/attributes.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { CtCopyEvent } from '../../core/events.js';
import { KIT } from '../../data/kit.generated.js';
import type { Fact, FactTopic, Lang } from '../../data/types.js';
import { contentFor, contentReady } from '../../core/content.js';
import { FACT_SHEET, type FactSheetContent } from './fact-sheet.content.js';
import { separator } from '../../core/line.js';
import type { Translate } from '../../i18n/i18n.js';
import { styles } from './fact-sheet.styles.js';
import { citationText, publisherName } from '../../shared/citation.js';
import { copyOrSelect } from '../../shared/copy.js';

const TOPICS: readonly FactTopic[] = ['campaign', 'hotline', 'patterns', 'law', 'figures'];
const LAYOUTS = ['cards', 'list'] as const;
/** The values of the deprecated show-sources that hide the sources. */
const OFF = ['false', 'off', 'no', '0'];

/** A headline figure as read: "more than 11,000", or a rank as "Tier 2", never a bare "2". */
function figureText(fact: Fact, value: number, t: Translate): string {
  if (fact.unit === 'tier') return t('facts.tier', { value: formatNumber(value, t) });
  if (!fact.qualifier) return formatNumber(value, t);
  return t(fact.qualifier === 'more-than' ? 'facts.moreThan' : 'facts.about', { value: formatNumber(value, t) });
}

/** What names a fact for its copy button: its figure and label, else its statement. */
function factName(fact: Fact, t: Translate, lang: Lang): string {
  return fact.value !== undefined && fact.label
    ? `${figureText(fact, fact.value, t)} ${fact.label[lang]}`
    : fact.statement[lang];
}

const toldDeprecated = new WeakSet<Element>();
/** One warning per fact sheet that uses show-sources, naming what to write instead. */
function deprecatedShowSources(element: Element, instead: string): void {
  if (toldDeprecated.has(element)) return;
  toldDeprecated.add(element);
  console.warn(`<${element.localName}>: show-sources is deprecated and will be removed. Use ${instead}.`);
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
 * @csspart citation - A fact's whole citation, shown and selected where the browser refuses the clipboard, so it can be copied by hand.
 * @csspart footer - The press-kit version and link.
 */
export class CtFactSheet extends CtElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    // Every public property is reflected: set as properties (React 19), the sheet reads and
    // styles the same as one written with attributes.
    facts: { reflect: true },
    topic: { reflect: true },
    layout: { reflect: true },
    hideSources: { type: Boolean, attribute: 'hide-sources', reflect: true },
    showSources: { attribute: 'show-sources', reflect: true },
    heading: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    pressKitUrl: { attribute: 'press-kit-url', reflect: true },
    announcement: { state: true, attribute: false },
    copied: { state: true, attribute: false },
  };

  /** Comma-separated fact ids, shown in that order. Unknown ids give one warning listing the valid ones. Default: all facts (of the topic, if set). */
  facts?: string;
  /** Shows only the facts of one topic. */
  topic?: 'campaign' | 'hotline' | 'patterns' | 'law' | 'figures';
  /** `cards` (default) or a compact `list`. */
  layout: 'cards' | 'list' = 'cards';
  /** Hides each fact's sources (shown by default). */
  hideSources = false;
  /** Deprecated: use `hide-sources`. `show-sources="false"` still hides the sources, with a warning. */
  showSources?: string;
  /** Plain-text heading. Default: "Facts about human trafficking in Peru", translated. */
  heading?: string;
  /** The heading's level, to fit the page's outline: 2 to 6. Default: 2. */
  headingLevel?: '2' | '3' | '4' | '5' | '6';
  /** Link to the full press kit (http or https), in the footer: where you publish `dist/press-kit/latest/`. Default: no link, since a page that copied only the script has no press kit beside it, and no link is better than a broken one. */
  pressKitUrl?: string;

  private announcement = '';
  /** The fact last copied, and how: shown beside its button as well as announced. */
  private copied?: { id: string; ok: boolean };

  // The checked attribute values that render reads. The facts by id: their texts follow the language.
  private checkedSelection?: string[];
  private checkedSourcesShown = true;
  private checkedHeading?: string;
  private checkedHeadingLevel = 2;
  private checkedPressKitUrl?: string;

  private readonly locale = new LocaleController(this);

  // The facts and their words in the reader's language may still be on their way.
  protected override async scheduleUpdate(): Promise<void> {
    await contentReady(FACT_SHEET, () => this.locale.lang);
    await super.scheduleUpdate();
  }

  /** The facts in the language being rendered: there once scheduleUpdate has waited for them. */
  private get allFacts(): Fact[] {
    return contentFor<FactSheetContent>(FACT_SHEET, this.locale.lang)?.facts ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout')) {
      const layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'cards');
      if (layout !== this.layout) this.layout = layout;
    }
    if (changed.has('facts') || changed.has('topic')) this.checkedSelection = this.select();
    if (changed.has('hideSources') || changed.has('showSources')) this.checkedSourcesShown = this.sourcesShown();
    if (changed.has('heading')) this.checkedHeading = plainText(this, 'heading', this.heading);
    if (changed.has('headingLevel')) this.checkedHeadingLevel = headingLevel(this, this.headingLevel);
    if (changed.has('pressKitUrl'))
      this.checkedPressKitUrl =
        this.pressKitUrl === undefined ? undefined : httpUrl(this, 'press-kit-url', this.pressKitUrl, '') || undefined;
  }

  /** The ids of the facts to show: chosen ids in their order, or all of a topic, or all. */
  private select(): string[] {
    const topic = oneOf(this, 'topic', this.topic, TOPICS, undefined);
    let facts = this.allFacts;
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
    return (topic ? facts.filter((f) => f.topic === topic) : facts).map((f) => f.id);
  }

  private sourcesShown(): boolean {
    if (this.hideSources) return false;
    if (this.showSources === undefined || this.showSources === null) return true;
    const value = this.showSources.trim().toLowerCase();
    const hide = OFF.includes(value);
    if (!hide && value !== '' && value !== 'true' && value !== 'on')
      warnBadValue(this, 'show-sources', this.showSources, '"true" or "false" (or no value)', 'showing the sources');
    deprecatedShowSources(this, hide ? 'hide-sources' : 'nothing (sources are shown by default)');
    return !hide;
  }

  override render() {
    const { t, lang } = this.locale;
    const all = this.allFacts;
    const facts = this.checkedSelection?.flatMap((id) => all.filter((f) => f.id === id)) ?? all;
    const withSources = this.checkedSourcesShown;
    const title = this.checkedHeading ?? t('facts.name');
    const kitUrl = this.checkedPressKitUrl;
    return html`<section part="base" class="base" aria-labelledby="heading" lang=${lang}>
      <div class="heading" id="heading" part="heading" role="heading" aria-level=${this.checkedHeadingLevel}>
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
            <span class="value">${figureText(fact, fact.value, t)}</span>
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
                  html`${i ? '; ' : ''}${
                    s.url
                      ? html`<a href=${s.url} lang=${s.language ?? lang}>${s.title}</a>`
                      : html`<cite lang=${s.language ?? lang}>${s.title}</cite>`
                  }
                  (${publisherName(s, lang)},
                  ${formatDate(s.date, t)})${s.url ? html`<span class="print-url"> ${s.url}</span>` : nothing}`,
              )}
            </p>`
          : nothing
      }
      ${
        this.copied?.id === fact.id && !this.copied.ok
          ? html`<p class="citation" part="citation">${citationText(fact, lang, KIT.citeAs[lang])}</p>`
          : nothing
      }
      <div class="copy-row">
        <button class="button secondary copy" part="copy" type="button" @click=${() => this.copy(fact)}>
          ${t('facts.copy')}<span class="visually-hidden">: ${factName(fact, t, lang)}</span>
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
    // Denied or missing clipboard: the whole citation is shown and selected, so the reader can
    // copy it by hand.
    const method = await copyOrSelect(citationText(fact, lang, KIT.citeAs[lang]), async () => {
      this.copied = { id: fact.id, ok: false };
      await this.updateComplete;
      return this.renderRoot.querySelector(`[data-id="${fact.id}"] .citation`);
    });
    const ok = method === 'clipboard';
    this.copied = { id: fact.id, ok };
    this.announce(t(ok ? 'facts.copied' : 'facts.copyFailed'));
    this.dispatchEvent(new CtCopyEvent(fact.id, method));
  }

  private async announce(text: string): Promise<void> {
    // Cleared and rendered first, so that the same message twice is announced twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }
}
