import { LitElement, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { nextTask } from './tasks.js';
import { prepareTemplates } from './templates.js';
import { oneOf } from './attributes.js';

export const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * The lower-case forms of camelCase properties' names (`quickexit` for `quickExit`): attribute
 * names become these when a framework sets a property as an attribute because the tag is not
 * defined yet, as React does after a lazy import and in server rendering. Each is read as the
 * property's own attribute (`quick-exit`), so the prop is not lost. Per class, made once.
 */
const aliasTables = new WeakMap<object, Map<string, { attribute: string; property: PropertyKey }>>();
function aliasesOf(ctor: typeof CtElement): Map<string, { attribute: string; property: PropertyKey }> {
  let aliases = aliasTables.get(ctor);
  if (aliases) return aliases;
  aliases = new Map();
  for (const [property, options] of ctor.elementProperties) {
    const alias = String(property).toLowerCase();
    if (typeof options.attribute === 'string' && options.attribute !== alias)
      aliases.set(alias, { attribute: options.attribute, property });
  }
  aliasTables.set(ctor, aliases);
  return aliases;
}

/**
 * An alias's value for the property's own attribute. A framework writes a false boolean prop as
 * "false" (Lit's React SSR does, `quickExit={false}`), which for an HTML boolean attribute would
 * mean true: on an alias, which no one writes by hand, it means absent.
 */
function aliasValue(ctor: typeof CtElement, property: PropertyKey, value: string | null): string | null {
  return value === 'false' && ctor.elementProperties.get(property)?.type === Boolean ? null : value;
}

/**
 * What every ct-awareness element has: the theme, the language, each first render in a task of its
 * own, and the design tokens below (the elements' own tokens are documented on each).
 *
 * @attr {string} lang - The language (`es`, `en`, `pt`); default: the nearest `lang` on the page, then the script's `data-lang`, then `es`.
 *
 * @cssprop [--ct-color-bg=#f3f6fb] - Background (dark: #1d2430).
 * @cssprop [--ct-color-fg=#1b1b1f] - Text colour (dark: #f1f3f7).
 * @cssprop [--ct-color-muted=#44474f] - Secondary text (dark: #c5cad3).
 * @cssprop [--ct-color-border=#6b7280] - Borders (dark: #9aa3b2).
 * @cssprop [--ct-color-accent=#0b4f8a] - The call link, main buttons, figures and links (dark: #9cc7ff).
 * @cssprop [--ct-color-focus=#c24e00] - Focus ring (dark: #ffb86b).
 * @cssprop [--ct-color-surface=#ffffff] - Cards, answers and secondary buttons (dark: #111720).
 * @cssprop [--ct-font-family=inherit] - Font; by default the page's.
 * @cssprop [--ct-radius=0.5em] - Corner radius.
 * @cssprop [--ct-space=1em] - Inner spacing.
 * @cssprop [--ct-margin=1em] - The space above and below the element (the bar has none).
 * @cssprop [--ct-max-width=none] - The element's widest width.
 * @cssprop [--ct-reserve=auto] - The least height of the element, before the script runs (with `ct-awareness.css`) and after, so the page does not move when it upgrades. Without it, `ct-awareness.css` gives the common first screens their measured height (the banner, the quiz's start, all facts or `topic="hotline"`); set it, to the height the embed builder measures, for any other or to fit exactly. Not for the bar, whose height is fixed.
 */
export class CtElement extends LitElement {
  // The elements declare their reactive properties here rather than with decorators, which ran
  // during the script's evaluation and shipped their helpers (0.4 KB gzip of the main script); Lit
  // reads these when the tag is defined. The fields below stay plain assignments (tsconfig:
  // useDefineForClassFields false), so they go through Lit's accessors.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };
  /** The colour scheme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...aliasesOf(this).keys()];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const ctor = this.constructor as typeof CtElement;
    const alias = aliasesOf(ctor).get(name);
    if (!alias) return super.attributeChangedCallback(name, old, value);
    // Copied to the property's own attribute, which the property and the styles follow.
    const copied = aliasValue(ctor, alias.property, value);
    if (copied === null) this.removeAttribute(alias.attribute);
    else this.setAttribute(alias.attribute, copied);
  }

  /**
   * A server (Lit SSR) sets attributes without attributeChangedCallback: there each alias is
   * copied before the first render, into the property's own attribute and, through Lit's own
   * attribute-to-property step, into the property.
   */
  private readAliasesOnServer(): void {
    const ctor = this.constructor as typeof CtElement;
    for (const [alias, { attribute, property }] of aliasesOf(ctor)) {
      const value = aliasValue(ctor, property, this.getAttribute(alias));
      if (value === null || this.hasAttribute(attribute)) continue;
      this.setAttribute(attribute, value);
      super.attributeChangedCallback(attribute, null, value);
    }
  }

  /** Shows the fallback from the upgrade to the first render: see createRenderRoot. */
  private pendingFallback?: HTMLSlotElement;

  // Between its upgrade and its first render (a task later, or once its language has loaded) the
  // element shows its fallback through a slot, in the box ct-awareness.css gave it before: an
  // empty shadow root would collapse it for a frame and move the page.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // A shadow root the server rendered (declarative shadow DOM) already shows the element.
    if (root.childNodes.length) return root;
    this.pendingFallback = document.createElement('slot');
    this.pendingFallback.className = 'pending-fallback';
    root.append(this.pendingFallback);
    return root;
  }

  // Each element's first render is a task of its own, after the tasks that prepare its templates
  // (prepareTemplates): several elements on a page never add up to one long task, and the page's
  // own input runs between them.
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      await nextTask();
      await prepareTemplates(this.renderAhead());
      await nextTask();
    }
    super.scheduleUpdate();
  }

  /**
   * The first render's result, made ahead of it for its templates only. Rendering reads what
   * willUpdate checks, not run yet: where that fails, the first render prepares its templates.
   */
  private renderAhead(): unknown {
    try {
      return this.render();
    } catch {
      return undefined;
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    this.pendingFallback?.remove();
    this.pendingFallback = undefined;
    super.update(changed);
  }

  // Attribute values are checked once, when they change, into private fields that render reads.
  protected override willUpdate(changed: PropertyValues<this>): void {
    // A bad theme only warns: the styles match the accepted values alone.
    if (isServer) this.readAliasesOnServer();
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, THEMES, undefined);
  }
}
