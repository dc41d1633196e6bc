import type { DecisionKind } from './triage.js';

/**
 * The URLs and codes of the plan's FHIR R4 CarePlan (see `./fhir.ts`): the canonical URL that
 * marks a CarePlan as ours, our code systems and our extensions. The base is the one the
 * questionnaire's canonical URL uses.
 */

const FHIR_BASE = 'https://scanwise.dev/fhir';

/** What the CarePlan instantiates, and the version of this mapping. */
export const PLAN_DEFINITION_URL = `${FHIR_BASE}/PlanDefinition/watchful-waiting`;
export const CAREPLAN_VERSION = '0.1.0';
/** `CarePlan.instantiatesCanonical`: our canonical URL with its version. */
export const CAREPLAN_CANONICAL = `${PLAN_DEFINITION_URL}|${CAREPLAN_VERSION}`;

/** Our code systems: the activities (self-care step ids and the codes below) and the red-flag signs (sign ids). */
export const PLAN_ACTIVITY_SYSTEM = `${FHIR_BASE}/CodeSystem/plan-activity`;
export const RED_FLAG_SYSTEM = `${FHIR_BASE}/CodeSystem/red-flag`;

/** The activity codes besides the self-care step ids. */
export const ACTIVITY_CODES = {
  selfCareNote: 'self-care-note',
  checkIn: 'check-in',
  review: 'review',
  decision: { emergency: 'decision-emergency', referral: 'decision-referral', wait: 'decision-wait' } satisfies Record<DecisionKind, string>,
} as const;

/** Base of our extension URLs. */
export const PLAN_EXTENSION_BASE = `${FHIR_BASE}/StructureDefinition/`;
/** Our extensions, by what they hold. */
export const PLAN_EXTENSIONS = {
  /** One per sign: `sign` (valueCoding) and `status` (valueCode: absent, present, not-asked). */
  redFlag: `${PLAN_EXTENSION_BASE}plan-red-flag`,
  /** One per Tier 1 sign asked again and found absent, in order (valueCoding). */
  rechecked: `${PLAN_EXTENSION_BASE}plan-rechecked`,
  /** One per scan or referral trigger, in order (valueString). */
  scanTrigger: `${PLAN_EXTENSION_BASE}plan-scan-trigger`,
  /** `name`, `phone`, `clinician` (valueString); left out when all are blank. */
  practice: `${PLAN_EXTENSION_BASE}plan-practice`,
  /** The IANA time zone (valueCode). */
  timeZone: `${PLAN_EXTENSION_BASE}plan-time-zone`,
  /** `emergency-number`, `emergency-service`, `urgent-line`, `urgent-place` (valueString). */
  services: `${PLAN_EXTENSION_BASE}plan-services`,
} as const;

/** The parts of the services extension, and where each goes in `Plan.services`. */
export const SERVICE_PARTS = {
  'emergency-number': ['emergency', 'number'],
  'emergency-service': ['emergency', 'service'],
  'urgent-line': ['urgent', 'line'],
  'urgent-place': ['urgent', 'place'],
} as const;

/** R4's extension for a value that is required but not known. */
export const DATA_ABSENT_REASON_URL = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
