import { isServer, noChange } from 'lit';

// Server rendering (`@lit-labs/ssr`) and hydration: where they differ from a render in the
// browser. packages/elements/README.md ("Server rendering") says what a portal does.

/**
 * A property binding on a native element is written by Lit SSR as an attribute of the same
 * name: `.checked=${false}` becomes `checked="false"`, which a browser reads as checked. So a
 * boolean state is bound twice: `?checked=${on}` (the attribute, right on the server and in the
 * browser) and `.checked=${inBrowser(on)}` (the property, which follows the element's state
 * after the user has clicked; nothing on the server).
 */
export function inBrowser<T>(value: T): T | typeof noChange {
  return isServer ? noChange : value;
}

/**
 * Whether the element's shadow root was drawn on the server: in the browser, a declarative
 * shadow root is attached before the element is upgraded, so call this in the constructor (a
 * field initializer). Its first update then hydrates that markup, so it must draw exactly what
 * the server drew: what the server cannot know (the page's children, its own date, what the
 * browser stored) waits for the update after.
 */
export function drawnOnServer(host: HTMLElement): boolean {
  return !isServer && host.shadowRoot !== null;
}

/** How many elements of each id base the page has made. */
const made = new Map<string, number>();

/**
 * The prefix of the ids in an element's shadow root: `base` and a count per page (one count per
 * `base`, from 1), or `base0` when the shadow root is drawn on the server or hydrated from it
 * (the server's count is not the browser's). Ids never leave the shadow root, so one prefix for
 * every such element is enough. Call it once per element, in its constructor.
 */
export function idPrefixFor(host: HTMLElement, base: string): string {
  if (isServer || drawnOnServer(host)) return `${base}0`;
  const n = (made.get(base) ?? 0) + 1;
  made.set(base, n);
  return `${base}${n}`;
}
