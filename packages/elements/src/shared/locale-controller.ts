import {
  DEFAULT_LOCALE,
  isLocaleLoaded,
  loadLocale,
  localeText,
  resolveLocale,
  type Locale,
  type Messages,
  type PackPart,
  type ResolvedLocale,
} from '@scanwise/core';
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

/** Locales whose pack could not be loaded on this page: the default is used instead, with a notice. */
const unavailable = new Set<Locale>();

/** A tag resolved, with a locale whose pack failed to load replaced by the default (and reported). */
function resolveAvailable(tag: string): ResolvedLocale {
  const resolved = resolveLocale(tag);
  return unavailable.has(resolved.locale)
    ? { locale: DEFAULT_LOCALE, match: 'fallback', requested: resolved.requested || resolved.locale }
    : resolved;
}

/**
 * Gives a component its locale, per instance, as `<label for>`-free HTML expects: from `lang`
 * on the element or its nearest ancestor, else the document. Follows later `lang` changes, and
 * loads the locale's pack before the update that needs it (`load`).
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
    if (lang !== this.read.requested) this.read = resolveAvailable(lang);
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

  /**
   * Before an update: loads the pack parts the element needs for the `lang` in force, unless
   * they are loaded already (then `undefined`: the update goes ahead at once). A pack that
   * cannot be loaded is reported once and the default locale's is used instead.
   */
  load(parts: readonly PackPart[]): Promise<void> | undefined {
    // Resolved here, before the update: `willUpdate` runs before the controllers' `hostUpdate`,
    // and must already see the locale whose words are loaded.
    const resolved = isServer ? this.resolved : resolveAvailable(langOf(this.host));
    if (!isServer) this.read = resolved;
    const { locale } = resolved;
    if (isLocaleLoaded(locale, parts)) return undefined;
    return loadLocale(locale, parts)
      .catch(() => {
        // Reported as `unknown-locale` from now on (see `problem`), with the default's words.
        if (locale !== DEFAULT_LOCALE) unavailable.add(locale);
      })
      .then(() => (isServer || locale === DEFAULT_LOCALE ? undefined : this.load(parts))); // lang may have changed meanwhile
  }

  get locale(): Locale {
    return this.resolved.locale;
  }

  get messages(): Messages {
    return localeText(this.resolved.locale).messages;
  }

  /** A problem to report when the page asked for a language Scanwise does not have. */
  get problem(): SdmProblem | undefined {
    const { match, requested, locale } = this.resolved;
    if (match !== 'fallback' || !requested) return undefined;
    return {
      code: 'unknown-locale',
      field: 'lang',
      // A tag of any length is named cut short.
      message: this.messages.localeFallback(requested.length > 40 ? `${cutText(requested, 40)}…` : requested, localeText(locale).name),
    };
  }
}
