// The iframe embed's own script (dist/frame/<element>.html): the element's options from the query
// string, checked by the element like attributes written in a page, and the page's height told to
// the parent, which ct-awareness-frame-resize.js (optional) uses to size the iframe.
(() => {
  // The frame's element comes last; the quiz's and the fact sheet's frames put the line's bar first.
  const elements = [...document.body.children].filter((child) => child.localName.startsWith('ct-'));
  const element = elements.at(-1);
  if (!element) return;
  const line = elements.length > 1 ? elements[0] : undefined;
  const own = (document.body.dataset.attributes ?? '').split(' ').filter(Boolean);
  // The line's bar takes the theme and the exit's options: the fact sheet's frame offers the exit through it.
  const forLine = line ? ['theme', 'quick-exit', 'exit-url'] : [];
  const accepted = [...new Set([...own, ...forLine])];
  for (const [name, value] of new URLSearchParams(location.search)) {
    if (name === 'lang') document.documentElement.lang = value;
    if (!accepted.includes(name)) {
      console.warn(
        `ct-awareness frame: the option ${JSON.stringify(name)} is not accepted. Accepted: ${accepted.join(', ')}.`,
      );
      continue;
    }
    if (forLine.includes(name)) line.setAttribute(name, value);
    if (own.includes(name)) element.setAttribute(name, value);
  }
  if (line) followTheWindow(line);

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
  Promise.all(
    elements.map((child) => customElements.whenDefined(child.localName).then(() => child.updateComplete)),
  ).then(() => new ResizeObserver(tell).observe(document.documentElement));

  /**
   * The line's bar at the top of the frame's window; where the frame is taller than the reader's
   * window (sized to its content by the resize script, or a tall height on a short phone) and its
   * top is scrolled above that window, the bar moves down to the top of what the reader sees.
   * IntersectionObserver measures against the top-level window from inside any frame: strips 64 px
   * tall, laid down the page, each with a threshold per pixel, tell where the visible part begins.
   */
  function followTheWindow(bar) {
    const strips = document.createElement('div');
    strips.className = 'ct-frame-strips';
    strips.setAttribute('aria-hidden', 'true');
    document.body.append(strips);
    const seen = new Map();
    const watcher = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) seen.set(entry.target, entry);
        let top = Infinity;
        for (const entry of seen.values()) if (entry.isIntersecting) top = Math.min(top, entry.intersectionRect.top);
        bar.style.setProperty('--ct-offset-top', `${top === Infinity ? 0 : Math.max(0, Math.round(top))}px`);
      },
      { threshold: Array.from({ length: 65 }, (_, i) => i / 64) },
    );
    const lay = () => {
      const needed = Math.ceil(document.documentElement.scrollHeight / 64);
      while (strips.children.length < needed) watcher.observe(strips.appendChild(document.createElement('div')));
    };
    new ResizeObserver(lay).observe(document.documentElement);
  }
})();
