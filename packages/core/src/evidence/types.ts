/** How sure we are of a figure (docs/evidence.md#how-to-read-the-facts). */
export type Certainty = 'high' | 'moderate' | 'low';

/** A published source that one or more facts rest on. */
export interface Citation {
  /** Stable key, e.g. `henschke-2009`. */
  id: string;
  /** Authors as published, "Surname AB, Surname CD" (et al. allowed). */
  authors: string;
  /** Short form for captions, e.g. "Henschke et al. 2009". */
  short: string;
  year: number;
  title: string;
  /** Journal or publisher, e.g. "Arthritis Rheum". */
  journal: string;
  /** Volume, issue and pages as published, e.g. "60(10):3072–80". */
  volumePages: string;
  doi?: string;
  pmid?: string;
  /** Where a reader can check the source. Required when there is no DOI. */
  url?: string;
  /**
   * Parts of this citation that are not yet verified against the original
   * (docs/evidence.md#to-be-checked). Shown in the sources list as "to be checked". Editors'
   * notes on the record, in the language of the citation (`language`), not translated.
   */
  unverified?: string[];
  /** The language the source is published in (BCP 47); English when not given. */
  language?: string;
}

/**
 * What a fact counts.
 * - `people`: `value` people out of `denominator` (always 100): can be an icon array.
 * - `percent`: a percentage change or share, shown as words and number only.
 * - `score`: a mean score on a scale of `denominator` points.
 * - `ratio`: a relative risk or odds ratio (never shown on its own, IPDAS).
 * - `count`: a plain count, such as the number of people in the trials.
 */
export type FactKind = 'people' | 'percent' | 'score' | 'ratio' | 'count';

/** The patient-facing words of a fact, in one locale. Plain language, our own wording. */
export interface FactText {
  /** One full sentence that stands on its own, with the number in it. */
  statement: string;
  /** Who the figure applies to (reference class), e.g. "adults seeing a GP with new low back pain". */
  population: string;
  /** When: the time frame, e.g. "within a year". */
  timeframe: string;
  /** For `people` facts: what happened to the counted people, e.g. "had a serious cause". */
  outcome?: string;
  /** For `people` facts: what is true of the others, e.g. "did not". */
  others?: string;
}

/** One number a patient may see, with everything needed to show it honestly. */
export interface Fact {
  /** Stable key, e.g. `serious-cause`. */
  id: string;
  kind: FactKind;
  /** The figure itself: whole people for `people` facts. */
  value: number;
  /** Out of how many (100 for every `people` fact), or null where it does not apply. */
  denominator: number | null;
  /** True when `value` is rounded from the source's figure (say so beside the number). */
  rounded: boolean;
  /** The source's own figure, for the sources list, e.g. "11 of 1,172 (0.9%)". */
  sourceFigure: string;
  certainty: Certainty;
  /** Facts meant to be compared side by side share a group, a denominator and a time frame. */
  compareGroup?: string;
  /**
   * True when a caveat must be shown with the figure (e.g. "one trial only"): its words are in
   * each locale's pack (`localeText(locale).facts.caveat[id]`).
   */
  caveat?: boolean;
  /** The evidence review section the figure comes from, listed in docs/evidence.md, e.g. "§1.1". */
  evidenceRef: string;
  /** The citation this figure comes from. */
  citationId: string;
  /** ISO date (YYYY-MM-DD) the figure was last checked against its source. */
  checked: string;
}

/** Content metadata shown in every "About this information" part (IPDAS C3, C4). */
export interface ContentMeta {
  version: string;
  /** ISO date the content was published. */
  published: string;
  /** ISO date by which the content must be reviewed again. */
  reviewBy: string;
}

/** A problem found in the registry: the fact or citation, and what is wrong, in plain words. */
export interface RegistryProblem {
  id: string;
  problem: string;
}
