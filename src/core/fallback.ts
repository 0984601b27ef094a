import { currentChannel, PRESS_KIT, type Lang } from '../data/press-kit.js';
import { translator } from './i18n.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The no-JavaScript fallback a partner puts inside an element's tag, in one language: the same
 * words and number the element shows, as plain HTML. The embed builder writes it into snippets.
 */
export function fallbackHtml(tag: string, lang: Lang, options: { exitUrl?: string; topic?: string } = {}): string {
  const t = translator(lang);
  const line = currentChannel('trafficking-line');
  const tel = `tel:${line.number.replace(/[^0-9+]/g, '')}`;
  const call = `<a href="${tel}">${escape(t('line.call', { number: line.number }))}</a>`;
  const option = line.option ? ` · ${escape(t('line.option', { option: line.option }))}` : '';
  if (tag === 'ct-hotline-banner') {
    const exit = options.exitUrl ? ` · <a href="${escape(options.exitUrl)}">${escape(t('exit.button'))}</a>` : '';
    const badges = [t('line.free'), t('line.confidential'), t('line.hours')].map(escape).join(' · ');
    return `<p><strong>${escape(t('line.name'))}</strong>: ${call}${option} · ${badges}${exit}</p>`;
  }
  if (tag === 'ct-risk-quiz') return `<p>${escape(t('quiz.name'))}. ${call}${option}</p>`;
  const facts = PRESS_KIT.facts.filter((f) => !options.topic || f.topic === options.topic);
  const items = facts.map(
    (f) =>
      `<li>${escape(f.statement[lang])} (${escape(f.sources.map((s) => `${s.publisher}, ${s.date}`).join('; '))})</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}
