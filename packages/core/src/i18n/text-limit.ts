import type { Locale } from './locales.js';
import { formatNumber } from './messages.js';

/**
 * What a text box says as it nears its limit (its `maxlength`), per locale. Numbers are in the
 * locale's style ("2,000"). Counts are in the units `maxlength` counts (an emoji is usually 2).
 */
export interface TextLimitWords {
  /** Shown under a box near its limit, e.g. "1,950 of 2,000 characters". */
  count: (used: number, max: number) => string;
  /** One line of a box that takes a list (one item a line) near its own limit, e.g. "Line 3: 185 of 200 characters". */
  lineCount: (line: number, used: number, max: number) => string;
  /** Said once, politely, when the text comes near the limit. */
  near: (max: number) => string;
  /** Said once when the box is full. */
  full: (max: number) => string;
  /** Said once when a line of a list comes near its own limit. */
  lineNear: (line: number, max: number) => string;
  /** Shown and said when a line of a list is over its own limit. */
  lineOver: (line: number, max: number) => string;
  /** Shown and said when what was typed or pasted did not all fit. */
  clipped: (max: number) => string;
}

function build(locale: Locale): TextLimitWords {
  const n = (x: number) => formatNumber(x, locale);
  return {
    count: (used, max) => `${n(used)} of ${n(max)} characters`,
    lineCount: (line, used, max) => `Line ${n(line)}: ${n(used)} of ${n(max)} characters`,
    near: (max) => `You are close to the limit of ${n(max)} characters.`,
    full: (max) => `You have reached the limit of ${n(max)} characters.`,
    lineNear: (line, max) => `Line ${n(line)} is close to the limit of ${n(max)} characters.`,
    lineOver: (line, max) => `Line ${n(line)} is too long. The most is ${n(max)} characters. Please make it shorter.`,
    clipped: (max) => `Some of what you typed did not fit. The most is ${n(max)} characters.`,
  };
}

const catalogs = new Map<Locale, TextLimitWords>();

/** The words of a text box near its limit, for a locale. */
export function textLimitWords(locale: Locale): TextLimitWords {
  let words = catalogs.get(locale);
  if (!words) catalogs.set(locale, (words = build(locale)));
  return words;
}
