/**
 * A property set on the element before its tag was defined (a framework that renders before the
 * define module loads, say) is an own property of the element, and hides the class's accessor.
 * Lit takes care of its declared reactive properties; this does the same for the plain accessors
 * (`answers`, `plan`): the value is taken off the element and set again through the accessor.
 * Returns whether there was one. Call it on the first connection.
 */
export function adoptEarly<T extends HTMLElement>(el: T, name: keyof T & string): boolean {
  if (!Object.prototype.hasOwnProperty.call(el, name)) return false;
  const value = el[name];
  delete (el as Partial<T>)[name];
  el[name] = value;
  return true;
}
