/**
 * The questionnaire's answers read from outside, with their problems in a locale's words. Apart
 * from scoring.ts, which the locale packs' types reach: this reads the locale registry.
 */
import { wordProblems } from '../i18n/input-problems.js';
import { DEFAULT_LOCALE, type Locale } from '../locales/registry.js';
import { checkAnswers, type AnswersCheck, type AnswersResult } from './scoring.js';

/** An `AnswersCheck` worded in a locale (its `input` words must be loaded when there are problems). */
export function wordAnswers(checked: AnswersCheck, locale: Locale): AnswersResult {
  return checked.ok ? checked : { ok: false, problems: wordProblems(checked.problems, locale), partial: checked.partial };
}

/**
 * Checks answers from outside (a form, storage, a JSON string). Never throws. Each wrong,
 * unknown or out-of-range value gives a plain-language problem, in `locale`'s words (default
 * en-GB; its `input` words must be loaded when there are problems: the elements load them, and on
 * a server import '@scanwise/core/locales/all'). On failure `partial` keeps every valid answer,
 * so nothing valid is lost. `null` counts as unanswered. `checkAnswers` gives the same problems
 * not worded yet.
 */
export function validateAnswers(input: unknown, locale: Locale = DEFAULT_LOCALE): AnswersResult {
  return wordAnswers(checkAnswers(input), locale);
}
