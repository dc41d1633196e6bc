/**
 * Reading a plan from outside (a form, storage, a JSON string): `validatePlan` checks every
 * part and keeps every valid one, with a plain-language problem for each wrong one. Also the
 * limits of the clinician's free text.
 */
import { isIsoDate } from '../dates.js';
import type { PlanDateName, PlanListName, PlanTextName, Say, UnwordedProblem } from '../i18n/input-messages.js';
import { wordProblems } from '../i18n/input-problems.js';
import { DEFAULT_LOCALE, type Locale } from '../locales/registry.js';
import { isTier1Id } from '../questionnaire/ids.js';
import { isRecord, parseIfString } from '../questionnaire/scoring.js';
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
const DECISION_FIELDS: Record<DecisionKind, readonly string[]> = {
  emergency: ['kind', 'arranged'],
  referral: ['kind', 'arranged', 'by'],
  wait: ['kind', 'reason', 'review'],
};
const PHONE_NUMBER = /^\+?[0-9][0-9 ()-]*$/;
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

type Add = (field: string, say: Say, code?: PlanProblem['code']) => void;

/**
 * Text as kept: well formed (a lone surrogate becomes U+FFFD) and trimmed; over `max` characters
 * it is cut where no letter or emoji is split, with a problem that names the field and the
 * limit. Non-text gives a problem.
 */
function readText(value: unknown, field: string, what: PlanTextName, max: number, add: Add): string | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'string') {
    add(field, (w) => w.plan.textNotText(what, value));
    return undefined;
  }
  const text = wellFormed(value).trim();
  if (text.length <= max) return text;
  const kept = cutText(text, max).trimEnd();
  add(field, (w) => w.plan.textTooLong(what, text.length, kept.length, max), 'text-shortened');
  return kept;
}

/** A list of texts: blank items are dropped; items beyond PLAN_LIMITS.listItems are left out. */
function readTextList(value: unknown, field: string, list: PlanListName, add: Add): string[] | undefined {
  if (value == null) return undefined;
  if (!Array.isArray(value)) {
    add(field, (w) => w.plan.listNotList(list, value));
    return undefined;
  }
  const items = value
    .map((item, i) => readText(item, `${field}[${i}]`, { item: i + 1, list }, PLAN_LIMITS.text, add))
    .filter((item): item is string => !!item);
  if (items.length > PLAN_LIMITS.listItems) {
    const count = items.length;
    add(field, (w) => w.plan.listTooLong(list, count, PLAN_LIMITS.listItems));
  }
  return items.slice(0, PLAN_LIMITS.listItems);
}

/** Why a string is not a real YYYY-MM-DD date, in plain words. */
function dateProblem(value: unknown, what: PlanDateName): Say {
  if (typeof value !== 'string') return (w) => w.plan.dateNotText(what, value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return (w) => w.plan.dateNotWritten(what, value);
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return (w) => w.plan.dateNoMonth(what, value, month);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (w) => w.plan.dateNoDay(what, value, days);
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
    if (!known.includes(key)) add(where ? `${where}.${key}` : key, (w) => w.plan.unknownField(key, where));
  }
}

function readRedFlags(value: unknown, plan: Plan, add: Add): void {
  if (value == null) return;
  if (!isRecord(value)) {
    add('redFlags', (w) => w.plan.redFlagsNotObject(value));
    return;
  }
  for (const [id, raw] of Object.entries(value)) {
    const field = `redFlags.${id}`;
    const status = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
    if (!isSignId(id)) add(field, (w) => w.plan.unknownSign(id));
    else if (isSignStatus(status)) plan.redFlags[id] = status;
    else add(field, (w) => w.plan.signStatus(id, raw));
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
    if (need) add('decision', (w) => w.plan.decisionMissing(need));
    return;
  }
  if (!isRecord(value)) {
    add('decision', (w) => w.plan.decisionNotObject(value));
    return;
  }
  const kind = value.kind;
  if (!DECISION_KINDS.includes(kind as DecisionKind)) {
    add('decision.kind', (w) => w.plan.decisionKind(kind));
    return;
  }
  if (!need) {
    add('decision', (w) => w.plan.decisionNotNeeded);
    return;
  }
  if (need === 'emergency' && kind !== 'emergency') {
    add('decision.kind', (w) => w.plan.decisionMustBeEmergency);
    return;
  }
  if (need === 'tier2' && kind === 'emergency') {
    add('decision.kind', (w) => w.plan.decisionNotEmergency);
    return;
  }
  reportUnknown(value, DECISION_FIELDS[kind as DecisionKind], 'decision', add);
  let complete = true;
  // Text cut to its limit keeps the decision complete: only what is missing or not text does not.
  const missing: Add = (field, say, code) => {
    if (code !== 'text-shortened') complete = false;
    add(field, say, code);
  };
  const text = (key: 'arranged' | 'reason') => {
    const given = value[key];
    if (given == null || (typeof given === 'string' && !given.trim())) {
      missing(`decision.${key}`, (w) => w.plan.decisionTextMissing(key));
      return '';
    }
    return readText(given, `decision.${key}`, key, PLAN_LIMITS.text, missing) ?? '';
  };
  const date = (key: 'by' | 'review', what: 'by' | 'earlyReview') => {
    const v = value[key];
    if (isIsoDate(v)) return v;
    missing(`decision.${key}`, v == null ? (w) => w.plan.decisionDateMissing(what) : dateProblem(v, what));
    return '';
  };
  const decision: ClinicalDecision =
    kind === 'emergency'
      ? { kind, arranged: text('arranged') }
      : kind === 'referral'
        ? { kind, arranged: text('arranged'), by: date('by', 'by') }
        : { kind: 'wait', reason: text('reason'), review: date('review', 'earlyReview') };
  if (complete) plan.decision = decision;
}

