/**
 * The embed builder (dist/embed/): choosing options, copying the snippet, and the snippet pasted
 * into a blank page beside the built script rendering exactly the previewed element.
 */
import { expect } from '@open-wc/testing';
import {
  until,
  layoutShifts,
  openPage,
  loadPage,
  tagsDefined,
  frames,
  SCRIPT_URL,
  type TestPage,
} from '../support/pages.js';

const BUILDER = '/dist/embed/index.html';

async function openBuilder(query = ''): Promise<TestPage> {
  const page = await openPage(`${BUILDER}${query}`);
  await tagsDefined(page);
  await frames(page, 3);
  return page;
}

/** Sets a form control the way a user does: value, then the events the page listens to. */
async function choose(page: TestPage, selector: string, value: string | boolean): Promise<void> {
  const input = page.document.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!input) throw new Error(`no ${selector} in the builder`);
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else if (input instanceof page.window.HTMLInputElement && input.type === 'radio') input.checked = true;
  else input.value = value;
  input.dispatchEvent(new page.window.Event('change', { bubbles: true }));
  await frames(page, 3);
  // The quiz's and the fact sheet's files load when the preview needs them.
  await tagsDefined(page);
  await frames(page, 3);
}

/** Clicks "copy" with a stubbed clipboard in the page, and returns what was copied. */
async function copySnippet(page: TestPage): Promise<string> {
  let copied = '';
  Object.defineProperty(page.window.navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void (copied = text) },
  });
  page.document.getElementById('copy')!.click();
  await frames(page, 2);
  return copied;
}

/** What an element shows: its attributes and its rendered text. */
function shown(el: Element) {
  return {
    attributes: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    text: el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim(),
  };
}

const CASES: [string, [string, string | boolean][]][] = [
  [
    'the banner as a bar at the top, in English, dark, dismissible',
    [
      ['input[name=tag][value=ct-hotline-banner]', true],
      ['#lang', 'en'],
      ['#theme', 'dark'],
      ['#layout-banner', 'bar'],
      ['#position', 'top'],
      ['input[name=dismissible]', true],
    ],
  ],
  [
    'the self-check on the job-offer path, in Portuguese',
    [
      ['input[name=tag][value=ct-risk-quiz]', true],
      ['#lang', 'pt'],
      ['#path', 'offer'],
      ['#heading-level-quiz', '3'],
    ],
  ],
  [
    'the fact sheet of the law, as a list, without sources',
    [
      ['input[name=tag][value=ct-fact-sheet]', true],
      ['#topic', 'law'],
      ['#layout-facts', 'list'],
      ['input[name=sources]', false],
      ['#heading', 'La ley, con "comillas" & <signos>'],
    ],
  ],
];

