import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import type { CtHotlineBanner } from '../../src/elements/hotline-banner/hotline-banner.js';
import { exitNavigation, resetQuickExitState, DEFAULT_EXIT_URL, WINDOW_MS } from '../../src/core/quick-exit.js';
import { LOCALES, SUPPORTED_LANGS } from '../../src/i18n/locales.js';
import { PRESS_KIT } from '../../src/data/press-kit.js';
import { CtCallEvent, CtQuickExitEvent } from '../../src/core/events.js';
import {
  captureWarnings,
  part,
  shadowText,
  settle,
  privacySnapshot,
  privacyGuard,
  nextEvent,
} from '../support/helpers.js';

const line = PRESS_KIT.channels.find((c) => c.role === 'trafficking-line')!;

/** Catches the navigation the quick exit makes, instead of leaving the test page. */
function catchExit() {
  const replace = sinon.stub(exitNavigation, 'replace');
  return {
    replace,
    restore: () => {
      replace.restore();
      resetQuickExitState();
    },
  };
}

const announcer = () => document.querySelector('[data-ct-announcer]')?.textContent ?? '';

describe('<ct-hotline-banner>', () => {
  afterEach(() => resetQuickExitState());

  it('shows the current national line from the press kit: name, free, confidential, 24 hours, option and call link', async () => {
    const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner lang="es"></ct-hotline-banner>`);
    const text = shadowText(el);
    expect(text).to.contain(LOCALES.es['line.name']);
    expect(text).to.contain('Gratuita').and.contain('Confidencial').and.contain('Las 24 horas');
    expect(part(el, '[part=number]').textContent).to.equal(line.number);
    expect(text).to.contain(`Marca la opción ${line.option}`);
    const call = part<HTMLAnchorElement>(el, 'a[part=call]');
    expect(call.getAttribute('href')).to.equal(`tel:${line.number}`);
    expect(call.textContent?.trim()).to.equal(`Llamar al ${line.number}`);
    expect(text).to.contain(line.operator.es);
  });

  it('never shows the historical 0800-2-3232 hotline', async () => {
    const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit dismissible></ct-hotline-banner>`);
    expect(el.shadowRoot!.innerHTML).to.not.contain('0800');
    expect(PRESS_KIT.channels.map((c) => c.number)).to.not.include('0800-2-3232');
  });

  for (const lang of SUPPORTED_LANGS) {
    it(`speaks ${lang}`, async () => {
      const el = await fixture<CtHotlineBanner>(
        html`<ct-hotline-banner lang=${lang} quick-exit dismissible></ct-hotline-banner>`,
      );
      const strings = LOCALES[lang];
      const text = shadowText(el);
      for (const key of [
        'line.name',
        'line.pitch',
        'line.free',
        'line.confidential',
        'line.hours',
        'exit.button',
        'exit.hint',
      ] as const)
        expect(text, key).to.contain(strings[key]);
      expect(part(el, '[part=dismiss]').getAttribute('aria-label')).to.equal(strings['banner.dismiss']);
      expect(part(el, '[part=base]').getAttribute('lang')).to.equal(lang);
    });
  }

  describe('layouts', () => {
    it('inline by default, in the flow', async () => {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner></ct-hotline-banner>`);
      expect(el.layout).to.equal('inline');
      expect(getComputedStyle(el).position).to.equal('static');
      expect(shadowText(el)).to.contain(LOCALES.es['line.pitch']);
    });

    it('bar: slim, without the pitch; sticky at the top or bottom with position', async () => {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner layout="bar"></ct-hotline-banner>`);
      expect(getComputedStyle(part(el, '.pitch')).display).to.equal('none');
      expect(getComputedStyle(el).position).to.equal('static');
      el.setAttribute('position', 'top');
      await el.updateComplete;
      expect(getComputedStyle(el).position).to.equal('sticky');
      expect(getComputedStyle(el).top).to.equal('0px');
      el.setAttribute('position', 'bottom');
      await el.updateComplete;
      expect(getComputedStyle(el).bottom).to.equal('0px');
    });

    it('compact: one short line for sidebars, still with the number and the call link', async () => {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner layout="compact"></ct-hotline-banner>`);
      expect(shadowText(el)).to.contain(LOCALES.es['line.pitchCompact']);
      expect(el.shadowRoot!.querySelector('.pitch')).to.equal(null);
      expect(part(el, '[part=number]').textContent).to.equal(line.number);
      expect(part(el, 'a[part=call]')).to.exist;
    });

    for (const layout of ['inline', 'bar', 'compact']) {
      it(`${layout} fits a 320 px phone without horizontal scrolling, with a 44 px call target`, async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          const el = await fixture<CtHotlineBanner>(
            html`<ct-hotline-banner layout=${layout} quick-exit dismissible></ct-hotline-banner>`,
          );
          const base = part(el, '[part=base]');
          expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
          expect(el.getBoundingClientRect().right).to.be.at.most(320);
          expect(part(el, '[part=call]').getBoundingClientRect().height).to.be.at.least(44);
          for (const target of ['[part=exit]', '[part=dismiss]']) {
            const box = part(el, target).getBoundingClientRect();
            expect(box.width, target).to.be.at.least(24);
            expect(box.height, target).to.be.at.least(24);
          }
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });

  it('follows the host’s text size in em, not the page’s root size', async () => {
    const wrapper = await fixture(html`<div style="font-size: 32px"><ct-hotline-banner></ct-hotline-banner></div>`);
    const el = wrapper.querySelector('ct-hotline-banner')!;
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(part(el, '[part=number]')).fontSize)).to.equal(40);
  });

  it('keeps the partner’s own hidden attribute through updates', async () => {
    const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner hidden></ct-hotline-banner>`);
    el.setAttribute('lang', 'en');
    el.setAttribute('layout', 'compact');
    await el.updateComplete;
    expect(el.hidden).to.be.true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  describe('dismissible', () => {
    it('closes for this page view, fires ct-dismiss and stores nothing', async () => {
      const before = await privacySnapshot();
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner dismissible></ct-hotline-banner>`);
      setTimeout(() => part(el, '[part=dismiss]').click());
      const event = await nextEvent(el, 'ct-dismiss');
      expect(event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      expect(el.hidden).to.be.true;
      expect(getComputedStyle(el).display).to.equal('none');
      expect(await privacySnapshot()).to.deep.equal(before);
    });

    it('has no close button unless asked', async () => {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner></ct-hotline-banner>`);
      expect(el.shadowRoot!.querySelector('[part=dismiss]')).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires ct-call with the channel id when the call link is used, and nothing about the reader', async () => {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner></ct-hotline-banner>`);
      const call = part<HTMLAnchorElement>(el, 'a[part=call]');
      // Keep the tel: link from opening a dialler in the test browser.
      call.addEventListener('click', (e) => e.preventDefault());
      setTimeout(() => call.click());
      const event = await nextEvent(el, 'ct-call');
      expect(event).to.be.instanceOf(CtCallEvent);
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.channel).to.equal(line.id);
      expect(Object.keys(event).filter((k) => k !== 'isTrusted')).to.deep.equal(['channel']);
    });
  });

  describe('quick exit', () => {
    it('is only shown with the quick-exit attribute', async () => {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner></ct-hotline-banner>`);
      expect(el.shadowRoot!.querySelector('[part=exit]')).to.equal(null);
    });

    it('by click: fires ct-quick-exit, hides the page at once, then replaces it with the neutral page', async () => {
      const exit = catchExit();
      try {
        const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit></ct-hotline-banner>`);
        let hiddenWhenEventFired: string | undefined;
        el.addEventListener('ct-quick-exit', (e) => {
          expect((e as CtQuickExitEvent).trigger).to.equal('button');
          hiddenWhenEventFired = getComputedStyle(document.documentElement).visibility;
        });
        part(el, '[part=exit]').click();
        expect(hiddenWhenEventFired, 'the event comes just before leaving').to.equal('visible');
        expect(getComputedStyle(document.documentElement).visibility).to.equal('hidden');
        expect(exit.replace.calledOnceWithExactly(DEFAULT_EXIT_URL)).to.be.true;
      } finally {
        exit.restore();
      }
    });

    it('works by keyboard focus and Enter, like any button', async () => {
      const exit = catchExit();
      try {
        const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit></ct-hotline-banner>`);
        part(el, '[part=exit]').focus();
        await sendKeys({ press: 'Enter' });
        expect(exit.replace.calledOnce).to.be.true;
      } finally {
        exit.restore();
      }
    });

    it('goes to exit-url when it is http or https', async () => {
      const exit = catchExit();
      try {
        const el = await fixture<CtHotlineBanner>(
          html`<ct-hotline-banner quick-exit exit-url="https://example.org/weather"></ct-hotline-banner>`,
        );
        part(el, '[part=exit]').click();
        expect(exit.replace.calledOnceWithExactly('https://example.org/weather')).to.be.true;
      } finally {
        exit.restore();
      }
    });

    it('Shift pressed alone 3 times leaves, announcing the presses left', async () => {
      const exit = catchExit();
      try {
        const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit lang="en"></ct-hotline-banner>`);
        const fired = sinon.spy();
        el.addEventListener('ct-quick-exit', fired);
        await sendKeys({ press: 'Shift' });
        expect(announcer()).to.equal('Press Shift 2 more times to leave this page');
        expect(document.querySelector('[data-ct-announcer]')!.getAttribute('role')).to.equal('status');
        await sendKeys({ press: 'Shift' });
        expect(announcer()).to.equal('Press Shift 1 more time to leave this page');
        expect(exit.replace.called).to.be.false;
        await sendKeys({ press: 'Shift' });
        expect(exit.replace.calledOnceWithExactly(DEFAULT_EXIT_URL)).to.be.true;
        expect((fired.firstCall.args[0] as CtQuickExitEvent).trigger).to.equal('keyboard');
      } finally {
        exit.restore();
      }
    });

    it('another key resets the count', async () => {
      const exit = catchExit();
      try {
        await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit></ct-hotline-banner>`);
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'a' });
        await sendKeys({ press: 'Shift' });
        expect(exit.replace.called).to.be.false;
        expect(announcer()).to.equal(LOCALES.es['exit.pressesLeft_other'].replace('{{count}}', '2'));
        // Shift used for a capital letter does not count either.
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'KeyA' });
        await sendKeys({ up: 'Shift' });
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        expect(exit.replace.called).to.be.false;
      } finally {
        exit.restore();
      }
    });

    it(`expires ${WINDOW_MS / 1000} s after the last press, and says so`, async () => {
      const exit = catchExit();
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit lang="pt"></ct-hotline-banner>`);
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        clock.tick(WINDOW_MS - 1);
        expect(announcer()).to.equal('Pressione Shift mais 1 vez para sair desta página');
        clock.tick(2);
        expect(announcer()).to.equal(LOCALES.pt['exit.expired']);
        await sendKeys({ press: 'Shift' });
        expect(exit.replace.called, 'the count started again').to.be.false;
      } finally {
        clock.restore();
        exit.restore();
      }
    });

    it('uses one document listener however many elements', async () => {
      const exit = catchExit();
      const add = sinon.spy(document, 'addEventListener');
      try {
        await fixture(
          html`<div>
            <ct-hotline-banner quick-exit></ct-hotline-banner><ct-hotline-banner quick-exit></ct-hotline-banner
            ><ct-risk-quiz></ct-risk-quiz>
          </div>`,
        );
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        await sendKeys({ press: 'Shift' });
        expect(exit.replace.callCount, 'one exit for three elements').to.equal(1);
        expect(add.getCalls().filter((c) => c.args[0] === 'keydown').length, 'one keydown listener').to.equal(1);
      } finally {
        add.restore();
        exit.restore();
      }
    });

    it('is not armed on a banner without quick-exit: Shift 3 times does nothing', async () => {
      const exit = catchExit();
      try {
        const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner lang="en"></ct-hotline-banner>`);
        const fired = sinon.spy();
        el.addEventListener('ct-quick-exit', fired);
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        expect(exit.replace.called).to.be.false;
        expect(fired.called).to.be.false;
        expect(announcer(), 'nothing announced either').to.equal('');
        expect(getComputedStyle(document.documentElement).visibility).to.equal('visible');
      } finally {
        exit.restore();
      }
    });

    it('is disarmed when the partner removes quick-exit, and armed again when it comes back', async () => {
      const exit = catchExit();
      try {
        const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit></ct-hotline-banner>`);
        el.removeAttribute('quick-exit');
        await el.updateComplete;
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        expect(exit.replace.called).to.be.false;
        el.setAttribute('quick-exit', '');
        await el.updateComplete;
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        expect(exit.replace.calledOnceWithExactly(DEFAULT_EXIT_URL)).to.be.true;
      } finally {
        exit.restore();
      }
    });

    it('with two elements, the one that offers the exit decides where Shift 3 times goes', async () => {
      const exit = catchExit();
      try {
        const wrapper = await fixture(
          html`<div>
            <ct-hotline-banner exit-url="https://example.org/banner"></ct-hotline-banner>
            <ct-risk-quiz exit-url="https://example.org/quiz"></ct-risk-quiz>
          </div>`,
        );
        const quiz = wrapper.querySelector('ct-risk-quiz')!;
        await quiz.updateComplete;
        const fired = sinon.spy();
        quiz.addEventListener('ct-quick-exit', fired);
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        expect(exit.replace.calledOnceWithExactly('https://example.org/quiz')).to.be.true;
        expect(fired.calledOnce, 'the quiz, which offers the exit, reports it').to.be.true;
      } finally {
        exit.restore();
      }
    });

    it('never shows the old page again when it comes back from the back-forward cache', async () => {
      const exit = catchExit();
      try {
        const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit></ct-hotline-banner>`);
        part(el, '[part=exit]').click();
        // The page restored by Back: visible again until the handler runs.
        document.documentElement.style.removeProperty('visibility');
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        expect(getComputedStyle(document.documentElement).visibility).to.equal('hidden');
        expect(exit.replace.callCount).to.equal(2);
      } finally {
        exit.restore();
      }
    });
  });

  describe('bad values', () => {
    const cases: [string, string, string][] = [
      ['layout', 'sideways', '"inline", "bar", "compact"'],
      ['position', 'middle', '"top", "bottom"'],
      ['theme', 'neon', '"light", "dark"'],
      ['exit-url', 'javascript:alert(1)', 'an http:// or https:// URL'],
      ['exit-url', 'data:text/html,<b>x</b>', 'an http:// or https:// URL'],
      ['phone', '<img src=x onerror=alert(1)>', 'a phone number'],
      ['phone', 'call me', 'a phone number'],
      ['label', '   ', 'a non-empty text'],
      ['label', 'x'.repeat(500), 'at most 120 characters'],
    ];
    for (const [attribute, value, accepted] of cases) {
      it(`${attribute}="${value.slice(0, 30)}" warns once, naming the element, the attribute and what is accepted, and keeps working`, async () => {
        const warnings = captureWarnings();
        const exit = catchExit();
        try {
          const el = document.createElement('ct-hotline-banner');
          el.setAttribute('quick-exit', '');
          el.setAttribute(attribute, value);
          const parent = await fixture(html`<div></div>`);
          parent.append(el);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<ct-hotline-banner>').and.contain(attribute).and.contain(accepted);
          // Still the national line, still a working call link and exit.
          expect(part(el, '[part=number]').textContent).to.equal(line.number);
          expect(part(el, 'a[part=call]').getAttribute('href')).to.equal(`tel:${line.number}`);
          part(el, '[part=exit]').click();
          expect(exit.replace.calledOnceWithExactly(DEFAULT_EXIT_URL)).to.be.true;
          expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        } finally {
          warnings.restore();
          exit.restore();
        }
      });
    }

    it('a valid phone override is shown as written and dialled as digits', async () => {
      const el = await fixture<CtHotlineBanner>(
        html`<ct-hotline-banner phone="+51 (1) 555-0100" label="Línea regional"></ct-hotline-banner>`,
      );
      expect(part(el, '[part=number]').textContent).to.equal('+51 (1) 555-0100');
      expect(part(el, 'a[part=call]').getAttribute('href')).to.equal('tel:+5115550100');
      expect(part(el, '[part=title]').textContent?.trim()).to.equal('Línea regional');
      expect(shadowText(el)).to.not.contain('opción');
    });

    it('renders label text as text, never as HTML', async () => {
      const el = await fixture<CtHotlineBanner>(
        html`<ct-hotline-banner label="<b>bold</b><script>x()</script>"></ct-hotline-banner>`,
      );
      expect(part(el, '[part=title]').textContent?.trim()).to.equal('<b>bold</b><script>x()</script>');
      expect(el.shadowRoot!.querySelector('b, script')).to.equal(null);
    });
  });

  it('is a named region; two banners on a page stay distinguishable', async () => {
    const wrapper = await fixture(
      html`<div><ct-hotline-banner></ct-hotline-banner><ct-hotline-banner layout="compact"></ct-hotline-banner></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('ct-hotline-banner')];
    await a.updateComplete;
    await b.updateComplete;
    const names = [a, b].map((el) => part(el, '[part=base]').getAttribute('aria-label'));
    expect(names[0]).to.not.equal(names[1]);
    expect(names[0]).to.contain(LOCALES.es['line.name']);
  });

  it('uses no storage and makes no request', async () => {
    const before = await privacySnapshot();
    const exit = catchExit();
    const guard = privacyGuard();
    try {
      const el = await fixture<CtHotlineBanner>(
        html`<ct-hotline-banner quick-exit dismissible layout="bar"></ct-hotline-banner>`,
      );
      const call = part<HTMLAnchorElement>(el, 'a[part=call]');
      call.addEventListener('click', (e) => e.preventDefault());
      call.click();
      part(el, '[part=exit]').click();
      part(el, '[part=dismiss]').click();
      await settle(el);
      expect(guard.touched).to.deep.equal([]);
    } finally {
      guard.restore();
      exit.restore();
    }
    expect(await privacySnapshot()).to.deep.equal(before);
  });

  describe('accessibility (axe)', () => {
    for (const layout of ['inline', 'bar', 'compact'])
      for (const lang of SUPPORTED_LANGS)
        for (const theme of ['light', 'dark'])
          it(`${layout} · ${lang} · ${theme}`, async () => {
            const el = await fixture<CtHotlineBanner>(
              html`<ct-hotline-banner
                layout=${layout}
                lang=${lang}
                theme=${theme}
                quick-exit
                dismissible
              ></ct-hotline-banner>`,
            );
            await expect(el).to.be.accessible();
          });
  });
});
