/**
 * The types of the watchful-waiting plan: the plan a clinician records (`Plan`), what reading
 * one reports (`PlanProblem`, `PlanWarning`), and the model a view draws (`PlanModel` and its
 * `PlanSection`s). Types only: the code that reads a plan is validate.ts, the code that builds
 * the model is model.ts and sections/.
 */
import type { Locale } from '../locales/registry.js';
import type { Tier1Id } from '../questionnaire/ids.js';
import type { ExpectationProfile } from '../questionnaire/scoring.js';
import type { CheckGroup, Phase, SelfCareId, ServiceContacts, ServiceOverrides, SignId, SignStatus, SignTier } from './catalog.js';
import type { ClinicalDecision, PlanTriage } from './triage.js';

// ─── The plan ────────────────────────────────────────────────────────────────

/** The practice and the clinician who made the plan. '' means not given. */
export interface PracticeContact {
  name: string;
  phone: string;
  clinician: string;
}

/**
 * A watchful-waiting plan as the clinician records it: a plain object that survives JSON.
 * Dates are ISO YYYY-MM-DD. Free text is kept exactly as typed (trimmed): views escape it.
 */
export interface Plan {
  /** The clinician's red-flag review: every Tier 1 and Tier 2 sign (docs/evidence.md#red-flag-signs). */
  redFlags: Record<SignId, SignStatus>;
  /**
   * The clinician's decision when a sign is present: required then, and null otherwise.
   * Background risk factors (age) need none.
   */
  decision: ClinicalDecision | null;
  /**
   * Tier 1 signs the patient answered yes to in the questionnaire that the clinician asked
   * about again and recorded as absent. Only these settle such an answer; a plain "absent"
   * does not (the plan stays on emergency advice until it is settled).
   */
  rechecked: Tier1Id[];
  /** The self-care steps chosen, in the order to show them. */
  selfCare: SelfCareId[];
  /** The clinician's own self-care advice ('' when none). */
  selfCareNote: string;
  /** What the patient wants to get back to, in their words. */
  goals: string[];
  /** The check-in date (about 2 weeks by default; docs/evidence.md#review-timing). */
  checkIn: string;
  /** The review date (about 6 weeks by default; on or after the check-in). */
  review: string;
  /** What would make the clinician arrange a scan or referral. Empty: a default list is shown. */
  scanTriggers: string[];
  practice: PracticeContact;
  /** IANA time zone of the patient, e.g. "Europe/London", for calendar reminders. */
  timeZone?: string;
  /** Overrides of the locale's emergency and same-day services. */
  services?: ServiceOverrides;
}

/**
 * One thing wrong with a plan, in plain words. `field` names where it is. `code` is
 * `text-shortened` when text over its limit was cut (the message names the field and the limit).
 */
export interface PlanProblem {
  field: string;
  message: string;
  code?: 'text-shortened';
}

/** The result of reading a plan from outside. On failure `partial` keeps every valid part. */
export type PlanResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[]; partial: Plan };

/** Something worth a second look that does not stop the plan being used. */
export interface PlanWarning {
  code: 'review-past' | 'review-far' | 'check-in-past' | 'signs-not-asked' | 'early-review-far' | 'decision-date-past';
  field: string;
  message: string;
}

/**
 * A free-text field of the clinician's form, by its field name (see `PLAN_TEXT_LIMITS`).
 * `goals` and `scanTriggers` are lists, one item a line.
 */
export type PlanTextField =
  'decision.arranged' | 'decision.reason' | 'selfCareNote' | 'goals' | 'scanTriggers' | 'practice.name' | 'practice.phone' | 'practice.clinician';

// ─── The model a view renders ────────────────────────────────────────────────

export type PlanSectionId =
  | 'glance'
  | 'needs-to-be-seen'
  | 'arranged'
  | 'early-review'
  | 'statement'
  | 'checked'
  | 'safety-net'
  | 'recovery'
  | 'goals'
  | 'steps'
  | 'dates'
  | 'routine-review'
  | 'scan-triggers'
  | 'contacts';

/** A sign, worded for where it is shown. */
export interface SignLine {
  id: SignId;
  tier: SignTier;
  text: string;
}

export interface CheckedItem extends SignLine {
  status: SignStatus;
  /** Where the sign is listed: found, noted (background risk factor), absent or not checked. */
  group: CheckGroup;
  statusText: string;
}

export interface SafetyNetTier {
  tier: SignTier;
  heading: string;
  when: string;
  signs: SignLine[];
  /** What to do, with the locale's (or overridden) service and number. */
  action: string;
}

export interface RecoveryFact {
  id: string;
  statement: string;
  caveat?: string;
  /** How sure the research is, in the locale's standard words (IPDAS C5). */
  certaintyText: string;
  /** The figure's source: its short name and link (null when the registry names none). */
  source: { short: string; href: string | null } | null;
}

export interface DateLine {
  iso: string;
  /** The date in the locale's style, e.g. "7 December 2026". */
  formatted: string;
  label: string;
  text: string;
}

/**
 * The one date the plan's first card gives: the review, the earlier review after a Tier 2 sign
 * assessed as safe to wait, or the date the tests or referral arranged should happen by.
 */
