// The custom-elements manifest comes from the elements' class JSDoc: one place for the public API.
// The JSX types for React 19 (and other JSX frameworks) are generated from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';

/**
 * React 19 reads custom elements' props from `React.JSX.IntrinsicElements`: the package's own
 * type entries (`.` and `./define`) bring jsx.d.ts and extend it, so an app that imports the
 * package type-checks `<ct-hotline-banner layout="bar" />` with no declaration of its own.
 */
const reactJsx = {
  name: 'ct-react-jsx',
  packageLinkPhase({ customElementsManifest }) {
    // jsx.d.ts names each event's class (from @fires) without importing it: the package exports them.
    const events = new Set(
      customElementsManifest.modules.flatMap((m) =>
        (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.type?.text).filter(Boolean)),
      ),
    );
    const jsx = readFileSync('dist/esm/jsx.d.ts', 'utf8');
    writeFileSync('dist/esm/jsx.d.ts', `import type { ${[...events].sort().join(', ')} } from './index.js';\n${jsx}`);
    const augmentation = `import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
    writeFileSync('dist/esm/react-jsx.d.ts', augmentation);
    for (const entry of ['index', 'define'])
      writeFileSync(
        `dist/esm/${entry}.types.d.ts`,
        `/// <reference path="./react-jsx.d.ts" />\nexport * from './${entry}.js';\n`,
      );
  },
};

export default {
  // The elements, and the base class whose theme, lang and common design tokens they inherit.
  globs: ['src/elements/**/*.ts', 'src/core/ct-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/risk-quiz/bands.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The manifest as the package ships it: its modules by their built paths, the events the
      // JSDoc's @fires lines name (the analyzer also lists each `dispatchEvent(new X())` without
      // a name), and only the three tags as custom elements.
      name: 'ct-manifest',
      packageLinkPhase({ customElementsManifest }) {
        // The package ships the built modules, not src/: every path and module the manifest names.
        const built = (path) => path.replace(/^\/?src\//, 'dist/esm/').replace(/\.ts$/, '.js');
        const rename = (node) => {
          if (Array.isArray(node)) node.forEach(rename);
          else if (node && typeof node === 'object')
            for (const [key, value] of Object.entries(node))
              if ((key === 'module' || key === 'path') && typeof value === 'string') node[key] = built(value);
              else rename(value);
        };
        rename(customElementsManifest.modules);
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
            // The base class is a class, not an element: only the three tags are custom elements.
            if (!declaration.tagName) delete declaration.customElement;
          }
      },
    },
    // dist/esm/jsx.d.ts: each tag's attributes, properties and events, typed from the manifest;
    // dist/esm/react-jsx.d.ts hands them to React's JSX (reactJsx above).
    jsxTypesPlugin({
      outdir: 'dist/esm',
      fileName: 'jsx.d.ts',
      globalTypePath: './index.js',
      stronglyTypedEvents: true,
    }),
    reactJsx,
  ],
};