/** The Tier 1 signs asked again and found absent: only signs the review records as absent. */
function readRechecked(value: unknown, plan: Plan, add: Add): void {
  if (value == null) return;
  if (!Array.isArray(value)) {
    add('rechecked', (w) => w.plan.recheckedNotList(value));
    return;
  }
  value.forEach((id: unknown, i) => {
    if (!isTier1Id(id)) add(`rechecked[${i}]`, (w) => w.plan.recheckedNotTier1(id));
    else if (plan.redFlags[id] !== 'absent') {
      const status = plan.redFlags[id];
      add(`rechecked[${i}]`, (w) => w.plan.recheckedNotAbsent(id, status));
    } else if (!plan.rechecked.includes(id)) plan.rechecked.push(id);
  });
}

function readSelfCare(value: unknown, plan: Plan, add: Add): void {
  if (value == null) return;
  if (!Array.isArray(value)) {
    add('selfCare', (w) => w.plan.selfCareNotList(value));
    return;
  }
  const chosen: SelfCareId[] = [];
  value.forEach((id: unknown, i) => {
    if (!isSelfCareId(id)) add(`selfCare[${i}]`, (w) => w.plan.unknownSelfCare(id));
    else if (!chosen.includes(id)) chosen.push(id);
  });
  plan.selfCare = chosen;
}

/** Reads a date into the plan; true when a valid one was given. */
function readDate(value: unknown, key: 'checkIn' | 'review', plan: Plan, add: Add): boolean {
  if (value == null) return false;
  const text = typeof value === 'string' ? value.trim() : value;
  if (isIsoDate(text)) {
    plan[key] = text;
    return true;
  }
  add(key, dateProblem(value, key));
  return false;
}

function readPractice(value: unknown, plan: Plan, add: Add): void {
  if (value == null) return;
  if (!isRecord(value)) {
    add('practice', (w) => w.plan.practiceNotObject(value));
    return;
  }
  reportUnknown(value, PRACTICE_FIELDS, 'practice', add);
  const what = { name: 'practiceName', phone: 'practicePhone', clinician: 'clinicianName' } as const;
  for (const key of PRACTICE_FIELDS) {
    const max = key === 'phone' ? PLAN_LIMITS.phone : PLAN_LIMITS.text;
    const text = readText(value[key], `practice.${key}`, what[key], max, add);
    if (text !== undefined) plan.practice[key] = text;
  }
}

/** The service overrides a plan may carry, with what each is called in messages. */
const SERVICE_FIELDS: Record<'emergency' | 'urgent', Record<string, PlanTextName>> = {
  emergency: { number: 'emergencyNumber', service: 'emergencyService' },
  urgent: { line: 'urgentLine', place: 'urgentPlace' },
};

function readServices(value: unknown, plan: Pick<Plan, 'services'>, add: Add): void {
  if (value == null) return;
  if (!isRecord(value)) {
    add('services', (w) => w.fieldNotObject('services', value));
    return;
  }
  reportUnknown(value, Object.keys(SERVICE_FIELDS), 'services', add);
  const services: Record<string, Record<string, string>> = {};
  for (const [group, names] of Object.entries(SERVICE_FIELDS)) {
    const raw = value[group];
    if (raw == null) continue;
    if (!isRecord(raw)) {
      add(`services.${group}`, (w) => w.fieldNotObject(`services.${group}`, raw));
      continue;
    }
    reportUnknown(raw, Object.keys(names), `services.${group}`, add);
    const kept: Record<string, string> = {};
    for (const [key, what] of Object.entries(names)) {
      const field = `services.${group}.${key}`;
      const text = readText(raw[key], field, what, key === 'number' ? PLAN_LIMITS.phone : PLAN_LIMITS.text, add);
      if (!text) continue;
      if (key === 'number' && !PHONE_NUMBER.test(text)) add(field, (w) => w.plan.notPhone(text));
      else kept[key] = text;
    }
    if (Object.keys(kept).length) services[group] = kept;
  }
  // Only the groups and keys of SERVICE_FIELDS get this far.
  if (Object.keys(services).length) plan.services = services;
}

