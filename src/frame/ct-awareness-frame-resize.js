// Optional, for the page that embeds ct-awareness's iframes: each iframe takes the height its
// content asks for, so nothing scrolls inside it. Without this script an iframe keeps the height
// written on it. It listens only to messages from the iframes whose src points at a frame page.
(() => {
  if (window.ctAwarenessFrameResize) return; // loaded twice: one listener
  window.ctAwarenessFrameResize = true;
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'ct-awareness:height' || typeof data.height !== 'number') return;
    for (const frame of document.querySelectorAll('iframe[src*="/frame/"]'))
      if (frame.contentWindow === event.source) {
        // Any height the content has (every fact is over 8,000 px on a phone): the bound only
        // refuses nonsense, it never cuts the content.
        const height = Math.max(0, Math.min(Math.round(data.height), 100000));
        frame.style.height = `${height}px`;
      }
  });
})();
