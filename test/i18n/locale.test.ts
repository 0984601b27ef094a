import { expect, fixture, html } from '@open-wc/testing';
import { resolveLang, setScriptLang, toSupportedLang } from '../../src/i18n/locale.js';
import i18next from 'i18next';
import { SUPPORTED_LANGS, QUIZ_STRINGS, FACTS_STRINGS } from '../../src/i18n/locales.js';
import { LOCALES } from '../../src/i18n/all-strings.js';
import { addStrings, translator } from '../../src/i18n/i18n.js';
import '../../src/define.js';
import type { CtHotlineBanner } from '../../src/elements/hotline-banner/hotline-banner.js';
import { captureWarnings, settle, part } from '../support/helpers.js';

describe('language resolution', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    setScriptLang(undefined);
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('takes the element’s own lang first', async () => {
    const el = await fixture(html`<div lang="pt"><span lang="en"></span></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('en');
  });

  it('then the nearest ancestor’s lang', async () => {
    const el = await fixture(
      html`<div lang="en">
        <p lang="pt"><span></span></p>
      </div>`,
    );
    expect(resolveLang(el.querySelector('span')!)).to.equal('pt');
  });

  it('then <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await fixture(html`<span></span>`);
    expect(resolveLang(el)).to.equal('en');
  });

  it('then the script tag’s data-lang', async () => {
    document.documentElement.removeAttribute('lang');
    setScriptLang('pt');
    const el = await fixture(html`<span></span>`);
    expect(resolveLang(el)).to.equal('pt');
  });

  it('else Spanish', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture(html`<span></span>`);
    expect(resolveLang(el)).to.equal('es');
  });

  it('crosses shadow roots to the host’s language', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  it('maps regional tags to their language', () => {
    expect(toSupportedLang('es-PE')).to.equal('es');
    expect(toSupportedLang('pt-BR')).to.equal('pt');
    expect(toSupportedLang('EN-gb')).to.equal('en');
  });

  it('falls back to Spanish with one warning naming the supported languages', () => {
    const warnings = captureWarnings();
    try {
      expect(toSupportedLang('fr-CA')).to.equal('es');
      expect(toSupportedLang('fr-CA')).to.equal('es');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('"fr-CA"').and.contain('es, en, pt');
  });

  it('renders an element with an unsupported language in Spanish', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner lang="de"></ct-hotline-banner>`);
      expect(part(el, '[part=title]').textContent).to.contain(LOCALES.es['line.name']);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join()).to.contain('"de"');
  });
});

describe('live language switch', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  const title = (el: CtHotlineBanner) => part(el, '[part=title]').textContent?.trim();

  it('re-renders when the element’s own lang changes', async () => {
    const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner lang="es"></ct-hotline-banner>`);
    expect(title(el)).to.equal(LOCALES.es['line.name']);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(title(el)).to.equal(LOCALES.en['line.name']);
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><ct-hotline-banner></ct-hotline-banner></div>`);
    const el = wrapper.querySelector('ct-hotline-banner')!;
    await el.updateComplete;
    expect(title(el)).to.equal(LOCALES.en['line.name']);
    wrapper.setAttribute('lang', 'pt-BR');
    await settle(el);
    expect(title(el)).to.equal(LOCALES.pt['line.name']);
  });

  it('re-renders when <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'es-PE');
    const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner></ct-hotline-banner>`);
    expect(title(el)).to.equal(LOCALES.es['line.name']);
    document.documentElement.setAttribute('lang', 'en');
    await settle(el);
    expect(title(el)).to.equal(LOCALES.en['line.name']);
  });
});

describe('language files', () => {
  const reference = Object.keys(LOCALES.es).sort();
  for (const lang of SUPPORTED_LANGS) {
    it(`${lang} has exactly the keys of es`, () => {
      const keys = Object.keys(LOCALES[lang]);
      const missing = reference.filter((k) => !keys.includes(k));
      const extra = keys.filter((k) => !reference.includes(k));
      expect(missing, `${lang} is missing: ${missing.join(', ')}`).to.be.empty;
      expect(extra, `${lang} has keys es does not: ${extra.join(', ')}`).to.be.empty;
      const empty = keys.filter((k) => !LOCALES[lang][k as keyof (typeof LOCALES)['es']].trim());
      expect(empty, `${lang} has empty strings: ${empty.join(', ')}`).to.be.empty;
    });
  }

  it('never says "tráfico" in Spanish (trafficking is "trata")', () => {
    const wrong = Object.entries(LOCALES.es).filter(([, text]) => /tr[aá]fico/i.test(text));
    expect(wrong.map(([k]) => k)).to.be.empty;
  });
});

describe('the translator made once per language', () => {
  // The reference: i18next's own t(), with the same strings and settings as the kit's instance.
  const reference = i18next.createInstance();
  void reference.init({
    resources: Object.fromEntries(Object.entries(LOCALES).map(([lang, strings]) => [lang, { translation: strings }])),
    lng: 'es',
    fallbackLng: 'es',
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  addStrings(QUIZ_STRINGS);
  addStrings(FACTS_STRINGS);

  it('gives what i18next’s t() gives, for every string of every language, with values and counts', () => {
    let compared = 0;
    for (const lang of SUPPORTED_LANGS) {
      const t = translator(lang);
      for (const key of Object.keys(LOCALES[lang])) {
        const plural = /_(one|other)$/.test(key);
        const base = key.replace(/_(one|other)$/, '');
        const names = [...LOCALES[lang][key as keyof (typeof LOCALES)['es']].matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(
          (m) => m[1],
        );
        const values = Object.fromEntries(names.map((name) => [name, `‹${name}›`]));
        for (const count of plural ? [0, 1, 2, 21] : [undefined]) {
          const options = count === undefined ? (names.length ? values : undefined) : { ...values, count };
          const expected = reference.t(base, { ...options, lng: lang });
          expect(t(base as Parameters<typeof t>[0], options), `${lang} ${base} ${count ?? ''}`).to.equal(expected);
          compared += 1;
        }
      }
    }
    expect(compared).to.be.greaterThan(150);
  });
});
