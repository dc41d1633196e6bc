import { isIsoDate } from '../dates.js';
import { isTier1Id, type Tier1Id } from '../questionnaire/ids.js';
import { isRecord, type ExpectationProfile } from '../questionnaire/scoring.js';
import { isBackground, SIGN_IDS, tierOf, type SignId } from './signs.js';

/**
 * What a red-flag review and the clinician's decision make of a plan (DESIGN.md, Data flow),
 * DOM-free and without the plan's words, so the explainer can follow a plan without carrying
 * its catalog. A sign the clinician records as present is their finding, made while seeing the
 * patient: it leads to the decision they record, never to an alarm that contradicts the visit.
 */

/**
 * What the clinician recorded for one sign. `not-asked` is not `absent`: a sign nobody
 * checked is shown as "not checked today", never as "not found".
 */
export const SIGN_STATUSES = ['absent', 'present', 'not-asked'] as const;
export type SignStatus = (typeof SIGN_STATUSES)[number];

/**
 * What the clinician decided after recording a sign as present (DESIGN.md, Data flow). A sign
 * found while seeing the patient leads to this decision, never to an alarm that contradicts
 * the visit:
 * - `emergency`: a Tier 1 sign is present; `arranged` says what was arranged (an ambulance, A&E).
 * - `referral`: a Tier 2 sign is present; tests or a referral are `arranged`, to happen `by` a date.
 * - `wait`: a Tier 2 sign is present, assessed, and waiting is still right: the `reason` in
 *   plain words, and an earlier `review` (7 days by default, 14 at most).
 */
export type ClinicalDecision =
  { kind: 'emergency'; arranged: string } | { kind: 'referral'; arranged: string; by: string } | { kind: 'wait'; reason: string; review: string };
export type DecisionKind = ClinicalDecision['kind'];
export const DECISION_KINDS: readonly DecisionKind[] = ['emergency', 'referral', 'wait'];

/** Which decision a review calls for: Tier 1 present, a Tier 2 warning sign present, or none. */
export type DecisionNeeded = 'emergency' | 'tier2' | null;

/**
 * What the review and the decision make of the plan:
 * - `emergency`: a Tier 1 sign is present, or the patient reported one that the review has
 *   not settled (recorded present, or asked again and absent);
 * - `urgent`: a Tier 2 warning sign is present and no decision is recorded yet (the safe side:
 *   be seen today);
 * - `referral`: a Tier 2 sign is present, and tests or a referral are arranged;
 * - `early-review`: a Tier 2 sign is present, assessed, and waiting is still right;
 * - `routine`: no warning sign present (a background risk factor alone stays routine).
 */
export type PlanTriage = 'emergency' | 'urgent' | 'referral' | 'early-review' | 'routine';

/** The earlier review after a Tier 2 sign assessed as safe to wait: 7 days by default, 14 at most (a warning beyond). */
export const EARLY_REVIEW_DAYS = 7;
export const MAX_EARLY_REVIEW_DAYS = 14;

/** How many signs of the review were checked: decides what the written record may claim. */
export type CheckCoverage = 'all' | 'some' | 'none';

/** The parts of a plan its triage reads. */
export interface ReviewRecord {
  redFlags: Record<SignId, SignStatus>;
  decision: ClinicalDecision | null;
  rechecked: Tier1Id[];
}

/** The decision a review calls for: an emergency referral (Tier 1 present), a Tier 2 decision, or none. */
export function decisionNeeded(redFlags: Record<SignId, SignStatus>): DecisionNeeded {
  const present = SIGN_IDS.filter((id) => redFlags[id] === 'present');
  if (present.some((id) => tierOf(id) === 1)) return 'emergency';
  return present.some((id) => !isBackground(id)) ? 'tier2' : null;
}

/** The plan's decision when it is complete and fits the review (every field filled, real dates); else null. */
export function decisionOf(plan: ReviewRecord): ClinicalDecision | null {
  const d = plan.decision;
  const need = decisionNeeded(plan.redFlags);
  if (!d || !need || (need === 'emergency') !== (d.kind === 'emergency')) return null;
  const filled = (x: unknown) => typeof x === 'string' && x.trim() !== '';
  if (d.kind === 'emergency') return filled(d.arranged) ? d : null;
  if (d.kind === 'referral') return filled(d.arranged) && isIsoDate(d.by) ? d : null;
  return filled(d.reason) && isIsoDate(d.review) ? d : null;
}

/** The Tier 1 signs a profile reports (the patient's "yes" in the questionnaire). */
export function reportedSigns(profile: ExpectationProfile | null | undefined): Tier1Id[] {
  const signs = isRecord(profile) && isRecord(profile.flags) ? profile.flags.emergencySigns : undefined;
  return Array.isArray(signs) ? signs.filter(isTier1Id) : [];
}

/**
 * The Tier 1 signs the patient reported that the review has not settled: neither recorded as
 * present nor asked again and recorded absent. While any is left, the patient sees emergency
 * advice (the safe side) and the plan is not ready to share.
 */
export function unsettledReports(plan: ReviewRecord, profile: ExpectationProfile | null | undefined): Tier1Id[] {
  return reportedSigns(profile).filter(
    (id) => plan.redFlags[id] !== 'present' && !(plan.redFlags[id] === 'absent' && Array.isArray(plan.rechecked) && plan.rechecked.includes(id)),
  );
}

/** The plan's triage (see PlanTriage), from the review, the decision and the patient's answers. */
export function triageOf(plan: ReviewRecord, profile?: ExpectationProfile | null): PlanTriage {
  const need = decisionNeeded(plan.redFlags);
  if (need === 'emergency' || unsettledReports(plan, profile).length || unnamedReport(profile)) return 'emergency';
  if (need === null) return 'routine';
  const kind = decisionOf(plan)?.kind;
  return kind === 'referral' ? 'referral' : kind === 'wait' ? 'early-review' : 'urgent';
}

/**
 * A profile that says the patient reported an emergency sign without naming one: no review can
 * settle it, so it stays an emergency (as the explainer treats it).
 */
function unnamedReport(profile: ExpectationProfile | null | undefined): boolean {
  return isRecord(profile) && isRecord(profile.flags) && profile.flags.emergency === true && !reportedSigns(profile).length;
}

/** How much of the review was recorded: every sign, some, or none. */
export function coverageOf(plan: ReviewRecord): CheckCoverage {
  const asked = SIGN_IDS.filter((id) => plan.redFlags[id] !== 'not-asked').length;
  if (asked === SIGN_IDS.length) return 'all';
  return asked ? 'some' : 'none';
}

/**
 * The review and decision of a plan given from outside (an object or its JSON text), read
 * leniently for a component that only follows a plan (the explainer): a sign missing or
 * unreadable counts as not asked, and a decision counts only when complete (`decisionOf`).
 * Null when there is no readable review at all. The plan element itself checks a plan fully
 * with `validatePlan`.
 */
export function reviewOf(input: unknown): ReviewRecord | null {
  let raw = input;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!isRecord(raw) || !isRecord(raw.redFlags)) return null;
  const flags = raw.redFlags;
  const status = (id: SignId): SignStatus => {
    const v = flags[id];
    return (SIGN_STATUSES as readonly unknown[]).includes(v) ? (v as SignStatus) : 'not-asked';
  };
  return {
    redFlags: Object.fromEntries(SIGN_IDS.map((id) => [id, status(id)])) as Record<SignId, SignStatus>,
    decision: isRecord(raw.decision) ? (raw.decision as ClinicalDecision) : null,
    rechecked: Array.isArray(raw.rechecked) ? raw.rechecked.filter(isTier1Id) : [],
  };
}
