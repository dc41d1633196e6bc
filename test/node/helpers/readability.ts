import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Flesch–Kincaid grade of English text, counted with the `syllable` library. */
export function grade(text: string): number {
  const sentence = text.split(/[.!?:]+(?:\s|$)/).filter((s) => s.trim()).length || 1;
  const words = text.match(/[A-Za-z0-9'’-]+/g) ?? [];
  const syllables = words.reduce((n, w) => n + syllable(w), 0);
  return fleschKincaid({ sentence, word: words.length, syllable: syllables });
}

/** Reading grade targets (DESIGN.md: reading age about 11, US grade 6). */
export const CORPUS_GRADE = 6;
/** One string on its own: short texts swing a lot, so the bar per string is looser. */
export const STRING_GRADE = 8;
