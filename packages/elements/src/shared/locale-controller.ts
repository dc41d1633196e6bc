import { LOCALE_NAMES, messagesFor, resolveLocale, type Locale, type Messages, type ResolvedLocale } from '@scanwise/core';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cutText } from './attributes.js';
import type { SdmProblem } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change re-renders every Scanwise element. */
function watchLang(): void {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
}

/** The `lang` in force for an element: its own, its nearest ancestor's (across shadow roots), or the document's. */
export function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return typeof document !== 'undefined' ? document.documentElement.lang : '';
}

/**
 * Gives a component its locale, per instance, as `<label for>`-free HTML expects: from `lang`
 * on the element or its nearest ancestor, else the document. Follows later `lang` changes.
 */
export class LocaleController implements ReactiveController {
  private read: ResolvedLocale = resolveLocale('');

  /**
   * The locale in force, as read at the start of the update. On the server (`@lit-labs/ssr`),
   * which runs no controller and sees no page around the element: the element's own `lang`.
   */
  get resolved(): ResolvedLocale {
    if (!isServer) return this.read;
    const lang = this.host.getAttribute('lang') ?? '';
    if (lang !== this.read.requested) this.read = resolveLocale(lang);
    return this.read;
  }
  set resolved(value: ResolvedLocale) {
    this.read = value;
  }

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** Re-reads `lang`; call at the start of each update. */
  hostUpdate(): void {
    this.resolved = resolveLocale(langOf(this.host));
  }

  get locale(): Locale {
    return this.resolved.locale;
  }

  get messages(): Messages {
    return messagesFor(this.resolved.locale);
  }

  /** A problem to report when the page asked for a language Scanwise does not have. */
  get problem(): SdmProblem | undefined {
    const { match, requested, locale } = this.resolved;
    if (match !== 'fallback' || !requested) return undefined;
    return {
      code: 'unknown-locale',
      field: 'lang',
      // A tag of any length is named cut short.
      message: this.messages.localeFallback(requested.length > 40 ? `${cutText(requested, 40)}…` : requested, LOCALE_NAMES[locale]),
    };
  }
}
