import { isOneOf } from '../one-of.js';
/** The locales Scanwise has text for. en-GB is the source; the others follow it. */
export const LOCALES = ['en-GB', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en-GB';

/**
 * Locales whose text has been reviewed by a clinician fluent in that language.
 * Any other locale is marked "needs clinical review" wherever it is shown.
 */
export const CLINICALLY_REVIEWED: readonly Locale[] = ['en-GB', 'en-US'];

/**
 * How well a requested language tag matched:
 * - `exact`: we have that locale;
 * - `language`: same language, other region (en-AU gets en-GB text). Text is fine, but
 *   anything region-specific, such as emergency numbers, must come from the page;
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
 * Finds the best locale for a BCP 47 language tag (case-insensitive). Never throws:
 * an empty, malformed or unknown tag gives the default locale with `match: 'fallback'`.
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
