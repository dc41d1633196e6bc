import type { CarePlanPartKind } from '../i18n/input-messages.js';
import { isRecord, parseIfString } from '../questionnaire/scoring.js';
import { isSelfCareId, isSignId, isSignStatus, SIGN_IDS } from './catalog.js';
import {
  ACTIVITY_CODES,
  CAREPLAN_CANONICAL,
  CAREPLAN_VERSION,
  PLAN_ACTIVITY_SYSTEM,
  PLAN_DEFINITION_URL,
  PLAN_EXTENSION_BASE,
  PLAN_EXTENSIONS,
  RED_FLAG_SYSTEM,
  SERVICE_PARTS,
} from './careplan-codes.js';
import { codeOf, dateAt, listAt, textAt, valueText, type AddProblem } from './careplan-values.js';
import { DECISION_KINDS, type DecisionKind } from './triage.js';

/**
 * Reads a CarePlan into the raw parts of a plan, for `fromCarePlan` (./fhir.ts) to check with
 * `validatePlan`. Nothing is trusted: each part is checked for its type and its code system and
 * code, each list is read up to MAX_FHIR_LIST entries, and a part given twice is read once.
 */

/** The plan's parts as read, before `validatePlan` checks them. */
export interface RawPlan {
  redFlags: Record<string, string>;
  rechecked: string[];
  decision: Record<string, unknown> | null;
  selfCare: string[];
  selfCareNote?: string;
  goals: string[];
  checkIn?: string;
  review?: string;
  scanTriggers: string[];
  practice: Record<string, string>;
  timeZone?: string;
  services?: Record<string, Record<string, string>>;
}

interface Reader {
  raw: RawPlan;
  add: AddProblem;
  /** What was read already, for the `duplicate` check. */
  seen: Set<string>;
}

type Json = Record<string, unknown>;

/** True the first time `key` is read; later times give a `duplicate` problem (naming the part as `kind` and `id`). */
function first(rd: Reader, key: string, field: string, kind: CarePlanPartKind, id?: unknown): boolean {
  if (rd.seen.has(key)) {
    rd.add('duplicate', field, (w) => w.carePlan.duplicate(kind, id));
    return false;
  }
  rd.seen.add(key);
  return true;
}

/** The parts of a complex extension by name: only those in `names`, each once. */
function partsOf(ext: Json, field: string, names: readonly string[], rd: Reader): Map<string, { part: Json; field: string }> {
  const parts = new Map<string, { part: Json; field: string }>();
  for (const [i, part] of listAt(ext.extension, `${field}.extension`, rd.add).entries()) {
    const where = `${field}.extension[${i}]`;
    if (!isRecord(part)) rd.add('wrong-type', where, (w) => w.carePlan.notExtension(where, part));
    else if (typeof part.url !== 'string' || !names.includes(part.url)) {
      const url = part.url;
      rd.add('unknown-code', where, (w) => w.carePlan.unknownPart(url, names));
    } else if (first(rd, `${field}/${part.url}`, where, 'part', part.url)) parts.set(part.url, { part, field: where });
  }
  return parts;
}

/** The text parts of a complex extension (practice, services): `set` is called for each one given. */
function readTextParts(ext: Json, field: string, names: readonly string[], rd: Reader, set: (name: string, text: string) => void): void {
  for (const [name, { part, field: where }] of partsOf(ext, field, names, rd)) {
    const text = valueText(part, 'valueString', where, rd.add);
    if (text !== undefined) set(name, text);
  }
}

function readRedFlag(ext: Json, field: string, rd: Reader): void {
  const parts = partsOf(ext, field, ['sign', 'status'], rd);
  const sign = parts.get('sign');
  const status = parts.get('status');
  if (!sign || !status) {
    rd.add('missing', field, (w) => w.carePlan.redFlagIncomplete(field));
    return;
  }
  const id = codeOf(sign.part.valueCoding, RED_FLAG_SYSTEM, isSignId, `${sign.field}.valueCoding`, rd.add);
  if (!id || !first(rd, `sign/${id}`, field, 'sign', id)) return;
  const value = valueText(status.part, 'valueCode', status.field, rd.add);
  if (isSignStatus(value)) rd.raw.redFlags[id] = value;
  else if (value !== undefined) rd.add('unknown-code', `${status.field}.valueCode`, (w) => w.plan.signStatus(id, value));
}

/** The extensions a CarePlan has at most once. */
const ONCE: readonly string[] = [PLAN_EXTENSIONS.practice, PLAN_EXTENSIONS.timeZone, PLAN_EXTENSIONS.services];

