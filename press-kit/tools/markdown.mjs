// @ts-check
// The changelog's Markdown as HTML, for the press-kit and versions pages. Only what the changelog
// uses: "##" headings, paragraphs, "- " lists with indented continuation lines, `code`, *emphasis*
// and **strong**. Anything else shows as the text it is, escaped, so nothing can inject markup.
import { escapeHtml } from '../../src/shared/html.js';

function inline(/** @type {string} */ text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

/**
 * The blocks of a Markdown text: headings, paragraphs and lists.
 * @param {string} markdown
 * @returns {({ kind: 'heading', level: number, text: string } | { kind: 'paragraph', text: string } | { kind: 'list', items: string[] })[]}
 */
export function markdownBlocks(markdown) {
  /** @type {ReturnType<typeof markdownBlocks>} */
  const blocks = [];
  for (const chunk of markdown.replace(/\r\n/g, '\n').split(/\n{2,}/)) {
    const text = chunk.trim();
    if (!text) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading && !text.includes('\n')) blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
    else if (text.startsWith('- '))
      blocks.push({
        kind: 'list',
        items: text.split(/\n- /).map((item) => item.replace(/^- /, '').replace(/\s*\n\s*/g, ' ')),
      });
    else blocks.push({ kind: 'paragraph', text: text.replace(/\s*\n\s*/g, ' ') });
  }
  return blocks;
}

/**
 * Markdown as HTML; a heading of level n becomes h(n + shift), so the page's own outline holds.
 * @param {ReturnType<typeof markdownBlocks>} blocks
 * @param {{ shift?: number }} [options]
 */
export function blocksHtml(blocks, { shift = 0 } = {}) {
  return blocks
    .map((block) => {
      if (block.kind === 'heading') {
        const level = Math.min(6, block.level + shift);
        return `<h${level}>${inline(block.text)}</h${level}>`;
      }
      if (block.kind === 'list') return `<ul>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
      return `<p>${inline(block.text)}</p>`;
    })
    .join('\n');
}

/**
 * The changelog split at its "##" headings: the introduction, then each section by its heading
 * ("Corrections", "1.4.0", …) with its blocks.
 * @param {string} markdown
 */
export function changelogSections(markdown) {
  const blocks = markdownBlocks(markdown).filter((b) => !(b.kind === 'heading' && b.level === 1));
  /** @type {{ heading: string, blocks: ReturnType<typeof markdownBlocks> }[]} */
  const sections = [{ heading: '', blocks: [] }];
  for (const block of blocks)
    if (block.kind === 'heading' && block.level === 2) sections.push({ heading: block.text, blocks: [] });
    else sections.at(-1)?.blocks.push(block);
  return sections;
}
