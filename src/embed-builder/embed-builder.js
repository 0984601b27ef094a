// The embed builder: the options become attributes, the attributes become both the live preview
// and the snippet, so the snippet renders exactly what the preview shows.
import { copyOrSelect } from './copy.js';
import { escapeHtml as escapeAttribute } from './html.js';

const root = document.getElementById('builder');
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const code = document.getElementById('snippet');
const status = document.getElementById('copy-status');
const { version, integrity } = root.dataset;

/**
 * The builder's own text in es, en and pt, by the data-i18n key of each element of the page; the
 * page starts in Spanish, its HTML's language, and follows its language switch.
 */
const TEXT = {
  es: {
    title: 'Generador de código · ct-awareness {{version}}',
    heading: 'Generador de código para sitios aliados',
    pageLang: 'Idioma de esta página',
    intro:
      'Elige un elemento y sus opciones, mira cómo queda y copia el código. El código usa la versión {{version}}, no la deja funcionar si alguien cambió el archivo, e incluye el texto que ven los lectores si el script no carga.',
    element: 'Elemento',
    banner: 'Aviso de la línea (banner)',
    quiz: 'Autoevaluación privada',
    facts: 'Ficha de datos',
    lang: 'Idioma del elemento',
    theme: 'Colores',
    themeLight: 'Claros (predeterminado)',
    themeAuto: 'Según el dispositivo del lector',
    themeDark: 'Oscuros',
    bannerOptions: 'Opciones del aviso',
    layout: 'Formato',
    layoutInline: 'En el texto',
    layoutBar: 'Barra',
    layoutCompact: 'Compacto (barra lateral)',
    position: 'Barra fija',
    positionNone: 'No',
    positionTop: 'Arriba',
    positionBottom: 'Abajo',
    quickExit: 'Botón de salida rápida',
    dismissible: 'Se puede cerrar',
    exitUrl: 'Página de salida rápida (http o https)',
    quizOptions: 'Opciones de la autoevaluación',
    path: 'Empieza en',
    pathStart: 'La pantalla de inicio',
    pathOffer: 'Una oferta de trabajo',
    pathWork: 'El trabajo actual',
    headingLevel: 'Nivel de título',
    factsOptions: 'Opciones de la ficha',
    topic: 'Tema',
    topicAll: 'Todos los datos',
    topicCampaign: 'La campaña de 2008',
    topicHotline: 'La línea',
    topicPatterns: 'Formas de trata',
    topicLaw: 'La ley',
    topicFigures: 'Cifras',
    pickFacts: 'O elige los datos uno por uno',
    pickFactsHint: 'Si marcas alguno, la ficha muestra solo esos.',
    layoutCards: 'Tarjetas',
    layoutList: 'Lista',
    showSources: 'Mostrar las fuentes',
    headingText: 'Título (opcional)',
    reserve: '¿Dónde va en tu página?',
    reserveNone: 'Más abajo, fuera de la primera pantalla',
    reserveArticle: 'Al comienzo de un artículo',
    reserveWide: 'Arriba, a todo lo ancho de la página',
    reserveSide: 'En una columna al costado',
    reserveHint:
      'Si va arriba, el código guarda el espacio que ocupará en un teléfono y en una computadora, para que el texto de tu página no salte cuando aparece. Si tu sitio quita parte del código al guardarlo, pide ayuda a quien maneja tu sitio.',
    scriptUrl: 'Dirección de ct-awareness.js en tu sitio',
    embedAs: 'Cómo insertarlo',
    shareImages: 'Imágenes para compartir y afiche para imprimir',
    pressKit: 'Kit de prensa',
    embedScript: 'Pegando el código en la página (recomendado)',
    embedIframe: 'En un marco (iframe), si tu sitio no deja pegar código',
    frameResize: 'Ajustar la altura del marco a lo que muestra (solo si tu sitio deja pegar código)',
    preview: 'Vista previa',
    snippet: 'Tu código',
    copy: 'Copiar el código',
    copied: 'Código copiado. Pégalo en tu página.',
    copyFailed: 'No se pudo copiar: el código quedó seleccionado, cópialo con Ctrl+C.',
  },
  en: {
    title: 'Code builder · ct-awareness {{version}}',
    heading: 'Code builder for partner sites',
    pageLang: 'Language of this page',
    intro:
      'Choose an element and its options, see how it looks and copy the code. The code uses version {{version}}, will not run if anyone changed the file, and includes the text readers see if the script does not load.',
    element: 'Element',
    banner: 'Hotline notice (banner)',
    quiz: 'Private self-check',
    facts: 'Fact sheet',
    lang: 'Language of the element',
    theme: 'Colours',
    themeLight: 'Light (default)',
    themeAuto: 'As the reader’s device is set',
    themeDark: 'Dark',
    bannerOptions: 'Notice options',
    layout: 'Layout',
    layoutInline: 'In the text',
    layoutBar: 'Bar',
    layoutCompact: 'Compact (sidebar)',
    position: 'Stuck bar',
    positionNone: 'No',
    positionTop: 'At the top',
    positionBottom: 'At the bottom',
    quickExit: 'Quick exit button',
    dismissible: 'Can be closed',
    exitUrl: 'Quick exit page (http or https)',
    quizOptions: 'Self-check options',
    path: 'Starts at',
    pathStart: 'The start screen',
    pathOffer: 'A job offer',
    pathWork: 'The current job',
    headingLevel: 'Heading level',
    factsOptions: 'Fact sheet options',
    topic: 'Topic',
    topicAll: 'All facts',
    topicCampaign: 'The 2008 campaign',
    topicHotline: 'The line',
    topicPatterns: 'Forms of trafficking',
    topicLaw: 'The law',
    topicFigures: 'Figures',
    pickFacts: 'Or choose the facts one by one',
    pickFactsHint: 'If you tick any, the sheet shows only those.',
    layoutCards: 'Cards',
    layoutList: 'List',
    showSources: 'Show the sources',
    headingText: 'Heading (optional)',
    reserve: 'Where does it go on your page?',
    reserveNone: 'Further down, below the first screen',
    reserveArticle: 'At the start of an article',
    reserveWide: 'At the top, across the whole page',
    reserveSide: 'In a side column',
    reserveHint:
      'If it goes near the top, the code keeps the room it will take on a phone and on a computer, so the text of your page does not jump when it appears. If your site removes part of the code when you save it, ask whoever runs your site for help.',
    scriptUrl: 'Address of ct-awareness.js on your site',
    embedAs: 'How to embed it',
    shareImages: 'Images to share and a poster to print',
    pressKit: 'Press kit',
    embedScript: 'By pasting the code into the page (recommended)',
    embedIframe: 'In a frame (iframe), if your site does not let you paste code',
    frameResize: 'Fit the frame’s height to what it shows (only if your site lets you paste code)',
    preview: 'Preview',
    snippet: 'Your code',
    copy: 'Copy the code',
    copied: 'Code copied. Paste it into your page.',
    copyFailed: 'Could not copy: the code is selected, copy it with Ctrl+C.',
  },
  pt: {
    title: 'Gerador de código · ct-awareness {{version}}',
    heading: 'Gerador de código para sites parceiros',
    pageLang: 'Idioma desta página',
    intro:
      'Escolha um elemento e as suas opções, veja como fica e copie o código. O código usa a versão {{version}}, não funciona se alguém alterou o arquivo e inclui o texto que os leitores veem se o script não carregar.',
    element: 'Elemento',
    banner: 'Aviso da linha (banner)',
    quiz: 'Autoavaliação privada',
    facts: 'Ficha de dados',
    lang: 'Idioma do elemento',
    theme: 'Cores',
    themeLight: 'Claras (padrão)',
    themeAuto: 'Conforme o dispositivo do leitor',
    themeDark: 'Escuras',
    bannerOptions: 'Opções do aviso',
    layout: 'Formato',
    layoutInline: 'No texto',
    layoutBar: 'Barra',
    layoutCompact: 'Compacto (barra lateral)',
    position: 'Barra fixa',
    positionNone: 'Não',
    positionTop: 'No topo',
    positionBottom: 'Embaixo',
    quickExit: 'Botão de saída rápida',
    dismissible: 'Pode ser fechado',
    exitUrl: 'Página de saída rápida (http ou https)',
    quizOptions: 'Opções da autoavaliação',
    path: 'Começa em',
    pathStart: 'A tela inicial',
    pathOffer: 'Uma oferta de trabalho',
    pathWork: 'O trabalho atual',
    headingLevel: 'Nível de título',
    factsOptions: 'Opções da ficha',
    topic: 'Tema',
    topicAll: 'Todos os dados',
    topicCampaign: 'A campanha de 2008',
    topicHotline: 'A linha',
    topicPatterns: 'Formas de tráfico',
    topicLaw: 'A lei',
    topicFigures: 'Números',
    pickFacts: 'Ou escolha os dados um a um',
    pickFactsHint: 'Se marcar algum, a ficha mostra só esses.',
    layoutCards: 'Cartões',
    layoutList: 'Lista',
    showSources: 'Mostrar as fontes',
    headingText: 'Título (opcional)',
    reserve: 'Onde ele fica na sua página?',
    reserveNone: 'Mais abaixo, fora da primeira tela',
    reserveArticle: 'No início de um artigo',
    reserveWide: 'No alto, em toda a largura da página',
    reserveSide: 'Numa coluna lateral',
    reserveHint:
      'Se ficar no alto, o código guarda o espaço que ele vai ocupar num celular e num computador, para que o texto da sua página não pule quando ele aparecer. Se o seu site tirar parte do código ao salvar, peça ajuda a quem cuida do site.',
    scriptUrl: 'Endereço do ct-awareness.js no seu site',
    embedAs: 'Como inserir',
    shareImages: 'Imagens para compartilhar e cartaz para imprimir',
    pressKit: 'Kit de imprensa',
    embedScript: 'Colando o código na página (recomendado)',
    embedIframe: 'Num quadro (iframe), se o seu site não deixa colar código',
    frameResize: 'Ajustar a altura do quadro ao que ele mostra (só se o seu site deixa colar código)',
    preview: 'Pré-visualização',
    snippet: 'Seu código',
    copy: 'Copiar o código',
    copied: 'Código copiado. Cole-o na sua página.',
    copyFailed: 'Não foi possível copiar: o código ficou selecionado, copie-o com Ctrl+C.',
  },
};
const uiLang = document.getElementById('ui-lang');
const say = (key) => TEXT[uiLang.value][key].replaceAll('{{version}}', version);

