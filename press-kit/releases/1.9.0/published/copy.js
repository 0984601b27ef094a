// @ts-check
// Shared by the fact sheet, the press-kit page and the embed builder: plain JavaScript, type-checked.

/**
 * Copies text to the clipboard; where the browser refuses (no Clipboard API, permission denied),
 * selects `fallback` instead, so the reader can copy it by hand. Says which of the two happened.
 * `fallback` may be a function, asked only on refusal: a caller that shows the text only then
 * (the fact sheet's and the page's citations) renders it there and returns the node.
 * @param {string} text
 * @param {Node | null | undefined | (() => Node | null | undefined | Promise<Node | null | undefined>)} fallback
 * @returns {Promise<'clipboard' | 'selection'>}
 */
export async function copyOrSelect(text, fallback) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(text);
    return 'clipboard';
  } catch {
    const node = typeof fallback === 'function' ? await fallback() : fallback;
    const selection = window.getSelection();
    if (node && selection) {
      const range = document.createRange();
      range.selectNodeContents(node);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return 'selection';
  }
}
