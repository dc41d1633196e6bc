import { localeText, reviewOf, type Locale, type ReviewRecord } from '@scanwise/core';
import type { SdmProblem } from './events.js';

/** A plan given to an element that only follows it (the explainer, the clinician's summary). */
export interface FollowedPlan {
  /** The plan as given, for core's `explainerModel`; null when none was given or it cannot be read. */
  plan: unknown;
  /** Its red-flag review and decision, read by core's `reviewOf`; null when there is none. */
  review: ReviewRecord | null;
  /** Why a plan that was given cannot be read (`invalid-plan`), else null. */
  problem: SdmProblem | null;
}

/**
 * Reads a plan (a `Plan` object or its JSON text) with core's `reviewOf`: only a plan with no
 * readable review at all is a problem. `without` says what the element shows instead.
 */
export function followPlan(input: unknown, field: string, without: 'summary' | 'guide', locale: Locale): FollowedPlan {
  if (input == null) return { plan: null, review: null, problem: null };
  const review = reviewOf(input);
  if (review) return { plan: input, review, problem: null };
  let notJson = false;
  if (typeof input === 'string') {
    try {
      JSON.parse(input);
    } catch {
      notJson = true;
    }
  }
  const message = localeText(locale).messages.problems.invalidPlan(notJson, without);
  return { plan: null, review: null, problem: { code: 'invalid-plan', field, message } };
}
