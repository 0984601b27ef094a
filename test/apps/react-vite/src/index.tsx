// The tags defined first, then React renders: React sets properties.
import 'ct-awareness/define';
import { createRoot } from 'react-dom/client';
import { Widgets } from './Widgets';

createRoot(document.getElementById('root') as HTMLElement).render(<Widgets />);
