// The problems core's readers find in input, in every locale of the registry: each reader, given
// bad input, words its problems in the locale's own words (the pack's `input` part), never in hard-coded
// English, and never throws. Every message of the `input` part is reached by some input here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkAnswers,
  checkPlan,
  checkProfile,
  checkQuestionnaireResponse,
  defaultPlan,
  EMERGENCY_DISPLAY_ID,
  EMERGENCY_GROUP_ID,
  fromCarePlan,
  fromQuestionnaireResponse,
  localeText,
  LOCALES,
  PLAN_ACTIVITY_SYSTEM,
  PLAN_EXTENSION_BASE,
  PLAN_EXTENSIONS,
  planWarnings,
  QUESTIONNAIRE_CANONICAL,
  AGREE5_SYSTEM,
  registerLocale,
  SIGN_IDS,
  toCarePlan,
  validateAnswers,
  validatePlan,
  validateProfile,
  wordProblems,
  type CarePlan,
  type InputMessages,
  type Locale,
  type Plan,
  type SignId,
} from '@scanwise/core';
import '@scanwise/core/locales/all';
import { copyOfPack } from './helpers/pseudo.js';

const TODAY = '2026-11-23';
const SMILE = '\u{1F600}';

/** What a reader found: the field and the words (a code too, for some). */
type Found = { field: string; message: string; code?: string };

/** A value of the wrong type, on purpose. */
const wrong = (value: unknown) => value as never;

// ─── Plans ───────────────────────────────────────────────────────────────────

const allAbsent = (present: SignId[] = []) =>
  Object.fromEntries(SIGN_IDS.map((id) => [id, present.includes(id) ? 'present' : 'absent'])) as Plan['redFlags'];
/** Input whose reading throws (a getter or a proxy). */
const exotic = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error('no');
    },
  },
);

const PLANS: Record<string, unknown> = {
  'not JSON': '{ "redFlags":',
  'a list': [],
  'unknown fields': { ωω: 1, practice: { ωω: 1 }, services: { ωω: 1, emergency: { ωω: 1 } } },
  'red flags not an object': { redFlags: 5 },
  'an unknown sign and a wrong status': { redFlags: { ωω: 'absent', 'rf1-chest': 'ωω' } },
  'a Tier 2 sign, no decision': { redFlags: { 'rf2-fever': 'present' } },
  'a Tier 1 sign, no decision': { redFlags: { 'rf1-chest': 'present' } },
  'a referral with nothing written and an impossible date': {
    redFlags: { 'rf2-fever': 'present' },
    decision: { kind: 'referral', arranged: '', by: '2026-02-30' },
  },
  'waiting: a reason that is not text, no review': { redFlags: { 'rf2-fever': 'present' }, decision: { kind: 'wait', reason: 7 } },
  'a decision that is not an object': { redFlags: { 'rf2-fever': 'present' }, decision: 3 },
  'a decision of no known kind': { redFlags: { 'rf2-fever': 'present' }, decision: { kind: 'ωω' } },
  'a decision no sign calls for': { decision: { kind: 'wait', reason: 'ω', review: '2026-11-30' } },
  'a Tier 1 sign, waiting': { redFlags: { 'rf1-chest': 'present' }, decision: { kind: 'wait', reason: 'ω', review: '2026-11-30' } },
  'a Tier 2 sign, an emergency referral': { redFlags: { 'rf2-fever': 'present' }, decision: { kind: 'emergency', arranged: 'ω' } },
  'rechecked not a list': { rechecked: 5 },
  'rechecked: not a Tier 1 sign, and not absent': { rechecked: ['ωω', 'rf1-chest'] },
  'self-care not a list': { selfCare: 5 },
  'an unknown self-care step': { selfCare: ['ωω'] },
  'a note too long, split at an emoji': { selfCareNote: `${'ω'.repeat(1999)}${SMILE}` },
  'goals not a list': { goals: 5 },
  'too many goals, one not text': { goals: [7, ...Array.from({ length: 12 }, () => 'ω')] },
  'triggers too long': { scanTriggers: ['ω'.repeat(250)] },
  'dates: not text, not YYYY-MM-DD, no month 13': { checkIn: 5, review: '2026/12/01' },
  'a date with no month 13': { checkIn: '2026-13-01' },
  'a review before the check-in': { checkIn: '2026-12-10', review: '2026-12-01' },
  'practice not an object': { practice: 5 },
  "the practice's name not text": { practice: { name: 7, phone: 8, clinician: 9 } },
  'services not an object': { services: 5 },
  'emergency services not an object': { services: { emergency: 5 } },
  'an emergency number that is not one': { services: { emergency: { number: 'ωω', service: 7 }, urgent: { line: 8, place: 9 } } },
  'a time zone that is not one, and one not text': { timeZone: 'Ω/Ω' },
  'a time zone that is a number': { timeZone: 5 },
  'input that throws when read': exotic,
};

