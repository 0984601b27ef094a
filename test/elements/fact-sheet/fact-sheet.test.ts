import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, setViewport, a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { CtFactSheet } from '../../../src/elements/fact-sheet/fact-sheet.js';
import { citationText } from '../../../src/shared/citation.js';
import { parseCsv } from '../../support/csv.mjs';
import { SUPPORTED_LANGS, intlLocale, FACTS_STRINGS } from '../../../src/i18n/locales.js';
import { LOCALES } from '../../../src/i18n/all-strings.js';
import { formatDate, formatNumber } from '../../../src/i18n/format.js';
import { addStrings, translator } from '../../../src/i18n/i18n.js';
import { PRESS_KIT } from '../../../src/data/press-kit.js';
import {
  captureWarnings,
  part,
  shadowText,
  stubClipboard,
  nextEvent,
  privacySnapshot,
  privacyGuard,
  settle,
  attributesOf,
} from '../../support/helpers.js';

const ids = (el: CtFactSheet) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=fact]')].map((f) => f.dataset.id);
const fact = (id: string) => PRESS_KIT.facts.find((f) => f.id === id)!;
const factNode = (el: CtFactSheet, id: string) => part(el, `[data-id="${id}"]`);

/** Every phone number the press kit holds as not current (the 2006 hotline), as digits. */
async function retiredNumbers(): Promise<string[]> {
  const { channels } = (await (await fetch('/press-kit/content/hotline.json')).json()) as {
    channels: { number: string; status: string }[];
  };
  return channels.filter((c) => c.status !== 'current').map((c) => c.number.replace(/\D/g, ''));
}

/** Text and attribute values of a shadow root, with separators dropped, so "0800 2 3232" is caught too. */
function everythingShown(el: Element): string {
  const root = el.shadowRoot!;
  const attributes = [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
  return [root.textContent, ...attributes].join(' ').replace(/[\s.()-]/g, '');
}

describe('the list on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is compact at 320 px: every fact of a topic in less height than the cards', async () => {
    await setViewport({ width: 320, height: 568 });
    const list = await fixture<CtFactSheet>(html`<ct-fact-sheet topic="law" layout="list"></ct-fact-sheet>`);
    const cards = await fixture<CtFactSheet>(html`<ct-fact-sheet topic="law" layout="cards"></ct-fact-sheet>`);
    const listHeight = list.getBoundingClientRect().height;
    const all = await fixture<CtFactSheet>(html`<ct-fact-sheet layout="list"></ct-fact-sheet>`);
    console.log(
      `list at 320 px: law topic ${Math.round(listHeight)} px (cards ${Math.round(cards.getBoundingClientRect().height)} px), every fact ${Math.round(all.getBoundingClientRect().height)} px`,
    );
    expect(listHeight).to.be.below(cards.getBoundingClientRect().height * 0.9);
    const copy = part(list, '[part=copy]').getBoundingClientRect();
    expect(copy.height, 'still a 24 px target (WCAG 2.2 AA)').to.be.at.least(24);
  });
});

describe('dates and figures, written as Intl writes them', () => {
  it('every date and figure of the kit, in every language, is what Intl gives for es-PE, en and pt-BR', () => {
    addStrings(FACTS_STRINGS);
    const dates = new Set(PRESS_KIT.facts.flatMap((f) => [f.date, ...f.sources.map((s) => s.date)]));
    const values = new Set([...PRESS_KIT.facts.flatMap((f) => (f.value === undefined ? [] : [f.value])), 1234567.5, 7]);
    for (const lang of SUPPORTED_LANGS) {
      const t = translator(lang);
      const locale = intlLocale(lang);
      for (const value of values) expect(formatNumber(value, t)).to.equal(new Intl.NumberFormat(locale).format(value));
      for (const date of dates) {
        const expected = date
          .split('/')
          .map((part) => {
            const [y, m, d] = part.split('-').map(Number);
            if (m === undefined) return String(y);
            return new Intl.DateTimeFormat(locale, {
              timeZone: 'UTC',
              year: 'numeric',
              month: 'long',
              ...(d === undefined ? {} : { day: 'numeric' }),
            }).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
          })
          .join(' – ');
        expect(formatDate(date, t), `${lang} ${date}`).to.equal(expected);
      }
      for (let month = 1; month <= 12; month++)
        expect(formatDate(`2000-${String(month).padStart(2, '0')}`, t)).to.equal(
          new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
            new Date(Date.UTC(2000, month - 1, 1)),
          ),
        );
    }
  });
});

