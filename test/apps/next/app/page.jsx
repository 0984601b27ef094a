// A server component: the elements are in a client component, as Lit's Next.js plugin requires,
// and are still rendered on the server for the first load.
import { Widgets } from './widgets';

export default function Page() {
  return <Widgets />;
}