// ─── Answers and QuestionnaireResponses ───────────────────────────────────────

const ANSWERS: Record<string, unknown> = {
  'not JSON': '{ "items":',
  'a list': [],
  'unknown fields': { ωω: 1 },
  'emergency not an object': { emergency: 5 },
  'an unknown emergency question, and not yes or no': { emergency: { ωω: true, 'rf1-chest': 'ωω' } },
  'items not an object': { items: 5 },
  'an unknown question, and not 1 to 5': { items: { ωω: 1, 'leg-1': 9 } },
  'wantScan not an option': { wantScan: 'ωω' },
  'a worry that is not text': { worry: 5 },
  'a worry too long': { worry: 'ω'.repeat(2001) },
  'a worry too long, split at an emoji': { worry: `${'ω'.repeat(1999)}${SMILE}` },
};

const qr = (item: unknown, extra: Record<string, unknown> = {}) => ({
  resourceType: 'QuestionnaireResponse',
  questionnaire: QUESTIONNAIRE_CANONICAL,
  status: 'in-progress',
  item,
  ...extra,
});
const inEmergency = (...item: unknown[]) => qr([{ linkId: EMERGENCY_GROUP_ID, item }]);
const RESPONSES: Record<string, unknown> = {
  'not JSON': '{ "resourceType":',
  'a number': 42,
  'no resourceType': {},
  'another resource': { resourceType: 'Patient' },
  'no questionnaire': { resourceType: 'QuestionnaireResponse' },
  'another questionnaire': qr([], { questionnaire: 'http://ωω' }),
  'another version, an unknown status': qr([], { questionnaire: `${QUESTIONNAIRE_CANONICAL.split('|')[0]}|9.9.9`, status: 'ωω' }),
  'entered in error': qr([], { status: 'entered-in-error' }),
  'an answer that is not a list': inEmergency({ linkId: 'rf1-chest', answer: { valueBoolean: true } }),
  'two answers': inEmergency({ linkId: 'rf1-chest', answer: [{ valueBoolean: true }, { valueBoolean: false }] }),
  'an answer of the wrong type': inEmergency({ linkId: 'rf1-chest', answer: [{ valueString: 'ω' }] }),
  'a code that is not an option': qr([
    { linkId: 'leg', item: [{ linkId: 'leg-1', answer: [{ valueCoding: { system: AGREE5_SYSTEM, code: 'ωω' } }] }] },
  ]),
  'a code from another system': qr([{ linkId: 'leg', item: [{ linkId: 'leg-1', answer: [{ valueCoding: { system: 'http://ωω', code: 'a' } }] }] }]),
  'items not a list': qr(5),
  'an item that is not an object, one with no linkId, one unknown': qr([5, {}, { linkId: 'ωω' }]),
  'an item twice': qr([
    { linkId: 'want-scan', answer: [{ valueCoding: { code: 'yes' } }] },
    { linkId: 'want-scan', answer: [{ valueCoding: { code: 'no' } }] },
  ]),
  'an item in the wrong group': qr([{ linkId: 'leg-1', answer: [{ valueCoding: { code: 'a' } }] }]),
  'a group and a display item with answers': qr([
    { linkId: 'leg', answer: [{ valueBoolean: true }] },
    { linkId: EMERGENCY_GROUP_ID, item: [{ linkId: EMERGENCY_DISPLAY_ID, answer: [{ valueBoolean: true }] }] },
  ]),
  'a question holding items': qr([{ linkId: 'want-scan', item: [] }]),
  'a worry too long': qr([{ linkId: 'worry-text', answer: [{ valueString: 'ω'.repeat(2001) }] }]),
};

// ─── CarePlans ───────────────────────────────────────────────────────────────

