import {
  BELIEF_THEMES,
  ITEM_IDS,
  isItemId,
  isTier1Id,
  isWantScan,
  THEME_ITEMS,
  TIER1_IDS,
  WORRY_MAX_LENGTH,
  type BeliefTheme,
  type ItemId,
  type Likert,
  type ThemeLevel,
  type Tier1Id,
  type WantScan,
} from './ids.js';
import type { Say, UnwordedProblem } from '../i18n/input-messages.js';
import { cutText, wellFormed } from '../text.js';

/**
 * A person's answers, as a plain object that survives JSON. A missing key means the question
 * was not answered: an unanswered emergency question is never taken as "no".
 */
export interface Answers {
  /** Tier 1 emergency self-check: true = yes, false = no. */
  emergency: Partial<Record<Tier1Id, boolean>>;
  /** Belief items: 1 Strongly disagree … 5 Strongly agree. */
  items: Partial<Record<ItemId, Likert>>;
  wantScan?: WantScan;
  /** Free text: what worries the person most. Never empty or only spaces. */
  worry?: string;
}

export type { ThemeLevel } from './ids.js';

export interface ThemeScore {
  /** Mean of the answered items (not rounded), or null when fewer than 3 of 4 were answered. */
  mean: number | null;
  level: ThemeLevel;
  /** How many of the theme's 4 items were answered. */
  answered: number;
}

export type Triage = 'emergency' | 'routine';

/**
 * What the answers say, for tailoring and for the clinician: a mean per belief theme, item flags,
 * and triage from the Tier 1 self-check. There is deliberately no total score: the themes are
 * separate drivers.
 */
export interface ExpectationProfile {
  themes: Record<BeliefTheme, ThemeScore>;
  flags: {
    /** Items answered 5 (Strongly agree), whatever their theme's mean. */
    stronglyAgreed: ItemId[];
    /** `thr-4` ("A scan cannot do me any harm") answered 4 or 5. */
    harmsUnderestimated: boolean;
    /** Any Tier 1 sign answered yes. */
    emergency: boolean;
    /** The Tier 1 signs answered yes, in question order. */
    emergencySigns: Tier1Id[];
    /** The Tier 1 questions left unanswered: unknown, not "no". */
    emergencyUnanswered: Tier1Id[];
  };
  /** 'emergency' when any Tier 1 sign is yes: it overrides all tailoring. */
  triage: Triage;
  wantScan: WantScan | null;
  worry: string | null;
  /** The answers scored (only their valid parts). */
  answers: Answers;
}

/** One thing wrong with some input, in plain words. `field` names where it is. */
export interface AnswerProblem {
  field: string;
  message: string;
}

/** The result of reading answers from outside. On failure `partial` keeps every valid answer. */
export type AnswersResult = { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[]; partial: Answers };

/** An `AnswersResult` whose problems are not worded yet (see `UnwordedProblem`). */
export type AnswersCheck = { ok: true; answers: Answers } | { ok: false; problems: UnwordedProblem<AnswerProblem>[]; partial: Answers };

/** A theme is scored only when at least this many of its 4 items are answered. */
export const MIN_ANSWERED_PER_THEME = 3;

/**
 * Band edges (provisional, to be calibrated when the items are validated): mean < 2.5 is low,
 * mean < 3.5 is mixed, anything else high.
 */
export const LEVEL_EDGES = { mixed: 2.5, high: 3.5 } as const;

/** The band a theme mean falls in. */
export function levelOf(mean: number): Exclude<ThemeLevel, 'not-scored'> {
  if (mean < LEVEL_EDGES.mixed) return 'low';
  if (mean < LEVEL_EDGES.high) return 'mixed';
  return 'high';
}

function themeScore(values: readonly (Likert | undefined)[]): ThemeScore {
  const given = values.filter((v): v is Likert => v !== undefined);
  if (given.length < MIN_ANSWERED_PER_THEME) return { mean: null, level: 'not-scored', answered: given.length };
  const mean = given.reduce((sum, v) => sum + v, 0) / given.length;
  return { mean, level: levelOf(mean), answered: given.length };
}

/**
 * Scores answers: each theme's mean once at least 3 of its 4 items are answered, the item flags
 * and the triage. Never throws: anything invalid in `answers` is ignored, as `checkAnswers`
 * would drop it.
 */
