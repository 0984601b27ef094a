/**
 * Registers a tag once. A second copy of the script (the same or another version) finds the tag
 * taken and leaves the first definition in place instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
