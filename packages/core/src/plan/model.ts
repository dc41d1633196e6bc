import { getFact, isIsoDate } from '../evidence/registry.js';
import type { Locale } from '../i18n/locales.js';
import { formatDate } from '../i18n/messages.js';
import { isTier1Id, type Tier1Id } from '../questionnaire/definition.js';
import { describe, isRecord, parseIfString, type ExpectationProfile } from '../questionnaire/scoring.js';
import { cutText, wellFormed } from '../text.js';
import { RECOVERY_FACT_IDS } from './recovery.js';
import {
  isBackground,
  isSelfCareId,
  isSignId,
  isSignStatus,
  PHASES,
  planCatalog,
  servicesFor,
  SIGN_IDS,
  tierOf,
  warningSigns,
  type CheckGroup,
  type Phase,
  type SelfCareId,
  type ServiceContacts,
  type ServiceOverrides,
  type SignId,
  type SignStatus,
  type SignTier,
} from './catalog.js';
import {
  coverageOf,
  DECISION_KINDS,
  decisionNeeded,
  decisionOf,
  EARLY_REVIEW_DAYS,
  MAX_EARLY_REVIEW_DAYS,
  triageOf,
  unsettledReports,
  type ClinicalDecision,
  type DecisionKind,
  type PlanTriage,
} from './triage.js';


// ─── The plan ────────────────────────────────────────────────────────────────

/** The practice and the clinician who made the plan. '' means not given. */
export interface PracticeContact {
  name: string;
  phone: string;
  clinician: string;
}

/**
 * A watchful-waiting plan as the clinician records it: a plain object that survives JSON.
 * Dates are ISO YYYY-MM-DD. Free text is kept exactly as typed (trimmed): views escape it.
 */
export interface Plan {
  /** The clinician's red-flag review: every Tier 1 and Tier 2 sign (EVIDENCE.md §11). */
  redFlags: Record<SignId, SignStatus>;
  /**
   * The clinician's decision when a sign is present: required then, and null otherwise.
   * Background risk factors (age) need none.
   */
  decision: ClinicalDecision | null;
  /**
   * Tier 1 signs the patient answered yes to in the questionnaire that the clinician asked
   * about again and recorded as absent. Only these settle such an answer; a plain "absent"
   * does not (the plan stays on emergency advice until it is settled).
   */
  rechecked: Tier1Id[];
  /** The self-care steps chosen, in the order to show them. */
  selfCare: SelfCareId[];
  /** The clinician's own self-care advice ('' when none). */
  selfCareNote: string;
  /** What the patient wants to get back to, in their words. */
  goals: string[];
  /** The check-in date (about 2 weeks by default, EVIDENCE.md §7.16). */
  checkIn: string;
  /** The review date (about 6 weeks by default; on or after the check-in). */
  review: string;
  /** What would make the clinician arrange a scan or referral. Empty: a default list is shown. */
  scanTriggers: string[];
  practice: PracticeContact;
  /** IANA time zone of the patient, e.g. "Europe/London", for calendar reminders. */
  timeZone?: string;
  /** Overrides of the locale's emergency and same-day services. */
  services?: ServiceOverrides;
}

/**
 * One thing wrong with a plan, in plain words. `field` names where it is. `code` is
 * `text-shortened` when text over its limit was cut (the message names the field and the limit).
 */
export interface PlanProblem {
  field: string;
  message: string;
  code?: 'text-shortened';
}

/** The result of reading a plan from outside. On failure `partial` keeps every valid part. */
export type PlanResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[]; partial: Plan };

/** Something worth a second look that does not stop the plan being used. */
export interface PlanWarning {
  code: 'review-past' | 'review-far' | 'check-in-past' | 'signs-not-asked' | 'early-review-far' | 'decision-date-past';
  field: string;
  message: string;
}


/** Default timing (EVIDENCE.md §7.16): check-in at about 2 weeks, review at 4–6 weeks. */
export const CHECK_IN_DAYS = 14;
export const REVIEW_DAYS = 42;
/** A review further ahead than this is flagged (12 weeks: the end of the subacute phase, §7.6). */
export const MAX_REVIEW_DAYS = 84;

