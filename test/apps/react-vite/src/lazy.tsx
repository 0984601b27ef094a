// React renders first, the tags are defined after (a lazy import): React writes attributes.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Widgets } from './Widgets';

const root = createRoot(document.getElementById('root') as HTMLElement);
flushSync(() => root.render(<Widgets />));
await import('ct-awareness/define');
