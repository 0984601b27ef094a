// The iframe embed's own script (dist/frame/<element>.html): the element's options from the query
// string, checked by the element like attributes written in a page, and the page's height told to
// the parent, which ct-awareness-frame-resize.js (optional) uses to size the iframe.
(() => {
  const element = document.body.firstElementChild;
  if (!element) return;
  const accepted = (document.body.dataset.attributes ?? '').split(' ').filter(Boolean);
  for (const [name, value] of new URLSearchParams(location.search)) {
    if (name === 'lang') document.documentElement.lang = value;
    if (accepted.includes(name)) element.setAttribute(name, value);
    else
      console.warn(
        `ct-awareness frame: the option ${JSON.stringify(name)} is not accepted. Accepted: ${accepted.join(', ')}.`,
      );
  }
  // The line's bar at the end of the quiz's and the fact sheet's frames takes the same theme.
  const theme = element.getAttribute('theme');
  if (theme) for (const bar of document.querySelectorAll('body > ct-hotline-banner')) bar.setAttribute('theme', theme);

  // A banner frame with no layout asked for takes the fullest layout that fits the frame's
  // height (inline, then compact, then the one-row bar): in a short frame the reader sees the
  // number and the exit, not the first lines of a taller banner cut off.
  if (element.localName === 'ct-hotline-banner' && !element.hasAttribute('layout')) {
    const fits = () => document.documentElement.scrollHeight <= innerHeight + 1;
    customElements.whenDefined(element.localName).then(async () => {
      for (const layout of ['compact', 'bar']) {
        await element.updateComplete;
        if (fits()) return;
        element.setAttribute('layout', layout);
      }
    });
  }

  // The height, to the page that embeds this frame: only the number, never anything of the reader.
  // Told once every element here has rendered, not before: the fallback's height would shrink the
  // iframe, and the page around it would move twice. Where the script never runs, nothing is told
  // and the iframe keeps the height written on it, which fits the fallback.
  let last = 0;
  const tell = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'ct-awareness:height', height }, '*');
  };
  const elements = [...document.body.children].filter((child) => child.localName.startsWith('ct-'));
  Promise.all(
    elements.map((child) => customElements.whenDefined(child.localName).then(() => child.updateComplete)),
  ).then(() => new ResizeObserver(tell).observe(document.documentElement));
})();
