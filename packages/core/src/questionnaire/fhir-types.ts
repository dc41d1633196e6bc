/**
 * The small part of FHIR R4 that the questionnaire uses, typed by hand so that core needs no
 * FHIR dependency. Field names and cardinalities follow the R4 specification
 * (hl7.org/fhir/R4/questionnaire.html, questionnaireresponse.html); elements we never write
 * are left out. Resources read from outside are checked field by field, never trusted to
 * match these types.
 */

/** R4 `Coding`. */
export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

/** R4 `CodeableConcept`. */
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

/** R4 `Extension`, limited to the value types the questionnaire uses. */
export interface Extension {
  url: string;
  valueDecimal?: number;
  valueCode?: string;
  valueString?: string;
  valueCodeableConcept?: CodeableConcept;
}

/** R4 `Questionnaire.item.type`. */
export type QuestionnaireItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity';

/** R4 `Questionnaire.item.enableWhen` (only the answer types we use). */
export interface QuestionnaireEnableWhen {
  question: string;
  operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  answerBoolean?: boolean;
  answerCoding?: Coding;
}

/** R4 `Questionnaire.item.answerOption` (only the value types we use). */
export interface QuestionnaireAnswerOption {
  extension?: Extension[];
  valueCoding?: Coding;
  valueString?: string;
  initialSelected?: boolean;
}

/** R4 `Questionnaire.item`. */
export interface QuestionnaireItem {
  extension?: Extension[];
  linkId: string;
  prefix?: string;
  text?: string;
  type: QuestionnaireItemType;
  enableWhen?: QuestionnaireEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerOption?: QuestionnaireAnswerOption[];
  item?: QuestionnaireItem[];
}

/** R4 `PublicationStatus`. */
export type PublicationStatus = 'draft' | 'active' | 'retired' | 'unknown';

/** R4 `Questionnaire`. */
export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  language?: string;
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  status: PublicationStatus;
  experimental?: boolean;
  subjectType?: string[];
  date?: string;
  publisher?: string;
  description?: string;
  copyright?: string;
  item?: QuestionnaireItem[];
}

/** R4 `QuestionnaireResponse.status`. */
export type QuestionnaireResponseStatus = 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';

/** R4 `QuestionnaireResponse.item.answer` (only the value types we use). */
export interface QuestionnaireResponseItemAnswer {
  valueBoolean?: boolean;
  valueCoding?: Coding;
  valueString?: string;
  item?: QuestionnaireResponseItem[];
}

/** R4 `QuestionnaireResponse.item`. */
export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseItemAnswer[];
  item?: QuestionnaireResponseItem[];
}

/** R4 `QuestionnaireResponse`. */
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  language?: string;
  /** Canonical URL of the Questionnaire, with `|version`. */
  questionnaire?: string;
  status: QuestionnaireResponseStatus;
  /** FHIR dateTime, e.g. `2026-03-01T09:30:00Z`. */
  authored?: string;
  item?: QuestionnaireResponseItem[];
}
