// The last step of `npm run build`: the release archive for partners without Node,
// dist/ct-awareness-<version>.zip, made from the folder dist/release/ct-awareness-<version>/:
// the script (under its plain and its versioned name), its element files, the stylesheet,
// integrity.json, the WordPress plugin's zip, the iframe pages, the embed builder, the press kit, an example page and a
// README.txt with the real hashes, and a SHA256SUMS over all of it. The same bytes every build.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, zipFolder } from './files.mjs';
import { EXAMPLE_FOLDER, ELEMENT_FILES } from '../src/shared/embed.js';
import { ELEMENTS } from '../src/shared/elements.js';
import { FALLBACK_BOUND } from '../src/shared/first-screen.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NAME = `ct-awareness-${pkg.version}`;
export const RELEASE_DIR = join(DIST, 'release', NAME);
export const RELEASE_ZIP = join(DIST, `${NAME}.zip`);

/** What the archive holds from dist/, besides the files written here. */
const FROM_DIST = [
  'ct-awareness.js',
  ...ELEMENT_FILES,
  'ct-awareness.css',
  'integrity.json',
  'frame',
  'embed',
  'press-kit',
  // The WordPress plugin (tools/wordpress-plugin.mjs): install it from WordPress's Plugins screen.
  `ct-awareness-wordpress-${pkg.version}.zip`,
];

