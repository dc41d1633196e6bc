import type { Certainty } from '../evidence/types.js';
import type { Locale } from './locales.js';

/** Everything the components say that is not a fact, per locale. Plain language, grade 6 or lower. */
export interface Messages {
  /** Shown where a locale other than the requested one is used. */
  localeFallback: (requested: string, used: string) => string;
  /** Shown beside text that has not yet had a clinical review in this language. */
  needsClinicalReview: string;
  /** Heading above input problems that do not stop a component (it shows its default instead). */
  inputProblemHeading: string;
  iconArray: {
    /** "About 1 out of 100 …": the number phrase, with "About" when rounded. */
    outOf: (count: string, total: string, approximate: boolean) => string;
    /** The one sentence read by screen readers and shown as the summary line. */
    sentence: (p: { outOf: string; population: string; outcome: string; timeframe: string; rest: string; others: string; restCount: number }) => string;
    /** Under 1 in 100: text instead of an array (DECISION-AID-STANDARDS.md §B.4.11). */
    fewerThanOne: (total: string, population: string, outcome: string, timeframe: string) => string;
    who: string;
    when: string;
    source: string;
    sourceNotGiven: string;
    checked: (date: string) => string;
    certainty: Record<Certainty, string>;
    rounded: string;
    showTable: string;
    tableCaption: string;
    tableGroup: string;
    tablePeople: string;
    total: string;
  };
  errors: {
    heading: string;
    unknownFact: (id: string) => string;
    notPeopleFact: (id: string) => string;
    missingCount: string;
    notNumber: (field: string, value: string) => string;
    notWhole: (field: string, value: string) => string;
    negative: (field: string, value: string) => string;
    totalNotPositive: (value: string) => string;
    totalTooLarge: (value: string, max: string) => string;
    countAboveTotal: (count: string, total: string) => string;
    missingText: (field: string) => string;
  };
}

const enGB: Messages = {
  localeFallback: (requested, used) =>
    `This is shown in ${used} English, because "${requested}" is not available yet.`,
  needsClinicalReview: 'This translation has not yet been checked by a clinician.',
  inputProblemHeading: 'Some of the details given could not be used, so this shows the general version.',
  iconArray: {
    outOf: (count, total, approximate) => `${approximate ? 'About ' : ''}${count} out of ${total}`,
    sentence: ({ outOf, population, outcome, timeframe, rest, others, restCount }) =>
      `${outOf} ${population} ${outcome} ${timeframe}.` +
      (restCount > 0 ? ` The other ${rest} ${others}.` : ''),
    fewerThanOne: (total, population, outcome, timeframe) =>
      `Fewer than 1 out of ${total} ${population} ${outcome} ${timeframe}.`,
    who: 'Who',
    when: 'When',
    source: 'Source',
    sourceNotGiven: 'Source not given',
    checked: (date) => `checked ${date}`,
    certainty: {
      high: 'Based on good research.',
      moderate: 'Our best guess: the research has some limits.',
      low: 'A rough guess: there is not much research.',
    },
    rounded: 'Numbers are rounded to whole people.',
    showTable: 'Show these numbers as a table',
    tableCaption: 'The same numbers as a table',
    tableGroup: 'Group',
    tablePeople: 'Number of people',
    total: 'Total',
  },
  errors: {
    heading: 'This picture of the numbers cannot be shown.',
    unknownFact: (id) => `There is no figure called "${id}".`,
    notPeopleFact: (id) => `The figure "${id}" is not a number of people, so it cannot be drawn as people.`,
    missingCount: 'No figure was given: set "fact", or "count" with "label".',
    notNumber: (field, value) => `"${field}" should be a number, but it is "${value}".`,
    notWhole: (field, value) => `"${field}" should be a whole number of people, but it is ${value}.`,
    negative: (field, value) => `"${field}" cannot be below zero, but it is ${value}.`,
    totalNotPositive: (value) => `"total" should be 1 or more, but it is ${value}.`,
    totalTooLarge: (value, max) => `"total" can be at most ${max}, but it is ${value}.`,
    countAboveTotal: (count, total) => `The count (${count}) is more than the total (${total}).`,
    missingText: (field) => `"${field}" is needed: every figure must say who it is about and when.`,
  },
};

const enUS: Messages = {
  ...enGB,
  localeFallback: (requested, used) =>
    `This is shown in ${used} English because "${requested}" is not available yet.`,
};

const catalogs: Record<Locale, Messages> = { 'en-GB': enGB, 'en-US': enUS };

/** The message catalog for a locale. */
export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}

/** A long date in the locale's style, e.g. "23 November 2026" or "November 23, 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return formatter(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/** A whole number in the locale's style, e.g. "1,804". */
export function formatNumber(n: number, locale: Locale): string {
  return formatter(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(n);
}

// Intl formatters are slow to make and safe to share: one of each per locale.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
function formatter<F>(cache: Map<Locale, F>, locale: Locale, make: () => F): F {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = make()));
  return f;
}

/** The locale's own name for its English, for fallback notices: "British" or "American". */
export const LOCALE_NAMES: Record<Locale, string> = { 'en-GB': 'British', 'en-US': 'American' };