/** A fresh CarePlan of a full plan (a Tier 2 sign, waiting), as plain JSON, broken by `change`. */
function broken(change: (r: CarePlan) => void): CarePlan {
  const plan: Plan = {
    ...defaultPlan(TODAY),
    redFlags: allAbsent(['rf2-fever']),
    decision: { kind: 'wait', reason: 'ω', review: '2026-11-30' },
    selfCare: ['walking', 'heat'],
    goals: ['ω', 'ψ'],
    practice: { name: 'ω', phone: '01632 960123', clinician: 'ψ' },
    timeZone: 'Europe/London',
    services: { emergency: { number: '999' } },
  };
  const resource = JSON.parse(JSON.stringify(toCarePlan(plan, { created: TODAY }))) as CarePlan;
  change(resource);
  return resource;
}
const codeOf = (a: NonNullable<CarePlan['activity']>[number]) => a.detail?.code?.coding?.[0]?.code;
const at = (r: CarePlan, code: string) => r.activity!.find((a) => codeOf(a) === code)!.detail!;
const ext = (r: CarePlan, url: string) => r.extension!.find((e) => e.url === url)!;
const signs = (r: CarePlan) => r.extension!.filter((e) => e.url === PLAN_EXTENSIONS.redFlag);
const modifier = { modifierExtension: [{ url: 'http://example.org/x', valueBoolean: true }] };

const CAREPLANS: Record<string, unknown> = {
  'not JSON': '{ "resourceType":',
  'a number': 42,
  'no resourceType': {},
  'another resource': { resourceType: 'Patient' },
  'not a Scanwise CarePlan': { resourceType: 'CarePlan' },
  'another version': broken((r) => (r.instantiatesCanonical = [`${r.instantiatesCanonical![0]!.split('|')[0]}|9.9.9`])),
  'entered in error': broken((r) => (r.status = 'entered-in-error')),
  'a modifier extension': broken((r) => Object.assign(r, modifier)),
  'reading it throws': {
    resourceType: 'CarePlan',
    instantiatesCanonical: broken(() => undefined).instantiatesCanonical,
    get extension(): never {
      throw new Error('no');
    },
  },
  'parts of the practice: not an extension, unknown, twice': broken((r) => {
    const parts = ext(r, PLAN_EXTENSIONS.practice).extension!;
    parts.push(wrong(5), { url: 'ωω', valueString: 'ω' }, { ...parts[0]! });
  }),
  'a sign twice, the practice twice': broken((r) => r.extension!.push({ ...signs(r)[0]! }, { ...ext(r, PLAN_EXTENSIONS.practice) })),
  'an extension with no url, and one unknown': broken((r) => r.extension!.push(wrong(5), { url: `${PLAN_EXTENSION_BASE}ωω` })),
  'a red-flag entry with no status, and a sign not recorded': broken((r) => {
    signs(r)[0]!.extension = signs(r)[0]!.extension!.slice(0, 1);
  }),
  'a sign of a wrong status': broken((r) => (signs(r)[0]!.extension![1]!.valueCode = 'ωω')),
  'no sign recorded': broken((r) => (r.extension = r.extension!.filter((e) => e.url !== PLAN_EXTENSIONS.redFlag))),
  'activities: a reference, not one, a modifier': broken((r) => {
    r.activity!.push(wrong({ reference: { reference: 'ServiceRequest/1' } }), wrong(5));
    Object.assign(r.activity![0]!, modifier);
  }),
  'a period that is text, no review': broken((r) => {
    at(r, 'check-in').scheduledPeriod = wrong('2026-12-01');
    r.activity = r.activity!.filter((a) => codeOf(a) !== 'review');
  }),
  'a self-care step twice, two decisions': broken((r) =>
    r.activity!.push(
      { detail: at(r, 'walking') },
      { detail: { ...at(r, 'decision-wait'), code: { coding: [{ system: PLAN_ACTIVITY_SYSTEM, code: 'decision-emergency' }] } } },
    ),
  ),
  'goals: not a reference, kept outside, not contained, twice, no text': broken((r) => {
    r.goal!.push(wrong(5), { reference: 'Goal/1' }, { reference: '#ωω' }, { ...r.goal![0]! });
    delete (r.contained![1] as { description?: unknown }).description;
  }),
  'a goal whose text is a number': broken((r) => ((r.contained![0] as { description: { text: unknown } }).description.text = 5)),
  'activity not a list': broken((r) => (r.activity = wrong({ walking: true }))),
  'too many extensions': broken((r) =>
    r.extension!.push(...Array.from({ length: 120 }, () => ({ url: PLAN_EXTENSIONS.scanTrigger, valueString: 'ω' }))),
  ),
  'an impossible date, and a date that is a number': broken((r) => {
    at(r, 'check-in').scheduledPeriod!.start = '2026-02-30';
    at(r, 'review').scheduledPeriod!.start = wrong(20261201);
  }),
  'an activity with no code, one with an unknown code': broken((r) => {
    delete at(r, 'heat').code;
    at(r, 'walking').code!.coding![0]!.code = 'ωω';
  }),
  'a time zone that is not text': broken((r) => (ext(r, PLAN_EXTENSIONS.timeZone).valueCode = wrong(5))),
};