describe('embed builder', () => {
  let builder: TestPage | undefined;
  let pasted: TestPage | undefined;
  afterEach(() => {
    builder?.remove();
    pasted?.remove();
  });

  for (const [name, steps] of CASES)
    it(`${name}: the copied snippet renders exactly the previewed element`, async () => {
      builder = await openBuilder();
      for (const [selector, value] of steps) await choose(builder, selector, value);
      const previewed = builder.document.querySelector('#preview > *')!;
      const snippet = await copySnippet(builder);
      expect(builder.document.getElementById('copy-status')!.textContent).to.contain('copiado');
      expect(snippet).to.equal(builder.document.getElementById('snippet')!.textContent);

      const integrity = (await (await fetch('/dist/integrity.json')).json()).files['ct-awareness.js'];
      expect(snippet).to.contain(`integrity="${integrity}"`);
      // Pasted into a blank page, with the script where this test serves it; the hash stays,
      // so the browser checks that it pins the exact file.
      expect(snippet).to.match(/^<link rel="stylesheet" href="[^"]*\/ct-awareness\.css" \/>\n<script /);
      pasted = await loadPage({
        body: snippet
          .replace(/src="[^"]*"/, `src="${SCRIPT_URL}"`)
          .replace(/href="[^"]*ct-awareness\.css"/, 'href="/dist/ct-awareness.css"'),
      });
      await tagsDefined(pasted);
      await frames(pasted, 3);
      const element = pasted.document.querySelector(previewed.localName)!;
      expect(shown(element)).to.deep.equal(shown(previewed));
      expect(pasted.window.__errors).to.deep.equal([]);
    });

  it('offers an iframe for sites that allow no script: the pasted iframe shows the previewed element', async () => {
    builder = await openBuilder();
    await choose(builder, 'input[name=tag][value=ct-fact-sheet]', true);
    await choose(builder, '#lang', 'pt');
    await choose(builder, '#topic', 'law');
    await choose(builder, 'input[name=embed][value=iframe]', true);
    const previewed = builder.document.querySelector('#preview > *')!;
    const snippet = await copySnippet(builder);
    expect(snippet).to.not.contain('<ct-fact-sheet');
    expect(snippet).to.match(
      /^<iframe src="\/assets\/ct-awareness\/frame\/fact-sheet\.html\?lang=pt&amp;topic=law&amp;layout=cards&amp;press-kit-url=%2Fassets%2Fct-awareness%2Fpress-kit%2Flatest%2F" title="[^"]+" width="100%" height="640" style="border: 0"><\/iframe>$/,
    );
    // No script unless asked for: the iframe is for sites that allow none.
    await choose(builder, 'input[name=frame-resize]', true);
    expect(await copySnippet(builder)).to.match(
      /<\/iframe>\n<script src="\/assets\/ct-awareness\/frame\/ct-awareness-frame-resize\.js" defer><\/script>$/,
    );
    await choose(builder, 'input[name=frame-resize]', false);
    // Pasted into a blank page, with the frame where this test serves it.
    pasted = await loadPage({ body: snippet.replaceAll('/assets/ct-awareness/', '/dist/') });
    const frame = pasted.document.querySelector('iframe')!;
    let element: Element | null | undefined;
    for (let i = 0; i < 100 && !element?.shadowRoot?.textContent?.trim(); i++) {
      await frames(pasted, 3);
      element = frame.contentDocument?.querySelector('ct-fact-sheet');
    }
    await frames(pasted, 5);
    expect(shown(element!)).to.deep.equal(shown(previewed));
  });

  it('puts the no-JavaScript fallback for the chosen language inside the tag', async () => {
    builder = await openBuilder();
    await choose(builder, '#lang', 'en');
    const snippet = await copySnippet(builder);
    const page = await loadPage({
      body: snippet
        .replace(/<script[^>]*><\/script>/, '')
        .replace(/href="[^"]*ct-awareness\.css"/, 'href="/dist/ct-awareness.css"'),
    });
    const banner = page.document.querySelector('ct-hotline-banner')!;
    expect(banner.shadowRoot).to.equal(null);
    expect(banner.textContent)
      .to.contain('Line against human trafficking')
      .and.contain('Call 1818')
      .and.contain('Quick exit');
    expect([...banner.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:1818',
      'https://www.senamhi.gob.pe/',
    ]);
    page.remove();
  });

  it('when the clipboard is not available, selects the snippet and says how to copy it', async () => {
    builder = await openBuilder();
    Object.defineProperty(builder.window.navigator, 'clipboard', { configurable: true, value: undefined });
    builder.document.getElementById('copy')!.click();
    await frames(builder, 2);
    expect(builder.document.getElementById('copy-status')!.textContent).to.contain('Ctrl+C');
    expect(builder.window.getSelection()!.toString()).to.equal(builder.document.getElementById('snippet')!.textContent);
  });

  it('has no axe violation, and works under the strict CSP with Trusted Types', async () => {
    builder = await openBuilder('?csp=tt');
    await choose(builder, 'input[name=tag][value=ct-fact-sheet]', true);
    const script = builder.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => {
      script.onload = resolve;
      builder!.document.head.append(script);
    });
    const axe = (
      builder.window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string }[] }> } }
    ).axe;
    const { violations } = await axe.run(builder.document);
    expect(violations.map((v) => v.id)).to.deep.equal([]);
    expect((builder.window as unknown as { __violations?: string[] }).__violations ?? []).to.deep.equal([]);
    expect(builder.document.querySelector('#preview ct-fact-sheet')!.shadowRoot!.textContent).to.not.be.empty;
  });
});

