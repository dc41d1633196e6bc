import { isIsoDate } from '../dates.js';
import type { Say } from '../i18n/input-messages.js';
import { isRecord } from '../questionnaire/scoring.js';

/**
 * The problems `fromCarePlan` reports, and the checks of single values read from a CarePlan: each
 * gives a problem with a stable code when the value is not what it should be.
 */

/**
 * What a problem is about, for code that reacts to it (the message says it in plain words):
 * - `not-json`, `not-object`, `not-careplan`, `not-scanwise`: not a Scanwise CarePlan (no plan);
 * - `entered-in-error`: marked so (no plan); `other-version`: read as this version;
 * - `unsupported`: a modifier (modifierExtension, doNotPerform) or a reference outside the
 *   CarePlan, which this reader cannot follow (a modifierExtension on the CarePlan: no plan);
 * - `wrong-type`, `missing`, `unknown-code`, `duplicate`, `invalid-date`, `too-many`: that part;
 * - `unreadable`: part of the input threw when read (a getter or a proxy);
 * - `text-shortened`, `invalid-plan`: from `validatePlan`, with the plan's field names.
 */
export const CAREPLAN_PROBLEM_CODES = [
  ...['not-json', 'not-object', 'not-careplan', 'not-scanwise', 'other-version', 'entered-in-error', 'unsupported'],
  ...['wrong-type', 'missing', 'unknown-code', 'duplicate', 'invalid-date', 'too-many', 'unreadable', 'text-shortened', 'invalid-plan'],
] as const;
export type CarePlanProblemCode = (typeof CAREPLAN_PROBLEM_CODES)[number];

/** One thing wrong with a CarePlan read. */
export interface CarePlanProblem {
  code: CarePlanProblemCode;
  /** Where: a path in the CarePlan (e.g. `activity[2].detail.code.coding[0]`), or the plan's field for a problem `validatePlan` found. */
  field: string;
  message: string;
}

/** The most entries read from any list in a CarePlan. Ours hold about 40 at most. */
export const MAX_FHIR_LIST = 100;

/** Adds a problem, its words left for later (see `UnwordedProblem`). */
export type AddProblem = (code: CarePlanProblemCode, field: string, say: Say) => void;

/** A list's entries, up to MAX_FHIR_LIST. Missing: none. */
export function listAt(value: unknown, field: string, add: AddProblem): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    add('wrong-type', field, (w) => w.carePlan.notList(field, value));
    return [];
  }
  if (value.length <= MAX_FHIR_LIST) return value;
  const count = value.length;
  add('too-many', field, (w) => w.carePlan.tooMany(field, count, MAX_FHIR_LIST));
  return value.slice(0, MAX_FHIR_LIST);
}

/** Text, or undefined when missing (no problem: `validatePlan` knows what is required) or not text. */
export function textAt(value: unknown, field: string, add: AddProblem): string | undefined {
  if (typeof value === 'string' || value === undefined) return value;
  add('wrong-type', field, (w) => w.carePlan.notText(field, value));
  return undefined;
}

/** A YYYY-MM-DD date, or undefined when missing or not a real date. */
export function dateAt(value: unknown, field: string, add: AddProblem): string | undefined {
  if (value === undefined) return undefined;
  if (isIsoDate(value)) return value;
  add(typeof value === 'string' ? 'invalid-date' : 'wrong-type', field, (w) => w.carePlan.notDate(field, value));
  return undefined;
}

/** The code of a Coding when it is from `system` and `isKnown` accepts it. */
export function codeOf<T extends string>(
  coding: unknown,
  system: string,
  isKnown: (x: unknown) => x is T,
  field: string,
  add: AddProblem,
): T | undefined {
  if (!isRecord(coding)) {
    add(coding === undefined ? 'missing' : 'wrong-type', field, (w) => w.carePlan.notCoding(field, coding));
    return undefined;
  }
  if (coding.system === system && isKnown(coding.code)) return coding.code;
  const { code, system: given } = coding;
  add('unknown-code', field, (w) => w.carePlan.unknownCode(field, code, given, system));
  return undefined;
}

/** The text of an extension or a part of one (`valueString` or `valueCode`). */
export function valueText(ext: Record<string, unknown>, key: 'valueString' | 'valueCode', field: string, add: AddProblem): string | undefined {
  const value = ext[key];
  if (typeof value === 'string') return value;
  add(value === undefined ? 'missing' : 'wrong-type', `${field}.${key}`, (w) => w.carePlan.notText(`${field}.${key}`, value));
  return undefined;
}
