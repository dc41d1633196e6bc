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
