import { localeText } from '../locales/registry.js';
/**
 * Checks of a plan beyond reading it: what is worth a second look (`planWarnings`), and what
 * stops it being shared once the questionnaire is known (`reviewConflicts`).
 */
import type { Locale } from '../locales/registry.js';
import type { ExpectationProfile } from '../questionnaire/scoring.js';
import { SIGN_IDS } from './catalog.js';
import { daysBetween, MAX_REVIEW_DAYS, safeToday } from './defaults.js';
import { EARLY_REVIEW_DAYS, MAX_EARLY_REVIEW_DAYS, unsettledReports } from './triage.js';
import type { Plan, PlanProblem, PlanWarning } from './types.js';
import { soundPlan } from './validate.js';

/**
 * Things to check that do not stop the plan being used: dates in the past or far ahead, unchecked
 * signs, in the locale's words (its `input` words must be loaded, and its `guide` words when a
 * sign is not checked: the elements load them, and on a server import
 * '@scanwise/core/locales/all').
 */
export function planWarnings(plan: Plan, today: string, locale: Locale = 'en-GB'): PlanWarning[] {
  const now = safeToday(today);
  const p = soundPlan(plan, now);
  const warnings: PlanWarning[] = [];
  const w = () => localeText(locale).input.planWarnings;
  if (p.checkIn < now) {
    warnings.push({ code: 'check-in-past', field: 'checkIn', message: w().checkInPast(p.checkIn) });
  }
  if (p.review < now) {
    warnings.push({ code: 'review-past', field: 'review', message: w().reviewPast(p.review, now) });
  } else if (daysBetween(now, p.review) > MAX_REVIEW_DAYS) {
    warnings.push({ code: 'review-far', field: 'review', message: w().reviewFar(p.review) });
  }
  const d = p.decision;
  if (d?.kind === 'wait') {
    if (d.review < now) {
      warnings.push({ code: 'decision-date-past', field: 'decision.review', message: w().earlyReviewPast(d.review) });
    } else if (daysBetween(now, d.review) > MAX_EARLY_REVIEW_DAYS) {
      warnings.push({
        code: 'early-review-far',
        field: 'decision.review',
        message: w().earlyReviewFar(d.review, MAX_EARLY_REVIEW_DAYS, EARLY_REVIEW_DAYS),
      });
    }
  } else if (d?.kind === 'referral' && d.by < now) {
    warnings.push({ code: 'decision-date-past', field: 'decision.by', message: w().byPast(d.by) });
  }
  const unchecked = SIGN_IDS.filter((id) => p.redFlags[id] === 'not-asked');
  if (unchecked.length) {
    const labels = unchecked.map((id) => localeText(locale).plan.signs[id].label);
    warnings.push({ code: 'signs-not-asked', field: 'redFlags', message: w().signsNotAsked(unchecked.length, SIGN_IDS.length, labels) });
  }
  return warnings;
}

/**
 * What stops a plan being shared once the questionnaire is known: each reported Tier 1 sign
 * the review has not settled. `validatePlan` cannot see these, as it has no profile.
 */
export function reviewConflicts(plan: Plan, profile: ExpectationProfile | null | undefined, locale: Locale = 'en-GB'): PlanProblem[] {
  const t = localeText(locale).plan;
  return unsettledReports(plan, profile).map((id) => ({
    field: `redFlags.${id}`,
    message: `"${t.signs[id].label}": ${t.edit.redFlags.conflict}`,
  }));
}
