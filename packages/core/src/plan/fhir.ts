import { localeText } from '../locales/registry.js';
import { todayIso } from '../dates.js';
import { DEFAULT_LOCALE, type Locale } from '../locales/registry.js';
import type { Coding } from '../questionnaire/fhir-types.js';
import { SIGN_IDS, type PlanCatalog, type SignId } from './catalog.js';
import type { CarePlan, CarePlanActivity, CarePlanActivityStatus, CarePlanExtension, Goal, Period, Reference } from './careplan-types.js';
import {
  ACTIVITY_CODES,
  CAREPLAN_CANONICAL,
  DATA_ABSENT_REASON_URL,
  PLAN_ACTIVITY_SYSTEM,
  PLAN_EXTENSIONS,
  RED_FLAG_SYSTEM,
  SERVICE_PARTS,
} from './careplan-codes.js';
import { readCarePlan } from './careplan-read.js';
import type { CarePlanProblem } from './careplan-values.js';
import type { Plan } from './types.js';
import { checkPlan } from './validate.js';
import type { UnwordedProblem } from '../i18n/input-messages.js';
import { wordProblems } from '../i18n/input-problems.js';
import type { ClinicalDecision } from './triage.js';

/**
 * The watchful-waiting plan as a FHIR R4 CarePlan, and back.
 * Where the plan's parts go:
 * - each self-care step, the clinician's own advice, the check-in, the review and the clinician's
 *   decision: an `activity` coded in PLAN_ACTIVITY_SYSTEM, its `description` in the plan's words;
 * - the goals: contained `Goal` resources, referenced from `goal` in order;
 * - the red-flag review, the signs asked again, the scan or referral triggers, the practice, the
 *   time zone and the service overrides: Scanwise extensions (PLAN_EXTENSIONS), as R4 has no
 *   element for them.
 * `instantiatesCanonical` holds CAREPLAN_CANONICAL: it marks the CarePlan as ours.
 */

export interface CarePlanOptions {
  /** The language of the title and of the words of each activity (default en-GB). */
  locale?: Locale;
  /**
   * The patient, e.g. `{ reference: 'Patient/123' }`. R4 requires a subject: without one it
   * says the patient is not known (data-absent-reason "unknown").
   */
  subject?: Reference;
  /** Who made the plan, e.g. `{ reference: 'Practitioner/7', display: 'Dr A Patel' }`. Left out if not given. */
  author?: Reference;
  /** When the plan was made, as a FHIR dateTime, e.g. `2026-11-23`. Left out if not given. */
  created?: string;
}

/** What `fromCarePlan` read: the plan, and what was wrong. */
export interface CarePlanResult {
  /**
   * The plan, checked with `validatePlan`. With no problems it is exactly the plan written; with
   * some it keeps every valid part (the rest as in `defaultPlan`). Null when the resource is not a
   * Scanwise CarePlan, or must not be used (entered in error, or a modifier extension).
   */
  plan: Plan | null;
  problems: CarePlanProblem[];
}

const UNKNOWN_SUBJECT: Reference = { extension: [{ url: DATA_ABSENT_REASON_URL, valueCode: 'unknown' }] };

/** A copy of a reference from the caller (plain JSON), so the CarePlan shares nothing with it. */
const copy = (ref: Reference): Reference => JSON.parse(JSON.stringify(ref)) as Reference;

const signCoding = (id: SignId, t: PlanCatalog): Coding => ({ system: RED_FLAG_SYSTEM, code: id, display: t.signs[id].label });

/** A complex extension of text parts; blank parts are left out, and so is an extension with none. */
function textParts(url: string, parts: Record<string, string | undefined>): CarePlanExtension[] {
  const extension = Object.entries(parts).flatMap(([name, value]) => (value ? [{ url: name, valueString: value }] : []));
  return extension.length ? [{ url, extension }] : [];
}

function planExtensions(plan: Plan, t: PlanCatalog): CarePlanExtension[] {
  const services = Object.entries(SERVICE_PARTS).map(
    ([name, [group, key]]) => [name, (plan.services?.[group] as Record<string, string> | undefined)?.[key]] as const,
  );
  return [
    ...SIGN_IDS.map((id) => ({
      url: PLAN_EXTENSIONS.redFlag,
      extension: [
        { url: 'sign', valueCoding: signCoding(id, t) },
        { url: 'status', valueCode: plan.redFlags[id] },
      ],
    })),
    ...plan.rechecked.map((id) => ({ url: PLAN_EXTENSIONS.rechecked, valueCoding: signCoding(id, t) })),
    ...plan.scanTriggers.map((text) => ({ url: PLAN_EXTENSIONS.scanTrigger, valueString: text })),
    ...textParts(PLAN_EXTENSIONS.practice, { ...plan.practice }),
    ...(plan.timeZone ? [{ url: PLAN_EXTENSIONS.timeZone, valueCode: plan.timeZone }] : []),
    ...textParts(PLAN_EXTENSIONS.services, Object.fromEntries(services)),
  ];
}