export interface GlanceDate extends DateLine {
  kind: 'review' | 'early-review' | 'arranged';
  /** What was arranged, in the clinician's words (`arranged` only; null otherwise). */
  arranged: string | null;
}

/** When to get help, on the first card: when (a pointer to the tier's list of signs) and what to do. */
export interface GlanceHelp {
  tier: SignTier;
  when: string;
  /** The safety net's action for the tier, with the locale's (or overridden) service and number. */
  action: string;
}

export interface StepPhase {
  phase: Phase;
  heading: string;
  hints: { id: SelfCareId; title: string; text: string }[];
}

export type PlanSection =
  | {
      /**
       * The short card a watchful-waiting or tests-arranged plan opens with: the next date, the
       * first steps the clinician chose (GLANCE_STEPS at most, null when none), and the two
       * actions of the safety net. The signs themselves are listed once, in the safety net.
       */
      id: 'glance';
      heading: string;
      next: GlanceDate;
      steps: { heading: string; items: { id: SelfCareId; title: string; text: string }[] } | null;
      help: { heading: string; tiers: GlanceHelp[] };
    }
  | {
      id: 'needs-to-be-seen';
      heading: string;
      level: 'emergency' | 'urgent';
      action: string;
      reason: string;
      /** What the clinician arranged (an emergency referral), or null when nothing is recorded. */
      arranged: { heading: string; text: string } | null;
      foundHeading: string;
      found: SignLine[];
      reportedHeading: string;
      reported: SignLine[];
    }
  | { id: 'arranged'; heading: string; intro: string; text: string; by: string; chase: string }
  | { id: 'early-review'; heading: string; intro: string; found: SignLine[]; reasonIntro: string; reason: string; next: string }
  | { id: 'statement'; heading: string; intro: string; paragraphs: string[] }
  | {
      id: 'checked';
      heading: string;
      intro: string;
      items: CheckedItem[];
      groupHeadings: Record<CheckGroup, string>;
      summary: string;
      /** The summary of the folded list of every sign. */
      showAll: string;
    }
  | { id: 'safety-net'; heading: string; intro: string; tiers: SafetyNetTier[] }
  | {
      id: 'recovery';
      heading: string;
      intro: string;
      facts: RecoveryFact[];
      /** The words around each figure's source: "Source", and what is said when a figure has none. */
      sourceLabels: { source: string; notGiven: string };
    }
  | { id: 'goals'; heading: string; intro: string; items: string[] }
  | {
      id: 'steps';
      heading: string;
      intro: string;
      items: { id: SelfCareId; title: string; why: string }[];
      phases: StepPhase[];
      note: { heading: string; text: string } | null;
    }
  | {
      id: 'dates';
      heading: string;
      early: DateLine | null;
      checkIn: DateLine;
      review: DateLine;
      atReview: string;
      /** The words of the "add to calendar" link and the hint under it, where a page offers one. */
      calendar: { link: string; hint: string };
    }
  | { id: 'routine-review'; heading: string; intro: string; items: string[] }
  | { id: 'scan-triggers'; heading: string; intro: string; items: string[] }
  | {
      id: 'contacts';
      heading: string;
      lines: string[];
      /**
       * How many of the lines, at the end, are the emergency and same-day services: on paper a
       * plan that opens with its card (which names them) leaves them out here.
       */
      serviceLines: number;
    };

export interface PlanModelOptions {
  locale: Locale;
  /**
   * The questionnaire's profile: each high theme moves its sections to the top (threat, then
   * legitimacy, then navigation). A Tier 1 "yes" the review has not settled makes it emergency
   * advice.
   */
  profile?: ExpectationProfile | null;
  /** Today's date, YYYY-MM-DD. */
  today: string;
  /**
   * The page's own services (attributes of the element, or a region we do not know). Not
   * checked as a phone number; `plan.services` still wins.
   */
  services?: ServiceOverrides;
}

/**
 * What the patient's plan is:
 * - `watchful-waiting`: the plan (also after a Tier 2 sign assessed as safe to wait);
 * - `tests-arranged`: a Tier 2 sign with tests or a referral arranged: what happens next, the
 *   self-care steps and the warning signs, but no recovery figures, dates or scan talk;
 * - `needs-to-be-seen`: emergency advice (Tier 1), or "be seen today" while a Tier 2 sign has
 *   no decision: no self-care or waiting text at all.
 * The first two open with a short card (`glance`); the third, already short and urgent, has none.
 */
export type PlanKind = 'watchful-waiting' | 'tests-arranged' | 'needs-to-be-seen';

/** Everything a plan view draws, already worded for one locale. */
export interface PlanModel {
  locale: Locale;
  kind: PlanKind;
  triage: PlanTriage;
  title: string;
  /**
   * Lead lines of the high themes, in module order (threat, legitimacy, navigation). Empty unless
   * the plan is watchful waiting.
   */
  lead: string[];
  tailoring: { threat: boolean; legitimacy: boolean; navigation: boolean };
  services: ServiceContacts;
  /** The sections in the order to show them. */
  sections: PlanSection[];
  /** Registry facts shown, for the sources list. */
  factIds: string[];
}
