/**
 * Reading a plan from outside (a form, storage, a JSON string): `validatePlan` checks every
 * part and keeps every valid one, with a plain-language problem for each wrong one. Also the
 * limits of the clinician's free text.
 */
import { isIsoDate } from '../dates.js';
import { isTier1Id } from '../questionnaire/ids.js';
import { describe, isRecord, parseIfString } from '../questionnaire/scoring.js';
import { cutText, wellFormed } from '../text.js';
import { isSelfCareId, isSignId, isSignStatus, type SelfCareId } from './catalog.js';
import { addDays, CHECK_IN_DAYS, defaultPlan, REVIEW_DAYS } from './defaults.js';
import { DECISION_KINDS, decisionNeeded, type ClinicalDecision, type DecisionKind } from './triage.js';
import type { Plan, PlanProblem, PlanResult, PlanTextField } from './types.js';

/**
 * The most characters kept in each kind of free text, and the most items in a list. Characters
 * are UTF-16 units, as a text box's `maxlength` counts them. `list` is the most a box that takes
 * a list one item a line can hold: `listItems` items of `text`, with a line break between.
 */
export const PLAN_LIMITS = { text: 200, note: 2000, phone: 40, listItems: 10, list: 2009 } as const;

/**
 * The limit of each free-text field the clinician's form edits, by its field name: the
 * `maxlength` of its box. `goals` and `scanTriggers` are lists, one item a line: each item also
 * has the limit `PLAN_LIMITS.text`.
 */
export const PLAN_TEXT_LIMITS = {
  'decision.arranged': PLAN_LIMITS.text,
  'decision.reason': PLAN_LIMITS.text,
  selfCareNote: PLAN_LIMITS.note,
  goals: PLAN_LIMITS.list,
  scanTriggers: PLAN_LIMITS.list,
  'practice.name': PLAN_LIMITS.text,
  'practice.phone': PLAN_LIMITS.phone,
  'practice.clinician': PLAN_LIMITS.text,
} as const satisfies Record<PlanTextField, number>;

const PLAN_FIELDS = [
  'redFlags',
  'decision',
  'rechecked',
  'selfCare',
  'selfCareNote',
  'goals',
  'checkIn',
  'review',
  'scanTriggers',
  'practice',
  'timeZone',
  'services',
];
const PRACTICE_FIELDS = ['name', 'phone', 'clinician'] as const;
const DATE_NAMES = { checkIn: 'check-in date', review: 'review date' } as const;
const DECISION_FIELDS: Record<DecisionKind, readonly string[]> = {
  emergency: ['kind', 'arranged'],
  referral: ['kind', 'arranged', 'by'],
  wait: ['kind', 'reason', 'review'],
};
/** What a missing decision is told, by what the review calls for. */
const DECISION_MISSING: Record<'emergency' | 'tier2', string> = {
  emergency: 'A Tier 1 sign is recorded as present, so this is an emergency referral. Record what you arranged.',
  tier2:
    'A Tier 2 sign is recorded as present. Record your decision: tests or referral arranged (what, and by when), or assessed and waiting is still right (why, with an earlier review).',
};
const PHONE_NUMBER = /^\+?[0-9][0-9 ()-]*$/;
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

type Add = (field: string, message: string, code?: PlanProblem['code']) => void;

/**
 * Text as kept: well formed (a lone surrogate becomes U+FFFD) and trimmed; over `max` characters
 * it is cut where no letter or emoji is split, with a problem that names the field and the
 * limit. Non-text gives a problem.
 */
function readText(value: unknown, field: string, what: string, max: number, add: Add): string | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'string') {
    add(field, `The ${what} should be text, but it is ${describe(value)}.`);
    return undefined;
  }
  const text = wellFormed(value).trim();
  if (text.length <= max) return text;
  const kept = cutText(text, max).trimEnd();
  const split = kept.length < max ? `, so that no letter or emoji is split (the most is ${max})` : '';
  add(field, `The ${what} is ${text.length} characters long. Only the first ${kept.length} are kept${split}.`, 'text-shortened');
  return kept;
}

