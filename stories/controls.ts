import type { StrictArgTypes } from 'storybook/internal/types';

/**
 * What Storybook's docs table and controls show: the public API a partner writes. Attributes get a
 * control each (a dropdown for a set of values); events go to the Actions panel; CSS custom
 * properties and parts are listed, with no control (the banner's Theming story shows them).
 */

interface Item {
  name: string;
  [key: string]: unknown;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  cssParts?: Item[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
  [key: string]: unknown;
}

/**
 * The manifest for Storybook: no class members (private state and controllers among them; the
 * attributes are the API), and each part named `::part(x)`, so that a part and an attribute of
 * the same name (the fact sheet's `heading`) each keep their row.
 */
export function storybookManifest<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              members: [],
              cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
            }
          : declaration,
      ),
    })),
  };
}

/** The quoted values of a union type such as `'top' | 'bottom' | undefined`, or undefined for any other type. */
export function unionValues(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((part) => part.trim());
  const values = parts.filter((part) => part !== 'undefined');
  if (!values.length || !values.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return values.map((part) => part.slice(1, -1));
}

/** Storybook's argTypes enhancer: the control of each row, from its category and type. */
export function withControls(context: { argTypes: StrictArgTypes }): StrictArgTypes {
  const argTypes: StrictArgTypes = {};
  for (const [key, argType] of Object.entries(context.argTypes)) {
    const category = argType.table?.category;
    const type = argType.table?.type?.summary;
    if (category === 'attributes') {
      const options = unionValues(type);
      argTypes[key] = options
        ? { ...argType, control: 'select', options }
        : { ...argType, control: type === 'boolean' ? 'boolean' : 'text' };
    } else if (category === 'css custom properties' || category === 'css shadow parts' || category === 'events')
      argTypes[key] = { ...argType, control: false };
    else argTypes[key] = argType;
  }
  return argTypes;
}
