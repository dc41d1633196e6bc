import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { STRING_INFLESZ, szigrisztPazos, WHOLE_INFLESZ } from './inflesz.js';

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

// ─── Plain language per locale ───────────────────────────────────────────────

/**
 * Where the text is read: `catalog` strings one by one (and as a whole), or `rendered` blocks
 * of a page (paragraph, list item, cell, heading…). The English rules differ between the two;
 * the Spanish ones do not.
 */
export type Reading = 'catalog' | 'rendered';

/**
 * The plain-language rules of one locale's language, so a test asks "is this plain?" without
 * knowing which formula answers. Each check gives why the text is not plain, or undefined
 * when it is (or when the language has no such rule).
 */
export interface PlainLanguage {
  /** The measure, for messages: "grade" (Flesch–Kincaid) or "Szigriszt-Pazos". */
  readonly measure: string;
  /** A grade: lower is plainer. A perspicuity score: higher is. */
  readonly lowerIsPlainer: boolean;
  /** One block's rule, as a test title says it: "at grade 8 or below". */
  readonly blockRule: string;
  /** The rule for the whole, as a test title says it ('' when the language has none here). */
  readonly wholeRule: string;
  /** The rule for the median block, as a test title says it ('' when the language has none). */
  readonly medianRule: string;
  /** The score of a text on this language's measure. */
  score(text: string): number;
  /** Is this block long enough to be measured on its own? */
  measured(text: string): boolean;
  /** One block (a string, a rendered paragraph). Blocks too short to measure pass. */
  block(text: string): string | undefined;
  /** Every block joined into one text: the whole reads plainly. */
  whole(texts: readonly string[]): string | undefined;
  /** The middle block, of those long enough to measure. */
  median(texts: readonly string[]): string | undefined;
  /** The median and the worst score of the blocks long enough to measure, for a test's diagnostics. */
  summary(texts: readonly string[]): string;
}

interface Rules {
  measure: string;
  /** The score of a text written for `locale` (Spanish reads numbers in the locale's style). */
  score: (text: string, locale: string) => number;
  words: (text: string) => number;
  /** Lower is plainer (a grade) or higher is (a perspicuity score). */
  lowerIsPlainer: boolean;
  /** Each block's bar. */
  block: number;
  /** The whole text's bar (none: no rule). */
  whole?: number;
  /** The median block's bar (none: no rule). */
  median?: number;
  /** Blocks with fewer words are not measured one by one (but still count in the whole). */
  minWords: number;
}

const englishWords = (text: string): number => (text.match(/[A-Za-z0-9'’-]+/g) ?? []).length;

/** The rules, by language then reading. English: the grades the tests have always used. */
const RULES: Record<string, Record<Reading, Rules>> = {
  en: {
    // Catalog strings: each at grade 8, all together at grade 6 (DESIGN.md).
    catalog: {
      measure: 'grade',
      score: (text) => grade(text),
      words: englishWords,
      lowerIsPlainer: true,
      block: STRING_GRADE,
      whole: CORPUS_GRADE,
      minWords: 0,
    },
    // Rendered blocks: a grade formula means nothing on a few words ("Strongly disagree" scores
    // 14.7), so labels and headings under 5 words are left to the catalog tests.
    rendered: { measure: 'grade', score: (text) => grade(text), words: englishWords, lowerIsPlainer: true, block: STRING_GRADE, minWords: 5 },
  },
  es: {
    // Szigriszt-Pazos on the INFLESZ scale: the whole and the median block at 65 or more
    // ("bastante fácil"), no block under 55 ("normal" starts there). Blocks of fewer than 4
    // words (labels, buttons, "Sí", "Muy en desacuerdo") are not measured one by one: the
    // formula weighs words per sentence and syllables per word, and on 1 to 3 words it only
    // says how long those words are. They still count in the whole. Only words with a letter
    // count towards the 4: a number is data, and the formula reads it aloud as one long word
    // ("0117 496 0000" scores −122), so "Teléfono: 0117 496 0000" or a table cell "99 no la
    // tuvieron" is a label with data, not a sentence.
    catalog: spanish(),
    // Rendered: each block and the median (the whole is the catalogs' to check).
    rendered: { ...spanish(), whole: undefined },
  },
};

function spanish(): Rules {
  return {
    measure: 'Szigriszt-Pazos',
    // "2,000" is dos mil in es-US, where Intl writes thousands with a comma.
    score: szigrisztPazos,
    words: (text) => (text.match(/[\p{L}\p{M}]+(?:['’‐-][\p{L}\p{M}\p{N}]+)*/gu) ?? []).length,
    lowerIsPlainer: false,
    block: STRING_INFLESZ,
    whole: WHOLE_INFLESZ,
    median: WHOLE_INFLESZ,
    minWords: 4,
  };
}

/** The middle value (the mean of the two middle values when there is an even number). */
function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

/**
 * The plain-language rules for a locale, picked by its language (`en-GB` → English, `es-US` →
 * Spanish). Throws for a language with no rules, so a new language cannot pass unmeasured.
 */
export function plainLanguage(locale: string, reading: Reading = 'catalog'): PlainLanguage {
  const language = locale.split('-')[0]!.toLowerCase();
  const rules = RULES[language]?.[reading];
  if (!rules) throw new Error(`no plain-language rules for ${locale}: add its language to RULES in helpers/readability.ts`);
  const { measure, lowerIsPlainer } = rules;
  const score = (text: string) => rules.score(text, locale);
  const plain = (value: number, bar: number) => (lowerIsPlainer ? value <= bar : value >= bar);
  const side = lowerIsPlainer ? 'or below' : 'or above';
  const at = (bar: number) => (measure === 'grade' ? `at grade ${bar} ${side}` : `at ${measure} ${bar} ${side}`);
  const measured = (text: string) => rules.words(text) >= rules.minWords;
  return {
    measure,
    lowerIsPlainer,
    blockRule: at(rules.block),
    wholeRule: rules.whole !== undefined ? `${at(rules.whole)} as a whole` : '',
    medianRule: rules.median !== undefined ? `with the median block ${at(rules.median)}` : '',
    score,
    measured,
    block(text) {
      if (!measured(text)) return undefined;
      const s = score(text);
      return plain(s, rules.block) ? undefined : `${measure} ${s.toFixed(1)}: ${text}`;
    },
    whole(texts) {
      if (rules.whole === undefined) return undefined;
      const s = score(texts.join(' '));
      return plain(s, rules.whole) ? undefined : `${measure} ${s.toFixed(1)} as a whole, bar ${rules.whole}`;
    },
    median(texts) {
      if (rules.median === undefined) return undefined;
      const scores = texts.filter(measured).map(score);
      if (scores.length === 0) return undefined;
      const m = middle(scores);
      return plain(m, rules.median) ? undefined : `median ${measure} ${m.toFixed(1)} of ${scores.length} blocks, bar ${rules.median}`;
    },
    summary(texts) {
      const scores = texts.filter(measured).map(score);
      if (scores.length === 0) return `${measure}: no block long enough to measure`;
      const worst = lowerIsPlainer ? Math.max(...scores) : Math.min(...scores);
      return `${measure}: median ${middle(scores).toFixed(1)}, ${lowerIsPlainer ? 'highest' : 'lowest'} ${worst.toFixed(1)}, of ${scores.length} blocks`;
    },
  };
}
