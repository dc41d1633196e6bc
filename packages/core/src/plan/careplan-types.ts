/**
 * The small part of FHIR R4 that the plan's CarePlan uses, typed by hand so that core needs no
 * FHIR dependency (as the questionnaire's `fhir-types.ts`). Field names and cardinalities follow
 * the R4 specification (hl7.org/fhir/R4/careplan.html, goal.html); elements we never write are
 * left out. Resources read from outside are checked field by field, never trusted to match.
 */
import type { CodeableConcept, Coding } from '../questionnaire/fhir-types.js';

/** R4 `Extension`, limited to the value types the CarePlan uses; a complex one holds `extension`. */
export interface CarePlanExtension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueCoding?: Coding;
  extension?: CarePlanExtension[];
}

/** R4 `Identifier` (the parts a reference to a patient or clinician usually carries). */
export interface Identifier {
  system?: string;
  value?: string;
}

/** R4 `Reference`. */
export interface Reference {
  extension?: CarePlanExtension[];
  /** A relative, absolute or local (`#id`) reference, e.g. `Patient/123`. */
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

/** R4 `Period`: FHIR dates (YYYY-MM-DD) here. */
export interface Period {
  start?: string;
  end?: string;
}

/** R4 `CarePlan.activity.detail.status`. */
export type CarePlanActivityStatus =
  'not-started' | 'scheduled' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled' | 'stopped' | 'unknown' | 'entered-in-error';

/** R4 `CarePlan.activity.detail`. */
export interface CarePlanActivityDetail {
  code?: CodeableConcept;
  status: CarePlanActivityStatus;
  scheduledPeriod?: Period;
  description?: string;
}

/** R4 `CarePlan.activity` (only the in-line `detail`; never a `reference`). */
export interface CarePlanActivity {
  detail?: CarePlanActivityDetail;
}

/** R4 `Goal`, as a contained resource of the CarePlan. */
export interface Goal {
  resourceType: 'Goal';
  id?: string;
  lifecycleStatus: 'proposed' | 'planned' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled' | 'entered-in-error' | 'rejected';
  description: CodeableConcept;
  subject: Reference;
}

/** R4 `CarePlan.status`. */
export type CarePlanStatus = 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';

/** R4 `CarePlan`. */
export interface CarePlan {
  resourceType: 'CarePlan';
  id?: string;
  language?: string;
  contained?: Goal[];
  extension?: CarePlanExtension[];
  /** Canonical URL of what the plan follows, with `|version`. */
  instantiatesCanonical?: string[];
  status: CarePlanStatus;
  intent: 'proposal' | 'plan' | 'order' | 'option';
  title?: string;
  subject: Reference;
  /** FHIR dateTime. */
  created?: string;
  author?: Reference;
  goal?: Reference[];
  activity?: CarePlanActivity[];
}
