// "Copy with citation" on the press-kit page, a module beside it (the fact sheet and the embed
// builder copy the same way). The page reads fine without it.
import { copyOrSelect } from './copy.js';

const announcer = document.querySelector('.announcer');
/** @param {string | null} text */
function announce(text) {
  if (!announcer) return;
  announcer.textContent = '';
  // A fresh text node after clearing makes screen readers announce a repeated message.
  setTimeout(() => (announcer.textContent = text), 50);
}
for (const button of document.querySelectorAll('button.copy')) {
  if (!(button instanceof HTMLButtonElement)) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const statement = button.parentNode?.querySelector('.statement');
    const method = await copyOrSelect(button.dataset.citation ?? '', statement);
    announce(announcer?.getAttribute(method === 'clipboard' ? 'data-copied' : 'data-failed') ?? '');
  });
}
