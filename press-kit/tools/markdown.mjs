// @ts-check
// The changelog's Markdown as HTML, for the press-kit and versions pages and the feed, through
// markdown-it with HTML off: any markup in the text shows as the text it is, escaped, so nothing
// can inject it. The blocks the pages use: "##" headings, paragraphs and "- " lists.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/**
 * A line of Markdown's inline text as HTML: `code`, *emphasis*, **strong**; markup escaped.
 * @param {string} text
 */
export const inlineHtml = (text) => md.renderInline(text);

/** @typedef {{ kind: 'heading', level: number, text: string } | { kind: 'paragraph', text: string } | { kind: 'list', items: string[] }} Block */

/** A block's inline text on one line: a list item's or paragraph's continuation lines joined. */
const oneLine = (/** @type {string} */ text) => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The blocks of a Markdown text, from markdown-it's tokens: headings, paragraphs and lists (an
 * item's first paragraph; the changelog's items are one paragraph each).
 * @param {string} markdown
 * @returns {Block[]}
 */
export function markdownBlocks(markdown) {
  /** @type {Block[]} */
  const blocks = [];
  /** @type {string[] | undefined} */
  let list;
  const tokens = md.parse(markdown, {});
  tokens.forEach((token, i) => {
    const inline = tokens[i + 1]?.type === 'inline' ? oneLine(tokens[i + 1].content) : '';
    if (token.type === 'bullet_list_open') {
      list = [];
      blocks.push({ kind: 'list', items: list });
    } else if (token.type === 'bullet_list_close') list = undefined;
    else if (token.type === 'heading_open')
      blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), text: inline });
    else if (token.type === 'paragraph_open') {
      if (list) {
        if (token.level === 2) list.push(inline); // an item's own paragraph, not a nested one
      } else blocks.push({ kind: 'paragraph', text: inline });
    }
  });
  return blocks;
}

/**
 * Markdown's blocks as HTML; a heading of level n becomes h(n + shift), so the page's own outline holds.
 * @param {Block[]} blocks
 * @param {{ shift?: number }} [options]
 */
export function blocksHtml(blocks, { shift = 0 } = {}) {
  return blocks
    .map((block) => {
      if (block.kind === 'heading') {
        const level = Math.min(6, block.level + shift);
        return `<h${level}>${inlineHtml(block.text)}</h${level}>`;
      }
      if (block.kind === 'list')
        return `<ul>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</ul>`;
      return `<p>${inlineHtml(block.text)}</p>`;
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
  /** @type {{ heading: string, blocks: Block[] }[]} */
  const sections = [{ heading: '', blocks: [] }];
  for (const block of blocks)
    if (block.kind === 'heading' && block.level === 2) sections.push({ heading: block.text, blocks: [] });
    else sections.at(-1)?.blocks.push(block);
  return sections;
}

/**
 * What a version changed, in one plain sentence: the first paragraph of its changelog section,
 * without Markdown's marks. The pages of older versions show it under "a newer version exists".
 * @param {string} markdown the changelog in one language
 * @param {string} version
 */
export function changeSummary(markdown, version) {
  const section = changelogSections(markdown).find((s) => s.heading === version);
  const first = section?.blocks.find((b) => b.kind === 'paragraph');
  return first?.kind === 'paragraph' ? first.text.replace(/[`*_]/g, '') : '';
}
