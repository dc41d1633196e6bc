import type { TextLimitWords } from '../i18n/text-limit.js';
import type { EmergencyContact } from '../questionnaire/content.js';
import { SIGN_IDS, TIER2_IDS, type ServiceContacts, type SignId, type SignText, type SignTier, type Tier2Id, type UrgentContact } from './signs.js';
import { isOneOf } from '../one-of.js';
import { SIGN_STATUSES, type CheckCoverage, type SignStatus } from './triage.js';

export {
  AGE_THRESHOLDS,
  BACKGROUND_IDS,
  isBackground,
  SIGN_IDS,
  tierOf,
  TIER2_IDS,
  warningSigns,
  type BackgroundId,
  type ServiceContacts,
  type SignId,
  type SignText,
  type SignTier,
  type Tier2Id,
  type UrgentContact,
} from './signs.js';

/**
 * The watchful-waiting plan's vocabulary and every word it shows, per locale.
 *
 * Clinical sources, listed in docs/evidence.md: #red-flag-signs (tiers and routine review),
 * #self-care-steps (NICE NG59 medicines, without doses) and #how-back-pain-gets-better (what to
 * expect). Tailoring: each high belief theme adds its lead line and sections. Tier 1 signs are
 * self-checked (any "yes" means emergency advice); Tier 2 signs are reviewed by the clinician,
 * never self-screened.
 * All wording is our own, in plain language: each locale reads at grade 6 or lower as a
 * whole and each string at grade 8 or lower (test/node/plan.test.ts). No figure is typed
 * here: the recovery figures come from the evidence registry by fact id.
 */

export { SIGN_STATUSES, type CheckCoverage, type SignStatus } from './triage.js';

/**
 * Self-care steps (docs/evidence.md#self-care-steps). `sleep-positions` is left out on
 * purpose: the evidence review gives no evidence for it.
 */
export const SELF_CARE_IDS = ['keep-active', 'walking', 'exercises', 'heat', 'work', 'pain-relief', 'stay-positive'] as const;
export type SelfCareId = (typeof SELF_CARE_IDS)[number];

/**
 * The stretches of time the week-by-week hints cover. They are tied to the plan's own
 * dates (check-in, then review), so no week number is typed into the text.
 */
export const PHASES = ['first-days', 'until-check-in', 'until-review'] as const;
export type Phase = (typeof PHASES)[number];

export const isSignId = (x: unknown): x is SignId => isOneOf(SIGN_IDS, x);
export const isTier2Id = (x: unknown): x is Tier2Id => isOneOf(TIER2_IDS, x);
export const isSignStatus = (x: unknown): x is SignStatus => isOneOf(SIGN_STATUSES, x);
export const isSelfCareId = (x: unknown): x is SelfCareId => isOneOf(SELF_CARE_IDS, x);

/** Deployer or clinician overrides for a region that shares a locale but not its services. */
export interface ServiceOverrides {
  emergency?: Partial<EmergencyContact>;
  urgent?: Partial<UrgentContact>;
}

/** One self-care step. */
export interface SelfCareText {
  title: string;
  /** A few words that go with the title on the plan's first card ("Do a bit more each day."). */
  brief: string;
  /** Why it helps, in a sentence or two. */
  why: string;
  /** What to do in each stretch of the plan. */
  hints: Record<Phase, string>;
}

/**
 * How a sign shows in "What we checked": found (a warning sign present), noted (a background
 * risk factor present), checked and not found, or not checked today. In this order.
 */
export const CHECK_GROUPS = ['found', 'noted', 'absent', 'not-asked'] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

/** Everything the written record (legitimacy module) needs. */
export interface StatementInput {
  /** Today's date, formatted for the locale. */
  date: string;
  /** The clinician's name, or '' when not given. */
  clinician: string;
  /** The practice's name, or '' when not given. */
  practice: string;
  coverage: CheckCoverage;
  /** A Tier 2 sign was found and assessed: the record claims no "found none". */
  found: boolean;
  checkIn: string;
  review: string;
}

