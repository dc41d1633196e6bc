/**
 * Registers a custom element once. When another copy of Scanwise (a second bundle, or
 * the CDN build next to the npm build) has already registered the tag, it warns and
 * leaves the first definition in place: never an exception, never a broken page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // Node, server rendering: nothing to register.
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(
      `[scanwise] <${tag}> is already defined, probably by another copy of Scanwise on this page. ` +
        'The first definition is kept. Load Scanwise once per page to avoid surprises.',
    );
  }
}