function translatePage() {
  document.documentElement.lang = uiLang.value;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = say(node.dataset.i18n);
  labelFacts();
  status.textContent = '';
}

/** The press kit's facts, beside the builder in the release folder, for choosing them one by one. */
let kitFacts = [];
const factName = (fact, lang) => {
  const text = fact.label?.[lang] ?? fact.statement[lang];
  return text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text;
};
function labelFacts() {
  for (const span of document.querySelectorAll('#fact-list [data-fact]')) {
    const fact = kitFacts.find((f) => f.id === span.dataset.fact);
    if (fact) span.textContent = factName(fact, uiLang.value);
  }
}
async function listFacts() {
  try {
    const response = await fetch(new URL('../press-kit/latest/facts.json', location.href));
    if (!response.ok) return;
    kitFacts = (await response.json()).facts;
  } catch {
    return; // No press kit beside the builder: the topics alone.
  }
  const list = document.getElementById('fact-list');
  list.replaceChildren(
    ...kitFacts.map((fact) => {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = 'fact';
      input.value = fact.id;
      const span = document.createElement('span');
      span.dataset.fact = fact.id;
      label.append(input, ' ', span);
      return label;
    }),
  );
  labelFacts();
  document.getElementById('fact-picker').hidden = false;
}

/** The chosen element as [tag, lang, attributes], attributes in a stable order. */
function choice() {
  const data = new FormData(form);
  const tag = data.get('tag');
  const fieldset = form.querySelector(`fieldset[data-for="${tag}"]`);
  let attributes = [];
  for (const input of fieldset.querySelectorAll('input, select')) {
    const name = input.name;
    if (name === 'fact') continue;
    if (input.type === 'checkbox') {
      // The box says "show the sources"; the attribute that changes it is hide-sources.
      if (name === 'sources') {
        if (!input.checked) attributes.push(['hide-sources', true]);
      } else if (input.checked) attributes.push([name, true]);
    } else if (input.value.trim() && !(name === 'heading-level' && input.value === '2'))
      attributes.push([name, input.value.trim()]);
  }
  // Facts chosen one by one: those, in the list's order, in place of a topic.
  const picked = [...fieldset.querySelectorAll('input[name=fact]:checked')].map((input) => input.value);
  if (picked.length) attributes = [['facts', picked.join(',')], ...attributes.filter(([n]) => n !== 'topic')];
  if (tag === 'ct-hotline-banner') {
    const quickExit = attributes.some(([n]) => n === 'quick-exit');
    const layout = attributes.find(([n]) => n === 'layout')?.[1];
    // A fixed position only means something for the bar; the exit page only with the exit button.
    attributes = attributes.filter(
      ([n]) => !(n === 'position' && layout !== 'bar') && !(n === 'exit-url' && !quickExit),
    );
  }
  const scriptUrl = data.get('script-url').trim() || form.querySelector('#script-url').defaultValue;
  // The press kit sits beside the script in the release folder: linked from there, so the link
  // works wherever on the site the snippet is pasted.
  if (tag === 'ct-fact-sheet')
    attributes.push(['press-kit-url', `${scriptUrl.replace(/[^/]*$/, '')}press-kit/latest/`]);
  const theme = data.get('theme');
  if (theme) attributes.push(['theme', theme]);
  attributes.unshift(['lang', data.get('lang')]);
  return {
    tag,
    lang: data.get('lang'),
    attributes,
    scriptUrl,
    embed: data.get('embed'),
    // The iframe's resize script only where asked for: the iframe is for sites that allow no script.
    frameResize: data.get('embed') === 'iframe' && data.get('frame-resize') === 'on',
    // Where the element goes, for the height to reserve; the bar's height is fixed, an iframe has its own.
    placement: reserves(tag, attributes, data.get('embed')) ? String(data.get('reserve')) : '',
  };
}