/** The self-care steps a new plan starts with: the advice meant for everyone (§7.1, §7.7, §7.8). */
export const DEFAULT_SELF_CARE: readonly SelfCareId[] = ['keep-active', 'walking', 'exercises', 'heat'];

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
} as const satisfies Record<string, number>;
export type PlanTextField = keyof typeof PLAN_TEXT_LIMITS;

const DAY_MS = 86_400_000;

/** The date `days` after an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** `today` when it is a real ISO date, else the current date (UTC). */
const safeToday = (today: unknown): string => (isIsoDate(today) ? today : new Date().toISOString().slice(0, 10));

/** A new plan: nothing checked yet (every sign `not-asked`), check-in in 14 days, review in 42. */
export function defaultPlan(today: string): Plan {
  const start = safeToday(today);
  return {
    redFlags: Object.fromEntries(SIGN_IDS.map((id) => [id, 'not-asked'])) as Record<SignId, SignStatus>,
    decision: null,
    rechecked: [],
    selfCare: [...DEFAULT_SELF_CARE],
    selfCareNote: '',
    goals: [],
    checkIn: addDays(start, CHECK_IN_DAYS),
    review: addDays(start, REVIEW_DAYS),
    scanTriggers: [],
    practice: { name: '', phone: '', clinician: '' },
  };
}

/**
 * What stops a plan being shared once the questionnaire is known: each reported Tier 1 sign
 * the review has not settled. `validatePlan` cannot see these, as it has no profile.
 */
export function reviewConflicts(plan: Plan, profile: ExpectationProfile | null | undefined, locale: Locale = 'en-GB'): PlanProblem[] {
  const t = planCatalog(locale);
  return unsettledReports(plan, profile).map((id) => ({
    field: `redFlags.${id}`,
    message: `"${t.signs[id].label}": ${t.edit.redFlags.conflict}`,
  }));
}

// ─── Validation ──────────────────────────────────────────────────────────────

const PLAN_FIELDS = ['redFlags', 'decision', 'rechecked', 'selfCare', 'selfCareNote', 'goals', 'checkIn', 'review', 'scanTriggers', 'practice', 'timeZone', 'services'];
const PRACTICE_FIELDS = ['name', 'phone', 'clinician'] as const;
const DATE_NAMES = { checkIn: 'check-in date', review: 'review date' } as const;
const DECISION_FIELDS: Record<DecisionKind, readonly string[]> = { emergency: ['kind', 'arranged'], referral: ['kind', 'arranged', 'by'], wait: ['kind', 'reason', 'review'] };
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
    if (!known.includes(key)) add(where ? `${where}.${key}` : key, `${describe(key)} is not part of ${where ? `"${where}"` : 'a plan'}, so it was left out.`);
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
        : { kind: 'wait', reason: text('reason', 'what you checked and why waiting is still safe'), review: date('review', 'the date of the earlier review') };
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
    else if (plan.redFlags[id] !== 'absent') add(`rechecked[${i}]`, `"${id}" is marked "asked again: absent", but the review records it as ${plan.redFlags[id]}. It was left out.`);
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
  if (Object.keys(services).length) plan.services = services as ServiceOverrides;
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

/** Overrides layered: each later one wins, key by key; blank values do not count (see servicesFor). */
export function mergeServices(...layers: (ServiceOverrides | undefined)[]): ServiceOverrides {
  const keep = <T extends object>(o: T | undefined) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => typeof v === 'string' && v.trim()));
  return {
    emergency: Object.assign({}, ...layers.map((l) => keep(l?.emergency))),
    urgent: Object.assign({}, ...layers.map((l) => keep(l?.urgent))),
  };
}

/** A valid plan from anything: the plan itself, or the valid parts of it. */
function sound(plan: unknown, today: string): Plan {
  const checked = validatePlan(plan, today);
  return checked.ok ? checked.plan : checked.partial;
}

/**
 * Things to check that do not stop the plan being used: dates in the past or far ahead, unchecked
 * signs (named in the locale's words).
 */