// ─── Profiles and warnings ───────────────────────────────────────────────────

const PROFILES: Record<string, unknown> = {
  'not JSON': '{ "themes":',
  'a list': [],
  'nothing in it': {},
  'every part wrong': {
    themes: { leg: { level: 'ωω' } },
    flags: { emergency: 'ωω', harmsUnderestimated: 5, emergencySigns: 5 },
    triage: 'ωω',
  },
  'flags not an object': { themes: 5, flags: 5, triage: 'routine' },
  'an emergency in one part only': {
    themes: { leg: { level: 'low' }, thr: { level: 'low' }, nav: { level: 'low' } },
    flags: { emergency: true, harmsUnderestimated: false },
    triage: 'routine',
  },
};

const PLAN_WARNINGS: Record<string, Plan> = {
  'dates in the past, signs not asked': { ...defaultPlan(TODAY), checkIn: '2026-11-01', review: '2026-11-10' },
  'one sign not asked, a review far ahead': {
    ...defaultPlan(TODAY),
    redFlags: { ...allAbsent(), 'rf1-chest': 'not-asked' },
    review: '2027-06-01',
  },
  'an earlier review in the past': {
    ...defaultPlan(TODAY),
    redFlags: allAbsent(['rf2-fever']),
    decision: { kind: 'wait', reason: 'ω', review: '2026-11-01' },
  },
  'an earlier review far ahead': {
    ...defaultPlan(TODAY),
    redFlags: allAbsent(['rf2-fever']),
    decision: { kind: 'wait', reason: 'ω', review: '2027-01-30' },
  },
  'tests due in the past': {
    ...defaultPlan(TODAY),
    redFlags: allAbsent(['rf2-fever']),
    decision: { kind: 'referral', arranged: 'ω', by: '2026-11-01' },
  },
};

/** Every reader, with its bad inputs: what it finds in a locale. */
const CASES: { name: string; read: (locale: Locale) => readonly Found[] }[] = [
  ...Object.entries(PLANS).map(([name, x]) => ({
    name: `validatePlan: ${name}`,
    read: (l: Locale) => {
      const r = validatePlan(x, TODAY, l);
      return r.ok ? [] : r.problems;
    },
  })),
  ...Object.entries(ANSWERS).map(([name, x]) => ({
    name: `validateAnswers: ${name}`,
    read: (l: Locale) => {
      const r = validateAnswers(x, l);
      return r.ok ? [] : r.problems;
    },
  })),
  ...Object.entries(RESPONSES).map(([name, x]) => ({
    name: `fromQuestionnaireResponse: ${name}`,
    read: (l: Locale) => {
      const r = fromQuestionnaireResponse(x, l);
      return r.ok ? [] : r.problems;
    },
  })),
  ...Object.entries(CAREPLANS).map(([name, x]) => ({ name: `fromCarePlan: ${name}`, read: (l: Locale) => fromCarePlan(x, l).problems })),
  ...Object.entries(PROFILES).map(([name, x]) => ({ name: `validateProfile: ${name}`, read: (l: Locale) => validateProfile(x, l) })),
  ...Object.entries(PLAN_WARNINGS).map(([name, x]) => ({ name: `planWarnings: ${name}`, read: (l: Locale) => planWarnings(x, TODAY, l) })),
];

// ─── English left in another language ────────────────────────────────────────

/**
 * What is left of a message once its data is taken out: quoted values, ids, paths and dates
 * (any word with a digit, a dot, a bracket, a hyphen, a slash or a capital inside), and the
 * names of the formats and standards.
 */
const words = (message: string): string =>
  message
    .replace(/"[^"]*"/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[(¿¡]+|[.,;:!?)]+$/g, ''))
    .filter((w) => !/[\d.[\]/_|-]|[a-z][A-Z]/.test(w) && !/^(JSON|FHIR|Scanwise|CarePlan|QuestionnaireResponse|true|false|null)$/.test(w))
    .join(' ');
/** Words that are English and not Spanish (nor data): one left in a Spanish message was never translated. */
const ENGLISH =
  /\b(the|should|but|is|are|was|were|it|its|this|that|which|only|first|kept|left|could|there|called|answer|question|written|must|has|have|of|and|or|not|with|from|than|more|date|sign|text|list|object|missing|empty|read|used|given|shown|part|review|check|what|you|your|so|be|write|give)\b/i;

