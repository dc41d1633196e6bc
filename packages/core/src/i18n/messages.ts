import type { Certainty } from '../evidence/types.js';

/** Everything the components say that is not a fact, per locale. Plain language, grade 6 or lower. */
export interface Messages {
  /** Shown where a locale other than the requested one is used: `used` is its name ("British English"). */
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
    /** What the others did, for a figure given by the page without its own `others` words. */
    othersDefault: string;
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
    /** A `<script type="application/json">` child that is not JSON: it is not used. */
    invalidJson: string;
    /** `today` is not a real YYYY-MM-DD date (`value` quoted): the current date is used. */
    invalidToday: (value: string) => string;
    /** `age` is not one of the verified ages (`allowed`, a list; `value` quoted). */
    invalidAge: (allowed: string, value: string) => string;
    /**
     * A plan given to an element that only follows it cannot be read: its text is not JSON, or it
     * has no red-flag review. `without` is what the element does instead: the questionnaire's
     * clinician summary says nothing of the plan; the explainer is shown without it.
     */
    invalidPlan: (notJson: boolean, without: 'summary' | 'guide') => string;
  };
}

/** A long date in the locale's style, e.g. "23 November 2026" or "November 23, 2026". */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return formatter(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/** A whole number in the locale's style, e.g. "1,804". */
export function formatNumber(n: number, locale: string): string {
  return formatter(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(n);
}

// Intl formatters are slow to make and safe to share: one of each per locale.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function formatter<F>(cache: Map<string, F>, locale: string, make: () => F): F {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = make()));
  return f;
}