/** A list of texts: blank items are dropped; items beyond PLAN_LIMITS.listItems are left out. */
function readTextList(value: unknown, field: string, what: string, add: Add): string[] | undefined {
  if (value == null) return undefined;
  if (!Array.isArray(value)) {
    add(field, `The ${what} should be a list of texts, but it is ${describe(value)}.`);
    return undefined;
  }
  const items = value
    .map((item, i) => readText(item, `${field}[${i}]`, `item ${i + 1} of the ${what}`, PLAN_LIMITS.text, add))
    .filter((item): item is string => !!item);
  if (items.length > PLAN_LIMITS.listItems) {
    add(field, `The ${what} has ${items.length} items. Only the first ${PLAN_LIMITS.listItems} are kept.`);
  }
  return items.slice(0, PLAN_LIMITS.listItems);
}

/** Why a string is not a real YYYY-MM-DD date, in plain words. */
function dateProblem(value: unknown, what: string): string {
  if (typeof value !== 'string') return `The ${what} should be a date written as YYYY-MM-DD, but it is ${describe(value)}.`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return `The ${what} ${describe(value)} is not written as YYYY-MM-DD (for example 2026-12-07).`;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return `The ${what} ${value} is not a real date: there is no month ${month}.`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `The ${what} ${value} is not a real date: that month has only ${days} days.`;
}

/** The canonical IANA name of a time zone, or undefined when it is not one. */
function canonicalTimeZone(name: string): string | undefined {
  if (!IANA_NAME.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function reportUnknown(raw: Record<string, unknown>, known: readonly string[], where: string, add: Add): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key))
      add(where ? `${where}.${key}` : key, `${describe(key)} is not part of ${where ? `"${where}"` : 'a plan'}, so it was left out.`);
  }
}

function readRedFlags(value: unknown, plan: Plan, add: Add): void {
  if (value == null) return;
  if (!isRecord(value)) {
    add('redFlags', `"redFlags" should be an object with one entry per sign, but it is ${describe(value)}.`);
    return;
  }
  for (const [id, raw] of Object.entries(value)) {
    const field = `redFlags.${id}`;
    const status = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
    if (!isSignId(id)) add(field, `There is no red-flag sign called ${describe(id)}.`);
    else if (isSignStatus(status)) plan.redFlags[id] = status;
    else {
      add(field, `The sign "${id}" should be "absent", "present" or "not-asked", but it is ${describe(raw)}. It is shown as not checked.`);
    }
  }
}

/**
 * The clinician's decision. Read after the review, which says whether one is needed: a missing
 * one is a problem (older plans had none), never a silent default. The partial plan keeps a
 * decision only when it is complete, so a half-made one cannot reach the patient.
 */
function readDecision(value: unknown, plan: Plan, add: Add): void {
  const need = decisionNeeded(plan.redFlags);
  if (value == null) {
    if (need) add('decision', DECISION_MISSING[need]);
    return;
  }
  if (!isRecord(value)) {
    add('decision', `"decision" should be an object with a "kind", but it is ${describe(value)}.`);
    return;
  }
  const kind = value.kind;
  if (!DECISION_KINDS.includes(kind as DecisionKind)) {
    add('decision.kind', `The decision's kind should be "emergency", "referral" or "wait", but it is ${describe(kind)}.`);
    return;
  }
  if (!need) {
    add('decision', 'A decision is recorded, but no sign in the review is present, so it was left out.');
    return;
  }
  if (need === 'emergency' && kind !== 'emergency') {
    add('decision.kind', 'A Tier 1 sign is present, so the decision must be an emergency referral (kind "emergency").');
    return;
  }
  if (need === 'tier2' && kind === 'emergency') {
    add('decision.kind', 'No Tier 1 sign is present, so the decision is "referral" or "wait", not "emergency".');
    return;
  }
  reportUnknown(value, DECISION_FIELDS[kind as DecisionKind], 'decision', add);
  let complete = true;
  // Text cut to its limit keeps the decision complete: only what is missing or not text does not.
  const missing: Add = (field, message, code) => {
    if (code !== 'text-shortened') complete = false;
    add(field, message, code);
  };
  const text = (key: string, what: string) => {
    const given = value[key];
    if (given == null || (typeof given === 'string' && !given.trim())) {
      missing(`decision.${key}`, `Write ${what}.`);
      return '';
    }
    return readText(given, `decision.${key}`, what, PLAN_LIMITS.text, missing) ?? '';
  };
  const date = (key: string, what: string) => {
    const v = value[key];
    if (isIsoDate(v)) return v;
    missing(`decision.${key}`, v == null ? `Give ${what}.` : dateProblem(v, what));
    return '';
  };
  const decision: ClinicalDecision =
    kind === 'emergency'
      ? { kind, arranged: text('arranged', 'what you arranged') }
      : kind === 'referral'
        ? { kind, arranged: text('arranged', 'what you arranged'), by: date('by', 'the date it should happen by') }
        : {
            kind: 'wait',
            reason: text('reason', 'what you checked and why waiting is still safe'),
            review: date('review', 'the date of the earlier review'),
          };
  if (complete) plan.decision = decision;
}