describe('no number that is not current, in any element', () => {
  it('the fact sheet, in every language, topic and layout, leads the hotline topic with the current line', async () => {
    const retired = await retiredNumbers();
    expect(retired, 'the press kit records the 2006 hotline as historical').to.include('080023232');
    for (const lang of SUPPORTED_LANGS)
      for (const topic of [undefined, 'campaign', 'hotline', 'patterns', 'law', 'figures'])
        for (const layout of ['cards', 'list']) {
          const el = await fixture<CtFactSheet>(
            html`<ct-fact-sheet lang=${lang} topic=${topic ?? nothing} layout=${layout}></ct-fact-sheet>`,
          );
          const shown = everythingShown(el);
          for (const digits of retired) expect(shown, `${lang} ${topic} ${layout}`).not.to.contain(digits);
          if (topic === 'hotline') expect(ids(el)[0]).to.equal('national-line-1818');
        }
  });

  it('the banner in every layout and language, and the quiz in every language', async () => {
    const retired = await retiredNumbers();
    for (const lang of SUPPORTED_LANGS) {
      for (const layout of ['inline', 'bar', 'compact']) {
        const banner = await fixture(
          html`<ct-hotline-banner lang=${lang} layout=${layout} quick-exit dismissible></ct-hotline-banner>`,
        );
        for (const digits of retired) expect(everythingShown(banner)).not.to.contain(digits);
      }
      const quiz = await fixture(html`<ct-risk-quiz lang=${lang}></ct-risk-quiz>`);
      for (const digits of retired) expect(everythingShown(quiz)).not.to.contain(digits);
    }
  });
});