/** An example page with the three elements, as README.txt tells a partner to write them. */
function examplePage(/** @type {string} */ integrity) {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html ct-awareness 'allow-duplicates'">
<title>ct-awareness ${pkg.version}: ejemplo</title>
<link rel="stylesheet" href="ct-awareness.css">
<script src="ct-awareness.js" integrity="${integrity}" crossorigin="anonymous" defer></script>
</head>
<body>
<ct-hotline-banner quick-exit>
  <p><strong>Línea contra la trata de personas:</strong> llama gratis al <a href="tel:1818">1818, opción 1</a>. Confidencial, las 24 horas. <a href="https://www.senamhi.gob.pe/">Salida rápida</a></p>
</ct-hotline-banner>
<h1>Ejemplo: los tres elementos de ct-awareness ${pkg.version}</h1>
<ct-risk-quiz>
  <p>¿Dudas sobre una oferta de trabajo o sobre tu trabajo? Llama gratis al <a href="tel:1818">1818, opción 1</a>.</p>
</ct-risk-quiz>
<ct-fact-sheet topic="hotline" press-kit-url="${EXAMPLE_FOLDER}press-kit/latest/">
  <p>La línea gratuita y confidencial contra la trata de personas: <a href="tel:1818">1818, opción 1</a>, las 24 horas.</p>
</ct-fact-sheet>
</body>
</html>
`;
}

/** README.txt: how to put the widget on a site with this folder and a text editor. */
function readme(/** @type {string} */ integrity) {
  const tags = (/** @type {string} */ folder) =>
    `  <link rel="stylesheet" href="${folder}ct-awareness.css">\n  <script src="${folder}ct-awareness.js" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
  return `ct-awareness ${pkg.version}
${'='.repeat(`ct-awareness ${pkg.version}`.length)}

ES: Línea contra la trata de personas, autodiagnóstico y datos con fuentes, para tu sitio web.
EN: The anti-trafficking line, a private self-check and sourced facts, for your website.
PT: A linha contra o tráfico de pessoas, um autodiagnóstico e dados com fontes, para o seu site.

WordPress: ct-awareness-wordpress-${pkg.version}.zip is a plugin. Plugins > Add New > Upload
Plugin, activate it, then add the blocks (or shortcodes) and, in Settings > ct-awareness, the bar
on every page. / Es un plugin: Plugins > Añadir nuevo > Subir plugin. / É um plugin: Plugins >
Adicionar novo > Enviar plugin.

ESPAÑOL
-------
1. Copia todos los archivos de esta carpeta a una carpeta de tu sitio, por ejemplo ${EXAMPLE_FOLDER}.
   No cambies ningún archivo: el navegador comprueba cada uno con su huella (integrity.json).
2. En el <head> de cada página:
${tags(EXAMPLE_FOLDER)}
3. Donde quieras que aparezca, pega un elemento con su texto para quien no tiene JavaScript
   (mira example.html: la línea con salida rápida, el autodiagnóstico y los datos). Pon el número
   y la opción dentro del enlace: <a href="tel:1818">1818, opción 1</a>. Con ct-awareness.css la
   página no se mueve cuando carga el script: la línea, el autodiagnóstico y los datos de la
   línea (topic="hotline") ya ocupan su lugar.
4. ¿Tu sitio tiene un encabezado fijo? En tu hoja de estilos, su altura y su orden de apilamiento:
     :root { --ct-offset-top: 64px; --ct-z-index: 1000; }
   La barra queda debajo de tu encabezado, y lo que se enfoca con el teclado no queda tapado.
5. ¿Tu sitio solo permite iframes? Usa las páginas de frame/, por ejemplo:
  <iframe src="${EXAMPLE_FOLDER}frame/hotline-banner.html?quick-exit&lang=es" title="Línea contra la trata de personas" width="100%" height="${ELEMENTS['ct-hotline-banner'].frameHeight}" style="border: 0"></iframe>
  <script src="${EXAMPLE_FOLDER}frame/ct-awareness-frame-resize.js" defer></script>
   (El segundo script es opcional: ajusta la altura de cada iframe a su contenido, sin mover la
   página mientras el iframe está a la vista.)
   Alturas sin ese script: la línea ${ELEMENTS['ct-hotline-banner'].frameHeight} (muestra la barra de una fila o la versión compacta, la
   que quepa; 201 para la versión completa en una columna ancha, 411 en un teléfono), el
   autodiagnóstico (risk-quiz.html) ${ELEMENTS['ct-risk-quiz'].frameHeight} y los datos (fact-sheet.html) ${ELEMENTS['ct-fact-sheet'].frameHeight}: se desplazan por dentro,
   con el número fijo arriba de lo que se ve.
6. Comprueba que funciona: la página muestra la línea (1818, opción 1) y la salida rápida; con la
   tecla Tab llegas al enlace de llamada y a la salida; la consola del navegador no muestra ningún
   mensaje de ct-awareness (una opción mal escrita se nombra ahí); con JavaScript bloqueado, el
   texto que pegaste sigue mostrando el número; si el script no carga (bloqueado, o un archivo
   cambiado), a los ${FALLBACK_BOUND / 1000} segundos el espacio guardado se cierra y queda tu
   texto con el número.
7. El generador de código (embed/index.html) arma el código de cada elemento con sus opciones.

ENGLISH
-------
1. Copy every file of this folder to a folder of your site, for example ${EXAMPLE_FOLDER}.
   Change no file: the browser checks each one against its hash (integrity.json).
2. In the <head> of each page:
${tags(EXAMPLE_FOLDER)}
3. Where it should appear, paste an element with its text for readers without JavaScript
   (see example.html: the line with its quick exit, the self-check and the facts). Put the number
   and the option inside the link: <a href="tel:1818">1818, option 1</a>. With ct-awareness.css
   the page does not move when the script loads: the line, the self-check and the line's facts
   (topic="hotline") already hold their place.
4. Does your site have a fixed header? In your stylesheet, its height and stacking order:
     :root { --ct-offset-top: 64px; --ct-z-index: 1000; }
   The bar sits below your header, and what the keyboard focuses is never hidden under it.
5. Your site allows only iframes? Use the pages in frame/, for example:
  <iframe src="${EXAMPLE_FOLDER}frame/hotline-banner.html?quick-exit&lang=en" title="Line against human trafficking" width="100%" height="${ELEMENTS['ct-hotline-banner'].frameHeight}" style="border: 0"></iframe>
  <script src="${EXAMPLE_FOLDER}frame/ct-awareness-frame-resize.js" defer></script>
   (The second script is optional: it sizes each iframe to its content, without moving the page
   while the iframe is in view.)
   Heights without that script: the line ${ELEMENTS['ct-hotline-banner'].frameHeight} (it shows the one-row bar or the compact layout,
   whichever fits; 201 for the full layout in a wide column, 411 on a phone), the self-check
   (risk-quiz.html) ${ELEMENTS['ct-risk-quiz'].frameHeight} and the facts (fact-sheet.html) ${ELEMENTS['ct-fact-sheet'].frameHeight}: they scroll inside, with the number
   kept at the top of what the reader sees.
6. Check it worked: the page shows the line (1818, option 1) and the quick exit; Tab reaches the
   call link and the exit; the browser's console shows no ct-awareness message (a misspelt option
   is named there); with JavaScript blocked, the text you pasted still shows the number; if the
   script does not load (blocked, or a file changed), after ${FALLBACK_BOUND / 1000} seconds the
   room kept for it closes and your text stands alone with the number.
7. The embed builder (embed/index.html) writes the code of each element with its options.

PORTUGUÊS
---------
1. Copie todos os arquivos desta pasta para uma pasta do seu site, por exemplo ${EXAMPLE_FOLDER}.
   Não mude nenhum arquivo: o navegador confere cada um com sua impressão (integrity.json).
2. No <head> de cada página:
${tags(EXAMPLE_FOLDER)}
3. Onde quiser que apareça, cole um elemento com seu texto para quem não tem JavaScript
   (veja example.html: a linha com saída rápida, a autoavaliação e os dados). Ponha o número e a
   opção dentro do link: <a href="tel:1818">1818, opção 1</a>. Com ct-awareness.css a página
   não se move quando o script carrega: a linha, a autoavaliação e os dados da linha
   (topic="hotline") já ocupam o seu lugar.
4. Seu site tem um cabeçalho fixo? Na sua folha de estilos, a altura e a ordem de empilhamento dele:
     :root { --ct-offset-top: 64px; --ct-z-index: 1000; }
   A barra fica abaixo do seu cabeçalho, e o que recebe o foco do teclado não fica escondido.
5. Seu site só permite iframes? Use as páginas de frame/, por exemplo:
  <iframe src="${EXAMPLE_FOLDER}frame/hotline-banner.html?quick-exit&lang=pt" title="Linha contra o tráfico de pessoas" width="100%" height="${ELEMENTS['ct-hotline-banner'].frameHeight}" style="border: 0"></iframe>
  <script src="${EXAMPLE_FOLDER}frame/ct-awareness-frame-resize.js" defer></script>
   (O segundo script é opcional: ajusta a altura de cada iframe ao seu conteúdo, sem mover a
   página enquanto o iframe está à vista.)
   Alturas sem esse script: a linha ${ELEMENTS['ct-hotline-banner'].frameHeight} (mostra a barra de uma linha ou a versão compacta, a
   que couber; 201 para a versão completa numa coluna larga, 411 num celular), a autoavaliação
   (risk-quiz.html) ${ELEMENTS['ct-risk-quiz'].frameHeight} e os dados (fact-sheet.html) ${ELEMENTS['ct-fact-sheet'].frameHeight}: rolam por dentro, com o número fixo
   no alto do que se vê.
6. Confira se funciona: a página mostra a linha (1818, opção 1) e a saída rápida; com a tecla Tab
   você chega ao link de chamada e à saída; o console do navegador não mostra nenhuma mensagem do
   ct-awareness (uma opção escrita errado aparece ali); com o JavaScript bloqueado, o texto que você
   colou continua mostrando o número; se o script não carregar (bloqueado, ou um arquivo alterado),
   depois de ${FALLBACK_BOUND / 1000} segundos o espaço guardado se fecha e fica o seu texto com o
   número.
7. O gerador de código (embed/index.html) monta o código de cada elemento com suas opções.

CONTENT-SECURITY-POLICY
-----------------------
ES: script-src 'self' lo permite; con Trusted Types, agrega / EN: script-src 'self' allows it; with
Trusted Types, add / PT: script-src 'self' o permite; com Trusted Types, acrescente:
  trusted-types lit-html ct-awareness 'allow-duplicates'
ES: El widget no pide nada a otro servidor, no usa cookies y no guarda nada.
EN: The widget makes no request to another host, sets no cookie and stores nothing.
PT: O widget não faz pedidos a outro servidor, não usa cookies e não guarda nada.

Files
-----
ct-awareness.js            the script (ct-awareness-${pkg.version}.js: the same bytes, a name per version)
ct-awareness.*.<lang>.js   the self-check's and the fact sheet's files, one per language
ct-awareness.css           keeps the page still while the script loads
integrity.json             the sha384 of every file
frame/                     a page per element, for iframes
embed/                     the embed builder
press-kit/                 the press kit: facts with sources and dates (latest/, every version, versions/)
example.html               the three elements on one page (serve the folder: python3 -m http.server)
SHA256SUMS                 sha256sum -c SHA256SUMS checks every file of this folder
`;
}

