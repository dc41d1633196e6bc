/**
 * The watchful-waiting plan, DOM-free: its words per locale, the Plan type, validation,
 * triage, the model a view renders (tailored by the questionnaire's profile), the iCalendar
 * reminders and the FHIR R4 CarePlan. Its evidence: docs/evidence.md#how-back-pain-gets-better,
 * #self-care-steps, #review-timing and #red-flag-signs. Each high belief theme adds its module; Tier 1
 * signs are self-checked, Tier 2 signs are reviewed by the clinician, never self-screened.
 */
export {
  AGE_THRESHOLDS,
  BACKGROUND_IDS,
  CHECK_GROUPS,
  isBackground,
  isSelfCareId,
  isSignId,
  isSignStatus,
  isTier2Id,
  PHASES,
  SELF_CARE_IDS,
  SIGN_IDS,
  SIGN_STATUSES,
  tierOf,
  TIER2_IDS,
  warningSigns,
  type BackgroundId,
  type CheckCoverage,
  type CheckGroup,
  type Phase,
  type PlanCatalog,
  type PlanEditText,
  type SelfCareId,
  type SelfCareText,
  type ServiceContacts,
  type ServiceOverrides,
  type SignId,
  type SignStatus,
  type SignText,
  type SignTier,
  type StatementInput,
  type Tier2Id,
  type UrgentContact,
} from './catalog.js';
export { CHECK_IN_DAYS, DEFAULT_SELF_CARE, MAX_REVIEW_DAYS, REVIEW_DAYS, addDays, defaultPlan } from './defaults.js';
export { checkPlan, PLAN_LIMITS, PLAN_TEXT_LIMITS, planServices, validatePlan, wordPlan, type PlanCheck } from './validate.js';
export { planWarnings, reviewConflicts } from './checks.js';
export { mergeServices, planModel, planSection, sectionOrder } from './model.js';
export { GLANCE_STEPS } from './sections/glance.js';
export { RECOVERY_FACT_IDS } from './recovery.js';
export type {
  CheckedItem,
  DateLine,
  GlanceDate,
  GlanceHelp,
  Plan,
  PlanKind,
  PlanModel,
  PlanModelOptions,
  PlanProblem,
  PlanResult,
  PlanSection,
  PlanSectionId,
  PlanTextField,
  PlanWarning,
  PracticeContact,
  RecoveryFact,
  SafetyNetTier,
  SignLine,
  StepPhase,
} from './types.js';
export {
  coverageOf,
  DECISION_KINDS,
  decisionNeeded,
  decisionOf,
  EARLY_REVIEW_DAYS,
  MAX_EARLY_REVIEW_DAYS,
  reportedSigns,
  reviewOf,
  triageOf,
  unsettledReports,
  type ClinicalDecision,
  type DecisionKind,
  type DecisionNeeded,
  type PlanTriage,
  type ReviewRecord,
} from './triage.js';
export { ALARM_TRIGGER, escapeText, foldLine, ICAL_PRODID, MAX_LINE_OCTETS, toICalendar, type ICalOptions } from './ical.js';
export {
  ACTIVITY_CODES,
  CAREPLAN_CANONICAL,
  CAREPLAN_VERSION,
  DATA_ABSENT_REASON_URL,
  PLAN_ACTIVITY_SYSTEM,
  PLAN_DEFINITION_URL,
  PLAN_EXTENSION_BASE,
  PLAN_EXTENSIONS,
  RED_FLAG_SYSTEM,
  SERVICE_PARTS,
} from './careplan-codes.js';
export { CAREPLAN_PROBLEM_CODES, MAX_FHIR_LIST, type CarePlanProblem, type CarePlanProblemCode } from './careplan-values.js';
export { fromCarePlan, toCarePlan, type CarePlanOptions, type CarePlanResult } from './fhir.js';
export type * from './careplan-types.js';
export { servicesFor } from './services.js';
