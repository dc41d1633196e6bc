import type { TextLimitWords } from '../../i18n/text-limit.js';

/** What a text box says near its limit, in English; `n` writes a number in the locale's style. */
export function textLimit(n: (x: number) => string): TextLimitWords {
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
