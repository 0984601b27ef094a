// A React 19 page, built by the test set-up from npm packages: it renders the elements, sets
// their properties and listens to their events the React 19 way (`onct-…` props).
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [events, setEvents] = useState([]);
  const record = (name) => (event) => setEvents((list) => [...list, `${name}:${event.band ?? event.channel ?? ''}`]);
  return h(
    'main',
    null,
    // Set as properties, as React 19 does for a defined custom element: they must style the bar.
    h('ct-hotline-banner', { id: 'bar', layout: 'bar', position: 'top', quickExit: true, dismissible: true }),
    h('ct-hotline-banner', {
      layout: 'compact',
      phone: '+51 1 555 0100',
      label: 'Línea regional',
      'onct-call': record('call'),
    }),
    h('ct-risk-quiz', { path: 'offer', 'onct-quiz-complete': record('quiz') }),
    h('ct-fact-sheet', { facts: 'law-28950-2007', layout: 'list', heading: 'Desde React' }),
    h('output', { id: 'events' }, events.join(',')),
  );
}

createRoot(document.getElementById('root')).render(h(App));
window.__reactRendered = true;