export function planWarnings(plan: Plan, today: string, locale: Locale = 'en-GB'): PlanWarning[] {
  const now = safeToday(today);
  const p = sound(plan, now);
  const warnings: PlanWarning[] = [];
  if (p.checkIn < now) {
    warnings.push({ code: 'check-in-past', field: 'checkIn', message: `The check-in date (${p.checkIn}) is in the past.` });
  }
  if (p.review < now) {
    warnings.push({ code: 'review-past', field: 'review', message: `The review date (${p.review}) is in the past. Choose today (${now}) or a later date.` });
  } else if (daysBetween(now, p.review) > MAX_REVIEW_DAYS) {
    warnings.push({
      code: 'review-far',
      field: 'review',
      message: `The review date (${p.review}) is more than 12 weeks away. A review at 4 to 6 weeks is usual if things are not clearly better.`,
    });
  }
  const d = p.decision;
  if (d?.kind === 'wait') {
    if (d.review < now) {
      warnings.push({ code: 'decision-date-past', field: 'decision.review', message: `The earlier review (${d.review}) is in the past.` });
    } else if (daysBetween(now, d.review) > MAX_EARLY_REVIEW_DAYS) {
      warnings.push({
        code: 'early-review-far',
        field: 'decision.review',
        message: `The earlier review (${d.review}) is more than ${MAX_EARLY_REVIEW_DAYS} days away. After a sign like this, a review in ${EARLY_REVIEW_DAYS} days is usual.`,
      });
    }
  } else if (d?.kind === 'referral' && d.by < now) {
    warnings.push({ code: 'decision-date-past', field: 'decision.by', message: `The date the tests or referral should happen by (${d.by}) is in the past.` });
  }
  const unchecked = SIGN_IDS.filter((id) => p.redFlags[id] === 'not-asked');
  if (unchecked.length) {
    warnings.push({
      code: 'signs-not-asked',
      field: 'redFlags',
      message: `${unchecked.length} of the ${SIGN_IDS.length} red-flag signs are not recorded as checked: ${unchecked.map((id) => planCatalog(locale).signs[id].label).join('; ')}. The plan shows them as "not checked today".`,
    });
  }
  return warnings;
}

// ─── The model a view renders ────────────────────────────────────────────────

export { RECOVERY_FACT_IDS } from './recovery.js';

export type PlanSectionId =
  | 'glance'
  | 'needs-to-be-seen'
  | 'arranged'
  | 'early-review'
  | 'statement'
  | 'checked'
  | 'safety-net'
  | 'recovery'
  | 'goals'
  | 'steps'
  | 'dates'
  | 'routine-review'
  | 'scan-triggers'
  | 'contacts';

/** A sign, worded for where it is shown. */
export interface SignLine {
  id: SignId;
  tier: SignTier;
  text: string;
}

export interface CheckedItem extends SignLine {
  status: SignStatus;
  /** Where the sign is listed: found, noted (background risk factor), absent or not checked. */
  group: CheckGroup;
  statusText: string;
}

export interface SafetyNetTier {
  tier: SignTier;
  heading: string;
  when: string;
  signs: SignLine[];
  /** What to do, with the locale's (or overridden) service and number. */
  action: string;
}

export interface RecoveryFact {
  id: string;
  statement: string;
  caveat?: string;
}

export interface DateLine {
  iso: string;
  /** The date in the locale's style, e.g. "7 December 2026". */
  formatted: string;
  label: string;
  text: string;
}

/** How many self-care steps the plan's first card shows: "the three steps that matter most". */
export const GLANCE_STEPS = 3;

/**
 * The one date the plan's first card gives: the review, the earlier review after a Tier 2 sign
 * assessed as safe to wait, or the date the tests or referral arranged should happen by.
 */
export interface GlanceDate extends DateLine {
  kind: 'review' | 'early-review' | 'arranged';
  /** What was arranged, in the clinician's words (`arranged` only; null otherwise). */
  arranged: string | null;
}

/** When to get help, on the first card: when (a pointer to the tier's list of signs) and what to do. */
export interface GlanceHelp {
  tier: SignTier;
  when: string;
  /** The safety net's action for the tier, with the locale's (or overridden) service and number. */
  action: string;
}

export interface StepPhase {
  phase: Phase;
  heading: string;
  hints: { id: SelfCareId; title: string; text: string }[];
}

