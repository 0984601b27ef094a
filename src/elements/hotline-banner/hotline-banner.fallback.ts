import { escapeHtml, callHtml, type FallbackOptions } from '../../core/fallback.js';
import { translator } from '../../i18n/i18n.js';
import type { Lang } from '../../data/types.js';

/** The banner's no-JavaScript fallback: the line, the call link, the badges and the exit link. */
export function bannerFallbackHtml(lang: Lang, { exitUrl }: FallbackOptions): string {
  const t = translator(lang);
  const exit = exitUrl ? ` · <a href="${escapeHtml(exitUrl)}">${escapeHtml(t('exit.button'))}</a>` : '';
  const badges = [t('line.free'), t('line.confidential'), t('line.hours')].map(escapeHtml).join(' · ');
  return `<p><strong>${escapeHtml(t('line.name'))}</strong>: ${callHtml(t)} · ${badges}${exit}</p>`;
}
