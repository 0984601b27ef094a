// The press-kit page's script, a module beside it. The page reads fine without it.
// - "Copy with citation" (the fact sheet and the embed builder copy the same way).
// - From 1.6.0, a notice when a newer version exists, read from the kit's own versions.json.
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
    // Refused clipboard: the whole citation is shown and selected, to copy by hand.
    const method = await copyOrSelect(button.dataset.citation ?? '', () => {
      const citation = button.parentNode?.querySelector('.citation');
      if (citation instanceof HTMLElement) citation.hidden = false;
      return citation;
    });
    announce(announcer?.getAttribute(method === 'clipboard' ? 'data-copied' : 'data-failed') ?? '');
  });
}

/** Whether version a (x.y.z) comes after version b. */
function isNewer(/** @type {string} */ a, /** @type {string} */ b) {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  const i = x.findIndex((n, k) => n !== y[k]);
  return i >= 0 && x[i] > y[i];
}

/**
 * Tells the reader of an older version that a newer one exists, with what it changed and a link
 * to every version's changes. Asks only the kit's own folder (same origin, no cookie); on any
 * failure (opened from a file, a missing or odd versions.json) the page stays as it is.
 */
async function noticeNewerVersion() {
  const notice = document.querySelector('.superseded');
  if (!(notice instanceof HTMLElement)) return;
  const { version, lang = 'en', text = '', link = '', versions: versionsPage = '' } = notice.dataset;
  try {
    const response = await fetch('../versions.json', { credentials: 'omit', cache: 'no-cache' });
    if (!response.ok) return;
    /** @type {{ latest?: unknown, versions?: { version: string, released?: string | null, summary?: Record<string, string> }[] }} */
    const index = await response.json();
    const latest = index.versions?.find((v) => v.version === index.latest && v.released);
    if (!latest || !version || !isNewer(latest.version, version)) return;
    const sentence = document.createElement('strong');
    sentence.textContent = text.replace('{version}', latest.version).replace('{date}', latest.released ?? '');
    const summary = latest.summary?.[lang] ?? '';
    const more = document.createElement('a');
    more.href = `${versionsPage}#v-${latest.version}`;
    more.textContent = link;
    notice.replaceChildren(sentence, summary ? ` ${summary} ` : ' ', more);
    notice.hidden = false;
  } catch {
    // No notice: the page is still this version, exactly as it was published.
  }
}
noticeNewerVersion();
