// The share images and the posters the build makes from the press kit (dist/press-kit/images/,
// dist/press-kit/poster/): each image's size and text, no number that is not current, the QR code
// decoded back, and each poster printed to one page of its size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import puppeteer from 'puppeteer-core';
import { readContent, CONTENT_DIR, LANGS, phoneDigits } from '../../press-kit/tools/content.mjs';
import { telHref } from '../../src/shared/phone.js';
import { findChromium, CHROMIUM_ARGS } from '../support/find-chromium.mjs';

const DIST = new URL('../../dist/press-kit/', import.meta.url);
const { data } = readContent(CONTENT_DIR);
const manifest = JSON.parse(readFileSync(new URL('images/images.json', DIST), 'utf8'));
const line = data.hotline.channels.find((c) => c.role === 'trafficking-line' && c.status === 'current');
const retired = data.hotline.channels.filter((c) => c.status !== 'current').map((c) => c.number.replace(/\D/g, ''));
/** Each <text> of an SVG (every card's text has its font size): its size and its words, entities decoded. */
const svgTexts = (svg) =>
  [...svg.matchAll(/<text[^>]*font-size="(\d+(?:\.\d+)?)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    size: Number(m[1]),
    text: m[2]
      .replaceAll('&amp;', '&')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>'),
  }));
/** The text an SVG shows, a line each. */
const svgText = (svg) =>
  svgTexts(svg)
    .map((t) => t.text)
    .join('\n');

test('the line card in two sizes and a card per headline figure, in every language', () => {
  const headline = data.facts.facts.filter(
    (f) => f.value !== undefined && f.unit !== 'tier' && f.in_elements !== false,
  );
  assert.ok(headline.length >= 5);
  for (const lang of LANGS) {
    const mine = manifest.images.filter((i) => i.lang === lang);
    for (const [width, height] of [
      [1080, 1080],
      [1200, 630],
    ])
      assert.ok(
        mine.some((i) => !i.fact && i.width === width && i.height === height),
        `${lang}: the line at ${width}×${height}`,
      );
    assert.deepEqual(
      mine.filter((i) => i.fact).map((i) => i.fact),
      headline.map((f) => f.id),
      `${lang}: a card per headline figure`,
    );
  }
});

test('each image is the size it says, as SVG and PNG, with its alt text and source line', () => {
  for (const image of manifest.images) {
    const svg = readFileSync(new URL(`images/${image.file}`, DIST), 'utf8');
    assert.match(svg, new RegExp(`^<svg [^>]*width="${image.width}" height="${image.height}"`), image.file);
    const png = readFileSync(new URL(`images/${image.png}`, DIST));
    assert.equal(png.readUInt32BE(16), image.width, `${image.png} width`);
    assert.equal(png.readUInt32BE(20), image.height, `${image.png} height`);
    assert.ok(image.alt.length > 20 && image.source.length > 20, image.file);
    const text = svgText(svg).replace(/\s+/g, ' ');
    assert.ok(text.includes(`${data.kit.version}`), `${image.file} names the press-kit version`);
    if (image.fact) {
      const fact = data.facts.facts.find((f) => f.id === image.fact);
      // The whole statement is in the alt text and the manifest; the card shows what the figure counts.
      assert.ok(image.alt.includes(fact.statement[image.lang]), `${image.file}: the whole statement in its alt text`);
      assert.ok(text.includes(fact.label[image.lang]), `${image.file} shows what the figure counts`);
    } else {
      assert.ok(text.includes(line.number), `${image.file} shows the line`);
      assert.ok(text.includes(line.operator[image.lang]), `${image.file} names who runs it`);
    }
  }
});

test('every card ends on the current line, 1818 and its option, in its language', () => {
  for (const image of manifest.images) {
    const texts = svgTexts(readFileSync(new URL(`images/${image.file}`, DIST), 'utf8'));
    const option = { es: 'opción', en: 'option', pt: 'opção' }[image.lang];
    assert.ok(
      texts.some((t) => t.text.includes(line.number)),
      `${image.file} shows ${line.number}`,
    );
    assert.ok(
      texts.some((t) => t.text.includes(`${option} ${line.option}`)),
      `${image.file} shows ${option} ${line.option}`,
    );
    assert.match(
      image.alt,
      new RegExp(`${line.number}, ${option} ${line.option}`),
      `${image.file}: the line in its alt text`,
    );
  }
});