describe('embed builder, for the partner using it', () => {
  let builder: TestPage | undefined;
  let pasted: TestPage | undefined;
  afterEach(() => {
    builder?.remove();
    pasted?.remove();
  });

  it('speaks es, en and pt, following its own language switch, the "copied" message included', async () => {
    builder = await openBuilder();
    const heading = () => builder!.document.querySelector('h1')!.textContent;
    expect(heading()).to.equal('Generador de código para sitios aliados');
    for (const [lang, title, copied] of [
      ['en', 'Code builder for partner sites', 'Code copied'],
      ['pt', 'Gerador de código para sites parceiros', 'Código copiado'],
      ['es', 'Generador de código para sitios aliados', 'Código copiado'],
    ]) {
      await choose(builder, '#ui-lang', lang);
      expect(builder.document.documentElement.lang).to.equal(lang);
      expect(heading()).to.equal(title);
      expect(builder.document.querySelector('label[for=layout-banner]')!.textContent).to.not.be.empty;
      await copySnippet(builder);
      expect(builder.document.getElementById('copy-status')!.textContent).to.contain(copied);
    }
    // Every labelled text has its words in each language: none falls back to a key or is empty.
    for (const lang of ['en', 'pt']) {
      await choose(builder, '#ui-lang', lang);
      for (const node of builder.document.querySelectorAll<HTMLElement>('[data-i18n]'))
        expect(node.textContent!.trim(), `${lang} ${node.dataset.i18n}`).to.not.equal('');
    }
  });

  it('offers a stuck position only for the bar', async () => {
    builder = await openBuilder();
    const row = builder.document.getElementById('position-row')!;
    expect(row.checkVisibility(), 'inline').to.be.false;
    await choose(builder, '#layout-banner', 'bar');
    expect(row.checkVisibility(), 'bar').to.be.true;
    await choose(builder, '#layout-banner', 'compact');
    expect(row.checkVisibility(), 'compact').to.be.false;
  });

  /** The snippet pasted first in an article as the builder's place names it, the script late. */
  async function pastedFirst(snippet: string, [width, height]: readonly [number, number], column: string) {
    pasted = await loadPage({
      width,
      height,
      head: '<style>body{margin:0 16px}</style>',
      body: `<main style="${column}">${snippet
        .replace(/<script [^>]*><\/script>/, '')
        .replace(
          /href="[^"]*ct-awareness\.css"/,
          'href="/dist/ct-awareness.css"',
        )}<p id="after">${'Texto. '.repeat(400)}</p></main>`,
    });
    await frames(pasted, 3);
    const shift = layoutShifts(pasted.window);
    const script = pasted.document.createElement('script');
    script.src = SCRIPT_URL;
    pasted.document.head.append(script);
    await tagsDefined(pasted);
    const element = pasted.document.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
      'main > ct-hotline-banner, main > ct-risk-quiz, main > ct-fact-sheet',
    )!;
    await element.updateComplete;
    await until(() => element.shadowRoot?.querySelector('[part=fact], button, a[href^="tel:"]'), 'the first render');
    await frames(pasted, 4);
    const box = element.getBoundingClientRect().height;
    // Its own height: the snippet's reserve set aside (the style attribute holds it).
    element.style.setProperty('--ct-reserve', '0px');
    const own = element.getBoundingClientRect().height;
    return { shift: shift(), blank: box - own };
  }

  it('reserves the height for the place chosen: pasted there in a serif, a sans and a wide sans, at 375 and 1280 px, nothing shifts and no blank is left', async () => {
    builder = await openBuilder();
    await choose(builder, 'input[name=tag][value=ct-fact-sheet]', true);
    await until(() => builder!.document.querySelectorAll('input[name=fact]').length, 'the list of facts');
    await choose(builder, 'input[name=fact][value=law-28950-2007]', true);
    await choose(builder, 'input[name=fact][value=national-line-1818]', true);
    // On a computer the place's column; on a phone every place is the screen's width.
    for (const [place, column] of [
      ['article', 640],
      ['side', 300],
    ] as const) {
      await choose(builder, '#reserve', place);
      const snippet = await copySnippet(builder);
      expect(snippet, place).to.match(/ style="--ct-reserve: [^"]+;"/);
      for (const face of ['"Liberation Sans" 16px', '"Liberation Serif" 17px', '"DejaVu Sans" 18px'])
        for (const window of [
          [375, 667],
          [1280, 900],
        ] as const) {
          const [, family, size] = face.match(/^(.*) (\d+px)$/)!;
          const { shift, blank } = await pastedFirst(
            snippet,
            window,
            `font-family:${family.replace(/"/g, "'")};font-size:${size};max-width:${window[0] > 800 ? column : 9999}px`,
          );
          const what = `${place} in ${face} at ${window[0]} px`;
          expect(shift, `${what}: layout shift`).to.be.below(0.01);
          expect(blank, `${what}: blank below`).to.be.within(-0.5, 24);
          pasted!.remove();
        }
    }
  });

  it('the preview is never cut by its own box at 375 and 1280 px, and the reserve is measured for the place all the same', async () => {
    builder = await openBuilder();
    const reserves: Record<string, string> = {};
    for (const width of [1280, 375]) {
      builder.frame.style.width = `${width}px`;
      for (const tag of ['ct-hotline-banner', 'ct-risk-quiz', 'ct-fact-sheet']) {
        await choose(builder, `input[name=tag][value=${tag}]`, true);
        await choose(builder, '#reserve', 'article');
        const box = builder.document.getElementById('preview')!;
        const element = box.firstElementChild!;
        expect(element.getBoundingClientRect().right, `${tag} at ${width}`).to.be.at.most(
          box.getBoundingClientRect().right + 0.5,
        );
        expect(box.scrollWidth, `${tag} at ${width}: nothing to scroll sideways`).to.be.at.most(box.clientWidth + 1);
        for (const action of element.shadowRoot!.querySelectorAll('[part~=exit], [part~=call]'))
          expect(action.getBoundingClientRect().right, `${tag} at ${width}`).to.be.at.most(width);
        const reserve = builder.document.getElementById('snippet')!.textContent!.match(/--ct-reserve: [^;"]+/)?.[0];
        expect(reserve, tag).to.exist;
        if (width === 1280) reserves[tag] = reserve!;
        else expect(reserve, `${tag}: measured for the place, not at the narrow preview`).to.equal(reserves[tag]);
      }
    }
  });

  it('at 375 px the copy button is in view above the code, and the labels are in plain words in every language', async () => {
    builder = await openBuilder();
    builder.frame.style.width = '375px';
    builder.frame.style.height = '667px';
    await choose(builder, 'input[name=tag][value=ct-fact-sheet]', true);
    const copy = builder.document.getElementById('copy')!;
    const code = builder.document.getElementById('snippet')!;
    expect(copy.getBoundingClientRect().bottom, 'the button before the code').to.be.at.most(
      code.getBoundingClientRect().top,
    );
    copy.scrollIntoView({ block: 'nearest' });
    expect(copy.getBoundingClientRect().top).to.be.at.least(0);
    for (const lang of ['es', 'en', 'pt']) {
      await choose(builder, '#ui-lang', lang);
      const words = [
        ...builder.document.querySelectorAll(
          '#builder label, #builder .hint, #builder p, #builder legend, #builder option',
        ),
      ]
        .map((node) => node.textContent!)
        .join(' ');
      expect(words, lang).to.not.match(
        /integridad|integrity|integridade|etiqueta script|script tag|atributo style|style attribute|hoja de estilos|stylesheet|folha de estilos|\d+ px/i,
      );
    }
  });

  it('the fact sheet starts short (the line’s facts), and its hints are in plain words in every language', async () => {
    builder = await openBuilder();
    await choose(builder, 'input[name=tag][value=ct-fact-sheet]', true);
    const snippet = await copySnippet(builder);
    expect(snippet).to.contain('topic="hotline"');
    // The press kit's link, from the script's folder: it works wherever the snippet is pasted.
    expect(snippet).to.contain('press-kit-url="/assets/ct-awareness/press-kit/latest/"');
    await choose(builder, '#script-url', 'https://static.example.org/ct/ct-awareness.js');
    expect(await copySnippet(builder)).to.contain('press-kit-url="https://static.example.org/ct/press-kit/latest/"');
    await choose(builder, '#script-url', '');
    expect(builder.document.querySelector('#preview > *')!.getBoundingClientRect().height).to.be.below(1500);
    const read = new Set<string>();
    for (const lang of ['es', 'en', 'pt']) {
      await choose(builder, '#ui-lang', lang);
      const hints = [...builder.document.querySelectorAll('.hint')].map((hint) => hint.textContent!).join(' ');
      expect(hints, lang).to.not.match(/--ct-|inline|en línea|em linha/);
      read.add(hints);
    }
    expect(read.size, 'each language’s own hints').to.equal(3);
  });

  it('picks facts one by one: the sheet shows those, in place of a topic', async () => {
    builder = await openBuilder();
    await choose(builder, 'input[name=tag][value=ct-fact-sheet]', true);
    await until(() => builder!.document.querySelectorAll('input[name=fact]').length, 'the list of facts');
    const boxes = [...builder.document.querySelectorAll<HTMLInputElement>('input[name=fact]')];
    expect(boxes.length).to.be.above(10);
    expect(boxes[0].closest('label')!.textContent!.trim(), 'named in the page’s language').to.not.be.empty;
    await choose(builder, 'input[name=fact][value=law-28950-2007]', true);
    await choose(builder, 'input[name=fact][value=national-line-1818]', true);
    const snippet = await copySnippet(builder);
    expect(snippet).to.contain('facts="national-line-1818,law-28950-2007"');
    expect(snippet).to.not.contain('topic=');
    const previewed = builder.document.querySelector('#preview > *')!;
    expect(
      [...previewed.shadowRoot!.querySelectorAll('[part=fact]')].map((f) => f.getAttribute('data-id')),
    ).to.deep.equal(['national-line-1818', 'law-28950-2007']);
    // The fallback carries the two chosen facts, not the whole kit.
    const fallback = new DOMParser().parseFromString(snippet, 'text/html').querySelector('ct-fact-sheet')!;
    expect(fallback.querySelectorAll('li'), snippet).to.have.length(2);
    expect(fallback.querySelector('a[href^="tel:"]'), 'the number').to.exist;
  });

  it('offers the reserve only where it means something: not for the bar, not for an iframe', async () => {
    builder = await openBuilder();
    const row = builder.document.getElementById('reserve-row')!;
    expect(row.checkVisibility(), 'inline banner').to.be.true;
    await choose(builder, '#layout-banner', 'bar');
    expect(row.checkVisibility(), 'bar').to.be.false;
    expect(builder.document.getElementById('snippet')!.textContent).to.not.contain('--ct-reserve');
    await choose(builder, 'input[name=tag][value=ct-risk-quiz]', true);
    expect(row.checkVisibility(), 'quiz').to.be.true;
    await choose(builder, 'input[name=embed][value=iframe]', true);
    expect(row.checkVisibility(), 'iframe').to.be.false;
    expect(builder.document.getElementById('snippet')!.textContent).to.not.contain('--ct-reserve');
  });

  it('shows the preview beside the options on a wide screen, below them on a narrow one', async () => {
    builder = await openBuilder();
    builder.frame.style.width = '1280px';
    await frames(builder, 3);
    const options = builder.document.getElementById('options')!.getBoundingClientRect();
    const preview = builder.document.getElementById('preview')!.getBoundingClientRect();
    expect(preview.left, 'beside').to.be.at.least(options.right);
    expect(preview.top, 'at the same height').to.be.below(options.top + 200);
    builder.frame.style.width = '400px';
    await frames(builder, 3);
    expect(builder.document.getElementById('preview')!.getBoundingClientRect().top).to.be.at.least(
      builder.document.getElementById('options')!.getBoundingClientRect().bottom,
    );
  });
});
