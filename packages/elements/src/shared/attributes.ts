import { localeText, formatNumber, PLAN_LIMITS, type Locale, type Messages } from '@scanwise/core';
import type { SdmProblem } from './events.js';

/**
 * The most characters a component reads from one attribute, by kind: core's plan limits, so an
 * attribute and the same value in `plan.services` are cut alike. A link may be longer.
 */
export const ATTRIBUTE_LIMITS = { text: PLAN_LIMITS.text, phone: PLAN_LIMITS.phone, link: PLAN_LIMITS.note } as const;

/** A phone number: digits, spaces, + - ( ) only, with at least 2 digits (999, 911, 000, 112…). */
const PHONE = /^[0-9 +()-]+$/;
const DIGITS = /[0-9]/g;

/** How a value shows in a message: in quotes, and cut short. */
export function quoteValue(value: string): string {
  return `"${value.length > 40 ? `${cutText(value, 40)}…` : value}"`;
}

/** The first `max` UTF-16 units of a text, never half a character (a surrogate pair). */
export function cutText(value: string, max: number): string {
  if (value.length <= max) return value;
  const last = value.charCodeAt(max - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** An attribute's value as text: undefined when missing or empty (as if not set). */
function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'string' ? value : String(value);
  return text === '' ? undefined : text;
}

/**
 * Reads a component's string attributes (or the properties behind them) against limits, in
 * constant time whatever their length: never throws on any string, never blocks. Each value
 * that cannot be used as given adds a problem (in the locale's words) to `problems`, and the
 * component goes on with what the reader returns: the text cut, or the documented default.
 * Make one per render: `new AttributeReader(locale)`.
 */
export class AttributeReader {
  /** What could not be used as given, in the order read. */
  readonly problems: SdmProblem[] = [];
  constructor(private readonly locale: Locale) {}

  /** The words of a problem, read only when there is one (attributes are read before the locale's pack may be loaded). */
  private get t(): Messages['problems'] {
    return localeText(this.locale).messages.problems;
  }

  private num(n: number): string {
    return formatNumber(n, this.locale);
  }

  private add(code: string, field: string, message: string): void {
    this.problems.push({ code, field, message });
  }

  /** Text shown as it is (a label, a service's name): over `max` characters it is cut, with a problem. */
  text(field: string, value: unknown, max: number = ATTRIBUTE_LIMITS.text): string | undefined {
    const text = asText(value);
    if (text === undefined || text.length <= max) return text;
    this.add('too-long', field, this.t.tooLong(field, this.num(text.length), this.num(max)));
    return cutText(text, max);
  }

  /**
   * A value used whole (an id, a number, a date, a storage key): a part of it would mean
   * something else, so over `max` characters it is left out (undefined), with a problem.
   */
  token(field: string, value: unknown, max: number = ATTRIBUTE_LIMITS.text): string | undefined {
    const text = asText(value);
    if (text === undefined || text.length <= max) return text;
    this.add('too-long', field, this.t.tooLongLeftOut(field, this.num(text.length), this.num(max)));
    return undefined;
  }

  /**
   * A phone number (digits, spaces, + - ( ) only, at least 2 digits, at most 40 characters),
   * trimmed. Anything else is left out (undefined: the locale's number is used), with a problem:
   * a number cut short, or with letters in it, must never be shown as the number to call.
   */
  phone(field: string, value: unknown): string | undefined {
    const given = asText(value);
    if (given === undefined) return undefined;
    if (given.length > ATTRIBUTE_LIMITS.phone * 4) {
      this.add('invalid-phone', field, this.t.tooLongLeftOut(field, this.num(given.length), this.num(ATTRIBUTE_LIMITS.phone)));
      return undefined;
    }
    const text = given.trim();
    if (!text) return undefined;
    if (text.length > ATTRIBUTE_LIMITS.phone) {
      this.add('invalid-phone', field, this.t.tooLongLeftOut(field, this.num(text.length), this.num(ATTRIBUTE_LIMITS.phone)));
      return undefined;
    }
    if (!PHONE.test(text) || (text.match(DIGITS)?.length ?? 0) < 2) {
      this.add('invalid-phone', field, this.t.notPhone(field, quoteValue(text)));
      return undefined;
    }
    return text;
  }

  /** One of `allowed` (exactly); anything else gives `fallback`, with a problem. */
  choice<T extends string>(field: string, value: unknown, allowed: readonly T[], fallback: T): T {
    const text = asText(value);
    if (text === undefined) return fallback;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    this.add('unknown-value', field, this.t.unknownChoice(field, quoteValue(text), [...allowed], fallback));
    return fallback;
  }

  /**
   * A link a reader may follow: kept only when the browser would read it as a web link
   * (`https:` or `http:`, after the browser's own clean-up: spaces and control characters around
   * it, tabs and line breaks inside it, any case), relative links included. Anything else
   * (`javascript:`, `data:`, `vbscript:`…) is left out, with a problem. Returns the text to put
   * in `href`, trimmed.
   */
  link(field: string, value: unknown, base: string): string | undefined {
    const given = this.token(field, value, ATTRIBUTE_LIMITS.link);
    const text = given?.trim();
    if (!text) return undefined;
    let protocol = '';
    try {
      protocol = new URL(text, base).protocol;
    } catch {
      /* not a URL the browser could follow */
    }
    if (protocol === 'https:' || protocol === 'http:') return text;
    this.add('unsafe-link', field, this.t.unsafeLink(field));
    return undefined;
  }
}