function activity(code: string, display: string, status: CarePlanActivityStatus, description: string, scheduledPeriod?: Period): CarePlanActivity {
  return {
    detail: {
      code: { coding: [{ system: PLAN_ACTIVITY_SYSTEM, code, display }] },
      status,
      ...(scheduledPeriod ? { scheduledPeriod } : {}),
      description,
    },
  };
}

const onDay = (date: string): Period => ({ start: date, end: date });

/** The clinician's decision: what was arranged (by when), or why waiting is right, with the earlier review. */
function decisionActivity(d: ClinicalDecision, t: PlanCatalog): CarePlanActivity {
  const code = ACTIVITY_CODES.decision[d.kind];
  const display = t.edit.decision.kinds[d.kind];
  if (d.kind === 'emergency') return activity(code, display, 'scheduled', d.arranged);
  if (d.kind === 'referral') return activity(code, display, 'scheduled', d.arranged, { end: d.by });
  return activity(code, display, 'scheduled', d.reason, onDay(d.review));
}

function activities(plan: Plan, t: PlanCatalog): CarePlanActivity[] {
  const { checkIn, review } = t.dates;
  return [
    ...plan.selfCare.map((id) => activity(id, t.selfCare[id].title, 'not-started', `${t.selfCare[id].brief} ${t.selfCare[id].why}`)),
    ...(plan.selfCareNote ? [activity(ACTIVITY_CODES.selfCareNote, t.steps.noteHeading, 'not-started', plan.selfCareNote)] : []),
    activity(ACTIVITY_CODES.checkIn, checkIn.label, 'scheduled', checkIn.text, onDay(plan.checkIn)),
    activity(ACTIVITY_CODES.review, review.label, 'scheduled', review.text, onDay(plan.review)),
    ...(plan.decision ? [decisionActivity(plan.decision, t)] : []),
  ];
}

/**
 * The plan as a FHIR R4 CarePlan (status active, intent plan), worded for `options.locale`, and
 * read back exactly by `fromCarePlan`. Never throws on a wrong plan: it is checked first and an
 * invalid part is written as `validatePlan` keeps it. Free text is written exactly as the plan
 * keeps it (a FHIR reader must escape it, as a view does). Valid against the R4 JSON schema, with
 * one catch: text with a Unicode space other than space, tab or a line break (U+00A0, U+2028 …)
 * is valid FHIR, but a JavaScript validator of the schema's string pattern rejects it.
 */
export function toCarePlan(input: Plan, options: CarePlanOptions = {}): CarePlan {
  const created = options.created?.slice(0, 10);
  const checked = checkPlan(input, created ?? todayIso());
  const plan = checked.ok ? checked.plan : checked.partial;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = localeText(locale).plan;
  const subject = (): Reference => copy(options.subject ?? UNKNOWN_SUBJECT);
  const goals = plan.goals.map((text, i): Goal => ({
    resourceType: 'Goal',
    id: `goal-${i + 1}`,
    lifecycleStatus: 'active',
    description: { text },
    subject: subject(),
  }));
  return {
    resourceType: 'CarePlan',
    language: locale,
    ...(goals.length ? { contained: goals } : {}),
    extension: planExtensions(plan, t),
    instantiatesCanonical: [CAREPLAN_CANONICAL],
    status: 'active',
    intent: 'plan',
    title: t.title,
    subject: subject(),
    ...(options.created ? { created: options.created } : {}),
    ...(options.author ? { author: copy(options.author) } : {}),
    ...(goals.length ? { goal: goals.map((g) => ({ reference: `#${g.id}` })) } : {}),
    activity: activities(plan, t),
  };
}

/**
 * Reads a plan back from a CarePlan (an object or its JSON text). Never throws. A resource that
 * is not a CarePlan, or not a Scanwise one, gives `plan: null`; so does one marked
 * "entered-in-error" or with a modifier extension. Otherwise every wrong part (an unknown code,
 * an impossible date, a value of the wrong type, a list far too long, a part given twice) gives a
 * problem with a stable `code` and a plain message, and the plan is checked with `validatePlan`,
 * so its limits and checks are the same as everywhere else (its problems come with the plan's
 * field names). Extensions of other publishers are ignored, as R4 allows.
 * `fromCarePlan(toCarePlan(plan)).plan` deep-equals a valid plan.
 *
 * The problems are in `locale`'s words (default en-GB): its `input` words must be loaded when
 * there are any (on a server, import '@scanwise/core/locales/all').
 */
export function fromCarePlan(resource: unknown, locale: Locale = DEFAULT_LOCALE): CarePlanResult {
  const problems: UnwordedProblem<CarePlanProblem>[] = [];
  const raw = readCarePlan(resource, (code, field, say) => problems.push({ code, field, say }));
  if (!raw) return { plan: null, problems: wordProblems(problems, locale) };
  const checked = checkPlan(raw, todayIso());
  if (checked.ok) return { plan: checked.plan, problems: wordProblems(problems, locale) };
  for (const p of checked.problems) problems.push({ code: p.code ?? 'invalid-plan', field: p.field, say: p.say });
  return { plan: checked.partial, problems: wordProblems(problems, locale) };
}
