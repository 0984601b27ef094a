import type { StrictArgTypes } from 'storybook/internal/types';

/**
 * What Storybook's docs table and controls show, from the custom-elements manifest: the public API
 * a partner writes. Attributes get a control each (a dropdown for a set of values, a switch for a
 * boolean); events go to the Actions panel; CSS custom properties and parts are listed with no
 * control (the banner's Theming story shows them). Class members are left out: private state and
 * controllers among them, and the attributes are the API.
 */

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  events?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The quoted values of a union type such as `'top' | 'bottom' | undefined`, or undefined for any other type. */
export function unionValues(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const values = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (!values.length || !values.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return values.map((part) => part.slice(1, -1));
}

/** Storybook's name for the handler of an event: `ct-call` is `onCtCall`. */
const handlerOf = (event: string) => `on${event.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase())}`;

/** The argTypes of one element, for `parameters.docs.extractArgTypes`. */
export function argTypesFor(manifest: Manifest, tag: string): StrictArgTypes {
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  const argTypes: StrictArgTypes = {};
  if (!element) return argTypes;
  for (const attribute of element.attributes ?? []) {
    const type = attribute.type?.text ?? 'string';
    const options = unionValues(type);
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      type: { name: 'other', value: type },
      table: { category: 'attributes', type: { summary: type }, defaultValue: { summary: attribute.default } },
      // In Storybook's normalised form: extractArgTypes' result is not normalised after it.
      ...(options
        ? { control: { type: 'select' }, options }
        : { control: { type: type === 'boolean' ? 'boolean' : 'text' } }),
    };
  }
  for (const event of element.events ?? []) {
    argTypes[handlerOf(event.name)] = { name: handlerOf(event.name), action: event.name, table: { disable: true } };
    argTypes[`event:${event.name}`] = {
      name: event.name,
      description: event.description,
      table: { category: 'events', type: { summary: event.type?.text } },
      control: false,
    };
  }
  for (const property of element.cssProperties ?? [])
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      table: { category: 'css custom properties', defaultValue: { summary: property.default } },
      control: false,
    };
  // Named ::part(x), so that a part and an attribute of the same name (the fact sheet's heading)
  // each keep their row.
  for (const part of element.cssParts ?? [])
    argTypes[`::part(${part.name})`] = {
      name: `::part(${part.name})`,
      description: part.description,
      table: { category: 'css shadow parts' },
      control: false,
    };
  return argTypes;
}
