import { isOneOf } from '../one-of.js';
import { PACK_FIELDS, type BasePack, type GuidePack, type InputPack, type LocalePack, type PackPart } from './pack.js';

/**
 * The one registry of locales. Each has a folder here (`locales/<tag>/`) with its three pack
 * parts, loaded only when a page needs them. To add a locale: add its folder (copy en-GB's and
 * translate it), then add its line below. The README says how, step by step.
 */
const PACKS = {
  'en-GB': {
    base: () => import('./en-GB/base.js'),
    guide: () => import('./en-GB/guide.js'),
    input: () => import('./en-GB/input.js'),
  },
  'en-US': {
    base: () => import('./en-US/base.js'),
    guide: () => import('./en-US/guide.js'),
    input: () => import('./en-US/input.js'),
  },
  'es-US': {
    base: () => import('./es-US/base.js'),
    guide: () => import('./es-US/guide.js'),
    input: () => import('./es-US/input.js'),
  },
  'es-ES': {
    base: () => import('./es-ES/base.js'),
    guide: () => import('./es-ES/guide.js'),
    input: () => import('./es-ES/input.js'),
  },
} satisfies Record<
  string,
  { base: () => Promise<{ default: BasePack }>; guide: () => Promise<{ default: GuidePack }>; input: () => Promise<{ default: InputPack }> }
>;

/** The locales Scanwise has text for. en-GB is the reference; the others follow it. */
export const LOCALES = Object.keys(PACKS) as readonly Locale[];
export type Locale = keyof typeof PACKS;

/** The locale used when the page asks for none, or for a language Scanwise does not have. */
export const DEFAULT_LOCALE: Locale = 'en-GB';

/** The parts of a pack, in the order they load. */
export const PACK_PARTS: readonly PackPart[] = ['base', 'guide', 'input'];

/**
 * How well a requested language tag matched:
 * - `exact`: we have that locale;
 * - `language`: same language, other region or none (en-AU gets en-GB text, plain `es` gets
 *   es-US text). The text is fine, but region-specific things, the emergency number above
 *   all, must come from the page: without them no number is guessed;
 * - `fallback`: a language we do not have, or no tag at all: the default locale is used.
 */
export type LocaleMatch = 'exact' | 'language' | 'fallback';

export interface ResolvedLocale {
  locale: Locale;
  match: LocaleMatch;
  /** The tag that was asked for, as given ('' when none was). */
  requested: string;
}

/** Is this one of the locales Scanwise has text for? */
export function isLocale(tag: unknown): tag is Locale {
  return isOneOf(LOCALES, tag);
}

/**
 * Finds the best locale for a BCP 47 language tag (case-insensitive). Never throws: an empty,
 * malformed or unknown tag gives the default locale with `match: 'fallback'`. A tag that only
 * shares the language gets the default locale of that language when it is English, else the
 * first of that language in the registry.
 */
export function resolveLocale(tag: string | null | undefined): ResolvedLocale {
  const requested = (tag ?? '').trim();
  if (!requested) return { locale: DEFAULT_LOCALE, match: 'fallback', requested };
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(requested)[0] ?? '';
  } catch {
    return { locale: DEFAULT_LOCALE, match: 'fallback', requested };
  }
  const exact = LOCALES.find((l) => l.toLowerCase() === canonical.toLowerCase());
  if (exact) return { locale: exact, match: 'exact', requested };
  const language = canonical.split('-')[0]?.toLowerCase();
  const sameLanguage = language === DEFAULT_LOCALE.split('-')[0] ? DEFAULT_LOCALE : LOCALES.find((l) => l.split('-')[0] === language);
  if (sameLanguage) return { locale: sameLanguage, match: 'language', requested };
  return { locale: DEFAULT_LOCALE, match: 'fallback', requested };
}

const loaded = new Map<Locale, Partial<LocalePack>>();
const loading = new Map<string, Promise<void>>();

/**
 * Adds a pack part to the registry. The loaders call it; a page or a server can call it too
 * with a part it imported itself (`@scanwise/core/locales/all` registers every pack).
 */
export function registerLocale(locale: Locale, part: BasePack | GuidePack | InputPack | LocalePack): void {
  loaded.set(locale, { ...loaded.get(locale), ...part });
}

/** Are these parts of a locale's pack loaded (both, unless named)? */
export function isLocaleLoaded(locale: Locale, parts: readonly PackPart[] = PACK_PARTS): boolean {
  const pack = loaded.get(locale);
  return !!pack && parts.every((part) => PACK_FIELDS[part].every((field) => field in pack));
}

/**
 * Loads parts of a locale's pack (both, unless named) from the page's own module graph: a
 * bundler makes each part a chunk next to the code. Nothing is fetched from another origin.
 * Resolves at once when they are loaded already; rejects when a part cannot be loaded.
 */
export function loadLocale(locale: Locale, parts: readonly PackPart[] = PACK_PARTS): Promise<void> {
  return Promise.all(
    parts.map((part): Promise<void> => {
      if (isLocaleLoaded(locale, [part])) return Promise.resolve();
      const key = `${locale} ${part}`;
      let pending = loading.get(key);
      if (!pending) {
        pending = PACKS[locale][part]().then(
          (m) => registerLocale(locale, m.default),
          (error: unknown) => {
            loading.delete(key);
            throw error;
          },
        );
        loading.set(key, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

const views = new Map<Locale, LocalePack>();

/**
 * The one accessor: every word of a locale, from its pack. A part that is not loaded yet
 * throws a clear error when read: load it first with `loadLocale(locale)` (the elements do
 * this themselves), or import `@scanwise/core/locales/all` on a server.
 */
export function localeText(locale: Locale): LocalePack {
  let view = views.get(locale);
  if (!view) {
    view = {} as LocalePack;
    for (const part of PACK_PARTS) {
      for (const field of PACK_FIELDS[part]) {
        Object.defineProperty(view, field, {
          enumerable: true,
          get: () => {
            const pack = loaded.get(locale);
            if (pack && field in pack) return pack[field];
            throw new Error(
              `Scanwise: the "${part}" words of ${locale} are not loaded. Call loadLocale('${locale}') first, or import '@scanwise/core/locales/all'.`,
            );
          },
        });
      }
    }
    views.set(locale, view);
  }
  return view;
}
