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
    sentence: (p: {
      outOf: string;
      population: string;
      outcome: string;
      timeframe: string;
      rest: string;
      others: string;
      restCount: number;
    }) => string;
    /** Under 1 in 100: text instead of an array (IMI PROTECT pictogram guidance). */
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
  /**
   * Words for problems any component may report: its own failure to draw, settings (attributes)
   * it cannot use, a long list of problems, and the copy a component keeps in the browser.
   * `attribute` is an attribute name; `value` and `id` come already quoted and cut short.
   */
  problems: {
    /** Shown instead of a component that failed to draw itself: nothing else is shown. */
    renderFailed: { heading: string; message: string };
    /** Heading above settings (attributes) that could not be used. */
    settingsHeading: string;
    /** After the first few problems: how many more there are (`count` as a number and in words). */
    more: (count: number, formatted: string) => string;
    /** Over-long text: cut to its first `max` characters. */
    tooLong: (attribute: string, length: string, max: string) => string;
    /** An over-long value that cannot be cut (a number, an id, a link): left out. */
    tooLongLeftOut: (attribute: string, length: string, max: string) => string;
    /** Not a phone number: the usual number is used instead. */
    notPhone: (attribute: string, value: string) => string;
    /** Not one of the allowed values: `fallback` is used instead. */
    unknownChoice: (attribute: string, value: string, allowed: string[], fallback: string) => string;
    /** A link that is not a web link (javascript:, data:…): left out. */
    unsafeLink: (attribute: string) => string;
    /** `for` or `plan-for` names an id that no element on the page has. */
    missingTarget: (attribute: string, id: string) => string;
    /** What this browser kept (`persist`) could not be read, so the component starts empty. */
    storageUnreadable: string;
    /** This browser refuses to keep a copy (`persist`). */
    storageUnavailable: string;
  };
}

/** "a", "a or b", "a, b or c": allowed values, each in quotes. */
const orList = (values: string[]) => {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
};

const enGB: Messages = {
  localeFallback: (requested, used) => `This is shown in ${used} English, because "${requested}" is not available yet.`,
  needsClinicalReview: 'This translation has not yet been checked by a clinician.',
  inputProblemHeading: 'Some of the details given could not be used, so this shows the general version.',
  iconArray: {
    outOf: (count, total, approximate) => `${approximate ? 'About ' : ''}${count} out of ${total}`,
    sentence: ({ outOf, population, outcome, timeframe, rest, others, restCount }) =>
      `${outOf} ${population} ${outcome} ${timeframe}.` + (restCount > 0 ? ` The other ${rest} ${others}.` : ''),
    fewerThanOne: (total, population, outcome, timeframe) => `Fewer than 1 out of ${total} ${population} ${outcome} ${timeframe}.`,
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
  problems: {
    renderFailed: {
      heading: 'Sorry, this part of the page cannot be shown.',
      message: 'Something went wrong on our side. Nothing you put in has been lost. Please try again later, or ask your clinic for help.',
    },
    settingsHeading: 'Some settings on this page could not be used. The usual ones are used instead.',
    more: (count, formatted) =>
      count === 1 ? 'There is 1 more problem, not listed here.' : `There are ${formatted} more problems, not listed here.`,
    tooLong: (attribute, length, max) => `"${attribute}" is ${length} characters long. Only the first ${max} are used.`,
    tooLongLeftOut: (attribute, length, max) => `"${attribute}" is ${length} characters long, so it is not used. It can have ${max} at most.`,
    notPhone: (attribute, value) => `"${attribute}" should be a phone number, but it is ${value}. The usual number is shown.`,
    unknownChoice: (attribute, value, allowed, fallback) => `"${attribute}" should be ${orList(allowed)}, but it is ${value}. "${fallback}" is used.`,
    unsafeLink: (attribute) => `The link in "${attribute}" is not used: only web links (https: or http:) can be used.`,
    missingTarget: (attribute, id) => `"${attribute}" names ${id}, but there is nothing with that id on this page.`,
    storageUnreadable: 'The copy kept in this browser could not be read, so this starts empty.',
    storageUnavailable: 'This browser will not keep a copy, so what you put in is lost if the page reloads.',
  },
};

const enUS: Messages = {
  ...enGB,
  localeFallback: (requested, used) => `This is shown in ${used} English because "${requested}" is not available yet.`,
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
