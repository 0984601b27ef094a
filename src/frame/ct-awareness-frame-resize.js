// Optional, for the page that embeds ct-awareness's iframes: each iframe takes the height its
// content asks for, so nothing scrolls inside it. Without this script an iframe keeps the height
// written on it. It listens only to messages from the iframes whose src points at a frame page.
//
// It never moves the page under the reader's eyes: a new height waits while the iframe's bottom
// edge is on screen (the iframe scrolls inside meanwhile, its number kept at the bottom), and is
// taken once that edge is below the window, before and after (what follows it is off screen), or
// the whole iframe is above the window (the browser's scroll anchoring keeps the view still).
(() => {
  if (window.ctAwarenessFrameResize) return; // loaded twice: one listener
  window.ctAwarenessFrameResize = true;
  /** @type {Map<HTMLIFrameElement, number>} the heights told and not yet taken */
  const waiting = new Map();
  let scheduled = false;
  const take = () => {
    scheduled = false;
    for (const [frame, height] of waiting) {
      const box = frame.getBoundingClientRect();
      if (!frame.isConnected || box.bottom <= 0 || box.top + Math.min(box.height, height) >= innerHeight) {
        frame.style.height = `${height}px`;
        waiting.delete(frame);
      }
    }
  };
  const schedule = () => {
    if (waiting.size && !scheduled) {
      scheduled = true;
      requestAnimationFrame(take);
    }
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'ct-awareness:height' || typeof data.height !== 'number') return;
    for (const frame of document.querySelectorAll('iframe[src*="/frame/"]'))
      if (frame.contentWindow === event.source) {
        // Any height the content has (every fact is over 8,000 px on a phone): the bound only
        // refuses nonsense, it never cuts the content.
        waiting.set(frame, Math.max(0, Math.min(Math.round(data.height), 100000)));
        take();
      }
  });
})();
