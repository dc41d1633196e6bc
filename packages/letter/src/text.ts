import type { Locale } from '@scanwise/core';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A YYYY-MM-DD date written for the locale: the same text as core's `formatDate`, with the
 * formatter kept (making an `Intl.DateTimeFormat` costs far more than using one).
 */
export function letterDate(iso: string, locale: Locale): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  const [y, m, d] = iso.split('-').map(Number);
  return f.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}
