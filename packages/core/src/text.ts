/**
 * Free text as patients and clinicians type it: made well formed, and cut only where a
 * reader sees a whole letter or emoji. DOM-free.
 *
 * Lengths are in UTF-16 code units, as `String.length` and a text box's `maxlength` count
 * them: an emoji is usually 2, a flag 4, a family emoji 8 or more.
 */

/** The share of a limit from which a text box shows its count (90 %). */
export const NEAR_LIMIT = 0.9;

/**
 * Where a length stands against a limit: `under` (no count shown), `near` (from NEAR_LIMIT),
 * `full` (exactly at it) or `over` (only text not typed into a box with that `maxlength`).
 */
export type LimitState = 'under' | 'near' | 'full' | 'over';

/** Where `length` stands against `max` (see LimitState). */
export function limitState(length: number, max: number): LimitState {
  if (length > max) return 'over';
  if (length === max) return 'full';
  return length >= Math.ceil(max * NEAR_LIMIT) ? 'near' : 'under';
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The text with every lone surrogate (half of an emoji, say, from text cut carelessly) made
 * U+FFFD, the replacement character. Such text cannot be written as UTF-8: `encodeURIComponent`
 * throws on it. Uses `String.prototype.toWellFormed` where there is one.
 */
export function wellFormed(text: string): string {
  const native = (String.prototype as { toWellFormed?: (this: string) => string }).toWellFormed;
  if (typeof native === 'function') return native.call(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isHigh(unit) && isLow(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    if (isHigh(unit) || isLow(unit)) {
      out += `${text.slice(from, i)}\uFFFD`;
      from = i + 1;
    }
  }
  return from ? out + text.slice(from) : text;
}

/** True when the text has no lone surrogate. */
export function isWellFormed(text: string): boolean {
  return wellFormed(text) === text;
}

type SegmenterClass = new (
  locale?: string,
  options?: { granularity: 'grapheme' },
) => {
  segment(text: string): Iterable<{ index: number }>;
};

/** The last grapheme boundary at or before `max`, by Intl.Segmenter. */
function segmenterEnd(Segmenter: SegmenterClass, text: string, max: number): number {
  // A boundary depends only on what comes before it and on the one code point after it, so
  // the text up to two units past `max` gives every boundary up to `max` as the whole would.
  let end = 0;
  for (const { index } of new Segmenter(undefined, { granularity: 'grapheme' }).segment(text.slice(0, max + 2))) {
    if (index > max) break;
    end = index;
  }
  return end;
}

const MARK = /^\p{M}$/u;
/** Code points that belong to the character before them: marks, joiners, variation selectors, skin tones, tags. */
const extendsBefore = (cp: number) =>
  MARK.test(String.fromCodePoint(cp)) ||
  cp === 0x200c ||
  cp === 0x200d ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
  (cp >= 0xe0020 && cp <= 0xe007f);
const isRegional = (cp: number | undefined) => cp !== undefined && cp >= 0x1f1e6 && cp <= 0x1f1ff;

/**
 * Without Intl.Segmenter: never inside a surrogate pair, never before a combining mark,
 * joiner, variation selector, skin tone or tag, never just after a zero-width joiner, and
 * never between the two halves of a flag.
 */
function fallbackEnd(text: string, max: number): number {
  const before = (i: number) => (i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? i - 2 : i - 1);
  let end = max;
  if (end > 0 && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end--;
  while (end > 0) {
    const next = text.codePointAt(end) ?? 0;
    const prev = before(end);
    if (extendsBefore(next) || text.charCodeAt(prev) === 0x200d) {
      end = prev;
      continue;
    }
    if (isRegional(next)) {
      // Flags are pairs of regional indicators: count those before the cut.
      let run = 0;
      for (let i = end; i > 0 && isRegional(text.codePointAt(before(i))); i = before(i)) run++;
      if (run % 2 === 1) {
        end = before(end);
        continue;
      }
    }
    break;
  }
  return end;
}

/**
 * The text cut to at most `maxUnits` UTF-16 units, at a grapheme boundary, so no emoji,
 * flag or accented letter is split (Intl.Segmenter; where there is none, at least never a
 * surrogate pair). Text within the limit is returned as it is. Callers say when they cut.
 */
export function cutText(text: string, maxUnits: number): string {
  const max = Math.max(0, Math.floor(Number.isFinite(maxUnits) ? maxUnits : 0));
  if (text.length <= max) return text;
  const Segmenter = (Intl as { Segmenter?: SegmenterClass }).Segmenter;
  const end = typeof Segmenter === 'function' ? segmenterEnd(Segmenter, text, max) : fallbackEnd(text, max);
  return text.slice(0, end);
}