/** Whether a reserved height means something for this choice. */
function reserves(tag, attributes, embed) {
  return (
    embed === 'script' && !(tag === 'ct-hotline-banner' && attributes.some(([n, v]) => n === 'layout' && v === 'bar'))
  );
}

/**
 * The element's width in each place a volunteer can name, on a computer (a 1280 px window): an
 * article's column, the page's width, a side column. On a phone every place is the screen's width
 * less the page's margins: 375 px less 2 × 16 px.
 */
const COMPUTER_COLUMNS = { article: 640, wide: 1200, side: 300 };
const PHONE_COLUMN = 343;
/** Where the page's layout turns from a phone's to a computer's, in em of the element's text. */
const PHONE_UP_TO = 48;
/**
 * The faces of ct-awareness.css's classes, in its order (FIRST_SCREEN_FACES' stacks, written in by
 * the build): Times's metrics, Arial's, a wide sans. The reserve holds one height per class, and
 * the stylesheet's --_ct-face<i> picks the one of the partner's face.
 */
const FACES = /** @type {string[]} */ ('{{faceStacks}}');

/**
 * The element's rendered height in em of its own text, rounded up to a quarter em: em, so that it
 * follows the partner's text size; rounded up, so that a reserve never falls short of the element.
 */
function heightInEm(element) {
  const fontSize = parseFloat(getComputedStyle(element).fontSize);
  return Math.ceil((element.getBoundingClientRect().height / fontSize) * 4) / 4;
}

