// `/`: the tags defined first, then React renders, and React sets properties. `/?lazy`: React
// renders first and the tags are defined after (a lazy import), and React writes attributes.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Widgets } from './Widgets';

const lazy = new URLSearchParams(location.search).has('lazy');
if (!lazy) await import('ct-awareness/define');
const root = createRoot(document.getElementById('root') as HTMLElement);
flushSync(() => root.render(<Widgets />));
if (lazy) await import('ct-awareness/define');
