// @ts-check
// The "how we verify" page in one language (dist/press-kit/verify/): the kit's method, from
// press-kit/page/verify/<lang>.md, and where to report an error. Made anew by each build, outside
// the frozen versions: the method is the kit's, not one version's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksHtml, markdownBlocks } from './markdown.mjs';
import { escapeHtml } from '../../src/shared/html.js';
import { PRESS_KIT_DIR } from './content.mjs';
import { PAGE_TEXT, PAGE_FILE, correctionsLinks, HEAD_START, shareHead, alternates, languageNav } from './shared.mjs';

/**
 * @typedef {import('./content-types').Content} Data
 * @typedef {import('../../src/data/types.js').Lang} Lang
 */

/**
 * The page in `lang`: the method's text, then where to report an error (the corrections address
 * the publisher set, or a plain sentence that there is none yet).
 * @param {{ kit: Data['kit'], lang: Lang }} options
 */
export function verifyPage({ kit, lang }) {
  const t = PAGE_TEXT[lang];
  const method = markdownBlocks(readFileSync(join(PRESS_KIT_DIR, 'page', 'verify', `${lang}.md`), 'utf8'));
  const links = correctionsLinks(kit);
  const report = links ? `${t.reportError}: ${links}` : t.noCorrectionsAddress;
  return `<!doctype html>
<html lang="${lang}">
<head>
${HEAD_START}
<title>${escapeHtml(t.verifyTitle)} · ${escapeHtml(kit.title[lang])}</title>
<meta name="description" content="${escapeHtml(t.verifyTitle)}">
${alternates()}
${shareHead(kit, lang, `verify/${PAGE_FILE[lang]}`)}<link rel="stylesheet" href="press-kit.css">
</head>
<body>
<header>
${languageNav(lang)}
<h1>${escapeHtml(t.verifyTitle)}</h1>
<p><a href="../latest/${PAGE_FILE[lang]}">${escapeHtml(kit.title[lang])}</a> · <a href="../versions/${PAGE_FILE[lang]}">${t.versionsTitle}</a></p>
</header>
<main>
${blocksHtml(method)}
<p class="report">${report}</p>
</main>
</body>
</html>
`;
}
