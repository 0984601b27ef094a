// The embed builder: the options become attributes, the attributes become both the live preview
// and the snippet, so the snippet renders exactly what the preview shows.
const root = document.getElementById('builder');
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const code = document.getElementById('snippet');
const status = document.getElementById('copy-status');
const { version, integrity } = root.dataset;

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The chosen element as [tag, lang, attributes], attributes in a stable order. */
function choice() {
  const data = new FormData(form);
  const tag = data.get('tag');
  const fieldset = form.querySelector(`fieldset[data-for="${tag}"]`);
  let attributes = [];
  for (const input of fieldset.querySelectorAll('input, select')) {
    const name = input.name;
    if (input.type === 'checkbox') {
      if (name === 'show-sources') {
        if (!input.checked) attributes.push([name, 'false']);
      } else if (input.checked) attributes.push([name, true]);
    } else if (input.value.trim() && !(name === 'heading-level' && input.value === '2'))
      attributes.push([name, input.value.trim()]);
  }
  if (tag === 'ct-hotline-banner') {
    const quickExit = attributes.some(([n]) => n === 'quick-exit');
    const layout = attributes.find(([n]) => n === 'layout')?.[1];
    // A fixed position only means something for the bar; the exit page only with the exit button.
    attributes = attributes.filter(
      ([n]) => !(n === 'position' && layout !== 'bar') && !(n === 'exit-url' && !quickExit),
    );
  }
  const theme = data.get('theme');
  if (theme) attributes.push(['theme', theme]);
  attributes.unshift(['lang', data.get('lang')]);
  return {
    tag,
    lang: data.get('lang'),
    attributes,
    scriptUrl: data.get('script-url').trim() || `/assets/ct-awareness-${version}.js`,
  };
}

function fallback({ tag, lang, attributes }) {
  const exitUrl = attributes.find(([n]) => n === 'exit-url')?.[1];
  const topic = attributes.find(([n]) => n === 'topic')?.[1];
  const helpers = window.ctAwareness;
  if (!helpers?.fallbackHtml) return '';
  return helpers.fallbackHtml(tag, lang, { exitUrl, topic });
}

function snippetFor(options, fallbackText) {
  const attrs = options.attributes.map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeAttribute(v)}"`)).join('');
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
  const element = document.createElement(options.tag);
  for (const [name, value] of options.attributes) element.setAttribute(name, value === true ? '' : value);
  preview.replaceChildren(element);
  await customElements.whenDefined(options.tag);
  await element.updateComplete;
  code.textContent = snippetFor(options, fallback(options));
}

async function copy() {
  const text = code.textContent;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(text);
    status.textContent = 'Código copiado. Pégalo en tu página.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = 'No se pudo copiar: el código quedó seleccionado, cópialo con Ctrl+C.';
  }
}

form.addEventListener('change', update);
form.addEventListener('input', update);
document.getElementById('copy').addEventListener('click', copy);
update();