function readExtension(ext: Json & { url: string }, field: string, rd: Reader): void {
  const { raw, add } = rd;
  const { url } = ext;
  if (ONCE.includes(url) && !first(rd, url, field, 'extension', url)) return;
  switch (url) {
    case PLAN_EXTENSIONS.redFlag:
      return readRedFlag(ext, field, rd);
    case PLAN_EXTENSIONS.rechecked: {
      const id = codeOf(ext.valueCoding, RED_FLAG_SYSTEM, isSignId, `${field}.valueCoding`, add);
      if (id) raw.rechecked.push(id);
      return;
    }
    case PLAN_EXTENSIONS.scanTrigger: {
      const text = valueText(ext, 'valueString', field, add);
      if (text !== undefined) raw.scanTriggers.push(text);
      return;
    }
    case PLAN_EXTENSIONS.timeZone:
      raw.timeZone = valueText(ext, 'valueCode', field, add);
      return;
    case PLAN_EXTENSIONS.practice:
      return readTextParts(ext, field, ['name', 'phone', 'clinician'], rd, (name, text) => (raw.practice[name] = text));
    case PLAN_EXTENSIONS.services:
      return readTextParts(ext, field, Object.keys(SERVICE_PARTS), rd, (name, text) => {
        const [group, key] = SERVICE_PARTS[name as keyof typeof SERVICE_PARTS];
        ((raw.services ??= {})[group] ??= {})[key] = text;
      });
    default:
      add('unknown-code', field, (w) => w.carePlan.unknownExtension(url));
  }
}

function readExtensions(list: unknown, rd: Reader): void {
  for (const [i, ext] of listAt(list, 'extension', rd.add).entries()) {
    const field = `extension[${i}]`;
    if (!isRecord(ext) || typeof ext.url !== 'string') rd.add('wrong-type', field, (w) => w.carePlan.extensionNoUrl(field, ext));
    // Another publisher's extension: R4 lets a reader ignore it.
    else if (ext.url.startsWith(PLAN_EXTENSION_BASE)) readExtension(ext as Json & { url: string }, field, rd);
  }
  const unrecorded = SIGN_IDS.filter((id) => !rd.seen.has(`sign/${id}`));
  if (unrecorded.length) {
    const all = unrecorded.length === SIGN_IDS.length;
    rd.add('missing', 'extension', (w) => w.carePlan.signsUnrecorded(unrecorded, all));
  }
}

const OTHER_CODES: readonly string[] = [
  ACTIVITY_CODES.selfCareNote,
  ACTIVITY_CODES.checkIn,
  ACTIVITY_CODES.review,
  ...Object.values(ACTIVITY_CODES.decision),
];
const isActivityCode = (x: unknown): x is string => isSelfCareId(x) || OTHER_CODES.includes(x as string);
const DECISION_BY_CODE = new Map<string, DecisionKind>(DECISION_KINDS.map((kind) => [ACTIVITY_CODES.decision[kind], kind]));

function readActivity(a: unknown, field: string, rd: Reader): void {
  const { raw, add } = rd;
  if (!isRecord(a) || !isRecord(a.detail)) {
    if (isRecord(a) && a.reference !== undefined) add('unsupported', field, (w) => w.carePlan.activityReference(field));
    else add('wrong-type', field, (w) => w.carePlan.activityNoDetail(field, a));
    return;
  }
  const d = a.detail;
  if (a.modifierExtension !== undefined || d.modifierExtension !== undefined || d.doNotPerform === true) {
    add('unsupported', field, (w) => w.carePlan.activityModifier(field));
    return;
  }
  const codings = isRecord(d.code) ? listAt(d.code.coding, `${field}.detail.code.coding`, add) : [];
  const i = Math.max(
    0,
    codings.findIndex((c) => isRecord(c) && c.system === PLAN_ACTIVITY_SYSTEM),
  );
  const code = codeOf(codings[i], PLAN_ACTIVITY_SYSTEM, isActivityCode, `${field}.detail.code.coding[${i}]`, add);
  const kind = code === undefined ? undefined : DECISION_BY_CODE.get(code);
  if (!code || !first(rd, kind ? 'decision' : `activity/${code}`, field, kind ? 'decision' : 'activity', code)) return;

  const period = isRecord(d.scheduledPeriod) ? d.scheduledPeriod : {};
  if (d.scheduledPeriod !== undefined && !isRecord(d.scheduledPeriod)) {
    const where = `${field}.detail.scheduledPeriod`;
    const given = d.scheduledPeriod;
    add('wrong-type', where, (w) => w.carePlan.notPeriod(where, given));
  }
  const date = (key: 'start' | 'end') => dateAt(period[key], `${field}.detail.scheduledPeriod.${key}`, add);
  const description = () => textAt(d.description, `${field}.detail.description`, add);

  if (isSelfCareId(code)) raw.selfCare.push(code);
  else if (code === ACTIVITY_CODES.selfCareNote) raw.selfCareNote = description();
  else if (code === ACTIVITY_CODES.checkIn) raw.checkIn = date('start');
  else if (code === ACTIVITY_CODES.review) raw.review = date('start');
  else if (kind === 'emergency') raw.decision = { kind, arranged: description() };
  else if (kind === 'referral') raw.decision = { kind, arranged: description(), by: date('end') };
  else if (kind === 'wait') raw.decision = { kind, reason: description(), review: date('start') };
}