test('no text on a card is below 11 px when a feed shows it 343 px wide', () => {
  for (const image of manifest.images)
    for (const { size, text } of svgTexts(readFileSync(new URL(`images/${image.file}`, DIST), 'utf8')))
      assert.ok(
        (size * 343) / image.width >= 11,
        `${image.file}: "${text}" at ${((size * 343) / image.width).toFixed(1)} px`,
      );
});

test('a figure card names its status and date first; the line’s verification caveat is in its alt text only', () => {
  for (const image of manifest.images) {
    const texts = svgTexts(readFileSync(new URL(`images/${image.file}`, DIST), 'utf8'));
    if (image.fact) {
      const fact = data.facts.facts.find((f) => f.id === image.fact);
      const status = {
        historical: /^(HISTÓRICO|HISTORICAL) · /,
        current: /^(VIGENTE|ATUAL|CURRENT) · /,
        attributed: /^(ATRIBUIDO|ATRIBUÍDO|ATTRIBUTED) · /,
      }[fact.status];
      assert.match(texts[0].text, status, `${image.file}: the status comes first`);
      assert.ok(texts[0].text.endsWith(fact.date.replace('/', '–')), `${image.file}: and its date`);
    } else {
      const caveat = { es: 'no se halló', en: 'no official page', pt: 'não se achou' }[image.lang];
      assert.ok(!texts.some((t) => t.text.includes(caveat)), `${image.file}: no caveat on the card`);
      assert.ok(
        image.alt.includes('(') && image.source.length > 40,
        `${image.file}: the verification in the alt text and manifest`,
      );
    }
  }
});

test('no image, alt text or poster shows a number that is not current', () => {
  assert.ok(retired.length, 'the press kit has a historical line to look for');
  const texts = manifest.images.flatMap((i) => [
    svgText(readFileSync(new URL(`images/${i.file}`, DIST), 'utf8')),
    i.alt,
    i.source,
  ]);
  for (const lang of LANGS)
    for (const size of ['a4', 'letter']) texts.push(readFileSync(new URL(`poster/${lang}-${size}.html`, DIST), 'utf8'));
  for (const text of texts)
    for (const digits of retired) assert.ok(!phoneDigits(text).includes(digits), text.slice(0, 80));
});

test("the poster's QR code dials the line", () => {
  const svg = readFileSync(new URL('poster/qr.svg', DIST), 'utf8');
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render();
  const code = jsQR(new Uint8ClampedArray(rendered.pixels), rendered.width, rendered.height);
  assert.equal(code?.data, telHref(line.number));
});

test('each poster prints on one page of its size, A4 or letter, in every language', async () => {
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const lang of LANGS)
      for (const [size, box] of [
        ['a4', /\/MediaBox \[\s*0 0 59[45]\.\d+ 841\.\d+\s*\]/],
        ['letter', /\/MediaBox \[\s*0 0 612 792\s*\]/],
      ]) {
        await page.goto(new URL(`poster/${lang}-${size}.html`, DIST).href, { waitUntil: 'load' });
        const text = await page.evaluate(() => document.body.innerText);
        assert.ok(text.includes(line.number), `${lang} ${size}: the number`);
        await page.emulateMediaType('print');
        // Filled: the poster's content spans the printable height (the page less its 12 mm margins).
        const printable = { a4: 297 - 24, letter: 279.4 - 24 }[size];
        const filled = await page.evaluate(() => {
          const main = document.querySelector('main');
          const first = main.firstElementChild.getBoundingClientRect();
          const last = main.lastElementChild.previousElementSibling.getBoundingClientRect();
          return (last.bottom - first.top) / (96 / 25.4);
        });
        assert.ok(filled >= printable * 0.9, `${lang} ${size}: fills ${filled.toFixed(0)} of ${printable} mm`);
        const links = await page.evaluate(() =>
          [...document.querySelectorAll('a')].map((a) => [
            getComputedStyle(a).textDecorationLine,
            getComputedStyle(a).color,
            getComputedStyle(a.parentElement).color,
          ]),
        );
        for (const [decoration, color, around] of links)
          assert.ok(decoration === 'none' && color === around, `${lang} ${size}: a number prints as text`);
        await page.emulateMediaType(null);
        const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
        assert.equal(pages.length, 1, `${lang} ${size}: one page`);
        assert.match(pdf, box, `${lang} ${size}: the page size`);
      }
  } finally {
    await browser.close();
  }
});
