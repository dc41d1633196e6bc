import type { EmergencyContact } from '../questionnaire/content.js';
import { TIER1_IDS, type Tier1Id } from '../questionnaire/ids.js';

/**
 * The red-flag signs (docs/evidence.md#red-flag-signs): their ids, tiers and the guideline ages
 * they name. Their words, and what to do for each tier with the locale's services, are in each
 * locale's pack (`localeText(locale).signs`, `.signActions`): one source for every component,
 * the clinician's review, the patient's plan, the explainer's lists and the letters.
 */

/**
 * The nine Tier 2 signs (docs/evidence.md#tier-2-signs): reviewed by the clinician, never
 * self-screened, because most people with new back pain report at least one sign from the broad
 * list (registry: red-flag-answers). The Tier 1 signs reuse the questionnaire's linkIds
 * (`TIER1_IDS`).
 */
export const TIER2_IDS = [
  'rf2-fever',
  'rf2-cancer',
  'rf2-weight',
  'rf2-immune',
  'rf2-fracture-risk',
  'rf2-lump',
  'rf2-constant',
  'rf2-cough',
  'rf2-age',
] as const;
export type Tier2Id = (typeof TIER2_IDS)[number];

/**
 * Every red-flag sign of the plan's review: Tier 1 first, then Tier 2, each in the evidence
 * review's order (docs/evidence.md#red-flag-signs).
 */
export type SignId = Tier1Id | Tier2Id;
export const SIGN_IDS: readonly SignId[] = [...TIER1_IDS, ...TIER2_IDS];

/**
 * 1 = emergency now (docs/evidence.md#tier-1-signs); 2 = see a clinician the same day
 * (docs/evidence.md#tier-2-signs).
 */
export type SignTier = 1 | 2;

/** The tier of a sign. */
export function tierOf(id: SignId): SignTier {
  return (TIER2_IDS as readonly string[]).includes(id) ? 2 : 1;
}

/**
 * Background risk factors: recorded in the clinician's review, never a warning sign on their
 * own (low diagnostic accuracy, Downie 2013; docs/evidence.md#background-risk-factors). They
 * never make a plan urgent and are in no "get help today" list: the patient is asked to mention
 * them instead.
 */
export const BACKGROUND_IDS = ['rf2-age'] as const satisfies readonly Tier2Id[];
export type BackgroundId = (typeof BACKGROUND_IDS)[number];

/** True for a background risk factor (see BACKGROUND_IDS). */
export const isBackground = (id: SignId): id is BackgroundId => (BACKGROUND_IDS as readonly string[]).includes(id);

/** The warning signs of a tier, in order: what the safety net and the explainer list (no background risk factors). */
export function warningSigns(tier: SignTier): SignId[] {
  return SIGN_IDS.filter((id) => tierOf(id) === tier && !isBackground(id));
}

/**
 * The ages named in Tier 2 signs. These are guideline thresholds, not figures from a study
 * (docs/evidence.md#ages-named-in-the-signs): the fracture-risk sign ("over about 70"; Henschke
 * 2009, Downie 2013) and the background risk factor (new pain before 20 or after 50; NICE CKS
 * via G-Care, ACP 2011).
 */
export const AGE_THRESHOLDS = { young: 20, older: 50, fracture: 70 } as const;

export interface SignText {
  /** Short checklist label, for the clinician's review and "What we checked today". */
  label: string;
  /**
   * A plain "watch for" line for the patient's safety net. For a background risk factor: the
   * line that asks the patient to mention it to their clinician.
   */
  watch: string;
}

/** Where to go the same day for a Tier 2 sign. */
export interface UrgentContact {
  /** A phone line for same-day advice, worded to follow "Call", e.g. "NHS 111". */
  line: string;
  /** A same-day place or appointment, e.g. "an urgent GP appointment" or "urgent care". */
  place: string;
}

/** The services the signs' actions name: emergency now (Tier 1) and same day (Tier 2). */
export interface ServiceContacts {
  emergency: EmergencyContact;
  urgent: UrgentContact;
}
