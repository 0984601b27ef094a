// The custom-elements manifest comes from the elements' class JSDoc: one place for the public API.
export default {
  // The elements, and the base class whose theme, lang and common design tokens they inherit.
  globs: ['src/elements/**/*.ts', 'src/core/ct-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/risk-quiz/bands.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists each `dispatchEvent(new X())` as a nameless event; the JSDoc
      // @fires lines already name them.
      name: 'ct-named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
            // The base class is a class, not an element: only the three tags are custom elements.
            if (!declaration.tagName) delete declaration.customElement;
          }
      },
    },
  ],
};
