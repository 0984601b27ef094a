// @ts-check
// Share images and printable posters, made from the press kit at build time: the line's card
// (1080×1080 and 1200×630) and a card per headline figure, in every language, as SVG and as PNG
// (rendered by resvg with the bundled DejaVu Sans), each with its alt text and source line in
// images.json; and an A4 and a letter poster per language with a QR code that dials the line.
// Only the current line's number appears, as everywhere the kit shows a number to call.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import QRCode from 'qrcode';
import { LANGS } from './content.mjs';
import {
  PAGE_FILE,
  PAGE_TEXT,
  HEAD_START,
  expandFacts,
  currentChannel,
  languageNav,
  citeAs,
  verifiedText,
  shareHead,
  feedLinks,
} from './shared.mjs';
import { escapeHtml } from '../../src/shared/html.js';
import { publisherName, sourceCitation } from '../../src/shared/citation.js';
import { telHref } from '../../src/shared/phone.js';
import { LANGUAGE_INFO } from '../../src/shared/languages.js';

/** @typedef {import('./content-types').Content} Data */
/** @typedef {import('../../src/data/types.js').Lang} Lang */
/** @typedef {{ file: string, png: string, lang: Lang, width: number, height: number, alt: string, source: string, fact?: string }} Image */

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => join(FONT_DIR, name));
const FONT = 'DejaVu Sans';

const COLOURS = {
  bg: '#f3f6fb',
  fg: '#1b1b1f',
  muted: '#44474f',
  accent: '#0b4f8a',
  historical: '#7a3d00',
  rule: '#6b7280',
};

/**
 * Lines of at most `chars` characters, broken at spaces: SVG text does not wrap. DejaVu Sans
 * averages about 0.55em a character; the widths below leave a margin for wide words.
 */
