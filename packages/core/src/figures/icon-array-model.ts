import { localeText } from '../locales/registry.js';
import { citationHref, citationOf, getFact } from '../evidence/registry.js';
import type { Fact } from '../evidence/types.js';
import type { Locale } from '../locales/registry.js';
import { formatDate, formatNumber } from '../i18n/messages.js';

/**
 * The largest array drawn: beyond this, icons get too small to count. Under 1 in 100, use words
 * instead of a bigger array (IMI PROTECT pictogram guidance).
 */
export const MAX_ICON_TOTAL = 1000;

/** What an icon array is asked to show: a registry fact, or explicit numbers and words. */
export interface IconArrayInput {
  /** A registry fact id, or a fact object. Wins over the explicit fields. */
  fact?: string | Fact | null;
  /** Explicit count: a number, or a string as it came from an attribute. */
  count?: unknown;
  /** Explicit total (default 100). */
  total?: unknown;
  /** What happened to the counted people, e.g. "had a disc bulge". */
  label?: string | null;
  /** What is true of the others (default "did not"). */
  others?: string | null;
  /** Who the figure is about. */
  population?: string | null;
  /** When: the time frame. */
  timeframe?: string | null;
  /** Source name and link for explicit numbers. */
  source?: string | null;
  sourceHref?: string | null;
}

/** What went wrong, for the `sdm-error` event and the visible message. */
export interface FigureError {
  code:
    | 'unknown-fact'
    | 'not-people-fact'
    | 'missing-count'
    | 'not-a-number'
    | 'not-whole'
    | 'negative'
    | 'total-not-positive'
    | 'total-too-large'
    | 'count-above-total'
    | 'missing-text';
  /** The input field at fault. */
  field: string;
  /** Plain-language message in the component's locale. */
  message: string;
}

/** Everything an icon-array view draws, already worded for one locale. */
export interface IconArrayModel {
  count: number;
  total: number;
  rest: number;
  /** The count in words and digits, e.g. "About 1 out of 100". */
  outOf: string;
  /** The one sentence for screen readers and the summary line. */
  sentence: string;
  /** True when the figure is under 1 in 100: show `sentence` as text, draw no array. */
  fewerThanOne: boolean;
  outcome: string;
  others: string;
  population: string;
  timeframe: string;
  countText: string;
  restText: string;
  totalText: string;
  source: { label: string; href?: string; checked?: string; certainty?: string } | null;
  caveat?: string;
  roundedNote?: string;
}

export type IconArrayResult = { ok: true; model: IconArrayModel; fact?: Fact } | { ok: false; errors: FigureError[] };

/** Reads a number from a property or an attribute string; NaN when it is not one. */
function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') return Number(v.trim());
  return Number.NaN;
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * Validates an icon-array input and works out what to draw, in one locale.
 * Never throws: bad input comes back as `{ ok: false, errors }` with plain messages.
 */
export function iconArrayModel(input: IconArrayInput, locale: Locale): IconArrayResult {
  const t = localeText(locale).messages;
  const errors: FigureError[] = [];
  const fail = (code: FigureError['code'], field: string, message: string) => {
    errors.push({ code, field, message });
  };
  const num = (n: number) => formatNumber(n, locale);

  let fact: Fact | undefined;
  if (present(input.fact)) {
    fact = typeof input.fact === 'string' ? getFact(input.fact) : (input.fact ?? undefined);
    if (!fact) {
      fail('unknown-fact', 'fact', t.errors.unknownFact(String(input.fact)));
      return { ok: false, errors };
    }
    if (fact.kind !== 'people' || fact.denominator === null) {
      fail('not-people-fact', 'fact', t.errors.notPeopleFact(fact.id));
      return { ok: false, errors };
    }
  }

  let count: number;
  let total: number;
  if (fact) {
    count = fact.value;
    total = fact.denominator ?? 100;
  } else {
    if (!present(input.count)) {
      fail('missing-count', 'count', t.errors.missingCount);
      return { ok: false, errors };
    }
    count = toNumber(input.count);
    total = present(input.total) ? toNumber(input.total) : 100;
    const shown = (v: unknown) => String(v);
    for (const [field, value, raw] of [
      ['count', count, input.count],
      ['total', total, input.total],
    ] as const) {
      if (Number.isNaN(value) || !Number.isFinite(value)) fail('not-a-number', field, t.errors.notNumber(field, shown(raw)));
      else if (value < 0) fail('negative', field, t.errors.negative(field, shown(raw)));
      else if (!Number.isInteger(value)) fail('not-whole', field, t.errors.notWhole(field, shown(raw)));
    }
    if (!errors.some((e) => e.field === 'total')) {
      if (total < 1) fail('total-not-positive', 'total', t.errors.totalNotPositive(num(total)));
      else if (total > MAX_ICON_TOTAL) fail('total-too-large', 'total', t.errors.totalTooLarge(num(total), num(MAX_ICON_TOTAL)));
    }
    if (errors.length === 0 && count > total) {
      fail('count-above-total', 'count', t.errors.countAboveTotal(num(count), num(total)));
    }
    for (const field of ['label', 'population', 'timeframe'] as const) {
      if (!input[field]?.trim()) fail('missing-text', field, t.errors.missingText(field));
    }
    if (errors.length) return { ok: false, errors };
  }

  const words = fact ? localeText(locale).facts.text[fact.id] : undefined;
  const outcome = words?.outcome ?? input.label?.trim() ?? '';
  const others = words?.others ?? (input.others?.trim() || t.iconArray.othersDefault);
  const population = words?.population ?? input.population?.trim() ?? '';
  const timeframe = words?.timeframe ?? input.timeframe?.trim() ?? '';
  const approximate = fact?.rounded ?? false;
  const fewerThanOne = approximate && count === 0;
  const rest = total - count;
  const outOf = t.iconArray.outOf(num(count), num(total), approximate);

  const citation = fact && citationOf(fact);
  const source = citation
    ? {
        label: citation.short,
        href: citationHref(citation),
        checked: t.iconArray.checked(formatDate(fact!.checked, locale)),
        certainty: t.iconArray.certainty[fact!.certainty],
      }
    : input.source?.trim()
      ? { label: input.source.trim(), ...(input.sourceHref?.trim() ? { href: input.sourceHref.trim() } : {}) }
      : null;

  const model: IconArrayModel = {
    count,
    total,
    rest,
    outOf,
    fewerThanOne,
    sentence: fewerThanOne
      ? t.iconArray.fewerThanOne(num(total), population, outcome, timeframe)
      : t.iconArray.sentence({ outOf, population, outcome, timeframe, rest: num(rest), others, restCount: rest }),
    outcome,
    others,
    population,
    timeframe,
    countText: num(count),
    restText: num(rest),
    totalText: num(total),
    source,
    ...(fact?.caveat ? { caveat: localeText(locale).facts.caveat[fact.id] ?? '' } : {}),
    ...(approximate ? { roundedNote: t.iconArray.rounded } : {}),
  };
  return fact ? { ok: true, model, fact } : { ok: true, model };
}