/** The element the options describe, as the snippet writes it. */
function elementFor(options) {
  const element = document.createElement(options.tag);
  for (const [name, value] of options.attributes) element.setAttribute(name, value === true ? '' : value);
  return element;
}

/** The height of a copy rendered off screen at a column width in a face, in em. */
async function measuredOffScreen(options, width, face) {
  const probe = document.createElement('div');
  probe.inert = true;
  // CSSOM, not a style attribute: the builder's page allows no inline style.
  Object.assign(probe.style, {
    position: 'absolute',
    insetInlineStart: '-100000px',
    insetBlockStart: '0',
    inlineSize: `${width}px`,
    fontFamily: face,
    visibility: 'hidden',
  });
  const copy = elementFor(options);
  probe.append(copy);
  document.body.append(probe);
  try {
    await copy.updateComplete;
    return heightInEm(copy);
  } finally {
    probe.remove();
  }
}

/**
 * The height to reserve where the element goes, in each face class: its height in the phone's
 * column where the window is a phone's and in the computer's column elsewhere, switched on the
 * window's width (100vw, which means the same in the element's min-height and in its box's
 * padding); the stylesheet's --_ct-face<i> keeps the class of the face the page draws it in.
 */
async function reserveFor(options) {
  const byFace = [];
  for (const [i, face] of FACES.entries()) {
    const phone = await measuredOffScreen(options, PHONE_COLUMN, face);
    const computer = await measuredOffScreen(options, COMPUTER_COLUMNS[options.placement], face);
    const [low, high, narrowGetsHigh] = phone > computer ? [computer, phone, true] : [phone, computer, false];
    const switched = narrowGetsHigh ? `(${PHONE_UP_TO}em - 100vw)` : `(100vw - ${PHONE_UP_TO}em)`;
    const height = low === high ? `${low}em` : `${low}em + clamp(0em, ${switched} * 1000, ${high - low}em)`;
    byFace.push(`min(${height}, var(--_ct-face${i}))`);
  }
  return `max(${byFace.join(', ')})`;
}