function wrap(/** @type {string} */ text, /** @type {number} */ chars) {
  /** @type {string[]} */
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Text lines as SVG: one <text> a line, at x, from y down, each `size` px high. */
function textLines(
  /** @type {string[]} */ lines,
  /** @type {{ x: number, y: number, size: number, weight?: number, fill?: string, leading?: number }} */ o,
) {
  return lines
    .map(
      (line, i) =>
        `<text x="${o.x}" y="${o.y + i * o.size * (o.leading ?? 1.25)}" font-size="${o.size}" font-weight="${o.weight ?? 400}" fill="${o.fill ?? COLOURS.fg}">${escapeHtml(line)}</text>`,
    )
    .join('\n');
}

function svg(
  /** @type {number} */ width,
  /** @type {number} */ height,
  /** @type {string} */ body,
  /** @type {string} */ label,
) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" font-family="${FONT}">
<rect width="${width}" height="${height}" fill="${COLOURS.bg}"/>
<rect x="0" y="0" width="${width}" height="16" fill="${COLOURS.accent}"/>
${body}
</svg>
`;
}

/** A card's text is read in a social feed about 343 px wide: no line of it below 11 px there. */
export const FEED_WIDTH = 343;
export const MIN_FEED_TEXT = 11;
/** The smallest type a card of this width may use: MIN_FEED_TEXT once scaled down to FEED_WIDTH. */
const minSize = (/** @type {number} */ width) => Math.ceil((MIN_FEED_TEXT * width) / FEED_WIDTH);

/** The kit's name and version as a card prints it: no address or day, which the alt text and manifest give. */
const cardKit = (/** @type {Data} */ data, /** @type {Lang} */ lang) =>
  data.kit.cite_as[lang].replace('{version}', data.kit.version);

/** The line's full source for the alt text and the manifest: who runs it, the latest evidence and how it was verified. */
function lineSource(
  /** @type {Data} */ data,
  /** @type {import('./shared.mjs').Channel} */ line,
  /** @type {Lang} */ lang,
) {
  const t = PAGE_TEXT[lang];
  return `${line.operator[lang]} · ${t.lastVerified}: ${verifiedText(line, lang)}. ${line.confirmed_by_campaign ? t.confirmed : t.notConfirmed} · ${citeAs(data.kit, lang)}`;
}

/**
 * The call to action every card ends on: the current line, on the accent band at the card's foot.
 * @param {{ line: import('./shared.mjs').Channel, lang: Lang, width: number, height: number, size: number }} o
 */
function callBand({ line, lang, width, height, size }) {
  const t = PAGE_TEXT[lang];
  const band = Math.round(size * 2.2);
  const text = `${t.hotline}: ${line.number}${line.option ? `, ${t.option} ${line.option}` : ''}`;
  return `<rect x="0" y="${height - band}" width="${width}" height="${band}" fill="${COLOURS.accent}"/>
${textLines([text], { x: 64, y: height - Math.round(band * 0.34), size, weight: 700, fill: '#ffffff' })}`;
}

/** The line's card: its name, the number, the option, what it is and who runs it; the verification is in its alt text. */
function hotlineCard(
  /** @type {Data} */ data,
  /** @type {import('./shared.mjs').Channel} */ line,
  /** @type {Lang} */ lang,
  /** @type {number} */ width,
  /** @type {number} */ height,
) {
  const t = PAGE_TEXT[lang];
  const square = width === height;
  const margin = 72;
  const small = minSize(width);
  const chars = (/** @type {number} */ size) => Math.floor((width - 2 * margin) / (size * 0.6));
  const option = line.option ? `${t.option} ${line.option}` : '';
  const what = `${t.free}, ${t.confidential}, ${t.hours}.`;
  const source = wrap(`${line.operator[lang]} · ${cardKit(data, lang)}`, chars(small));
  const sourceY = height - margin - (source.length - 1) * small * 1.25;
  // Square: each on its own row. Wide: the option beside the number, to keep the rows apart.
  const layout = square
    ? { title: 64, titleY: 172, number: 300, numberY: 480, option: 72, optionX: margin, optionY: 600, whatY: 700 }
    : {
        title: 52,
        titleY: 110,
        number: 190,
        numberY: 300,
        option: 64,
        optionX: margin + 540,
        optionY: 300,
        whatY: 390,
      };
  const parts = [
    textLines(wrap(t.hotline, chars(layout.title)).slice(0, 1), {
      x: margin,
      y: layout.titleY,
      size: layout.title,
      weight: 700,
    }),
    textLines([line.number], {
      x: margin - 8,
      y: layout.numberY,
      size: layout.number,
      weight: 700,
      fill: COLOURS.accent,
    }),
    option ? textLines([option], { x: layout.optionX, y: layout.optionY, size: layout.option, weight: 700 }) : '',
    textLines(wrap(what, chars(small + 4)), { x: margin, y: layout.whatY, size: small + 4 }),
    textLines(source, { x: margin, y: sourceY, size: small, fill: COLOURS.muted }),
  ];
  const alt = `${t.hotline}: ${line.number}${option ? `, ${option}` : ''}. ${what} ${lineSource(data, line, lang)}.`;
  return { svg: svg(width, height, parts.join('\n'), alt), alt, source: lineSource(data, line, lang) };
}

/**
 * A headline figure's card: its status and date first, where the eye lands (a 2008 figure reads
 * as historical before it reads as a number), the figure, what it counts, its sources, and the
 * current line as the call to action. The whole statement is in its alt text and the manifest.
 */
function factCard(
  /** @type {Data} */ data,
  /** @type {import('./shared.mjs').Fact} */ fact,
  /** @type {import('./shared.mjs').Channel} */ line,
  /** @type {Lang} */ lang,
) {
  const t = PAGE_TEXT[lang];
  const width = 1200;
  const height = 630;
  const margin = 64;
  const small = minSize(width);
  const chars = (/** @type {number} */ size) => Math.floor((width - 2 * margin) / (size * 0.58));
  const number = new Intl.NumberFormat(LANGUAGE_INFO[lang].intl).format(/** @type {number} */ (fact.value));
  const figure =
    fact.qualifier === 'more-than'
      ? t.cardMoreThan.replace('{value}', number)
      : fact.qualifier === 'about'
        ? t.cardAbout.replace('{value}', number)
        : number;
  const label = fact.label?.[lang] ?? '';
  const status = `${t[/** @type {'current' | 'historical' | 'attributed'} */ (fact.status)]} · ${fact.date.replace('/', '–')}`;
  // Two sources of one publisher and date read as one.
  const publishers = [...new Set(fact.sources.map((s) => `${publisherName(s, lang)}, ${s.date.slice(0, 4)}`))];
  const sourceText = `${publishers.length > 1 ? t.sources : t.source}: ${publishers.join('; ')} · ${cardKit(data, lang)}`;
  const band = Math.round(small * 1.15 * 2.2);
  const sourceLines = wrap(sourceText, chars(small));
  const sourceY = height - band - 28 - (sourceLines.length - 1) * small * 1.2;
  const labelLines = wrap(label, chars(small + 4)).slice(0, 2);
  const parts = [
    textLines([status.toLocaleUpperCase(LANGUAGE_INFO[lang].intl)], {
      x: margin,
      y: 16 + 24 + small,
      size: small,
      weight: 700,
      fill: fact.status === 'current' ? COLOURS.accent : COLOURS.historical,
    }),
    textLines([figure], { x: margin, y: 16 + 24 + small + 20 + 110, size: 110, weight: 700, fill: COLOURS.accent }),
    textLines(labelLines, {
      x: margin,
      y: 16 + 24 + small + 20 + 110 + 24 + small + 4,
      size: small + 4,
      weight: 700,
      leading: 1.15,
    }),
    textLines(sourceLines, { x: margin, y: sourceY, size: small, fill: COLOURS.muted, leading: 1.2 }),
    callBand({ line, lang, width, height, size: Math.round(small * 1.15) }),
  ];
  const alt = `${status}. ${figure} ${label}. ${fact.statement[lang]} ${t.hotline}: ${line.number}${line.option ? `, ${t.option} ${line.option}` : ''}.`;
  const source = `${fact.sources.length > 1 ? t.sources : t.source}: ${[...new Set(fact.sources.map((s) => sourceCitation(s, lang)))].join('; ')} · ${citeAs(data.kit, lang)}`;
  return { svg: svg(width, height, parts.join('\n'), alt), alt, source };
}

/** PNG bytes of an SVG, with the bundled fonts only (no system font). */
export function png(/** @type {string} */ source) {
  const rendered = new Resvg(source, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
  }).render();
  return rendered.asPng();
}

/** The facts whose cards are made: quantities the elements may show (a rank is not a figure). */
const headline = (/** @type {import('./shared.mjs').Fact} */ f) =>
  f.value !== undefined && f.unit !== 'tier' && f.in_elements !== false;

/**
 * Every share card of the content, in every language: the line's card in two sizes and a card
 * per headline figure, each as SVG with its manifest entry (its file names, alt text and source).
 * The build renders each SVG to PNG (png()) beside it.
 * @param {Data} data
 * @returns {(Image & { svg: string })[]}
 */
export function shareCards(data) {
  const { facts, channels } = expandFacts(data);
  const line = currentChannel(channels, 'trafficking-line');
  /** @type {(Image & { svg: string })[]} */
  const cards = [];
  const put = (
    /** @type {string} */ name,
    /** @type {{ svg: string, alt: string, source: string }} */ card,
    /** @type {Lang} */ lang,
    /** @type {number} */ width,
    /** @type {number} */ height,
    /** @type {string | undefined} */ fact = undefined,
  ) =>
    cards.push({
      file: `${name}.svg`,
      png: `${name}.png`,
      lang,
      width,
      height,
      alt: card.alt,
      source: card.source,
      ...(fact ? { fact } : {}),
      svg: card.svg,
    });
  for (const lang of LANGS) {
    for (const [width, height] of [
      [1080, 1080],
      [1200, 630],
    ])
      put(`line-${lang}-${width}x${height}`, hotlineCard(data, line, lang, width, height), lang, width, height);
    for (const fact of facts.filter(headline))
      put(`${fact.id}-${lang}`, factCard(data, fact, line, lang), lang, 1200, 630, fact.id);
  }
  return cards;
}

/** A version's frozen cards are named card-<name>.svg in its folder, beside its other files. */
export const CARD_PREFIX = 'card-';

/** Renders each frozen card SVG of a version's folder to PNG beside it, from those very bytes. */
export function renderCardPngs(/** @type {string} */ dir) {
  for (const name of readdirSync(dir))
    if (name.startsWith(CARD_PREFIX) && name.endsWith('.svg'))
      writeFileSync(join(dir, name.replace(/\.svg$/, '.png')), png(readFileSync(join(dir, name), 'utf8')));
}

/** A manifest of cards: the kit's version and licence, and each card without its SVG text. */
export const cardsManifest = (/** @type {Data} */ data, /** @type {(Image & { svg: string })[]} */ cards) => ({
  version: data.kit.version,
  license: data.kit.license,
  images: cards.map(({ svg: _svg, ...image }) => image),
});

/**
 * Writes images/ (the SVG and PNG files, images.json and a page per language listing them) and
 * poster/ (an A4 and a letter page per language) into outDir.
 * @param {{ data: Data, outDir: string }} options
 */
export async function writeImagesAndPosters({ data, outDir }) {
  const { channels } = expandFacts(data);
  const line = currentChannel(channels, 'trafficking-line');
  const danger = currentChannel(channels, 'immediate-danger');
  const images = join(outDir, 'images');
  mkdirSync(images, { recursive: true });
  // The gallery's own copy of the page's styles: made anew each build, like the gallery.
  copyFileSync(fileURLToPath(new URL('../page/press-kit.css', import.meta.url)), join(images, 'press-kit.css'));
  const cards = shareCards(data);
  for (const card of cards) {
    writeFileSync(join(images, card.file), card.svg);
    writeFileSync(join(images, card.png), png(card.svg));
  }
  const manifest = cardsManifest(data, cards);
  writeFileSync(join(images, 'images.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const lang of LANGS) writeFileSync(join(images, PAGE_FILE[lang]), galleryPage(data, manifest.images, lang));

  const posters = join(outDir, 'poster');
  mkdirSync(posters, { recursive: true });
  const qr = await QRCode.toString(telHref(line.number), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  writeFileSync(join(posters, 'qr.svg'), qr);
  writeFileSync(join(posters, 'poster.css'), POSTER_CSS);
  for (const [size, css] of Object.entries(PAGE_SIZES)) writeFileSync(join(posters, `${size}.css`), css);
  for (const lang of LANGS)
    for (const size of /** @type {const} */ (['a4', 'letter']))
      writeFileSync(join(posters, `${lang}-${size}.html`), posterPage(data, line, danger, lang, size));
  return { images: manifest.images, qr };
}

/** The images of one language, each with its alt text and source, and the posters. */
function galleryPage(/** @type {Data} */ data, /** @type {Image[]} */ manifest, /** @type {Lang} */ lang) {
  const t = PAGE_TEXT[lang];
  const items = manifest
    .filter((image) => image.lang === lang)
    .map(
      (image) => `<li>
<a href="${image.png}"><img src="${image.png}" width="${Math.round(image.width / 4)}" height="${Math.round(image.height / 4)}" alt="${escapeHtml(image.alt)}"></a>
<p>${image.width}×${image.height} · <a href="${image.png}">PNG</a> · <a href="${image.file}">SVG</a></p>
<p><strong>${t.alt}:</strong> ${escapeHtml(image.alt)}</p>
<p><small>${escapeHtml(image.source)}</small></p>
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
${HEAD_START}
<title>${escapeHtml(t.imagesTitle)} · ${escapeHtml(data.kit.title[lang])}</title>
${shareHead(data.kit, lang, `images/${PAGE_FILE[lang]}`)}${feedLinks(data.kit, lang).head}<link rel="stylesheet" href="press-kit.css">
</head>
<body>
<header>
${languageNav(lang)}
<h1>${escapeHtml(t.imagesTitle)}</h1>
<p><a href="../latest/${PAGE_FILE[lang]}">${escapeHtml(data.kit.title[lang])}</a> · ${t.version} ${escapeHtml(data.kit.version)}${feedLinks(data.kit, lang).header}</p>
</header>
<main>
<h2>${escapeHtml(t.posterTitle)}</h2>
<p><a href="../poster/${lang}-a4.html">${t.posterA4}</a> · <a href="../poster/${lang}-letter.html">${t.posterLetter}</a></p>
<h2>${escapeHtml(t.imagesTitle)}</h2>
<ul class="images">
${items}
</ul>
<p>${t.licence}: <a href="${escapeHtml(data.kit.license.path)}">${escapeHtml(data.kit.license.title)}</a>.</p>
</main>
</body>
</html>
`;
}

const POSTER_CSS = `/* The poster: one printed page, filled top to bottom, the number the largest thing on it. */
:root { font-family: "DejaVu Sans", system-ui, sans-serif; color: #1b1b1f; }
body { margin: 0 auto; max-width: 186mm; padding: 10mm; box-sizing: border-box; }
h1 { font-size: 34pt; margin: 0 0 6mm; line-height: 1.15; }
.number { font-size: 170pt; font-weight: 700; color: #0b4f8a; line-height: 1; margin: 0; }
.number a { color: inherit; text-decoration: none; }
.option { font-size: 32pt; font-weight: 700; margin: 2mm 0 6mm; }
.for, .what { font-size: 18pt; margin: 0 0 4mm; }
.qr { display: flex; gap: 8mm; align-items: center; margin: 8mm 0; }
.qr img { width: 55mm; height: 55mm; }
.qr p { font-size: 16pt; margin: 0; }
.danger { font-size: 16pt; margin: 6mm 0; }
.source { font-size: 9pt; color: #44474f; margin-top: 8mm; }
/* On paper: the page's whole height (--page-height, from the size's own file), and every number
   printed as text, never as a blue underlined link. */
@media print {
  body { padding: 0; max-width: none; }
  main { display: flex; flex-direction: column; justify-content: space-between; height: var(--page-height); }
  main > * { margin-block: 0; }
  a { color: inherit; text-decoration: none; }
  .screen-only { display: none; }
}
`;

function posterPage(
  /** @type {Data} */ data,
  /** @type {import('./shared.mjs').Channel} */ line,
  /** @type {import('./shared.mjs').Channel} */ danger,
  /** @type {Lang} */ lang,
  /** @type {'a4' | 'letter'} */ size,
) {
  const t = PAGE_TEXT[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.posterTitle)} · ${escapeHtml(t.hotline)} · ${size === 'a4' ? t.posterA4 : t.posterLetter}</title>
<link rel="stylesheet" href="poster.css">
<link rel="stylesheet" href="${size}.css">
</head>
<body>
<main>
<h1>${escapeHtml(t.hotline)}</h1>
<p class="number"><a href="${telHref(line.number)}">${escapeHtml(line.number)}</a></p>
${line.option ? `<p class="option">${t.option} ${escapeHtml(line.option)}</p>` : ''}
<p class="for">${escapeHtml(t.posterFor)}</p>
<p class="what">${t.free}, ${t.confidential}, ${t.hours}.</p>
<div class="qr"><img src="qr.svg" alt="${escapeHtml(`${t.posterScan}: ${line.number}`)}"><p>${escapeHtml(t.posterScan)}</p></div>
<p class="danger">${t.immediate}: <a href="${telHref(danger.number)}">${escapeHtml(danger.number)}</a> (${escapeHtml(danger.operator[lang])})</p>
<p class="source">${escapeHtml(lineSource(data, line, lang))}</p>
<p class="screen-only source">${escapeHtml(t.print)}</p>
</main>
</body>
</html>
`;
}

/** The page size of each poster, a file each, since @page cannot read the query string. */
export const PAGE_SIZES = {
  a4: '@page { size: A4; margin: 12mm; }\n:root { --page-height: 272mm; }\n',
  letter: '@page { size: letter; margin: 12mm; }\n:root { --page-height: 254mm; }\n',
};