export type PlanSection =
  | {
      /**
       * The short card a watchful-waiting or tests-arranged plan opens with: the next date, the
       * first steps the clinician chose (GLANCE_STEPS at most, null when none), and the two
       * actions of the safety net. The signs themselves are listed once, in the safety net.
       */
      id: 'glance';
      heading: string;
      next: GlanceDate;
      steps: { heading: string; items: { id: SelfCareId; title: string; text: string }[] } | null;
      help: { heading: string; tiers: GlanceHelp[] };
    }
  | {
      id: 'needs-to-be-seen';
      heading: string;
      level: 'emergency' | 'urgent';
      action: string;
      reason: string;
      /** What the clinician arranged (an emergency referral), or null when nothing is recorded. */
      arranged: { heading: string; text: string } | null;
      foundHeading: string;
      found: SignLine[];
      reportedHeading: string;
      reported: SignLine[];
    }
  | { id: 'arranged'; heading: string; intro: string; text: string; by: string; chase: string }
  | { id: 'early-review'; heading: string; intro: string; found: SignLine[]; reasonIntro: string; reason: string; next: string }
  | { id: 'statement'; heading: string; intro: string; paragraphs: string[] }
  | { id: 'checked'; heading: string; intro: string; items: CheckedItem[]; groupHeadings: Record<CheckGroup, string>; summary: string }
  | { id: 'safety-net'; heading: string; intro: string; tiers: SafetyNetTier[] }
  | { id: 'recovery'; heading: string; intro: string; facts: RecoveryFact[] }
  | { id: 'goals'; heading: string; intro: string; items: string[] }
  | { id: 'steps'; heading: string; intro: string; items: { id: SelfCareId; title: string; why: string }[]; phases: StepPhase[]; note: { heading: string; text: string } | null }
  | { id: 'dates'; heading: string; early: DateLine | null; checkIn: DateLine; review: DateLine; atReview: string }
  | { id: 'routine-review'; heading: string; intro: string; items: string[] }
  | { id: 'scan-triggers'; heading: string; intro: string; items: string[] }
  | {
      id: 'contacts';
      heading: string;
      lines: string[];
      /**
       * How many of the lines, at the end, are the emergency and same-day services: on paper a
       * plan that opens with its card (which names them) leaves them out here.
       */
      serviceLines: number;
    };

export interface PlanModelOptions {
  locale: Locale;
  /**
   * The questionnaire's profile: tailors the order (§D.4). A Tier 1 "yes" the review has not
   * settled makes it emergency advice.
   */
  profile?: ExpectationProfile | null;
  /** Today's date, YYYY-MM-DD. */
  today: string;
  /**
   * The page's own services (attributes of the element, or a region we do not know). Not
   * checked as a phone number; `plan.services` still wins.
   */
  services?: ServiceOverrides;
}

/**
 * What the patient's plan is:
 * - `watchful-waiting`: the plan (also after a Tier 2 sign assessed as safe to wait);
 * - `tests-arranged`: a Tier 2 sign with tests or a referral arranged: what happens next, the
 *   self-care steps and the warning signs, but no recovery figures, dates or scan talk;
 * - `needs-to-be-seen`: emergency advice (Tier 1), or "be seen today" while a Tier 2 sign has
 *   no decision: no self-care or waiting text at all.
 * The first two open with a short card (`glance`); the third, already short and urgent, has none.
 */
export type PlanKind = 'watchful-waiting' | 'tests-arranged' | 'needs-to-be-seen';

/** Everything a plan view draws, already worded for one locale. */
export interface PlanModel {
  locale: Locale;
  kind: PlanKind;
  triage: PlanTriage;
  title: string;
  /** Lead lines of the high themes, in module order (§D.4). Empty unless the plan is watchful waiting. */
  lead: string[];
  tailoring: { threat: boolean; legitimacy: boolean; navigation: boolean };
  services: ServiceContacts;
  /** The sections in the order to show them. */
  sections: PlanSection[];
  /** Registry facts shown, for the sources list. */
  factIds: string[];
}

/** A section of a model by id, typed, or undefined when the model has none. */
export function planSection<K extends PlanSectionId>(model: PlanModel, id: K): Extract<PlanSection, { id: K }> | undefined {
  return model.sections.find((s): s is Extract<PlanSection, { id: K }> => s.id === id);
}

/**
 * The standard order, when no theme is high (§D.4 "all themes low": standard plan): what we
 * checked, what to expect, what to do and when, then when to get help, and who to call.
 */
