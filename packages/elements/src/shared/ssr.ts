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

/**
 * The prefix of the ids in an element's shadow root: `base` and a count per page, or `base0`
 * when the shadow root is drawn on the server or hydrated from it (the server's count is not the
 * browser's). Ids never leave the shadow root, so one prefix for every such element is enough.
 */
export function idPrefixFor(host: HTMLElement, base: string, next: () => number): string {
  return isServer || drawnOnServer(host) ? `${base}0` : `${base}${next()}`;
}