/** The Tier 1 signs asked again and found absent: only signs the review records as absent. */
function readRechecked(value: unknown, plan: Plan, add: Add): void {
  if (value == null) return;
  if (!Array.isArray(value)) {
    add('rechecked', `"rechecked" should be a list of Tier 1 sign ids, but it is ${describe(value)}.`);
    return;
  }
  value.forEach((id, i) => {
    if (!isTier1Id(id)) add(`rechecked[${i}]`, `${describe(id)} is not a Tier 1 sign, so "asked again" was left out.`);
    else if (plan.redFlags[id] !== 'absent')
      add(`rechecked[${i}]`, `"${id}" is marked "asked again: absent", but the review records it as ${plan.redFlags[id]}. It was left out.`);
    else if (!plan.rechecked.includes(id)) plan.rechecked.push(id);
  });
}

function readSelfCare(value: unknown, plan: Plan, add: Add): void {
  if (value == null) return;
  if (!Array.isArray(value)) {
    add('selfCare', `"selfCare" should be a list of self-care steps, but it is ${describe(value)}.`);
    return;
  }
  const chosen: SelfCareId[] = [];
  value.forEach((id, i) => {
    if (!isSelfCareId(id)) add(`selfCare[${i}]`, `There is no self-care step called ${describe(id)}.`);
    else if (!chosen.includes(id)) chosen.push(id);
  });
  plan.selfCare = chosen;
}

/** Reads a date into the plan; true when a valid one was given. */
function readDate(value: unknown, key: keyof typeof DATE_NAMES, plan: Plan, add: Add): boolean {
  if (value == null) return false;
  const text = typeof value === 'string' ? value.trim() : value;
  if (isIsoDate(text)) {
    plan[key] = text;
    return true;
  }
  add(key, dateProblem(value, DATE_NAMES[key]));
  return false;
}

function readPractice(value: unknown, plan: Plan, add: Add): void {
  if (value == null) return;
  if (!isRecord(value)) {
    add('practice', `"practice" should be an object with a name, a phone and a clinician, but it is ${describe(value)}.`);
    return;
  }
  reportUnknown(value, PRACTICE_FIELDS, 'practice', add);
  const what = { name: "practice's name", phone: "practice's phone number", clinician: "clinician's name" };
  for (const key of PRACTICE_FIELDS) {
    const max = key === 'phone' ? PLAN_LIMITS.phone : PLAN_LIMITS.text;
    const text = readText(value[key], `practice.${key}`, what[key], max, add);
    if (text !== undefined) plan.practice[key] = text;
  }
}

/** The service overrides a plan may carry, with what each is called in messages. */
const SERVICE_FIELDS = {
  emergency: { number: 'emergency phone number', service: 'emergency service' },
  urgent: { line: 'same-day phone line', place: 'same-day service' },
} as const;