const STANDARD_ORDER: readonly PlanSectionId[] = ['checked', 'recovery', 'goals', 'steps', 'dates', 'safety-net', 'routine-review', 'scan-triggers', 'contacts'];

/** What each high theme moves to the top, in module order Threat → Legitimacy → Navigation. */
const MODULES = [
  { theme: 'threat', key: 'thr', lead: ['safety-net', 'checked'] },
  { theme: 'legitimacy', key: 'leg', lead: ['statement'] },
  { theme: 'navigation', key: 'nav', lead: ['steps', 'dates', 'scan-triggers'] },
] as const satisfies readonly { theme: string; key: string; lead: readonly PlanSectionId[] }[];

/** The section order for a tailoring: the leading sections of each high theme, then the rest. */
export function sectionOrder(tailoring: PlanModel['tailoring']): PlanSectionId[] {
  const lead = MODULES.flatMap((m) => (tailoring[m.theme] ? m.lead : []));
  return [...new Set<PlanSectionId>([...lead, ...STANDARD_ORDER])];
}

/**
 * With tests arranged: the card, what happens next, then the warning signs, the steps that still
 * apply, what we checked and who to call.
 */
const TESTS_ARRANGED_ORDER: readonly PlanSectionId[] = ['glance', 'arranged', 'safety-net', 'steps', 'checked', 'goals', 'contacts'];

function tailoringOf(profile: ExpectationProfile | null | undefined): PlanModel['tailoring'] {
  const high = (key: 'thr' | 'leg' | 'nav') => profile?.themes?.[key]?.level === 'high';
  return { threat: high('thr'), legitimacy: high('leg'), navigation: high('nav') };
}


/** Where a sign is listed under "What we checked". */
function groupOf(id: SignId, status: SignStatus): CheckGroup {
  if (status === 'present') return isBackground(id) ? 'noted' : 'found';
  return status;
}

/**
 * The data a plan view renders, worded for `options.locale`. Pure: the same input gives the
 * same model. The plan is checked first (invalid parts fall back as in `validatePlan`, so a
 * decision that is not complete counts as none).
 *
 * Brief by default: a plan opens with a card (`glance`), so a patient who reads nothing else
 * knows it: the next date to keep, the first GLANCE_STEPS self-care steps chosen, and the safety
 * net's two actions. The detailed sections follow, each thing in them once.
 *
 * A Tier 1 sign (present, or reported and not settled) gives emergency advice only. A Tier 2
 * sign gives the clinician's decision: tests arranged, or the plan with an earlier review; with
 * no decision yet, "be seen today". A background risk factor alone changes nothing.
 */
