import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia, executeServerCommand, a11ySnapshot } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/define.js';
import type { CtHotlineBanner } from '../../../src/elements/hotline-banner/hotline-banner.js';
import { exitNavigation, resetQuickExitState, DEFAULT_EXIT_URL, WINDOW_MS } from '../../../src/core/quick-exit.js';
import { SUPPORTED_LANGS } from '../../../src/i18n/locales.js';
import { LOCALES } from '../../../src/i18n/all-strings.js';
import { PRESS_KIT } from '../../../src/data/press-kit.js';
import { CtCallEvent, CtQuickExitEvent } from '../../../src/core/events.js';
import {
  captureWarnings,
  part,
  shadowText,
  settle,
  privacySnapshot,
  privacyGuard,
  nextEvent,
  attributesOf,
} from '../../support/helpers.js';

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

    it('bar: one row, the details (pitch, badges, operator) on demand; at the window’s top or bottom edge with position', async () => {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner layout="bar" lang="en"></ct-hotline-banner>`);
      const more = part(el, '[part=title]');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.querySelector('.pitch')).to.equal(null);
      more.click();
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, '.pitch').checkVisibility()).to.be.true;
      expect(part(el, '.details').textContent).to.contain(LOCALES.en['line.free']).and.contain(line.operator.en);
      more.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.pitch')).to.equal(null);
      expect(getComputedStyle(part(el, '.base')).position).to.equal('relative');
      el.setAttribute('position', 'top');
      await el.updateComplete;
      const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      await afterFrame();
      // Stuck: the bar at the window's edge; the element keeps its room in the page.
      const base = part(el, '.base');
      expect(getComputedStyle(base).position).to.equal('fixed');
      expect(base.getBoundingClientRect().top).to.equal(0);
      expect(el.getBoundingClientRect().height).to.be.closeTo(base.getBoundingClientRect().height, 0.5);
      expect(base.matches(':popover-open'), 'fixed holds here: no top layer').to.be.false;
      el.setAttribute('position', 'bottom');
      await el.updateComplete;
      expect(base.getBoundingClientRect().bottom).to.equal(window.innerHeight);
      // Under a transformed ancestor, the fixed bar would scroll away with it: lifted into the top layer.
      const wrapper = document.createElement('div');
      wrapper.style.transform = 'translateZ(0)';
      wrapper.style.height = '3000px';
      document.body.append(wrapper);
      wrapper.append(el);
      await el.updateComplete;
      await afterFrame();
      await afterFrame();
      expect(base.matches(':popover-open'), 'lifted').to.be.true;
      expect(base.getBoundingClientRect().bottom).to.equal(window.innerHeight);
      // Removed before a render: no error, and out of the top layer.
      el.setAttribute('dismissible', '');
      el.remove();
      await el.updateComplete;
      expect(base.matches(':popover-open'), 'removed').to.be.false;
      document.body.append(el);
      wrapper.remove();
      el.removeAttribute('position');
      await el.updateComplete;
      expect(base.matches(':popover-open'), 'back in the page').to.be.false;
      expect(getComputedStyle(base).position).to.equal('relative');
      el.remove();
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
    expect(parseFloat(getComputedStyle(part(el, '[part=number]')).fontSize)).to.equal(48);
  });

  it('keeps the partner’s own hidden attribute through updates', async () => {
    const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner hidden></ct-hotline-banner>`);
    el.setAttribute('lang', 'en');
    el.setAttribute('layout', 'compact');
    await el.updateComplete;
    expect(el.hidden).to.be.true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('reads the lower-case attributes React writes for camelCase props (quickexit, exiturl) as its own', async () => {
    const exit = catchExit();
    try {
      const el = await fixture<CtHotlineBanner>(
        html`<ct-hotline-banner lang="en" quickexit exiturl="https://example.org/safe"></ct-hotline-banner>`,
      );
      await el.updateComplete;
      expect(el.quickExit).to.be.true;
      expect(el.exitUrl).to.equal('https://example.org/safe');
      expect(el.hasAttribute('quick-exit'), 'copied to the attribute the styles read').to.be.true;
      part(el, '[part=exit]').click();
      expect(exit.replace).to.have.been.calledOnceWith('https://example.org/safe');
      el.removeAttribute('quickexit');
      await el.updateComplete;
      expect(el.quickExit).to.be.false;
      expect(el.shadowRoot!.querySelector('[part=exit]')).to.be.null;
      // As Lit's React SSR writes quickExit={false}: off, not the HTML boolean's "present".
      el.setAttribute('quickexit', 'false');
      await el.updateComplete;
      expect(el.quickExit).to.be.false;
      expect(el.hasAttribute('quick-exit')).to.be.false;
    } finally {
      exit.restore();
    }
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
        expect(announcer(), 'the stale count is not left for a screen reader').to.equal('');
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

describe('<ct-hotline-banner> on a phone', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
    await executeServerCommand('touch-screen', { enabled: false });
    resetQuickExitState();
  });

  const box = (el: Element, selector: string) => part(el, selector).getBoundingClientRect();

  for (const [width, height] of [
    [320, 568],
    [375, 667],
  ])
    it(`the bar at ${width}×${height}: one row, at most 56 px and 15% of the screen, nothing cut off`, async () => {
      await setViewport({ width, height });
      const el = await fixture<CtHotlineBanner>(
        html`<ct-hotline-banner layout="bar" position="top" quick-exit dismissible></ct-hotline-banner>`,
      );
      const bar = box(el, '[part=base]');
      expect(bar.height)
        .to.be.at.most(56)
        .and.at.most(height * 0.15);
      const targets = ['[part=title]', '[part=call]', '[part=exit]', '[part=dismiss]'].map((s) => box(el, s));
      for (const target of targets) {
        expect(target.top, 'in the one row').to.be.at.least(bar.top);
        expect(target.bottom, 'in the one row').to.be.at.most(bar.bottom);
        expect(target.right).to.be.at.most(width);
        expect(target.height, 'a 44 px target').to.be.at.least(44);
      }
      const base = part(el, '[part=base]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    });

  for (const layout of ['bar', 'inline', 'compact'])
    for (const width of [320, 1280])
      it(`${layout} at ${width} px: the exit is apart from the call (8 px or more) and shaped differently`, async () => {
        await setViewport({ width, height: 800 });
        const el = await fixture<CtHotlineBanner>(
          html`<ct-hotline-banner layout=${layout} quick-exit dismissible></ct-hotline-banner>`,
        );
        const call = box(el, '[part=call]');
        const exit = box(el, '[part=exit]');
        const apart = Math.max(
          exit.left - call.right,
          call.left - exit.right,
          exit.top - call.bottom,
          call.top - exit.bottom,
        );
        expect(apart).to.be.at.least(8);
        const radius = (selector: string) => parseFloat(getComputedStyle(part(el, selector)).borderTopLeftRadius);
        expect(Math.abs(radius('[part=call]') - radius('[part=exit]'))).to.be.at.least(8);
      });

  for (const layout of ['bar', 'inline', 'compact'])
    it(`${layout}: the number is the largest text`, async () => {
      const el = await fixture<CtHotlineBanner>(
        html`<ct-hotline-banner layout=${layout} quick-exit dismissible></ct-hotline-banner>`,
      );
      const number = parseFloat(getComputedStyle(part(el, '[part=number]')).fontSize);
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!node.textContent!.trim() || !parent.checkVisibility() || parent.closest('[aria-hidden=true]')) continue;
        expect(parseFloat(getComputedStyle(parent).fontSize), node.textContent!).to.be.at.most(number);
      }
    });

  it('shows the Shift hint only where a keyboard is likely, and never in print', async () => {
    const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit></ct-hotline-banner>`);
    const hint = part(el, '.hint');
    // Shown exactly when the media query holds: headless Chromium has no fine pointer, so the
    // rule itself is read too, to see that a desktop with a mouse gets the hint.
    const keyboardLikely = '(hover: hover) and (pointer: fine)';
    expect(hint.checkVisibility()).to.equal(matchMedia(keyboardLikely).matches);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const shown = rules.find(
      (rule) =>
        rule instanceof CSSMediaRule &&
        rule.conditionText === keyboardLikely &&
        [...rule.cssRules].some((r) => r.cssText.startsWith('.hint') && !r.cssText.includes('none')),
    );
    expect(shown, `an @media ${keyboardLikely} rule that shows .hint`).to.exist;
    await executeServerCommand('touch-screen', { enabled: true });
    expect(matchMedia('(pointer: coarse)').matches, 'a touch screen').to.be.true;
    expect(hint.checkVisibility(), 'on a touch screen').to.be.false;
    await executeServerCommand('touch-screen', { enabled: false });
    await emulateMedia({ media: 'print' });
    expect(hint.checkVisibility(), 'in print').to.be.false;
  });

  it('shows the Shift presses as marks beside the exit, hidden from screen readers, which hear the count', async () => {
    const exit = sinon.stub(exitNavigation, 'replace');
    try {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit lang="en"></ct-hotline-banner>`);
      expect(el.shadowRoot!.querySelector('[part=presses]')).to.equal(null);
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      const marks = part(el, '[part=presses]');
      expect(marks.getAttribute('aria-hidden')).to.equal('true');
      expect(marks.checkVisibility()).to.be.true;
      expect(marks.querySelectorAll('.mark').length).to.equal(3);
      expect(marks.querySelectorAll('.mark.done').length).to.equal(1);
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      expect(part(el, '[part=presses]').querySelectorAll('.mark.done').length).to.equal(2);
      await sendKeys({ press: 'a' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=presses]'), 'reset by another key').to.equal(null);
    } finally {
      exit.restore();
    }
  });

  it('is light on a light page when the reader’s system is dark, and follows the system with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await fixture<CtHotlineBanner>(html`<ct-hotline-banner></ct-hotline-banner>`);
    expect(getComputedStyle(part(light, '[part=base]')).backgroundColor).to.equal('rgb(243, 246, 251)');
    const auto = await fixture<CtHotlineBanner>(html`<ct-hotline-banner theme="auto"></ct-hotline-banner>`);
    expect(getComputedStyle(part(auto, '[part=base]')).backgroundColor).to.equal('rgb(29, 36, 48)');
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(part(auto, '[part=base]')).backgroundColor).to.equal('rgb(243, 246, 251)');
  });

  it('keeps its own typography under a host rule like * { line-height: 2 }', async () => {
    const style = document.createElement('style');
    style.textContent = '* { line-height: 2 !important; letter-spacing: 0.3em; text-transform: uppercase; }';
    document.head.append(style);
    try {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner></ct-hotline-banner>`);
      const pitch = part(el, '.pitch');
      const size = parseFloat(getComputedStyle(pitch).fontSize);
      expect(parseFloat(getComputedStyle(pitch).lineHeight) / size).to.be.closeTo(1.45, 0.01);
      expect(getComputedStyle(pitch).letterSpacing).to.equal('normal');
      expect(getComputedStyle(pitch).textTransform).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('keeps apart from what is pasted next to it: a default outer margin, --ct-margin to change it', async () => {
    const wrapper = await fixture(
      html`<div>
        <ct-hotline-banner></ct-hotline-banner><ct-hotline-banner style="--ct-margin: 0"></ct-hotline-banner>
      </div>`,
    );
    const [first, second] = wrapper.querySelectorAll('ct-hotline-banner');
    await (first as CtHotlineBanner).updateComplete;
    expect(getComputedStyle(first).marginBlockStart).to.equal('16px');
    expect(getComputedStyle(second).marginBlockStart).to.equal('0px');
  });

  it('a screen reader hears names in order, without the decorative marks and separators', async () => {
    const el = await fixture<CtHotlineBanner>(
      html`<ct-hotline-banner lang="en" quick-exit dismissible id="heard"></ct-hotline-banner>`,
    );
    const tree = (await a11ySnapshot({ selector: '#heard' })) as unknown as AxNode;
    const heard: string[] = [];
    const walk = (node: AxNode) => {
      if (node.name) heard.push(node.name);
      node.children?.forEach(walk);
    };
    walk(tree);
    const text = heard.join(' | ');
    expect(text).to.not.contain('✓').and.not.contain('·');
    const order = [
      'Line against human trafficking',
      '1818',
      'Free',
      'Confidential',
      '24 hours',
      'Call 1818',
      'Quick exit',
    ];
    let at = -1;
    for (const name of order) {
      const next = heard.findIndex((h, i) => i > at && h.includes(name));
      expect(next, `"${name}" after the previous, in: ${text}`).to.be.greaterThan(at);
      at = next;
    }
    expect(heard).to.include(LOCALES.en['banner.dismiss']);
    void el;
  });
});

interface AxNode {
  name?: string;
  role?: string;
  children?: AxNode[];
}

/** The number and the exit on every path a reader meets: large text, keys, focus, set-up by properties. */
describe('<ct-hotline-banner>: the line on every path', () => {
  const root = document.documentElement;
  afterEach(async () => {
    root.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('forced-colors', { active: false });
    resetQuickExitState();
  });

  const rect = (el: Element, selector: string) => part(el, selector).getBoundingClientRect();
  /** The visible part of a box: every part a reader needs is whole inside the window and the element. */
  function onScreen(el: Element, selector: string, width: number) {
    const box = rect(el, selector);
    const host = el.getBoundingClientRect();
    expect(box.width, `${selector} is shown`).to.be.above(0);
    expect(box.left, `${selector} left`).to.be.at.least(-0.5);
    expect(box.right, `${selector} right`).to.be.at.most(width + 0.5);
    expect(box.top, `${selector} inside the element`).to.be.at.least(host.top - 0.5);
    expect(box.bottom, `${selector} inside the element`).to.be.at.most(host.bottom + 0.5);
  }

  for (const text of ['110%', '150%', '200%'])
    for (const layout of ['bar', 'inline', 'compact'])
      it(`${layout} at 320 px with text at ${text}: reflows, the number and the exit on screen, nothing sideways`, async () => {
        await setViewport({ width: 320, height: 568 });
        root.style.fontSize = text;
        const el = await fixture<CtHotlineBanner>(
          html`<ct-hotline-banner layout=${layout} quick-exit dismissible></ct-hotline-banner>`,
        );
        await settle(el);
        for (const selector of ['[part=call]', '[part=exit]', '[part=dismiss]', '[part=title]'])
          onScreen(el, selector, 320);
        const base = part(el, '[part=base]');
        expect(base.scrollWidth, 'no sideways overflow').to.be.at.most(base.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        // The line's name is not cut mid-word: its box holds its text.
        const name = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=title] .name, [part=title] strong')].find(
          (n) => n.checkVisibility(),
        )!;
        expect(name.scrollWidth, 'the name is not cut sideways').to.be.at.most(name.clientWidth + 1);
      });

  it('the bar takes two rows of 3em where it is narrower than 17em: the name and close, then the number and the exit', async () => {
    await setViewport({ width: 320, height: 568 });
    root.style.fontSize = '200%';
    const el = await fixture<CtHotlineBanner>(
      html`<ct-hotline-banner layout="bar" position="top" quick-exit dismissible></ct-hotline-banner>`,
    );
    const em = parseFloat(getComputedStyle(el).fontSize);
    expect(el.getBoundingClientRect().height).to.be.closeTo(6.0625 * em, 1);
    const [dismiss, title, call, exit] = ['[part=dismiss]', '[part=title]', '[part=call]', '[part=exit]'].map((s) =>
      rect(el, s),
    );
    expect(Math.abs(dismiss.top - title.top), 'close and name share the first row').to.be.below(em);
    expect(Math.abs(call.top - exit.top), 'call and exit share the second row').to.be.below(em);
    expect(call.top).to.be.above(title.bottom - 1);
  });

  for (const text of ['100%', '200%'])
    for (const layout of ['bar', 'inline', 'compact'])
      for (const width of [320, 1280])
        it(`${layout} at ${width} px, text ${text}: the close button is 24 px or more from the exit, or in another row`, async () => {
          await setViewport({ width, height: 800 });
          root.style.fontSize = text;
          const el = await fixture<CtHotlineBanner>(
            html`<ct-hotline-banner layout=${layout} quick-exit dismissible></ct-hotline-banner>`,
          );
          const dismiss = rect(el, '[part=dismiss]');
          const exit = rect(el, '[part=exit]');
          const otherRow = dismiss.bottom <= exit.top || exit.bottom <= dismiss.top;
          const apart = Math.max(exit.left - dismiss.right, dismiss.left - exit.right);
          expect(otherRow || apart >= 24, `apart by ${apart} px in one row`).to.be.true;
        });

  it('Shift counts only pressed and released alone: Shift+Tab and capitals never count and are never announced', async () => {
    const exit = catchExit();
    const input = document.createElement('input');
    document.body.append(input);
    try {
      const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner quick-exit lang="en"></ct-hotline-banner>`);
      for (let i = 0; i < 5; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      }
      input.focus();
      for (const key of ['KeyA', 'KeyN', 'KeyA']) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: key });
        await sendKeys({ up: 'Shift' });
      }
      await el.updateComplete;
      expect(input.value).to.equal('ANA');
      expect(announcer(), 'nothing announced').to.equal('');
      expect(el.shadowRoot!.querySelector('[part=presses]'), 'no marks').to.equal(null);
      expect(exit.replace.called).to.be.false;
      // Held down (key repeat) and released: one press.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ up: 'Shift' });
      expect(announcer()).to.equal('Press Shift 2 more times to leave this page');
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(exit.replace.calledOnce).to.be.true;
    } finally {
      input.remove();
      exit.restore();
    }
  });

  it('the Shift announcements speak the element’s language, also on a page in another', async () => {
    const exit = catchExit();
    try {
      await fixture(html`<div lang="es"><ct-hotline-banner quick-exit lang="pt"></ct-hotline-banner></div>`);
      await sendKeys({ press: 'Shift' });
      const live = document.querySelector<HTMLElement>('[data-ct-announcer]')!;
      expect(live.textContent).to.equal('Pressione Shift mais 2 vezes para sair desta página');
      expect(live.lang).to.equal('pt');
    } finally {
      exit.restore();
    }
  });

  it('the bar’s details close on Escape (focus back on the name) and on a tap outside, not on one inside', async () => {
    const el = await fixture<CtHotlineBanner>(
      html`<ct-hotline-banner layout="bar" position="top" quick-exit></ct-hotline-banner>`,
    );
    const more = part<HTMLButtonElement>(el, '.more');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.details')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.details'), 'closed by Escape').to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(more);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    const details = part(el, '.details');
    details.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.details'), 'a tap inside keeps them').to.exist;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.details'), 'closed by a tap outside').to.equal(null);
  });

  it('at 200 % text on a phone the open bar covers at most half the screen: the details scroll inside', async () => {
    await setViewport({ width: 320, height: 568 });
    root.style.fontSize = '200%';
    const el = await fixture<CtHotlineBanner>(
      html`<ct-hotline-banner layout="bar" position="top" quick-exit dismissible></ct-hotline-banner>`,
    );
    part(el, '.more').click();
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.at.most(568 / 2 + 1);
    const details = part(el, '.details');
    expect(details.scrollHeight, 'more than fits: it scrolls').to.be.above(details.clientHeight);
    expect(getComputedStyle(details).overflowY).to.equal('auto');
    expect(details.tabIndex, 'a keyboard can scroll it').to.equal(0);
  });

  it('numbers its region among the banners a reader can reach, as banners come, go and are dismissed', async () => {
    const wrapper = await fixture(
      html`<div>
        <ct-hotline-banner lang="en" dismissible></ct-hotline-banner><ct-hotline-banner lang="en"></ct-hotline-banner>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll<CtHotlineBanner>('ct-hotline-banner')];
    const name = (el: CtHotlineBanner) => part(el, '[part=base]').getAttribute('aria-label');
    await settle(second);
    expect(name(first)).to.equal('Line against human trafficking (1 of 2)');
    const third = document.createElement('ct-hotline-banner') as CtHotlineBanner;
    third.lang = 'en';
    wrapper.prepend(third);
    await settle(third);
    await settle(first);
    expect(name(first), 'a banner added before it').to.equal('Line against human trafficking (2 of 3)');
    expect(name(third)).to.equal('Line against human trafficking (1 of 3)');
    third.remove();
    await settle(first);
    expect(name(first), 'and removed').to.equal('Line against human trafficking (1 of 2)');
    part(first, '[part=dismiss]').click();
    await settle(second);
    expect(name(second), 'the other one dismissed').to.equal('Line against human trafficking');
  });

  it('set up through properties only, as React 19 does, it is the same element as one written with attributes', async () => {
    const written = await fixture<CtHotlineBanner>(
      html`<ct-hotline-banner
        layout="bar"
        position="top"
        theme="dark"
        quick-exit
        dismissible
        exit-url="https://example.org/"
        label="Línea"
      ></ct-hotline-banner>`,
    );
    const set = document.createElement('ct-hotline-banner') as CtHotlineBanner;
    Object.assign(set, {
      layout: 'bar',
      position: 'top',
      theme: 'dark',
      quickExit: true,
      dismissible: true,
      exitUrl: 'https://example.org/',
      label: 'Línea',
    });
    written.after(set);
    await settle(set);
    expect(attributesOf(set)).to.deep.equal(attributesOf(written));
    expect(getComputedStyle(part(set, '[part=base]')).position).to.equal('fixed');
    expect(getComputedStyle(part(set, '[part=base]')).backgroundColor).to.equal(
      getComputedStyle(part(written, '[part=base]')).backgroundColor,
    );
    for (const selector of ['[part=exit]', '[part=dismiss]']) expect(part(set, selector).checkVisibility()).to.be.true;
    expect(shadowText(set)).to.equal(shadowText(written));
  });

  for (const lang of SUPPORTED_LANGS)
    it(`axe: the bar in two rows at 200 % text with its details open, ${lang}`, async () => {
      await setViewport({ width: 320, height: 568 });
      root.style.fontSize = '200%';
      const el = await fixture<CtHotlineBanner>(
        html`<ct-hotline-banner layout="bar" position="top" lang=${lang} quick-exit dismissible></ct-hotline-banner>`,
      );
      part(el, '.more').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

  it('in forced colours the bar’s call link is still a filled control, not plain text', async () => {
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const el = await fixture<CtHotlineBanner>(html`<ct-hotline-banner layout="bar" quick-exit></ct-hotline-banner>`);
    const call = getComputedStyle(part(el, '[part=call]'));
    const text = getComputedStyle(part(el, '[part=number]'));
    expect(call.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(call.backgroundColor, 'its text stands out from its fill').to.not.equal(text.color);
    expect(parseFloat(call.borderTopWidth)).to.be.above(0);
  });
});

describe('<ct-hotline-banner>: focus never under the stuck bar', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    window.scrollTo(0, 0);
  });

  for (const position of ['top', 'bottom'] as const)
    it(`tabbing forwards and backwards at 320 px, nothing focused is even partly under a ${position} bar`, async () => {
      await setViewport({ width: 320, height: 568 });
      const filler = (n: number) =>
        Array.from({ length: n }, () => html`<p>Texto del artículo de un sitio asociado.</p>`);
      const page = await fixture(
        html`<div>
          ${position === 'top' ? html`<ct-hotline-banner layout="bar" position="top" quick-exit></ct-hotline-banner>` : ''}
          ${filler(6)}<a href="#a">Enlace uno</a>${filler(8)}<button>Botón</button>${filler(8)}
          <ct-hotline-banner layout="compact"></ct-hotline-banner>${filler(8)}<a href="#b">Enlace dos</a>${filler(10)}
          ${
            position === 'bottom'
              ? html`<ct-hotline-banner layout="bar" position="bottom" quick-exit></ct-hotline-banner>`
              : ''
          }
        </div>`,
      );
      const bar = page.querySelector<CtHotlineBanner>(`ct-hotline-banner[position=${position}]`)!;
      const compact = page.querySelector<CtHotlineBanner>('ct-hotline-banner[layout=compact]')!;
      await settle(bar);
      await settle(compact);
      const deepActive = () => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active;
      };
      const check = async (step: string) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        const focused = deepActive();
        if (!focused || focused === document.body || bar.shadowRoot!.contains(focused)) return 0;
        const box = focused.getBoundingClientRect();
        const stuck = part(bar, '[part=base]').getBoundingClientRect();
        const hidden = position === 'top' ? stuck.bottom - box.top : box.bottom - stuck.top;
        expect(hidden, `${step}: ${focused.localName} "${focused.textContent?.trim()}" under the bar`).to.be.at.most(
          0.5,
        );
        return 1;
      };
      // From the end of the page backwards first: what comes into view from above lands at the top.
      [...page.querySelectorAll('a')].at(-1)!.focus();
      let checked = 0;
      for (let i = 0; i < 7; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        checked += await check(`Shift+Tab ${i + 1}`);
      }
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        checked += await check(`Tab ${i + 1}`);
      }
      expect(checked, 'focus moved through the page').to.be.at.least(6);
      // The case the browser leaves alone: the next stop is on screen, but under the bar, so it
      // does not scroll at all. Scroll the compact banner's call link under the bar, then tab to it.
      const call = compact.shadowRoot!.querySelector<HTMLElement>('[part=call]')!;
      const stuck = part(bar, '[part=base]').getBoundingClientRect();
      const box = call.getBoundingClientRect();
      window.scrollBy(0, position === 'top' ? box.top - stuck.top - 4 : box.bottom - stuck.bottom + 4);
      const under = call.getBoundingClientRect();
      expect(position === 'top' ? under.top < stuck.bottom : under.bottom > stuck.top, 'set up under the bar').to.be
        .true;
      const links = [...page.querySelectorAll<HTMLElement>('a, button')];
      if (position === 'top') {
        links.find((l) => l.textContent === 'Enlace dos')!.focus({ preventScroll: true });
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      } else {
        links.find((l) => l.textContent === 'Botón')!.focus({ preventScroll: true });
        await sendKeys({ press: 'Tab' });
      }
      expect(compact.shadowRoot!.activeElement).to.equal(call);
      expect(await check('onto a stop under the bar'), 'checked').to.equal(1);
    });
});