describe('<ct-fact-sheet>', () => {
  it('shows every fact of the press kit by default, with its statement, date mark and sources', async () => {
    const el = await fixture<CtFactSheet>(html`<ct-fact-sheet lang="en"></ct-fact-sheet>`);
    expect(ids(el)).to.deep.equal(PRESS_KIT.facts.map((f) => f.id));
    for (const f of PRESS_KIT.facts) {
      const node = factNode(el, f.id);
      expect(node.querySelector('.statement')!.textContent).to.equal(f.statement.en);
      expect(node.querySelectorAll('.sources a, .sources cite').length).to.equal(f.sources.length);
    }
  });

  it('chooses and orders facts with facts="id,id"', async () => {
    const el = await fixture<CtFactSheet>(
      html`<ct-fact-sheet facts="law-28950-2007, photo-exhibit-visitors-2008"></ct-fact-sheet>`,
    );
    expect(ids(el)).to.deep.equal(['law-28950-2007', 'photo-exhibit-visitors-2008']);
  });

  it('shows one topic with topic=', async () => {
    const el = await fixture<CtFactSheet>(html`<ct-fact-sheet topic="law"></ct-fact-sheet>`);
    const expected = PRESS_KIT.facts.filter((f) => f.topic === 'law').map((f) => f.id);
    expect(expected.length).to.be.greaterThan(1);
    expect(ids(el)).to.deep.equal(expected);
  });

  it('unknown ids: one warning listing them and the valid ids; the others render', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CtFactSheet>(
        html`<ct-fact-sheet facts="nope,play-viewers-2008,<b>x</b>"></ct-fact-sheet>`,
      );
      expect(ids(el)).to.deep.equal(['play-viewers-2008']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.contain('<ct-fact-sheet>')
        .and.contain('nope')
        .and.contain('<b>x</b>')
        .and.contain('law-28950-2007');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('a bad topic warns and shows all facts; no fact at all says so', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CtFactSheet>(html`<ct-fact-sheet topic="sports"></ct-fact-sheet>`);
      expect(ids(el)).to.have.length(PRESS_KIT.facts.length);
      expect(warnings.messages[0]).to.contain('topic').and.contain('"campaign"');
    } finally {
      warnings.restore();
    }
    const none = await fixture<CtFactSheet>(
      html`<ct-fact-sheet facts="play-viewers-2008" topic="law"></ct-fact-sheet>`,
    );
    expect(shadowText(none)).to.contain(LOCALES.es['facts.none']);
  });

  describe('numbers and dates in the reader’s language', () => {
    const cases = {
      es: {
        visitors: 'más de 12,000',
        month: 'setiembre de 2023',
        law: '16 de enero de 2007',
        victims: '7,463',
        years: '2009 – 2017',
      },
      en: {
        visitors: 'more than 12,000',
        month: 'September 2023',
        law: '16 January 2007',
        victims: '7,463',
        years: '2009 – 2017',
      },
      pt: {
        visitors: 'mais de 12.000',
        month: 'setembro de 2023',
        law: '16 de janeiro de 2007',
        victims: '7.463',
        years: '2009 – 2017',
      },
    };
    for (const [lang, expected] of Object.entries(cases)) {
      it(lang, async () => {
        const el = await fixture<CtFactSheet>(
          html`<ct-fact-sheet
            lang=${lang}
            facts="photo-exhibit-visitors-2008,national-day-23-september,law-28950-2007,public-ministry-presumed-victims-2009-2017"
          ></ct-fact-sheet>`,
        );
        const visitors = factNode(el, 'photo-exhibit-visitors-2008');
        expect(visitors.querySelector('[part=figure] .value')!.textContent!.trim()).to.equal(expected.visitors);
        expect(factNode(el, 'national-day-23-september').querySelector('[part=status]')!.textContent).to.contain(
          expected.month,
        );
        expect(factNode(el, 'law-28950-2007').querySelector('[part=status]')!.textContent).to.contain(expected.law);
        const victims = factNode(el, 'public-ministry-presumed-victims-2009-2017');
        expect(victims.querySelector('.value')!.textContent!.trim()).to.equal(expected.victims);
        expect(victims.querySelector('[part=status]')!.textContent).to.contain(expected.years);
      });
    }
  });

  it('marks historical facts with their date and attributed facts with their attribution', async () => {
    const el = await fixture<CtFactSheet>(
      html`<ct-fact-sheet
        facts="cases-referred-to-police-2008,national-plan-of-action-2007,national-policy-2030"
      ></ct-fact-sheet>`,
    );
    expect(factNode(el, 'cases-referred-to-police-2008').querySelector('[part=status]')!.textContent!.trim()).to.equal(
      'Dato histórico (2008)',
    );
    expect(factNode(el, 'national-plan-of-action-2007').querySelector('[part=status]')!.textContent!.trim()).to.equal(
      'Atribuido: según la OIM',
    );
    expect(factNode(el, 'national-policy-2030').querySelector('[part=status]')!.textContent!.trim()).to.equal(
      'Fecha: 27 de julio de 2021',
    );
  });

  it('links each source that has a URL, http or https only', async () => {
    const el = await fixture<CtFactSheet>(html`<ct-fact-sheet></ct-fact-sheet>`);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=sources] a')];
    expect(links.length).to.be.greaterThan(5);
    for (const link of links) expect(link.href).to.match(/^https?:\/\//);
  });

  it('hide-sources hides the sources; without it they show', async () => {
    const hidden = await fixture<CtFactSheet>(html`<ct-fact-sheet hide-sources></ct-fact-sheet>`);
    expect(hidden.shadowRoot!.querySelector('[part=sources]')).to.equal(null);
    hidden.hideSources = false;
    await hidden.updateComplete;
    expect(hidden.shadowRoot!.querySelector('[part=sources]')).to.exist;
  });

  it('the deprecated show-sources="false" still hides the sources, with one warning naming hide-sources', async () => {
    const warnings = captureWarnings();
    try {
      const hidden = await fixture<CtFactSheet>(html`<ct-fact-sheet show-sources="false"></ct-fact-sheet>`);
      expect(hidden.shadowRoot!.querySelector('[part=sources]')).to.equal(null);
      hidden.heading = 'Cifras'; // another update: still one warning
      await hidden.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('show-sources is deprecated').and.contain('hide-sources');
    } finally {
      warnings.restore();
    }
  });

  it('a bad show-sources value warns what is accepted and shows the sources', async () => {
    const warnings = captureWarnings();
    try {
      const shown = await fixture<CtFactSheet>(html`<ct-fact-sheet show-sources="maybe"></ct-fact-sheet>`);
      expect(shown.shadowRoot!.querySelector('[part=sources]')).to.exist;
      expect(warnings.messages[0]).to.contain('show-sources').and.contain('"true" or "false"');
    } finally {
      warnings.restore();
    }
  });

  it('heading and heading-level fit the partner’s outline; the heading names the region', async () => {
    const el = await fixture<CtFactSheet>(html`<ct-fact-sheet heading="Cifras" heading-level="3"></ct-fact-sheet>`);
    const heading = part(el, '[part=heading]');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(heading.textContent!.trim()).to.equal('Cifras');
    expect(part(el, '[part=base]').getAttribute('aria-labelledby')).to.equal(heading.id);
  });

  it('reads headinglevel and hidesources, as React writes them before the tag is defined', async () => {
    const el = await fixture<CtFactSheet>(
      html`<ct-fact-sheet headinglevel="4" hidesources facts="law-28950-2007"></ct-fact-sheet>`,
    );
    expect(el.headingLevel).to.equal('4');
    expect(el.hideSources).to.be.true;
    expect(part(el, '[part=heading]').getAttribute('aria-level')).to.equal('4');
    expect(el.shadowRoot!.querySelector('[part=sources]')).to.be.null;
  });

  it('layout="list" and "cards" change the presentation; a bad layout warns and uses cards', async () => {
    const list = await fixture<CtFactSheet>(
      html`<ct-fact-sheet layout="list" facts="play-viewers-2008"></ct-fact-sheet>`,
    );
    const cards = await fixture<CtFactSheet>(html`<ct-fact-sheet facts="play-viewers-2008"></ct-fact-sheet>`);
    expect(getComputedStyle(part(list, '.value')).display).to.equal('inline');
    expect(getComputedStyle(part(cards, '.value')).display).to.equal('block');
    const warnings = captureWarnings();
    try {
      const bad = await fixture<CtFactSheet>(html`<ct-fact-sheet layout="grid"></ct-fact-sheet>`);
      expect(bad.layout).to.equal('cards');
      expect(warnings.messages[0]).to.contain('layout').and.contain('"cards", "list"');
    } finally {
      warnings.restore();
    }
  });

  describe('footer', () => {
    it('names the press-kit version', async () => {
      const el = await fixture<CtFactSheet>(html`<ct-fact-sheet lang="en"></ct-fact-sheet>`);
      expect(part(el, '[part=footer]').textContent).to.contain(`ct-awareness press kit, version ${PRESS_KIT.version}`);
    });

    it('links no press kit unless press-kit-url says where it is: no broken link for a page that copied only the script', async () => {
      const el = await fixture<CtFactSheet>(html`<ct-fact-sheet facts="play-viewers-2008"></ct-fact-sheet>`);
      expect(part(el, '[part=footer]').querySelector('a')).to.equal(null);
      expect(part(el, '[part=footer]').textContent).to.contain(PRESS_KIT.version);
    });

    it('links to press-kit-url when it is http or https; otherwise warns and leaves it out', async () => {
      const el = await fixture<CtFactSheet>(
        html`<ct-fact-sheet press-kit-url="https://example.org/kit/"></ct-fact-sheet>`,
      );
      expect(part<HTMLAnchorElement>(el, '[part=footer] a').href).to.equal('https://example.org/kit/');
      const warnings = captureWarnings();
      try {
        const bad = await fixture<CtFactSheet>(
          html`<ct-fact-sheet press-kit-url="javascript:alert(1)"></ct-fact-sheet>`,
        );
        expect(bad.shadowRoot!.querySelector('[part=footer] a')).to.equal(null);
        expect(warnings.messages[0]).to.contain('press-kit-url').and.contain('http');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('copy with citation', () => {
    it('copies, in every language, the very citation the press-kit page copies and facts.csv holds for the same fact', async () => {
      // The working content's version: its folder is the draft's, or the release's once released.
      const folder = `/dist/press-kit/${PRESS_KIT.version}/`;
      const [header, ...rows] = parseCsv(await (await fetch(`${folder}facts.csv`)).text());
      const csv = new Map(rows.map((row) => [row[0], Object.fromEntries(header.map((h, i) => [h, row[i]]))]));
      for (const [lang, page] of [
        ['es', 'index.html'],
        ['en', 'en.html'],
        ['pt', 'pt.html'],
      ] as const) {
        const text = await (await fetch(`${folder}${page}`)).text();
        const doc = new DOMParser().parseFromString(text, 'text/html');
        const compared = PRESS_KIT.facts.filter((f) => doc.getElementById(f.id));
        expect(compared.length, `${page}: facts in both`).to.be.greaterThan(5);
        for (const f of compared) {
          const clipboard = stubClipboard('ok');
          try {
            const el = await fixture<CtFactSheet>(html`<ct-fact-sheet lang=${lang} facts=${f.id}></ct-fact-sheet>`);
            part(el, '[part=copy]').click();
            await nextEvent(el, 'ct-copy');
            const onPage = doc.getElementById(f.id)!.querySelector<HTMLElement>('.copy')!.dataset.citation;
            expect(clipboard.written, `${lang} ${f.id}`).to.deep.equal([onPage]);
            expect(csv.get(f.id)?.[`citation_${lang}`], `facts.csv ${lang} ${f.id}`).to.equal(onPage);
          } finally {
            clipboard.restore();
          }
        }
      }
    });

    it('copies the statement with its sources and the press-kit version, and announces it', async () => {
      const clipboard = stubClipboard('ok');
      try {
        const el = await fixture<CtFactSheet>(
          html`<ct-fact-sheet lang="en" facts="national-plan-of-action-2007"></ct-fact-sheet>`,
        );
        const copied = nextEvent(el, 'ct-copy');
        part(el, '[part=copy]').click();
        const event = await copied;
        expect([event.fact, event.method]).to.deep.equal(['national-plan-of-action-2007', 'clipboard']);
        const f = fact('national-plan-of-action-2007');
        expect(clipboard.written).to.deep.equal([citationText(f, 'en', PRESS_KIT.citeAs.en)]);
        // The statement says whose claim it is; each source by its title, publisher, date and URL, once.
        expect(clipboard.written[0]).to.contain(`${f.statement.en} — `).and.contain(`version ${PRESS_KIT.version}`);
        expect(f.statement.en).to.match(/^According to IOM, /);
        expect(clipboard.written[0]).to.contain(
          'IOM Launches Counter-Trafficking Information Campaign in High-Risk Areas in Peru (International Organization for Migration (IOM), 2008), https://www.iom.int/news/iom-launches-counter-trafficking-information-campaign-high-risk-areas-peru',
        );
        expect(clipboard.written[0]).to.contain(
          'Trafficking in Persons Report 2008 - Peru (US Department of State, via Refworld, 2008-06-04), https://www.refworld.org/reference/annualreport/usdos/2008/en/59214',
        );
        expect(clipboard.written[0].split('International Organization for Migration').length).to.equal(2);
        // It ends with the day the fact was last checked, written out in the reader's language.
        const [year, month, day] = f.checked_on!.split('-').map(Number);
        const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-GB', {
          month: 'long',
          timeZone: 'UTC',
        });
        expect(clipboard.written[0]).to.match(new RegExp(`\\. Accessed ${day} ${monthName} ${year}\\.$`));
        await settle(el);
        expect(part(el, '[role=status]').textContent).to.equal(LOCALES.en['facts.copied']);
        // Seen beside the button too, and not read twice.
        const shown = part(el, '[part=copied]');
        expect(shown.checkVisibility()).to.be.true;
        expect(shown.textContent!.trim()).to.equal(LOCALES.en['facts.copiedShort']);
        expect(shown.getAttribute('aria-hidden')).to.equal('true');
        const button = part(el, '[part=copy]').getBoundingClientRect();
        const mark = shown.getBoundingClientRect();
        expect(Math.abs(mark.top + mark.height / 2 - (button.top + button.height / 2)), 'next to it').to.be.below(24);
      } finally {
        clipboard.restore();
      }
    });

    for (const behaviour of ['denied', 'missing'] as const)
      it(`when the Clipboard API is ${behaviour}, shows and selects the whole citation and says how to copy it`, async () => {
        const clipboard = stubClipboard(behaviour);
        try {
          const el = await fixture<CtFactSheet>(html`<ct-fact-sheet facts="play-viewers-2008"></ct-fact-sheet>`);
          const copied = nextEvent(el, 'ct-copy');
          part(el, '[part=copy]').click();
          expect((await copied).method).to.equal('selection');
          const f = fact('play-viewers-2008');
          expect(window.getSelection()!.toString()).to.equal(citationText(f, 'es', PRESS_KIT.citeAs.es));
          expect(part(el, '[part=citation]').checkVisibility()).to.be.true;
          expect(window.getSelection()!.toString()).to.contain(f.sources[0].url);
          await settle(el);
          expect(part(el, '[role=status]').textContent).to.equal(LOCALES.es['facts.copyFailed']);
          expect(part(el, '[part=copied]').textContent!.trim()).to.equal(LOCALES.es['facts.copyFailedShort']);
        } finally {
          clipboard.restore();
          window.getSelection()!.removeAllRanges();
        }
      });
  });

  it('prints the sources as visible URLs and hides the copy buttons', async () => {
    const el = await fixture<CtFactSheet>(html`<ct-fact-sheet facts="national-policy-2030"></ct-fact-sheet>`);
    const url = part(el, '.print-url');
    expect(getComputedStyle(url).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(url).display).to.equal('inline');
      expect(url.textContent!.trim()).to.equal(fact('national-policy-2030').sources[0].url);
      expect(part(el, '[part=copy]').checkVisibility()).to.be.false;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('makes no request and stores nothing', async () => {
    const before = await privacySnapshot();
    const clipboard = stubClipboard('ok');
    const guard = privacyGuard();
    try {
      const el = await fixture<CtFactSheet>(html`<ct-fact-sheet></ct-fact-sheet>`);
      part(el, '[part=copy]').click();
      await settle(el);
      expect(guard.touched).to.deep.equal([]);
    } finally {
      guard.restore();
      clipboard.restore();
    }
    expect(await privacySnapshot()).to.deep.equal(before);
  });

  describe('accessibility (axe)', () => {
    for (const layout of ['cards', 'list'])
      for (const lang of SUPPORTED_LANGS)
        for (const theme of ['light', 'dark'])
          it(`${layout} · ${lang} · ${theme}`, async () => {
            const el = await fixture<CtFactSheet>(
              html`<ct-fact-sheet layout=${layout} lang=${lang} theme=${theme}></ct-fact-sheet>`,
            );
            await expect(el).to.be.accessible();
          });
  });
});

describe('what a screen reader hears, and how the three elements sit together', () => {
  interface AxNode {
    name?: string;
    role?: string;
    children?: AxNode[];
  }
  const heard = async (selector: string): Promise<string[]> => {
    const names: string[] = [];
    const walk = (node: AxNode) => {
      if (node.name) names.push(node.name);
      node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({ selector })) as unknown as AxNode);
    return names;
  };

  it('the fact sheet: heading, then each fact’s mark and statement, then its copy button; no separators', async () => {
    await fixture(
      html`<ct-fact-sheet
        id="heard-facts"
        lang="en"
        facts="national-plan-of-action-2007,play-viewers-2008"
      ></ct-fact-sheet>`,
    );
    const names = await heard('#heard-facts');
    const text = names.join(' | ');
    expect(text).to.not.contain('·').and.not.contain('✓');
    const order = [
      LOCALES.en['facts.name'],
      'Attributed: according to IOM',
      fact('national-plan-of-action-2007').statement.en,
      LOCALES.en['facts.copy'],
      fact('play-viewers-2008').statement.en,
      LOCALES.en['facts.copy'],
    ];
    let at = -1;
    for (const name of order) {
      const next = names.findIndex((n, i) => i > at && n.includes(name));
      expect(next, `"${name}" after the previous, in: ${text}`).to.be.greaterThan(at);
      at = next;
    }
  });

  it('the quiz: its name, the exit, the heading, the intro and the two paths, in that order', async () => {
    await fixture(html`<ct-risk-quiz id="heard-quiz" lang="pt"></ct-risk-quiz>`);
    const names = await heard('#heard-quiz');
    const text = names.join(' | ');
    expect(text).to.not.contain('·');
    let at = -1;
    for (const name of [LOCALES.pt['quiz.name'], LOCALES.pt['exit.button'], LOCALES.pt['quiz.choosePath']]) {
      const next = names.findIndex((n, i) => i > at && n.includes(name));
      expect(next, `"${name}" after the previous, in: ${text}`).to.be.greaterThan(at);
      at = next;
    }
    for (const path of PRESS_KIT.quiz.paths) expect(names).to.include(path.title.pt);
  });

  it('pasted one after another, the three keep apart and take the same width', async () => {
    const wrapper = await fixture(
      html`<div style="width: 700px">
        <ct-hotline-banner></ct-hotline-banner><ct-risk-quiz></ct-risk-quiz
        ><ct-fact-sheet facts="play-viewers-2008"></ct-fact-sheet>
      </div>`,
    );
    const elements = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    const boxes = elements.map((el) => el.getBoundingClientRect());
    for (const box of boxes) expect(box.width).to.equal(700);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top - boxes[i - 1].bottom, 'apart').to.be.at.least(16);
  });
});

describe('<ct-fact-sheet>: what a reader sees and hears, in every language', () => {
  const MONTHS = {
    es: /\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|setiembre|septiembre|octubre|noviembre|diciembre)\b/gi,
    en: /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
    pt: /\b(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b/gi,
  };

  for (const lang of SUPPORTED_LANGS)
    it(`${lang}: every fact rendered, no rank or number stray before its label, one date style`, async () => {
      const el = await fixture<CtFactSheet>(html`<ct-fact-sheet lang=${lang}></ct-fact-sheet>`);
      const t = translator(lang);
      for (const f of PRESS_KIT.facts) {
        const node = factNode(el, f.id);
        if (f.value === undefined) continue;
        const figure = node.querySelector('[part=figure] .value')!.textContent!.trim();
        // A rank is worded ("Nivel 2"); a quantity is a number, never a bare rank before a label.
        if (f.unit === 'tier') expect(figure, f.id).to.equal(t('facts.tier', { value: String(f.value) }));
        else expect(figure, f.id).to.contain(formatNumber(f.value, t));
      }
      const text = shadowText(el);
      // One style of full date per language: "16 de enero de 2007", "16 January 2007".
      const dayFirst = {
        es: /\d{1,2} de \p{L}+ de \d{4}/u,
        en: /\d{1,2} \p{L}+ \d{4}/u,
        pt: /\d{1,2} de \p{L}+ de \d{4}/u,
      };
      const monthFirst = /\p{L}+ \d{1,2}, \d{4}/u;
      expect(text).to.match(dayFirst[lang]);
      expect(text.match(monthFirst), 'no "Month D, YYYY"').to.equal(null);
      const months = new Set((text.match(MONTHS[lang]) ?? []).map((m) => m.toLowerCase()));
      if (lang === 'es') expect(months.has('septiembre'), 'Peru writes "setiembre"').to.be.false;
    });

  it('each copy button is named after its fact: nine in a list, nine different names', async () => {
    const el = await fixture<CtFactSheet>(html`<ct-fact-sheet topic="law" layout="list" lang="es"></ct-fact-sheet>`);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=copy]')];
    const names = buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(buttons.length).to.be.above(1);
    expect(new Set(names).size, names.join(' | ')).to.equal(buttons.length);
    for (const name of names) expect(name.startsWith(LOCALES.es['facts.copy']), name).to.be.true;
    const tier = buttons.find((b) => b.closest('[data-id]')!.getAttribute('data-id') === 'us-tip-tier-2025')!;
    expect(tier.textContent).to.contain('Nivel 2');
  });

  for (const layout of ['cards', 'list'])
    it(`${layout} at 320 px with text at 200 %: nothing goes sideways, every copy button on screen`, async () => {
      await setViewport({ width: 320, height: 568 });
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await fixture<CtFactSheet>(html`<ct-fact-sheet layout=${layout} topic="law"></ct-fact-sheet>`);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const button of el.shadowRoot!.querySelectorAll('[part=copy]')) {
          const box = button.getBoundingClientRect();
          expect(box.left).to.be.at.least(0);
          expect(box.right).to.be.at.most(320);
        }
      } finally {
        document.documentElement.style.fontSize = '';
        await setViewport({ width: 800, height: 600 });
      }
    });

  it('a source title in another language than the sheet’s carries its lang', async () => {
    const el = await fixture<CtFactSheet>(html`<ct-fact-sheet lang="es"></ct-fact-sheet>`);
    const titles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=sources] a, [part=sources] cite')];
    expect(titles.length).to.be.above(10);
    for (const title of titles) expect(title.lang, title.textContent!).to.match(/^(es|en|pt)$/);
    const english = titles.find((title) => title.textContent!.startsWith('IOM Launches'))!;
    expect(english.lang).to.equal('en');
    expect(
      PRESS_KIT.facts.every((f) => f.sources.every((s) => s.language)),
      'every source names it',
    ).to.be.true;
  });

  it('set up through properties only, as React 19 does, it is the same sheet as one written with attributes', async () => {
    const written = await fixture<CtFactSheet>(
      html`<ct-fact-sheet topic="law" layout="list" hide-sources heading="Ley" heading-level="3"></ct-fact-sheet>`,
    );
    const set = document.createElement('ct-fact-sheet') as CtFactSheet;
    Object.assign(set, { topic: 'law', layout: 'list', hideSources: true, heading: 'Ley', headingLevel: '3' });
    written.after(set);
    await settle(set);
    await set.updateComplete;
    expect(attributesOf(set)).to.deep.equal(attributesOf(written));
    expect(shadowText(set)).to.equal(shadowText(written));
  });
});