export function planModel(input: Plan, options: PlanModelOptions): PlanModel {
  const { locale, profile } = options;
  const today = safeToday(options.today);
  const plan = sound(input, today);
  const t = planCatalog(locale);
  const services = servicesFor(locale, mergeServices(options.services, plan.services));
  const date = (iso: string) => formatDate(iso, locale);
  const line = (id: SignId, text: string): SignLine => ({ id, tier: tierOf(id), text });
  const triage = triageOf(plan, profile);
  const decision = decisionOf(plan);

  const found = SIGN_IDS.filter((id) => plan.redFlags[id] === 'present' && !isBackground(id));
  const checked: PlanSection = {
    id: 'checked',
    heading: t.checked.heading,
    intro: t.checked.intro,
    items: SIGN_IDS.map((id) => {
      const group = groupOf(id, plan.redFlags[id]);
      return { ...line(id, t.signs[id].label), status: plan.redFlags[id], group, statusText: t.checked.status[group] };
    }),
    groupHeadings: t.checked.groups,
    summary: t.checked.summary[found.length ? 'found' : coverageOf(plan)],
  };
  const actionOf = (tier: SignTier) => (tier === 1 ? t.emergencyAction(services.emergency) : t.urgentAction(services.urgent));
  const safetyTier = (tier: SignTier): SafetyNetTier => ({
    tier,
    ...t.safetyNet.tiers[tier],
    signs: warningSigns(tier).map((id) => line(id, t.signs[id].watch)),
    action: actionOf(tier),
  });
  const safetyNet: PlanSection = { id: 'safety-net', heading: t.safetyNet.heading, intro: t.safetyNet.intro, tiers: [safetyTier(1), safetyTier(2)] };
  const { practice } = plan;
  const contactLines = (withUrgent: boolean): PlanSection => {
    const own = [practice.name && t.contacts.practice(practice.name), practice.phone && t.contacts.phone(practice.phone), practice.clinician && t.contacts.clinician(practice.clinician)];
    const serviceLines = [t.contacts.emergency(services.emergency), withUrgent && t.contacts.urgent(services.urgent)].filter((x): x is string => !!x);
    return { id: 'contacts', heading: t.contacts.heading, lines: [...own.filter((x): x is string => !!x), ...serviceLines], serviceLines: serviceLines.length };
  };
  const common = { locale, triage, title: t.title, services };
  /** The first card: the next date, the first steps chosen, and when to get help (no signs: those are the safety net's). */
  const glance = (next: GlanceDate): PlanSection => {
    const shown = plan.selfCare.slice(0, GLANCE_STEPS);
    return {
      id: 'glance',
      heading: t.glance.heading,
      next,
      steps: shown.length
        ? {
            heading: plan.selfCare.length > shown.length ? t.glance.steps.first : t.glance.steps.all,
            items: shown.map((id) => ({ id, title: t.selfCare[id].title, text: t.selfCare[id].brief })),
          }
        : null,
      help: { heading: t.glance.help.heading, tiers: ([1, 2] as const).map((tier) => ({ tier, when: t.glance.help.when[tier], action: actionOf(tier) })) },
    };
  };
  const untailored = { threat: false, legitimacy: false, navigation: false };

  if (triage === 'emergency' || triage === 'urgent') {
    const level = triage;
    const seen = t.needsToBeSeen[level];
    const arranged = decision?.kind === 'emergency' ? decision.arranged : null;
    const present = SIGN_IDS.filter((id) => plan.redFlags[id] === 'present' && (level === 'urgent' || tierOf(id) === 1));
    const needs: PlanSection = {
      id: 'needs-to-be-seen',
      level,
      heading: seen.heading,
      action: arranged ? t.needsToBeSeen.underWay(services.emergency) : level === 'emergency' ? t.emergencyAction(services.emergency) : t.urgentAction(services.urgent),
      reason: seen.reason,
      arranged: arranged ? { heading: t.needsToBeSeen.arranged, text: arranged } : null,
      foundHeading: t.needsToBeSeen.found,
      found: present.map((id) => line(id, t.signs[id].label)),
      reportedHeading: t.needsToBeSeen.reported,
      reported: unsettledReports(plan, profile)
        .filter((id) => !present.includes(id))
        .map((id) => line(id, t.signs[id].watch)),
    };
    const whileWaiting: PlanSection = { id: 'safety-net', heading: t.safetyNet.heading, intro: t.safetyNet.whileWaiting, tiers: [safetyTier(1)] };
    // "What we checked" only when the review itself found the sign: beside a sign the patient
    // reported, a list of "not found" could falsely reassure.
    const review = present.length ? [checked] : [];
    return {
      ...common,
      kind: 'needs-to-be-seen',
      lead: [],
      tailoring: untailored,
      sections: level === 'emergency' ? [needs, ...review, contactLines(false)] : [needs, whileWaiting, ...review, contactLines(true)],
      factIds: [],
    };
  }

  const tailoring = tailoringOf(profile);
  const checkIn = date(plan.checkIn);
  const review = date(plan.review);
  const foundLines = found.map((id) => line(id, t.signs[id].label));
  const built: Partial<Record<PlanSectionId, PlanSection>> = { checked, 'safety-net': safetyNet, contacts: contactLines(true) };
  if (plan.goals.length) built.goals = { id: 'goals', heading: t.goals.heading, intro: t.goals.intro, items: plan.goals };
  const stepsSection = (withPhases: boolean): PlanSection | undefined =>
    plan.selfCare.length || plan.selfCareNote
      ? {
          id: 'steps',
          heading: t.steps.heading,
          intro: t.steps.intro,
          items: plan.selfCare.map((id) => ({ id, title: t.selfCare[id].title, why: t.selfCare[id].why })),
          phases:
            withPhases && plan.selfCare.length
              ? PHASES.map((phase) => ({
                  phase,
                  heading: t.steps.phase(phase, { checkIn, review }),
                  hints: plan.selfCare.map((id) => ({ id, title: t.selfCare[id].title, text: t.selfCare[id].hints[phase] })),
                }))
              : [],
          note: plan.selfCareNote ? { heading: t.steps.noteHeading, text: plan.selfCareNote } : null,
        }
      : undefined;

  if (decision?.kind === 'referral') {
    // Tests or a referral arranged: what happens next, with the self-care that still applies
    // (no week-by-week stretches: their dates belong to a plan of waiting).
    const a = t.arranged;
    built.arranged = { id: 'arranged', heading: a.heading, intro: a.intro, text: decision.arranged, by: a.by(date(decision.by)), chase: a.chase };
    built.glance = glance({ kind: 'arranged', iso: decision.by, formatted: date(decision.by), ...t.glance.arranged, arranged: decision.arranged });
    const steps = stepsSection(false);
    if (steps) built.steps = steps;
    return {
      ...common,
      kind: 'tests-arranged',
      lead: [],
      tailoring: untailored,
      sections: TESTS_ARRANGED_ORDER.flatMap((id) => built[id] ?? []),
      factIds: [],
    };
  }

  const early = decision?.kind === 'wait' ? decision : null;
  const facts = RECOVERY_FACT_IDS.flatMap((id) => {
    const fact = getFact(id);
    if (!fact) return [];
    const caveat = fact.caveat?.[locale];
    return [{ id, statement: fact.text[locale].statement, ...(caveat ? { caveat } : {}) }];
  });
  // The next date to keep: the earlier review after a sign assessed as safe to wait, else the review.
  built.glance = glance(
    early
      ? { kind: 'early-review', iso: early.review, formatted: date(early.review), ...t.dates.early, arranged: null }
      : { kind: 'review', iso: plan.review, formatted: review, ...t.dates.review, arranged: null },
  );
  if (early) {
    const e = t.earlyReview;
    built['early-review'] = { id: 'early-review', heading: e.heading, intro: e.intro, found: foundLines, reasonIntro: e.reasonIntro, reason: early.reason, next: e.next(date(early.review)) };
  }
  Object.assign(built, {
    recovery: { id: 'recovery', heading: t.recovery.heading, intro: t.recovery.intro, facts },
    dates: {
      id: 'dates',
      heading: t.dates.heading,
      early: early ? { iso: early.review, formatted: date(early.review), ...t.dates.early } : null,
      checkIn: { iso: plan.checkIn, formatted: checkIn, ...t.dates.checkIn },
      review: { iso: plan.review, formatted: review, ...t.dates.review },
      atReview: t.dates.atReview,
    },
    'routine-review': { id: 'routine-review', heading: t.routineReview.heading, intro: t.routineReview.intro, items: t.routineReview.items(checkIn) },
    'scan-triggers': {
      id: 'scan-triggers',
      heading: t.scanTriggers.heading,
      intro: t.scanTriggers.intro,
      items: plan.scanTriggers.length ? plan.scanTriggers : t.scanTriggers.defaults(review),
    },
  } satisfies Partial<Record<PlanSectionId, PlanSection>>);
  const steps = stepsSection(true);
  if (steps) built.steps = steps;
  if (tailoring.legitimacy) {
    const { legitimacy } = t.tailoring;
    built.statement = {
      id: 'statement',
      heading: legitimacy.heading,
      intro: legitimacy.intro,
      paragraphs: legitimacy.statement({
        date: date(today),
        clinician: practice.clinician,
        practice: practice.name,
        coverage: coverageOf(plan),
        found: found.length > 0,
        checkIn,
        review,
      }),
    };
  }

  // The card first, whatever the tailoring; after a sign assessed as safe to wait, the reason
  // and the earlier review come next.
  const order: PlanSectionId[] = ['glance', ...(early ? ['early-review' as const] : []), ...sectionOrder(tailoring)];
  return {
    ...common,
    kind: 'watchful-waiting',
    lead: [tailoring.threat && t.tailoring.threat, tailoring.navigation && t.tailoring.navigation].filter((x): x is string => !!x),
    tailoring,
    sections: order.flatMap((id) => built[id] ?? []),
    factIds: facts.map((f) => f.id),
  };
}
