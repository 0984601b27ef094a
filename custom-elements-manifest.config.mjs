// The custom-elements manifest comes from the elements' class JSDoc: one place for the public API.
// The JSX types for React 19 (and other JSX frameworks) are generated from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { MODULE_ENTRIES } from './src/shared/elements.js';

/** jsx.d.ts's own hand-over to React, replaced below by one in React's own terms. */
const REACT_MODULES = /^declare module "react(\/jsx-runtime|\/jsx-dev-runtime)?" \{\n[\s\S]*?^\}\n\n?/gm;

/**
 * React 19 reads custom elements' props from `React.JSX.IntrinsicElements`: `ct-awareness/react`
 * (react-jsx.d.ts) gives each tag React's own props of an HTML element of its class (`ref` with
 * `useRef<CtHotlineBanner>`, `key`, `className`, `style` with the `--ct-*` properties, `onClick`,
 * …) and its own attributes, properties and `onct-*` events from jsx.d.ts, which win where both
 * name one. Vue's templates read `GlobalComponents`: `ct-awareness/vue` (vue.d.ts). Each is an
 * import of its own, which an app adds once: React's and Vue's names exist only where they are
 * installed, and a default entry that named them would fail every other app's type-check
 * (skipLibCheck false). The default entries bring jsx.d.ts, which names no framework's types.
 */
const frameworkTypes = {
  name: 'ct-framework-types',
  packageLinkPhase({ customElementsManifest }) {
    const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
    // jsx.d.ts names each event's class (from @fires) without importing it: the package exports them.
    const events = new Set(declarations.flatMap((d) => (d.events ?? []).map((e) => e.type?.text).filter(Boolean)));
    const tags = declarations.filter((d) => d.tagName).map((d) => ({ tag: d.tagName, name: d.name }));
    const jsx = readFileSync('dist/esm/jsx.d.ts', 'utf8').replace(REACT_MODULES, '');
    writeFileSync('dist/esm/jsx.d.ts', `import type { ${[...events].sort().join(', ')} } from './index.js';\n${jsx}`);
    const classes = tags.map((t) => t.name).join(', ');
    const props = tags.map((t) => `${t.name}Props`).join(', ');
    writeFileSync(
      'dist/esm/react-jsx.d.ts',
      `// React's types for the three tags: \`import type {} from 'ct-awareness/react'\` once in the app.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${classes} } from './index.js';
import type { CustomCssProperties, ${props} } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tags.map(({ tag, name }) => `      '${tag}': Omit<DetailedHTMLProps<HTMLAttributes<${name}>, ${name}>, keyof ${name}Props> & ${name}Props;`).join('\n')}
    }
  }
  interface CSSProperties extends CustomCssProperties {}
}
export {};
`,
    );
    writeFileSync(
      'dist/esm/vue.d.ts',
      `// Vue's template type-check (vue-tsc, Volar) for the three tags: \`import type {} from 'ct-awareness/vue'\`
// once in the app.
import type { DefineComponent } from 'vue';
import type { ${props} } from './jsx.js';

declare module 'vue' {
  interface GlobalComponents {
${tags.map(({ tag, name }) => `    '${tag}': DefineComponent<${name}Props>;`).join('\n')}
  }
}
export {};
`,
    );
    for (const entry of MODULE_ENTRIES)
      writeFileSync(
        `dist/esm/${entry}.types.d.ts`,
        `/// <reference path="./jsx.d.ts" />\nexport * from './${entry}.js';\n`,
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
            // `lang` is the element's own (HTMLElement's): named as its property too, so the JSX
            // types read it as a string rather than an unnamed, unknown prop.
            for (const attribute of declaration.attributes ?? [])
              if (attribute.name === 'lang' && !attribute.fieldName) attribute.fieldName = 'lang';
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
    frameworkTypes,
  ],
};