function fallback({ tag, lang, attributes }) {
  const exitUrl = attributes.find(([n]) => n === 'exit-url')?.[1];
  const topic = attributes.find(([n]) => n === 'topic')?.[1];
  // Facts picked one by one: the fallback carries those, not the whole kit.
  const facts = attributes.find(([n]) => n === 'facts')?.[1]?.split(',');
  const helpers = window.ctAwareness;
  if (!helpers?.fallbackHtml) return '';
  return helpers.fallbackHtml(tag, lang, { exitUrl, topic, facts });
}

/** A height for each element's iframe that fits it before the resize script runs. */
// Each element's documented iframe height, from src/shared/elements.js (written in by the build):
// the banner's frame shows the layout that fits 120 px (the bar on a phone, the compact one on a
// wide column); the quiz and the fact sheet scroll inside theirs, the number kept at the top.
const FRAME_HEIGHTS = /** @type {Record<string, number>} */ ('{{frameHeights}}');

/** For sites that allow no script: the element's frame page with the options in its query string. */
function iframeSnippet(options) {
  const folder = options.scriptUrl.replace(/[^/]*$/, '');
  // dist/frame/<element>.html: the tag without its ct- prefix.
  const file = `${options.tag.replace(/^ct-/, '')}.html`;
  const height = FRAME_HEIGHTS[options.tag];
  const query = new URLSearchParams(options.attributes.map(([n, v]) => [n, v === true ? '' : v]))
    .toString()
    .replace(/=(?=&|$)/g, '');
  const title = preview.firstElementChild?.shadowRoot?.querySelector('[aria-label], [role=heading]');
  const name = title?.getAttribute('aria-label') || title?.textContent?.trim() || options.tag;
  const iframe = `<iframe src="${escapeAttribute(`${folder}frame/${file}?${query}`)}" title="${escapeAttribute(name)}" width="100%" height="${height}" style="border: 0"></iframe>`;
  if (!options.frameResize) return iframe;
  return `${iframe}\n<script src="${escapeAttribute(`${folder}frame/ct-awareness-frame-resize.js`)}" defer></script>`;
}

function snippetFor(options, fallbackText) {
  if (options.embed === 'iframe') return iframeSnippet(options);
  const attributes = options.style ? [...options.attributes, ['style', options.style]] : options.attributes;
  const attrs = attributes.map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeAttribute(v)}"`)).join('');
  const stylesheet = options.scriptUrl.replace(/[^/]*$/, 'ct-awareness.css');
  return [
    `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}" />`,
    `<script src="${escapeAttribute(options.scriptUrl)}" integrity="${integrity}" crossorigin="anonymous" defer></script>`,
    `<${options.tag}${attrs}>`,
    `  ${fallbackText}`,
    `</${options.tag}>`,
  ].join('\n');
}

async function update() {
  const options = choice();
  for (const fieldset of form.querySelectorAll('fieldset[data-for]'))
    fieldset.hidden = fieldset.dataset.for !== options.tag;
  // A stuck position means something only for the bar.
  document.getElementById('position-row').hidden = document.getElementById('layout-banner').value !== 'bar';
  document.getElementById('reserve-row').hidden = !reserves(options.tag, options.attributes, options.embed);
  document.getElementById('frame-resize-row').hidden = options.embed !== 'iframe';
  const element = elementFor(options);
  // The preview at the computer's column for the place chosen, or as wide as its box allows.
  if (options.placement) preview.style.setProperty('--column', `${COMPUTER_COLUMNS[options.placement]}px`);
  else preview.style.removeProperty('--column');
  preview.replaceChildren(element);
  await customElements.whenDefined(options.tag);
  await element.updateComplete;
  if (options.placement) {
    // Measured off screen at the phone's and the computer's columns, then set on the preview too:
    // the snippet is what the preview shows.
    element.style.setProperty('--ct-reserve', await reserveFor(options));
    options.style = element.getAttribute('style');
  }
  code.textContent = snippetFor(options, fallback(options));
}

async function copy() {
  const method = await copyOrSelect(code.textContent, code);
  status.textContent = say(method === 'clipboard' ? 'copied' : 'copyFailed');
}

form.addEventListener('change', update);
form.addEventListener('input', update);
document.getElementById('copy').addEventListener('click', copy);
uiLang.addEventListener('change', translatePage);
void listFacts();
update();
