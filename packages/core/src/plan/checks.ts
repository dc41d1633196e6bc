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
 * signs (named in the locale's words).
 */
export function planWarnings(plan: Plan, today: string, locale: Locale = 'en-GB'): PlanWarning[] {
  const now = safeToday(today);
  const p = soundPlan(plan, now);
  const warnings: PlanWarning[] = [];
  if (p.checkIn < now) {
    warnings.push({ code: 'check-in-past', field: 'checkIn', message: `The check-in date (${p.checkIn}) is in the past.` });
  }
  if (p.review < now) {
    warnings.push({
      code: 'review-past',
      field: 'review',
      message: `The review date (${p.review}) is in the past. Choose today (${now}) or a later date.`,
    });
  } else if (daysBetween(now, p.review) > MAX_REVIEW_DAYS) {
    warnings.push({
      code: 'review-far',
      field: 'review',
      message: `The review date (${p.review}) is more than 12 weeks away. A review at 4 to 6 weeks is usual if things are not clearly better.`,
    });
  }
  const d = p.decision;
  if (d?.kind === 'wait') {
    if (d.review < now) {
      warnings.push({ code: 'decision-date-past', field: 'decision.review', message: `The earlier review (${d.review}) is in the past.` });
    } else if (daysBetween(now, d.review) > MAX_EARLY_REVIEW_DAYS) {
      warnings.push({
        code: 'early-review-far',
        field: 'decision.review',
        message: `The earlier review (${d.review}) is more than ${MAX_EARLY_REVIEW_DAYS} days away. After a sign like this, a review in ${EARLY_REVIEW_DAYS} days is usual.`,
      });
    }
  } else if (d?.kind === 'referral' && d.by < now) {
    warnings.push({
      code: 'decision-date-past',
      field: 'decision.by',
      message: `The date the tests or referral should happen by (${d.by}) is in the past.`,
    });
  }
  const unchecked = SIGN_IDS.filter((id) => p.redFlags[id] === 'not-asked');
  if (unchecked.length) {
    warnings.push({
      code: 'signs-not-asked',
      field: 'redFlags',
      message: `${unchecked.length} of the ${SIGN_IDS.length} red-flag signs are not recorded as checked: ${unchecked.map((id) => localeText(locale).plan.signs[id].label).join('; ')}. The plan shows them as "not checked today".`,
    });
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