function readActivities(list: unknown, rd: Reader): void {
  for (const [i, a] of listAt(list, 'activity', rd.add).entries()) readActivity(a, `activity[${i}]`, rd);
  for (const [code, what] of [
    [ACTIVITY_CODES.checkIn, 'checkIn'],
    [ACTIVITY_CODES.review, 'review'],
  ] as const) {
    if (!rd.seen.has(`activity/${code}`)) rd.add('missing', 'activity', (w) => w.carePlan.activityMissing(what, code));
  }
}

/** The goals: contained Goal resources, in the order `goal` refers to them. */
function readGoals(r: Json, rd: Reader): void {
  const contained = new Map<string, Json>();
  for (const c of listAt(r.contained, 'contained', rd.add)) {
    if (isRecord(c) && c.resourceType === 'Goal' && typeof c.id === 'string' && !contained.has(c.id)) contained.set(c.id, c);
  }
  for (const [i, ref] of listAt(r.goal, 'goal', rd.add).entries()) {
    const field = `goal[${i}]`;
    const target = isRecord(ref) ? ref.reference : undefined;
    if (typeof target !== 'string') rd.add('wrong-type', field, (w) => w.carePlan.goalNotReference(field, ref));
    else if (!target.startsWith('#')) rd.add('unsupported', field, (w) => w.carePlan.goalOutside(target));
    else if (!contained.has(target.slice(1))) rd.add('missing', field, (w) => w.carePlan.goalNotContained(target));
    else if (first(rd, `goal/${target}`, field, 'goal', target)) {
      const description = contained.get(target.slice(1))?.description;
      const given = isRecord(description) ? description.text : undefined;
      const text = textAt(given, `${field}: description.text`, rd.add);
      if (text !== undefined) rd.raw.goals.push(text);
      else if (given === undefined) rd.add('missing', field, (w) => w.carePlan.goalNoText(target));
    }
  }
}

/** The resource if it is a Scanwise CarePlan that may be used; else null, with the reason. */
function readHeader(input: unknown, add: AddProblem): Json | null {
  const parsed = parseIfString(input);
  if ('error' in parsed) {
    add('not-json', '(input)', (w) => w.notJson('CarePlan'));
    return null;
  }
  const r = parsed.value;
  if (!isRecord(r)) {
    add('not-object', '(input)', (w) => w.notObject('CarePlan', r));
    return null;
  }
  if (r.resourceType !== 'CarePlan') {
    const type = r.resourceType;
    add('not-careplan', 'resourceType', (w) => (type === undefined ? w.noResourceType('CarePlan') : w.otherResource('CarePlan', type)));
    return null;
  }
  const canonical = listAt(r.instantiatesCanonical, 'instantiatesCanonical', add).find(
    (c): c is string => typeof c === 'string' && c.split('|')[0] === PLAN_DEFINITION_URL,
  );
  if (canonical === undefined) {
    add('not-scanwise', 'instantiatesCanonical', (w) => w.carePlan.notScanwise(CAREPLAN_CANONICAL));
    return null;
  }
  const version = canonical.split('|')[1];
  if (version !== undefined && version !== CAREPLAN_VERSION) {
    add('other-version', 'instantiatesCanonical', (w) => w.carePlan.otherVersion(version, CAREPLAN_VERSION));
  }
  if (r.status === 'entered-in-error') {
    add('entered-in-error', 'status', (w) => w.carePlan.enteredInError);
    return null;
  }
  if (r.modifierExtension !== undefined) {
    add('unsupported', 'modifierExtension', (w) => w.carePlan.modifier);
    return null;
  }
  return r;
}

/**
 * The raw parts of the plan in a Scanwise CarePlan (an object or its JSON text), or null when it
 * is not one (see CarePlanProblemCode). Never throws.
 */
export function readCarePlan(input: unknown, add: AddProblem): RawPlan | null {
  const rd: Reader = {
    raw: { redFlags: {}, rechecked: [], decision: null, selfCare: [], goals: [], scanTriggers: [], practice: {} },
    add,
    seen: new Set(),
  };
  let ours = false;
  try {
    const r = readHeader(input, add);
    if (!r) return null;
    ours = true;
    readExtensions(r.extension, rd);
    readActivities(r.activity, rd);
    readGoals(r, rd);
  } catch {
    // Only exotic input gets here (a getter or proxy that throws): keep what was read.
    add('unreadable', '(input)', (w) => w.carePlan.unreadable);
  }
  return ours ? rd.raw : null;
}