export function score(answers: Answers): ExpectationProfile {
  const checked = checkAnswers(answers);
  const a = checked.ok ? checked.answers : checked.partial;
  const themes = Object.fromEntries(BELIEF_THEMES.map((theme) => [theme, themeScore(THEME_ITEMS[theme].map((id) => a.items[id]))])) as Record<
    BeliefTheme,
    ThemeScore
  >;
  const emergencySigns = TIER1_IDS.filter((id) => a.emergency[id] === true);
  return {
    themes,
    flags: {
      stronglyAgreed: ITEM_IDS.filter((id) => a.items[id] === 5),
      harmsUnderestimated: (a.items['thr-4'] ?? 0) >= 4,
      emergency: emergencySigns.length > 0,
      emergencySigns,
      emergencyUnanswered: TIER1_IDS.filter((id) => a.emergency[id] === undefined),
    },
    triage: emergencySigns.length > 0 ? 'emergency' : 'routine',
    wantScan: a.wantScan ?? null,
    worry: a.worry ?? null,
    answers: a,
  };
}

/** Parses a JSON string; any other value is returned as it is. */
export function parseIfString(input: unknown): { value: unknown } | { error: true } {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input) as unknown };
  } catch {
    return { error: true };
  }
}

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A worry as kept: well formed (a lone surrogate becomes U+FFFD); spaces-only text counts as
 * unanswered; text over WORRY_MAX_LENGTH is cut where no letter or emoji is split, with a
 * problem (not worded yet) that names the limit.
 */
export function readWorry(value: string): { worry?: string; problem?: Say } {
  const text = wellFormed(value);
  if (!text.trim()) return {};
  if (text.length > WORRY_MAX_LENGTH) {
    const worry = cutText(text, WORRY_MAX_LENGTH);
    return { worry, problem: (w) => w.answers.worryTooLong(text.length, worry.length, WORRY_MAX_LENGTH) };
  }
  return { worry: text };
}

const isLikert = (x: unknown): x is Likert => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 5;

const ANSWER_FIELDS = ['emergency', 'items', 'wantScan', 'worry'];

/**
 * Checks answers from outside (a form, storage, a JSON string), as `validateAnswers` does
 * (./validate.ts), with its problems not worded yet (see `UnwordedProblem`): needs no words, so
 * it can run before a locale's words are loaded. Never throws; on failure `partial` keeps every
 * valid answer. `null` counts as unanswered.
 */
export function checkAnswers(input: unknown): AnswersCheck {
  const problems: UnwordedProblem<AnswerProblem>[] = [];
  const add = (field: string, say: Say) => problems.push({ field, say });
  const answers: Answers = { emergency: {}, items: {} };
  const done = (): AnswersCheck => (problems.length ? { ok: false, problems, partial: answers } : { ok: true, answers });

  const parsed = parseIfString(input);
  if ('error' in parsed) {
    add('(input)', (w) => w.notJson('answers'));
    return done();
  }
  const raw = parsed.value;
  if (!isRecord(raw)) {
    add('(input)', (w) => w.notObject('answers', raw));
    return done();
  }

  for (const key of Object.keys(raw)) {
    if (!ANSWER_FIELDS.includes(key)) add(key, (w) => w.answers.unknownField(key));
  }

  const { emergency, items, wantScan, worry } = raw;
  if (isRecord(emergency)) {
    for (const [id, value] of Object.entries(emergency)) {
      const field = `emergency.${id}`;
      if (!isTier1Id(id)) add(field, (w) => w.answers.unknownEmergency(id));
      else if (typeof value === 'boolean') answers.emergency[id] = value;
      else if (value !== null) add(field, (w) => w.answers.emergencyNotYesNo(id, value));
    }
  } else if (emergency != null) {
    add('emergency', (w) => w.answers.emergencyNotObject(emergency));
  }

  if (isRecord(items)) {
    for (const [id, value] of Object.entries(items)) {
      const field = `items.${id}`;
      if (!isItemId(id)) add(field, (w) => w.answers.unknownItem(id));
      else if (isLikert(value)) answers.items[id] = value;
      else if (value !== null) add(field, (w) => w.answers.itemNotLikert(id, value));
    }
  } else if (items != null) {
    add('items', (w) => w.answers.itemsNotObject(items));
  }

  if (isWantScan(wantScan)) answers.wantScan = wantScan;
  else if (wantScan != null) add('wantScan', (w) => w.answers.wantScanInvalid(wantScan));

  if (typeof worry === 'string') {
    const kept = readWorry(worry);
    if (kept.worry !== undefined) answers.worry = kept.worry;
    if (kept.problem) add('worry', kept.problem);
  } else if (worry != null) {
    add('worry', (w) => w.answers.worryNotText(worry));
  }

  return done();
}
