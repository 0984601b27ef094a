// npm start: serves the demo partner page and the built files on a local port, with the strict
// Content-Security-Policy a careful partner would send, and prints the URL.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.zip': 'application/zip',
  '.svg': 'image/svg+xml',
};
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html ct-awareness 'allow-duplicates'";

/** The README's snippet pins the script by its hash; the demo does the same with the fresh build. */
async function integrity() {
  const data = JSON.parse(await readFile(join(ROOT, 'dist', 'integrity.json'), 'utf8'));
  return data.files['ct-awareness.js'];
}

/**
 * Serves demo/ and dist/, plus any in-memory pages (path to HTML) the caller adds: the bench uses
 * that for its variants of the demo page.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {Map<string, string>} pages
 */
async function handle(request, response, pages) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (pages.has(path)) {
    response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
    response.end(pages.get(path));
    return;
  }
  if (path === '/' || path === '/index.html') path = '/demo/index.html';
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(ROOT, path));
  const allowed = [join(ROOT, 'demo') + sep, join(ROOT, 'dist') + sep].some((dir) => file.startsWith(dir));
  if (!allowed || !(await stat(file).catch(() => null))?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${path}`);
    return;
  }
  let body = await readFile(file);
  if (file.endsWith('.html') && file.includes(`${sep}demo${sep}`))
    body = Buffer.from(body.toString('utf8').replaceAll('{{integrity}}', await integrity()));
  response.writeHead(200, {
    'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'cache-control': 'no-store',
  });
  response.end(body);
}

/**
 * @param {{ port?: number, attempts?: number, pages?: Map<string, string> }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ port = Number(process.env.PORT) || 8080, attempts = 20, pages = new Map() } = {}) {
  return new Promise((resolve, reject) => {
    const server = createServer((req, res) =>
      handle(req, res, pages).catch((error) => {
        res.writeHead(500);
        res.end(String(error));
      }),
    );
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === 'EADDRINUSE' && attempts > 1)
        resolve(serve({ port: port + 1, attempts: attempts - 1, pages }));
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve();
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Demo partner page: http://localhost:${port}/`);
  console.log(`Embed builder:     http://localhost:${port}/dist/embed/`);
  console.log(`Press kit:         http://localhost:${port}/dist/press-kit/latest/`);
  console.log('Press Ctrl+C to stop.');
}