/**
 * The emergency and same-day services a plan (or its JSON text) names, kept as `checkPlan`
 * keeps them (a number that is not a phone number is left out), or undefined when it names none.
 * For an element that follows a plan only for its services; never throws, needs no words.
 */
export function planServices(input: unknown): Plan['services'] {
  const parsed = parseIfString(input);
  if ('error' in parsed || !isRecord(parsed.value)) return undefined;
  const read: Pick<Plan, 'services'> = {};
  readServices(parsed.value.services, read, () => undefined);
  return read.services;
}

/**
 * Checks a plan from outside (a form, storage, a JSON string) against `today` (YYYY-MM-DD).
 * Never throws. Each wrong or unknown value gives a plain-language problem, in `locale`'s words
 * (default en-GB; its `input` words must be loaded when there are problems: the elements load
 * them, and on a server import '@scanwise/core/locales/all'); `partial` keeps every valid part
 * and fills the rest from `defaultPlan(today)`. A missing field or `null` takes its default
 * without a problem. Free text is kept as text, however odd.
 */
export function validatePlan(input: unknown, today: string, locale: Locale = DEFAULT_LOCALE): PlanResult {
  return wordPlan(checkPlan(input, today), locale);
}

/** A `PlanResult` whose problems are not worded yet (see `UnwordedProblem`). */
export type PlanCheck = { ok: true; plan: Plan } | { ok: false; problems: UnwordedProblem<PlanProblem>[]; partial: Plan };

/** A `PlanCheck` worded in a locale (its `input` words must be loaded when there are problems). */
export function wordPlan(checked: PlanCheck, locale: Locale): PlanResult {
  return checked.ok ? checked : { ok: false, problems: wordProblems(checked.problems, locale), partial: checked.partial };
}

/**
 * `validatePlan` with its problems not worded yet (see `UnwordedProblem`): needs no words, so
 * it can run before a locale's words are loaded.
 */
export function checkPlan(input: unknown, today: string): PlanCheck {
  const problems: UnwordedProblem<PlanProblem>[] = [];
  const add: Add = (field, say, code) => problems.push(code ? { field, say, code } : { field, say });
  const plan = defaultPlan(today);
  try {
    readPlan(input, plan, add);
  } catch {
    // Only exotic input gets here (a getter or proxy that throws): keep what was read.
    add('(input)', (w) => w.plan.unreadable);
  }
  return problems.length ? { ok: false, problems, partial: plan } : { ok: true, plan };
}

function readPlan(input: unknown, plan: Plan, add: Add): void {
  const parsed = parseIfString(input);
  if ('error' in parsed) {
    add('(input)', (w) => w.notJson('plan'));
    return;
  }
  const raw = parsed.value;
  if (!isRecord(raw)) {
    add('(input)', (w) => w.plan.notObject(raw));
    return;
  }
  reportUnknown(raw, PLAN_FIELDS, '', add);

  readRedFlags(raw.redFlags, plan, add);
  readRechecked(raw.rechecked, plan, add);
  readDecision(raw.decision, plan, add);
  readSelfCare(raw.selfCare, plan, add);
  plan.selfCareNote = readText(raw.selfCareNote, 'selfCareNote', 'selfCareNote', PLAN_LIMITS.note, add) ?? '';
  plan.goals = readTextList(raw.goals, 'goals', 'goals', add) ?? [];
  plan.scanTriggers = readTextList(raw.scanTriggers, 'scanTriggers', 'scanTriggers', add) ?? [];
  readDate(raw.checkIn, 'checkIn', plan, add);
  const reviewGiven = readDate(raw.review, 'review', plan, add);
  if (plan.review < plan.checkIn) {
    // A review given before the check-in is a problem; a default one just moves along.
    if (reviewGiven) {
      const { review, checkIn } = plan;
      add('review', (w) => w.plan.reviewBeforeCheckIn(review, checkIn));
    }
    plan.review = addDays(plan.checkIn, REVIEW_DAYS - CHECK_IN_DAYS);
  }
  readPractice(raw.practice, plan, add);

  const zone = readText(raw.timeZone, 'timeZone', 'timeZone', PLAN_LIMITS.text, add);
  if (zone) {
    const canonical = canonicalTimeZone(zone);
    if (canonical) plan.timeZone = canonical;
    else add('timeZone', (w) => w.plan.notTimeZone(zone));
  }
  readServices(raw.services, plan, add);
}

/** A valid plan from anything: the plan itself, or the valid parts of it. Needs no words. */
export function soundPlan(plan: unknown, today: string): Plan {
  const checked = checkPlan(plan, today);
  return checked.ok ? checked.plan : checked.partial;
}
