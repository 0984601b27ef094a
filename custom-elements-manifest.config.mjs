// The custom-elements manifest comes from the elements' class JSDoc: one place for the public API.
export default {
  globs: ['src/elements/**/*.ts'],
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
          for (const declaration of mod.declarations ?? [])
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      },
    },
  ],
};
