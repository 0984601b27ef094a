// Next.js 15 with Lit's own plugin for server rendering: the elements' shadow DOM is rendered on
// the server (declarative shadow DOM) and hydrated in the browser.
import { fileURLToPath } from 'node:url';
import litSSR from '@lit-labs/nextjs';

const withLitSSR = litSSR({ addDeclarativeShadowDomPolyfill: true });

export default withLitSSR({
  reactStrictMode: true,
  // Maps, for bench/apps.mjs to count what the package adds.
  productionBrowserSourceMaps: true,
  // The apps share one install (test/apps): its folder is the root, not the repository's.
  outputFileTracingRoot: fileURLToPath(new URL('..', import.meta.url)),
});
