import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { withLocale } from '../stories/support.js';
import { defineAll } from '../src/tags.js';
import { LANGUAGES, LANGUAGE_INFO, FALLBACK_LANGUAGE } from '../src/shared/languages.js';
import { argTypesFor, type Manifest } from '../stories/controls.js';

// A call, not a side-effect import: the package marks src modules side-effect free for bundlers.
defineAll();

// The docs and the controls come from the manifest, which comes from the class JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of every story',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES.map((value) => ({ value, title: LANGUAGE_INFO[value].name })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: FALLBACK_LANGUAGE },
  decorators: [withLocale],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { extractArgTypes: (tag: string) => argTypesFor(manifest as Manifest, tag) },
  },
};

export default preview;
