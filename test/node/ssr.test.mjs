// Server rendering (Next.js, Astro, any Node server) with Lit's own SSR: each element renders in
// Node, from the built package's modules, in the language it is given, with the line's number,
// the call link and the exit in its declarative shadow DOM, and a bad value still only warns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

// As an app imports it: ct-awareness/define, which registers the three tags by their entries.
await import('../../dist/esm/define.js');
const { PRESS_KIT } = await import('../../dist/esm/index.js');
/** Every string of a language, from the package's own tables (each locale module's parts). */
const LOCALES = Object.fromEntries(
  await Promise.all(
    ['es', 'en', 'pt'].map(async (lang) => [
      lang,
      Object.assign({}, ...Object.values(await import(`../../dist/esm/i18n/locales/${lang}.js`))),
    ]),
  ),
);

test('ct-awareness/define registers the three tags (on a server too: Next.js renders with it)', () => {
  for (const tag of ['ct-hotline-banner', 'ct-risk-quiz', 'ct-fact-sheet'])
    assert.ok(globalThis.customElements.get(tag), `${tag} is registered`);
});

// The line the press kit holds as current: the number and its tel: link as the elements write them.
const CURRENT = PRESS_KIT.channels.find((channel) => channel.role === 'trafficking-line');
const LINE = { number: CURRENT.number, tel: CURRENT.number.replace(/[^\d+]/g, '') };
/** The element's HTML as a server sends it, with its styles left out. */
const serverHtml = (/** @type {string} */ markup) =>
  collectResultSync(render(html`${unsafeHTML(markup)}`)).replace(/<style>[\s\S]*?<\/style>/g, '');
/** The text a reader sees in it, tags and Lit's markers removed, spaces collapsed. */
const text = (/** @type {string} */ markup) =>
  markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

for (const lang of ['es', 'en', 'pt']) {
  const t = LOCALES[lang];

  test(`${lang}: the banners render on a server in ${lang}, with the number, the call link and the exit in their shadow DOM`, () => {
    for (const layout of ['inline', 'bar', 'compact']) {
      const out = serverHtml(`<ct-hotline-banner lang="${lang}" layout="${layout}" quick-exit></ct-hotline-banner>`);
      assert.match(out, /<template shadowroot(mode)?="open"/, `${layout}: declarative shadow DOM`);
      assert.ok(out.includes(`href="tel:${LINE.tel}"`), `${layout}: the call link`);
      assert.ok(text(out).includes(LINE.number), `${layout}: the number as text`);
      assert.ok(text(out).includes(t['exit.button']), `${layout}: the exit, in ${lang}`);
      assert.match(out, new RegExp(`<section [^>]*lang="${lang}"`), `${layout}: marked as ${lang}`);
    }
  });

  test(`${lang}: the quiz and the fact sheet render on a server in ${lang}`, () => {
    const quiz = serverHtml(`<ct-risk-quiz lang="${lang}" quick-exit></ct-risk-quiz>`);
    assert.ok(text(quiz).includes(t['quiz.name']), 'the quiz names itself in the language given');
    assert.ok(text(quiz).includes(t['quiz.choosePath']));
    assert.ok(quiz.includes(`href="tel:${LINE.tel}"`), 'the quiz shows the line from its first screen');
    assert.ok(text(quiz).includes(t['exit.button']));

    const facts = serverHtml(`<ct-fact-sheet lang="${lang}" topic="hotline"></ct-fact-sheet>`);
    assert.ok(text(facts).includes(t['facts.name']), 'the fact sheet names itself in the language given');
    assert.match(facts, /<li class="fact"[^>]*data-id="national-line-1818"/, 'with the line among its facts');
  });
}

test('props React writes as lower-case attributes before the tag is defined reach the element on the server too', () => {
  const out = serverHtml('<ct-hotline-banner lang="en" quickexit exiturl="https://example.org/"></ct-hotline-banner>');
  assert.ok(text(out).includes(LOCALES.en['exit.button']), 'quickexit turns the exit on');
  assert.match(out, /<ct-hotline-banner[^>]* quick-exit[ =>]/, 'and writes the attribute the styles read');
  // Lit's React SSR writes quickExit={false} as quickexit="false".
  const off = serverHtml('<ct-hotline-banner lang="en" quickexit="false"></ct-hotline-banner>');
  assert.ok(!text(off).includes(LOCALES.en['exit.button']), 'quickexit="false" leaves it off');
  assert.ok(!/ quick-exit[ =>]/.test(off), 'and writes no quick-exit attribute');
});

test('on a server, a bad value warns as in a browser and the element still renders the national line', (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const out = serverHtml(
    '<ct-hotline-banner lang="en" phone="call me" exit-url="javascript:alert(1)"></ct-hotline-banner>',
  );
  assert.ok(out.includes(`href="tel:${LINE.tel}"`));
  const messages = warn.mock.calls.map((call) => String(call.arguments[0]));
  assert.ok(
    messages.some((m) => m.includes('phone') && m.includes('call me')),
    messages.join('\n'),
  );
  assert.ok(
    messages.some((m) => m.includes('exit-url')),
    messages.join('\n'),
  );
});