/** Every word of the watchful-waiting plan, in one locale. Functions fill in dates and services. */
export interface PlanCatalog {
  title: string;
  signs: Record<SignId, SignText>;
  selfCare: Record<SelfCareId, SelfCareText>;
  /** The locale's services. Overridable: see `servicesFor`. */
  services: ServiceContacts;
  /** "Go to A&E or call 999 now. …" (core's `signActions`, tier 1) */
  emergencyAction: (c: EmergencyContact) => string;
  /** "Call NHS 111 or get an urgent GP appointment today." (core's `signActions`, tier 2) */
  urgentAction: (c: UrgentContact) => string;
  /**
   * Replaces the plan for a Tier 1 sign (found or reported), and for a Tier 2 sign while the
   * clinician has recorded no decision (DESIGN.md: red flags always win).
   */
  needsToBeSeen: Record<'emergency' | 'urgent', { heading: string; reason: string }> & {
    /** Heads the signs the clinician recorded as present. */
    found: string;
    /** Heads the Tier 1 signs the patient reported in the questionnaire. */
    reported: string;
    /** Heads what the clinician arranged (Tier 1 present: the emergency referral). */
    arranged: string;
    /** The action beside an emergency referral already arranged. */
    underWay: (c: EmergencyContact) => string;
  };
  /**
   * The short card a watchful-waiting or tests-arranged plan opens with, so a patient who reads
   * nothing else knows the plan: the next date, the steps that matter most, and when to get help.
   */
  glance: {
    heading: string;
    /** Tests or a referral arranged: what was arranged, and the line that leads to its date (in place of the review). */
    arranged: { label: string; text: string };
    /** Heads the steps: `all` when the card shows every step chosen, `first` when it shows the first three. */
    steps: { all: string; first: string };
    /** When to get help: each tier's "when" names its list of signs in the safety net, by that list's heading. */
    help: { heading: string; when: Record<SignTier, string> };
  };
  /** Tier 2 present, tests or referral arranged: what happens next. */
  arranged: { heading: string; intro: string; by: (date: string) => string; chase: string };
  /** Tier 2 present, assessed: waiting is still right, with an earlier review. */
  earlyReview: { heading: string; intro: string; reasonIntro: string; next: (date: string) => string };
  safetyNet: {
    heading: string;
    intro: string;
    /** The intro when only the Tier 1 signs are shown, while someone waits to be seen today. */
    whileWaiting: string;
    tiers: Record<SignTier, { heading: string; when: string }>;
  };
  checked: {
    heading: string;
    intro: string;
    /** What each sign's status is called in a short status line. */
    status: Record<CheckGroup, string>;
    /** Heads each group of signs in the list, in CHECK_GROUPS order. */
    groups: Record<CheckGroup, string>;
    /** One line under the list: how much was checked, or that a sign was found. */
    summary: Record<CheckCoverage | 'found', string>;
  };
  recovery: { heading: string; intro: string };
  steps: {
    heading: string;
    intro: string;
    phase: (phase: Phase, dates: { checkIn: string; review: string }) => string;
    noteHeading: string;
  };
  dates: {
    heading: string;
    /** The earlier review a clinician sets after assessing a Tier 2 sign. */
    early: { label: string; text: string };
    checkIn: { label: string; text: string };
    review: { label: string; text: string };
    atReview: string;
  };
  routineReview: { heading: string; intro: string; items: (checkIn: string) => string[] };
  scanTriggers: { heading: string; intro: string; defaults: (review: string) => string[] };
  goals: { heading: string; intro: string };
  contacts: {
    heading: string;
    practice: (name: string) => string;
    phone: (phone: string) => string;
    clinician: (name: string) => string;
    emergency: (c: EmergencyContact) => string;
    urgent: (c: UrgentContact) => string;
  };
  /** Tailoring: the lead line of each high theme, and the written record (legitimacy). */
  tailoring: {
    threat: string;
    navigation: string;
    legitimacy: { heading: string; intro: string; statement: (p: StatementInput) => string[] };
  };
  /** The patient view's working words. */
  ui: {
    /** The link that saves the dates as a calendar file. */
    addToCalendar: string;
    /** Under the link: what the file holds. */
    calendarHint: string;
    /** The summary of the folded list of every sign checked. */
    showAllSigns: string;
    /** Heads the list of parts of a plan that could not be used. */
    problemHeading: string;
  };
  /**
   * Services for a page whose region we do not know (en-AU reads en-GB text, but 999 is wrong
   * there): no number is guessed. A page sets its own with attributes.
   */
  unknownRegionServices: ServiceContacts;
  /** The clinician's form (mode="edit"). Clinician-facing: not held to the patient reading grade. */
  edit: PlanEditText;
  ical: {
    calendarName: string;
    earlyReviewSummary: string;
    earlyReviewText: string;
    checkInSummary: string;
    reviewSummary: string;
    checkInText: string;
    reviewText: string;
    contact: (practice: string, phone: string) => string;
    warning: (c: EmergencyContact) => string;
    alarm: (summary: string) => string;
  };
}

/** The clinician's form: labels, hints and the warnings heading. */
export interface PlanEditText {
  heading: string;
  intro: string;
  redFlags: {
    legend: string;
    hint: string;
    tiers: Record<SignTier | 'background', string>;
    /** Under the background risk factors: what recording one does. */
    backgroundHint: string;
    status: Record<SignStatus, string>;
    /** The extra choice beside a sign the patient reported: asked again, and absent. */
    rechecked: string;
    /** Beside a sign the patient answered yes to in the questionnaire. */
    conflict: string;
  };
  /** Shown while a sign is marked present: what the patient's plan becomes. */
  triage: Record<'emergency' | 'urgent' | 'referral' | 'early-review' | 'conflict', string>;
  /** The clinician's decision after a sign is found (DESIGN.md, Data flow). */
  decision: {
    legend: string;
    kinds: Record<'emergency' | 'referral' | 'wait', string>;
    arranged: string;
    arrangedHint: string;
    by: string;
    reason: string;
    reasonHint: string;
    review: string;
    reviewHint: string;
  };
  selfCare: { legend: string; note: string; noteHint: string };
  goals: { label: string; hint: string };
  dates: { legend: string; checkIn: string; review: string; hint: string };
  scanTriggers: { label: string; hint: string };
  practice: { legend: string; name: string; phone: string; clinician: string };
  warningsHeading: string;
  errorsHeading: string;
  /** A text box near its limit: the count, and what is said as it fills. */
  limit: TextLimitWords;
}