function readServices(value: unknown, plan: Plan, add: Add): void {
  if (value == null) return;
  if (!isRecord(value)) {
    add('services', `"services" should be an object, but it is ${describe(value)}.`);
    return;
  }
  reportUnknown(value, Object.keys(SERVICE_FIELDS), 'services', add);
  const services: Record<string, Record<string, string>> = {};
  for (const [group, names] of Object.entries(SERVICE_FIELDS)) {
    const raw = value[group];
    if (raw == null) continue;
    if (!isRecord(raw)) {
      add(`services.${group}`, `"services.${group}" should be an object, but it is ${describe(raw)}.`);
      continue;
    }
    reportUnknown(raw, Object.keys(names), `services.${group}`, add);
    const kept: Record<string, string> = {};
    for (const [key, what] of Object.entries(names)) {
      const field = `services.${group}.${key}`;
      const text = readText(raw[key], field, what, key === 'number' ? PLAN_LIMITS.phone : PLAN_LIMITS.text, add);
      if (!text) continue;
      if (key === 'number' && !PHONE_NUMBER.test(text)) {
        add(field, `The emergency phone number ${describe(text)} is not a phone number, so the usual number is shown.`);
      } else kept[key] = text;
    }
    if (Object.keys(kept).length) services[group] = kept;
  }
  // Only the groups and keys of SERVICE_FIELDS get this far.
  if (Object.keys(services).length) plan.services = services;
}

/**
 * Checks a plan from outside (a form, storage, a JSON string) against `today` (YYYY-MM-DD).
 * Never throws. Each wrong or unknown value gives a plain-language problem; `partial` keeps
 * every valid part and fills the rest from `defaultPlan(today)`. A missing field or `null`
 * takes its default without a problem. Free text is kept as text, however odd.
 */
export function validatePlan(input: unknown, today: string): PlanResult {
  const problems: PlanProblem[] = [];
  const add: Add = (field, message, code) => problems.push(code ? { field, message, code } : { field, message });
  const plan = defaultPlan(today);
  try {
    readPlan(input, plan, add);
  } catch {
    // Only exotic input gets here (a getter or proxy that throws): keep what was read.
    add('(input)', 'Part of the plan could not be read, so it was left out.');
  }
  return problems.length ? { ok: false, problems, partial: plan } : { ok: true, plan };
}

function readPlan(input: unknown, plan: Plan, add: Add): void {
  const parsed = parseIfString(input);
  if ('error' in parsed) {
    add('(input)', 'The plan could not be read: the text is not valid JSON.');
    return;
  }
  const raw = parsed.value;
  if (!isRecord(raw)) {
    add('(input)', `The plan should be an object, but it is ${describe(raw)}.`);
    return;
  }
  reportUnknown(raw, PLAN_FIELDS, '', add);

  readRedFlags(raw.redFlags, plan, add);
  readRechecked(raw.rechecked, plan, add);
  readDecision(raw.decision, plan, add);
  readSelfCare(raw.selfCare, plan, add);
  plan.selfCareNote = readText(raw.selfCareNote, 'selfCareNote', 'self-care note', PLAN_LIMITS.note, add) ?? '';
  plan.goals = readTextList(raw.goals, 'goals', 'goals', add) ?? [];
  plan.scanTriggers = readTextList(raw.scanTriggers, 'scanTriggers', 'scan or referral triggers', add) ?? [];
  readDate(raw.checkIn, 'checkIn', plan, add);
  const reviewGiven = readDate(raw.review, 'review', plan, add);
  if (plan.review < plan.checkIn) {
    // A review given before the check-in is a problem; a default one just moves along.
    if (reviewGiven) {
      add('review', `The review date (${plan.review}) is before the check-in date (${plan.checkIn}). Choose a review date on or after the check-in.`);
    }
    plan.review = addDays(plan.checkIn, REVIEW_DAYS - CHECK_IN_DAYS);
  }
  readPractice(raw.practice, plan, add);

  const zone = readText(raw.timeZone, 'timeZone', 'time zone', PLAN_LIMITS.text, add);
  if (zone) {
    const canonical = canonicalTimeZone(zone);
    if (canonical) plan.timeZone = canonical;
    else add('timeZone', `${describe(zone)} is not a time zone name such as "Europe/London" or "America/New_York".`);
  }
  readServices(raw.services, plan, add);
}

/** A valid plan from anything: the plan itself, or the valid parts of it. */
export function soundPlan(plan: unknown, today: string): Plan {
  const checked = validatePlan(plan, today);
  return checked.ok ? checked.plan : checked.partial;
}