export function writeReleaseArchive() {
  rmSync(join(DIST, 'release'), { recursive: true, force: true });
  mkdirSync(RELEASE_DIR, { recursive: true });
  for (const name of FROM_DIST)
    cpSync(join(DIST, name), join(RELEASE_DIR, name), {
      recursive: true,
      filter: (path) => !path.endsWith('.map'),
    });
  const integrity = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8')).files['ct-awareness.js'];
  cpSync(join(DIST, 'ct-awareness.js'), join(RELEASE_DIR, `${NAME}.js`));
  writeFileSync(join(RELEASE_DIR, 'example.html'), examplePage(integrity));
  writeFileSync(join(RELEASE_DIR, 'README.txt'), readme(integrity));
  const files = filesUnder(RELEASE_DIR).map((path) => relative(RELEASE_DIR, path));
  writeFileSync(
    join(RELEASE_DIR, 'SHA256SUMS'),
    files
      .map(
        (name) =>
          `${createHash('sha256')
            .update(readFileSync(join(RELEASE_DIR, name)))
            .digest('hex')}  ${name}`,
      )
      .join('\n') + '\n',
  );
  zipFolder(RELEASE_DIR, NAME, RELEASE_ZIP);
  return { dir: RELEASE_DIR, zip: RELEASE_ZIP, files: [...files, 'SHA256SUMS'].sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { zip, files } = writeReleaseArchive();
  console.log(`release archive: ${relative(ROOT, zip)} (${files.length} files)`);
}