describe('core input problems in every locale', () => {
  const english = new Map(CASES.map((c) => [c.name, c.read('en-GB')]));

  it('every case finds a problem in en-GB, and the check for English finds it there', () => {
    for (const [name, found] of english) {
      assert.ok(found.length > 0, `${name}: no problem found`);
      for (const p of found) assert.match(words(p.message), ENGLISH, `the check misses the English of: ${p.message}`);
    }
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const sameLanguage = locale.split('-')[0] === 'en';
      for (const c of CASES) {
        it(c.name, () => {
          let found: readonly Found[] = [];
          assert.doesNotThrow(() => (found = c.read(locale)));
          const en = english.get(c.name)!;
          // The same problems, at the same fields, only worded otherwise.
          assert.deepEqual(
            found.map((p) => [p.field, p.code]),
            en.map((p) => [p.field, p.code]),
          );
          found.forEach((p, i) => {
            assert.ok(p.message.length > 15 && !/undefined|\[object|NaN/.test(p.message), `unclear: ${p.message}`);
            if (sameLanguage) assert.equal(p.message, en[i]!.message);
            else {
              assert.notEqual(p.message, en[i]!.message, `not translated: ${p.message}`);
              assert.doesNotMatch(words(p.message), ENGLISH, `English left in: ${p.message}`);
            }
          });
        });
      }
    });
  }
});

describe('the check… readers need no words until their problems are worded', () => {
  it('their problems, worded, are those of the validate… readers', () => {
    for (const locale of LOCALES) {
      for (const x of Object.values(PLANS)) {
        const checked = checkPlan(x, TODAY);
        const r = validatePlan(x, TODAY, locale);
        assert.deepEqual(checked.ok ? [] : wordProblems(checked.problems, locale), r.ok ? [] : r.problems);
      }
      for (const x of Object.values(ANSWERS)) {
        const checked = checkAnswers(x);
        const r = validateAnswers(x, locale);
        assert.deepEqual(checked.ok ? [] : wordProblems(checked.problems, locale), r.ok ? [] : r.problems);
      }
      for (const x of Object.values(RESPONSES)) {
        const checked = checkQuestionnaireResponse(x);
        const r = fromQuestionnaireResponse(x, locale);
        assert.deepEqual(checked.ok ? [] : wordProblems(checked.problems, locale), r.ok ? [] : r.problems);
      }
      for (const x of Object.values(PROFILES)) assert.deepEqual(wordProblems(checkProfile(x).problems, locale), validateProfile(x, locale));
    }
  });

  it('read with no pack loaded, they keep the valid parts and word nothing', () => {
    const pack = copyOfPack(localeText('en-GB'));
    // Words that throw when read, as an unloaded pack's do.
    const unloaded = new Proxy({} as InputMessages, {
      get() {
        throw new Error('not loaded');
      },
    });
    try {
      registerLocale('en-GB', { ...pack, input: unloaded });
      const plan = checkPlan({ goals: ['ω', 7], checkIn: 'ωω' }, TODAY);
      assert.equal(plan.ok, false);
      if (!plan.ok) assert.deepEqual(plan.partial.goals, ['ω']);
      assert.equal(checkAnswers({ items: { 'leg-1': 4, 'leg-2': 9 } }).ok, false);
      assert.equal(checkProfile({ themes: 5 }).problems.length > 0, true);
      assert.throws(() => validatePlan({ goals: 7 }, TODAY), /not loaded/);
    } finally {
      registerLocale('en-GB', pack);
    }
  });
});

describe('every message of the input part is reached by some input above', () => {
  it('en-GB, recorded as the cases run', () => {
    const pack = copyOfPack(localeText('en-GB'));
    const used = new Set<string>();
    const record = <T extends object>(target: T, path: string): T =>
      new Proxy(target, {
        get(t, key: string) {
          const v = (t as Record<string, unknown>)[key];
          const at = `${path}${key}`;
          if (typeof v === 'function') {
            return (...args: unknown[]) => {
              used.add(at);
              return (v as (...a: unknown[]) => unknown)(...args);
            };
          }
          if (v && typeof v === 'object') return record(v, `${at}.`);
          used.add(at);
          return v;
        },
      });
    const all = (o: object, path = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? all(v as object, `${path}${k}.`) : [`${path}${k}`]));
    try {
      registerLocale('en-GB', { ...pack, input: record(pack.input, '') });
      for (const c of CASES) c.read('en-GB');
    } finally {
      registerLocale('en-GB', pack);
    }
    // `value` words values inside the other messages; the readers never call it themselves.
    const missed = all(pack.input).filter((k) => k !== 'value' && !used.has(k));
    assert.deepEqual(missed, []);
  });
});
