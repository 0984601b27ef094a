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
  // The height, to the page that embeds this frame: only the number, never anything of the reader.
  let last = 0;
  const tell = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'ct-awareness:height', height }, '*');
  };
  new ResizeObserver(tell).observe(document.documentElement);
  addEventListener('load', tell);
})();
