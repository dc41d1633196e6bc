// The plan as a FHIR R4 CarePlan (packages/core/src/plan/fhir.ts): valid against the official R4
// JSON schema (and the questionnaire's Questionnaire and QuestionnaireResponse too), the mapping,
// exact round trips (a table, and fast-check over random valid plans), and a problem with a
// stable code for each malformed input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import {
  localeText,
  ACTIVITY_CODES,
  buildQuestionnaire,
  CAREPLAN_CANONICAL,
  CAREPLAN_PROBLEM_CODES,
  DATA_ABSENT_REASON_URL,
  defaultPlan,
  fromCarePlan,
  LOCALES,
  MAX_FHIR_LIST,
  PLAN_ACTIVITY_SYSTEM,
  PLAN_EXTENSION_BASE,
  PLAN_EXTENSIONS,
  PLAN_LIMITS,
  RED_FLAG_SYSTEM,
  SELF_CARE_IDS,
  SIGN_IDS,
  TIER1_IDS,
  toCarePlan,
  toQuestionnaireResponse,
  validatePlan,
  type CarePlan,
  type CarePlanProblem,
  type CarePlanProblemCode,
  type Goal,
  type Plan,
  type SignId,
  type SignStatus,
} from '@scanwise/core';
import { fhirValidator } from '../../scripts/fhir-schema.mjs';
import { DEFAULT_RUNS, DEFAULT_SEED, junk, ODD_STRINGS, PAYLOADS, runParameters, TODAY, validPlan } from './helpers/property-arbitraries.js';
import '@scanwise/core/locales/all';

// ─── The official R4 JSON schema ─────────────────────────────────────────────

/** Validators for R4 resource types, from the official HL7 R4 JSON schema (scripts/fhir-schema.mjs). */
const r4 = {
  CarePlan: fhirValidator('CarePlan'),
  Questionnaire: fhirValidator('Questionnaire'),
  QuestionnaireResponse: fhirValidator('QuestionnaireResponse'),
};

function assertR4(validate: ValidateFunction, resource: unknown, what: string): void {
  assert.ok(validate(resource), `${what} is not valid R4: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

/**
 * Characters JavaScript's `\s` matches other than space, tab, CR and LF (U+00A0, U+2028 …). FHIR
 * allows them in a string, but the schema's pattern `^[ \r\n\t\S]+$`, written for XML Schema
 * (where `\s` is only those four), rejects them when a JavaScript validator runs it.
 */
const UNICODE_SPACE = /[^\S \t\r\n]/u;

/** Every string in a JSON value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

// ─── Plans ───────────────────────────────────────────────────────────────────

/** A plan as `validatePlan` keeps it (trimmed, well formed): what a round trip gives back exactly. */
function canonical(plan: Plan): Plan {
  const checked = validatePlan(plan, TODAY);
  assert.ok(checked.ok, `fixture not valid: ${JSON.stringify(!checked.ok && checked.problems)}`);
  return checked.plan;
}

const base = defaultPlan(TODAY);
const review = (present: SignId[], others: SignStatus = 'absent'): Plan['redFlags'] =>
  Object.fromEntries(SIGN_IDS.map((id) => [id, present.includes(id) ? 'present' : others])) as Plan['redFlags'];
/** Hostile text that the schema's string pattern accepts (see UNICODE_SPACE). */
const HOSTILE = [...PAYLOADS, ...ODD_STRINGS].filter((s) => !UNICODE_SPACE.test(s));
const hostile = (i: number) => HOSTILE[i % HOSTILE.length]!;
/** Text exactly `n` units long, of hostile pieces. */
const long = (n: number) =>
  HOSTILE.join(' ')
    .repeat(Math.ceil(n / 500))
    .slice(0, n - 1) + 'x';

const PLANS: Record<string, Plan> = {
  'the default plan': base,
  'every self-care step, in another order, with a note': {
    ...base,
    selfCare: [...SELF_CARE_IDS].reverse(),
    selfCareNote: 'Swim twice a week.\nStop if it hurts more.',
  },
  'no self-care step at all': { ...base, selfCare: [] },
  'every sign absent, two asked again': { ...base, redFlags: review([]), rechecked: ['rf1-bowel', 'rf1-saddle'] },
  'a Tier 1 sign present: emergency referral': {
    ...base,
    redFlags: review(['rf1-bladder'], 'not-asked'),
    decision: { kind: 'emergency', arranged: 'We called an ambulance.' },
  },
  'a Tier 2 sign present: tests arranged': {
    ...base,
    redFlags: review(['rf2-cancer']),
    decision: { kind: 'referral', arranged: 'An MRI scan at City Hospital', by: '2026-12-07' },
  },
  'a Tier 2 sign present: waiting, earlier review': {
    ...base,
    redFlags: review(['rf2-fever', 'rf2-age']),
    decision: { kind: 'wait', reason: 'Your temperature was normal.', review: '2026-11-30' },
  },
  'a background risk factor only': { ...base, redFlags: review(['rf2-age']) },
  'goals, triggers, practice, time zone and services': {
    ...base,
    redFlags: review([]),
    goals: ['Walk the dog again', 'Lift my grandson'],
    scanTriggers: ['Pain that spreads down a leg'],
    checkIn: '2026-12-01',
    review: '2026-12-01',
    practice: { name: 'Riverside Surgery', phone: '01632 960123', clinician: '' },
    timeZone: 'America/New_York',
    services: { emergency: { number: '112' }, urgent: { line: 'Call 811', place: 'urgent care' } },
  },
  'hostile text everywhere': canonical({
    ...base,
    redFlags: review(['rf2-weight']),
    decision: { kind: 'referral', arranged: hostile(0), by: '2026-12-01' },
    selfCareNote: HOSTILE.join('\n'),
    goals: Array.from({ length: PLAN_LIMITS.listItems }, (_, i) => hostile(i + 1)),
    scanTriggers: Array.from({ length: PLAN_LIMITS.listItems }, (_, i) => hostile(i + 11)),
    practice: { name: hostile(2), phone: '"><svg/onload=window.__pwned=1>', clinician: 'Dr \u202Eilataf\u202C Patel' },
    services: { emergency: { number: '+44 (0)20 7946 0000', service: hostile(3) }, urgent: { line: hostile(4), place: hostile(5) } },
  }),
  'text at every limit': canonical({
    ...base,
    redFlags: review(['rf1-chest']),
    decision: { kind: 'emergency', arranged: long(PLAN_LIMITS.text) },
    selfCareNote: long(PLAN_LIMITS.note),
    goals: Array.from({ length: PLAN_LIMITS.listItems }, () => long(PLAN_LIMITS.text)),
    practice: { name: long(PLAN_LIMITS.text), phone: long(PLAN_LIMITS.phone), clinician: long(PLAN_LIMITS.text) },
  }),
};

const CASES = Object.entries(PLANS).flatMap(([name, plan]) => LOCALES.map((locale) => ({ name: `${name} (${locale})`, plan, locale })));

// ─── Valid R4 ────────────────────────────────────────────────────────────────

describe('R4 JSON schema', () => {
  it('every fixture is a plan validatePlan keeps as it is', () => {
    for (const [name, plan] of Object.entries(PLANS)) assert.deepEqual(validatePlan(plan, TODAY), { ok: true, plan }, name);
  });

  for (const { name, plan, locale } of CASES) {
    it(`CarePlan: ${name}`, () => {
      assertR4(r4.CarePlan, toCarePlan(plan, { locale }), 'the CarePlan');
      const full = toCarePlan(plan, {
        locale,
        subject: { reference: 'Patient/123', display: 'A Patient' },
        author: { reference: 'Practitioner/7' },
        created: '2026-11-23T10:15:00Z',
      });
      assertR4(r4.CarePlan, full, 'the CarePlan with subject, author and created');
    });
  }

  it('CarePlans of random valid plans (text with Unicode spaces aside: see UNICODE_SPACE)', () => {
    fc.assert(
      fc.property(validPlan, fc.constantFrom(...LOCALES), (plan, locale) => {
        const resource = toCarePlan(plan, { locale, created: TODAY });
        fc.pre(!stringsIn(resource).some((s) => UNICODE_SPACE.test(s)));
        assertR4(r4.CarePlan, resource, 'the CarePlan');
      }),
      runParameters(DEFAULT_SEED, DEFAULT_RUNS),
    );
  });

  it('text with Unicode spaces is kept exactly; the schema pattern is all that objects to it', () => {
    const plan = canonical({
      ...base,
      goals: ['line\u2028break'],
      selfCareNote: 'a\u2029b',
      practice: { name: 'Dr\u00A0Patel', phone: '', clinician: 'x\u3000y' },
    });
    const resource = toCarePlan(plan);
    assert.deepEqual(fromCarePlan(resource), { plan, problems: [] });
    assert.equal(r4.CarePlan(resource), false);
    const spaced: unknown = JSON.parse(JSON.stringify(resource), (_, v: unknown) =>
      typeof v === 'string' ? v.replace(new RegExp(UNICODE_SPACE, 'gu'), ' ') : v,
    );
    assertR4(r4.CarePlan, spaced, 'the CarePlan with plain spaces');
  });

  for (const locale of LOCALES) {
    it(`the questionnaire's Questionnaire and QuestionnaireResponse (${locale})`, () => {
      assertR4(r4.Questionnaire, buildQuestionnaire(locale), 'the Questionnaire');
      const answers = {
        emergency: Object.fromEntries(TIER1_IDS.map((id, i) => [id, i === 0])),
        items: { 'leg-1': 1, 'thr-2': 5, 'nav-4': 3 },
        wantScan: 'not-sure',
        worry: hostile(0),
      } as const;
      assertR4(
        r4.QuestionnaireResponse,
        toQuestionnaireResponse(answers, { status: 'completed', authored: '2026-11-23T10:15:00Z', locale }),
        'a full QuestionnaireResponse',
      );
      assertR4(r4.QuestionnaireResponse, toQuestionnaireResponse({ emergency: {}, items: {} }, { locale }), 'an empty QuestionnaireResponse');
    });
  }
});

// ─── The mapping ─────────────────────────────────────────────────────────────

const codeOf = (a: NonNullable<CarePlan['activity']>[number]) => a.detail?.code?.coding?.[0]?.code;
const activityOf = (resource: CarePlan, code: string) => resource.activity?.find((a) => codeOf(a) === code)?.detail;
const extensionsOf = (resource: CarePlan, url: string) => (resource.extension ?? []).filter((e) => e.url === url);

describe('toCarePlan', () => {
  for (const locale of LOCALES) {
    it(`an active plan in the plan's words (${locale})`, () => {
      const t = localeText(locale).plan;
      const plan = PLANS['every self-care step, in another order, with a note']!;
      const resource = toCarePlan(plan, { locale });
      assert.deepEqual(
        {
          resourceType: resource.resourceType,
          status: resource.status,
          intent: resource.intent,
          language: resource.language,
          title: resource.title,
          canonical: resource.instantiatesCanonical,
        },
        { resourceType: 'CarePlan', status: 'active', intent: 'plan', language: locale, title: t.title, canonical: [CAREPLAN_CANONICAL] },
      );
      assert.deepEqual(resource.activity?.map(codeOf), [
        ...plan.selfCare,
        ACTIVITY_CODES.selfCareNote,
        ACTIVITY_CODES.checkIn,
        ACTIVITY_CODES.review,
      ]);
      for (const id of plan.selfCare) {
        assert.deepEqual(activityOf(resource, id), {
          code: { coding: [{ system: PLAN_ACTIVITY_SYSTEM, code: id, display: t.selfCare[id].title }] },
          status: 'not-started',
          description: `${t.selfCare[id].brief} ${t.selfCare[id].why}`,
        });
      }
      assert.equal(activityOf(resource, ACTIVITY_CODES.selfCareNote)?.description, plan.selfCareNote);
      assert.deepEqual(activityOf(resource, ACTIVITY_CODES.checkIn), {
        code: { coding: [{ system: PLAN_ACTIVITY_SYSTEM, code: 'check-in', display: t.dates.checkIn.label }] },
        status: 'scheduled',
        scheduledPeriod: { start: plan.checkIn, end: plan.checkIn },
        description: t.dates.checkIn.text,
      });
      assert.equal(activityOf(resource, ACTIVITY_CODES.review)?.description, t.dates.review.text);
    });
  }

  it('the words follow the locale', () => {
    const [gb, us] = (['en-GB', 'en-US'] as const).map((locale) => activityOf(toCarePlan(base, { locale }), ACTIVITY_CODES.review)?.description);
    assert.match(gb!, /physio\b/);
    assert.match(us!, /physical therapist/);
  });

  it('the decision: what was arranged (by when), or why waiting is right with the earlier review', () => {
    const cases = [
      ['a Tier 1 sign present: emergency referral', 'decision-emergency', { description: 'We called an ambulance.' }],
      [
        'a Tier 2 sign present: tests arranged',
        'decision-referral',
        { description: 'An MRI scan at City Hospital', scheduledPeriod: { end: '2026-12-07' } },
      ],
      [
        'a Tier 2 sign present: waiting, earlier review',
        'decision-wait',
        { description: 'Your temperature was normal.', scheduledPeriod: { start: '2026-11-30', end: '2026-11-30' } },
      ],
    ] as const;
    for (const [name, code, expected] of cases) {
      const detail = activityOf(toCarePlan(PLANS[name]!), code);
      assert.deepEqual(
        { description: detail?.description, ...(detail?.scheduledPeriod ? { scheduledPeriod: detail.scheduledPeriod } : {}) },
        expected,
        name,
      );
    }
    assert.ok(!toCarePlan(PLANS['a background risk factor only']!).activity?.some((a) => codeOf(a)?.startsWith('decision-')));
  });

  it('the red-flag review: every sign with its status, and the signs asked again in order', () => {
    const plan = PLANS['every sign absent, two asked again']!;
    const resource = toCarePlan({ ...plan, redFlags: { ...plan.redFlags, 'rf2-age': 'present', 'rf2-cough': 'not-asked' } });
    const review = extensionsOf(resource, PLAN_EXTENSIONS.redFlag).map((e) => [e.extension?.[0]?.valueCoding?.code, e.extension?.[1]?.valueCode]);
    assert.deepEqual(
      review,
      SIGN_IDS.map((id) => [id, id === 'rf2-age' ? 'present' : id === 'rf2-cough' ? 'not-asked' : 'absent']),
    );
    assert.deepEqual(
      extensionsOf(resource, PLAN_EXTENSIONS.rechecked).map((e) => e.valueCoding),
      [
        { system: RED_FLAG_SYSTEM, code: 'rf1-bowel', display: localeText('en-GB').plan.signs['rf1-bowel'].label },
        { system: RED_FLAG_SYSTEM, code: 'rf1-saddle', display: localeText('en-GB').plan.signs['rf1-saddle'].label },
      ],
    );
  });

  it('goals: contained Goal resources for the subject, referenced in order', () => {
    const subject = { reference: 'Patient/123' };
    const resource = toCarePlan(PLANS['goals, triggers, practice, time zone and services']!, { subject });
    assert.deepEqual(resource.contained, [
      { resourceType: 'Goal', id: 'goal-1', lifecycleStatus: 'active', description: { text: 'Walk the dog again' }, subject },
      { resourceType: 'Goal', id: 'goal-2', lifecycleStatus: 'active', description: { text: 'Lift my grandson' }, subject },
    ]);
    assert.deepEqual(resource.goal, [{ reference: '#goal-1' }, { reference: '#goal-2' }]);
    assert.equal(toCarePlan(base).contained, undefined);
  });

  it('practice, services, triggers and time zone: extensions without blank parts', () => {
    const resource = toCarePlan(PLANS['goals, triggers, practice, time zone and services']!);
    assert.deepEqual(extensionsOf(resource, PLAN_EXTENSIONS.practice), [
      {
        url: PLAN_EXTENSIONS.practice,
        extension: [
          { url: 'name', valueString: 'Riverside Surgery' },
          { url: 'phone', valueString: '01632 960123' },
        ],
      },
    ]);
    assert.deepEqual(
      extensionsOf(resource, PLAN_EXTENSIONS.services)[0]?.extension?.map((e) => e.url),
      ['emergency-number', 'urgent-line', 'urgent-place'],
    );
    assert.deepEqual(extensionsOf(resource, PLAN_EXTENSIONS.scanTrigger), [
      { url: PLAN_EXTENSIONS.scanTrigger, valueString: 'Pain that spreads down a leg' },
    ]);
    assert.deepEqual(extensionsOf(resource, PLAN_EXTENSIONS.timeZone), [{ url: PLAN_EXTENSIONS.timeZone, valueCode: 'America/New_York' }]);
    const bare = toCarePlan(base);
    for (const url of [PLAN_EXTENSIONS.practice, PLAN_EXTENSIONS.services, PLAN_EXTENSIONS.timeZone, PLAN_EXTENSIONS.scanTrigger])
      assert.deepEqual(extensionsOf(bare, url), [], url);
  });

  it('subject, author and created: as given (copies), or an unknown subject, no author, no date', () => {
    const bare = toCarePlan(base);
    assert.deepEqual(bare.subject, { extension: [{ url: DATA_ABSENT_REASON_URL, valueCode: 'unknown' }] });
    assert.equal('author' in bare || 'created' in bare, false);
    const subject = { reference: 'Patient/123' };
    const given = toCarePlan(base, { subject, author: { display: 'Dr Asha Patel' }, created: '2026-11-23' });
    assert.deepEqual([given.subject, given.author, given.created], [subject, { display: 'Dr Asha Patel' }, '2026-11-23']);
    given.subject.reference = 'Patient/other';
    assert.equal(subject.reference, 'Patient/123');
  });

  it('never throws: an invalid plan is written as validatePlan keeps it', () => {
    const junkPlan = toCarePlan('not a plan' as unknown as Plan, { created: TODAY });
    assertR4(r4.CarePlan, junkPlan, 'the CarePlan of junk');
    assert.deepEqual(fromCarePlan(junkPlan), { plan: defaultPlan(TODAY), problems: [] });
    const partly = toCarePlan({ ...base, goals: ['Swim again', 42], selfCare: ['walking', 'sleep-positions'] } as unknown as Plan);
    assert.deepEqual(
      partly.contained?.map((g) => g.description.text),
      ['Swim again'],
    );
    assert.deepEqual(partly.activity?.map(codeOf).slice(0, 1), ['walking']);
  });
});

// ─── Round trips ─────────────────────────────────────────────────────────────

describe('fromCarePlan(toCarePlan(plan))', () => {
  for (const { name, plan, locale } of CASES) {
    it(name, () => {
      const resource = toCarePlan(plan, { locale, subject: { reference: 'Patient/1' } });
      assert.deepEqual(fromCarePlan(resource), { plan, problems: [] });
      assert.deepEqual(fromCarePlan(JSON.stringify(resource)), { plan, problems: [] }, 'as JSON text');
    });
  }

  it('random valid plans come back as validatePlan keeps them, with no problem', () => {
    fc.assert(
      fc.property(validPlan, fc.constantFrom(...LOCALES), (plan, locale) => {
        const kept = validatePlan(plan, TODAY);
        assert.ok(kept.ok);
        assert.deepEqual(fromCarePlan(JSON.parse(JSON.stringify(toCarePlan(plan, { locale, created: TODAY })))), { plan: kept.plan, problems: [] });
      }),
      runParameters(DEFAULT_SEED, DEFAULT_RUNS),
    );
  });

  it('what is not ours is read past: other codings, other extensions, the words, the order of activities', () => {
    const plan = PLANS['goals, triggers, practice, time zone and services']!;
    const resource = toCarePlan(plan);
    resource.extension!.push({ url: 'http://example.org/fhir/StructureDefinition/other', valueString: 'x' });
    resource.activity!.reverse();
    for (const { detail } of resource.activity!) {
      detail!.code!.coding![0]!.display = 'changed';
      detail!.code!.coding!.unshift({ system: 'http://snomed.info/sct', code: '229070002' });
      if (!detail!.scheduledPeriod) detail!.description = 'changed words';
    }
    assert.deepEqual(fromCarePlan(resource), { plan: { ...plan, selfCare: [...plan.selfCare].reverse() }, problems: [] });
  });
});

// ─── Problems ────────────────────────────────────────────────────────────────

/** A fresh CarePlan of a full plan (a Tier 2 sign, waiting), as plain JSON, broken by `change`. */
function broken(change: (r: CarePlan) => void): CarePlan {
  const plan: Plan = {
    ...PLANS['goals, triggers, practice, time zone and services']!,
    redFlags: review(['rf2-fever']),
    decision: { kind: 'wait', reason: 'Normal temperature.', review: '2026-11-30' },
  };
  const resource = JSON.parse(JSON.stringify(toCarePlan(plan))) as CarePlan;
  change(resource);
  return resource;
}
/** A value of the wrong type, on purpose. */
const wrong = (value: unknown) => value as never;
const at = (r: CarePlan, code: string) => r.activity!.find((a) => codeOf(a) === code)!.detail!;
const ext = (r: CarePlan, url: string) => r.extension!.find((e) => e.url === url)!;
const sign = (r: CarePlan, id: SignId) => r.extension!.find((e) => e.url === PLAN_EXTENSIONS.redFlag && e.extension![0]!.valueCoding!.code === id)!;
const modifier = { modifierExtension: [{ url: 'http://example.org/x', valueBoolean: true }] };
const throwing = {
  resourceType: 'CarePlan',
  instantiatesCanonical: [CAREPLAN_CANONICAL],
  get extension(): never {
    throw new Error('no');
  },
};
const manyGoals = Array.from({ length: 12 }, (_, i): Goal => ({
  resourceType: 'Goal',
  id: `g${i}`,
  lifecycleStatus: 'active',
  description: { text: `goal ${i}` },
  subject: {},
}));
const manyTriggers = Array.from({ length: 100_000 }, () => ({ url: PLAN_EXTENSIONS.scanTrigger, valueString: 'x' }));

/** [what, input, expected code, where (a prefix of the field), is there a plan?] */
const PROBLEMS: [string, unknown, CarePlanProblemCode, string, boolean][] = [
  ['text that is not JSON', '{"resourceType":', 'not-json', '(input)', false],
  ['a number', 42, 'not-object', '(input)', false],
  ['null', null, 'not-object', '(input)', false],
  ['a list', [toCarePlan(base)], 'not-object', '(input)', false],
  ['another resource', { resourceType: 'Patient' }, 'not-careplan', 'resourceType', false],
  ['no resourceType', { status: 'active' }, 'not-careplan', 'resourceType', false],
  [
    'a CarePlan that is not ours',
    { resourceType: 'CarePlan', status: 'active', intent: 'plan', subject: { reference: 'Patient/1' } },
    'not-scanwise',
    'instantiatesCanonical',
    false,
  ],
  [
    'another canonical',
    broken((r) => (r.instantiatesCanonical = ['http://example.org/PlanDefinition/back-pain'])),
    'not-scanwise',
    'instantiatesCanonical',
    false,
  ],
  [
    'instantiatesCanonical not a list',
    broken((r) => (r.instantiatesCanonical = wrong(CAREPLAN_CANONICAL))),
    'wrong-type',
    'instantiatesCanonical',
    false,
  ],
  [
    'another version',
    broken((r) => (r.instantiatesCanonical = [CAREPLAN_CANONICAL.replace(/\|.*/, '|9.9.9')])),
    'other-version',
    'instantiatesCanonical',
    true,
  ],
  ['entered in error', broken((r) => (r.status = 'entered-in-error')), 'entered-in-error', 'status', false],
  ['a modifier extension on the CarePlan', broken((r) => Object.assign(r, modifier)), 'unsupported', 'modifierExtension', false],
  [
    'an activity of another code system only',
    broken((r) => (at(r, 'walking').code!.coding![0]!.system = 'http://snomed.info/sct')),
    'unknown-code',
    'activity[',
    true,
  ],
  ['an unknown activity code', broken((r) => (at(r, 'walking').code!.coding![0]!.code = 'sleep-positions')), 'unknown-code', 'activity[', true],
  ['a hostile activity code', broken((r) => (at(r, 'walking').code!.coding![0]!.code = '__proto__')), 'unknown-code', 'activity[', true],
  ['an activity with no code', broken((r) => delete at(r, 'walking').code), 'missing', 'activity[', true],
  ['an activity that is not an object', broken((r) => r.activity!.push(wrong('walk'))), 'wrong-type', 'activity[', true],
  ['activity not a list', broken((r) => (r.activity = wrong({ walking: true }))), 'wrong-type', 'activity', true],
  [
    'an activity kept elsewhere',
    broken((r) => r.activity!.push(wrong({ reference: { reference: 'ServiceRequest/1' } }))),
    'unsupported',
    'activity[',
    true,
  ],
  ['an activity not to be done', broken((r) => Object.assign(at(r, 'walking'), { doNotPerform: true })), 'unsupported', 'activity[', true],
  ['a modifier extension on an activity', broken((r) => Object.assign(r.activity![0]!, modifier)), 'unsupported', 'activity[', true],
  ['a self-care step twice', broken((r) => r.activity!.push({ detail: at(r, 'walking') })), 'duplicate', 'activity[', true],
  [
    'two decisions',
    broken((r) =>
      r.activity!.push({ detail: { ...at(r, 'decision-wait'), code: { coding: [{ system: PLAN_ACTIVITY_SYSTEM, code: 'decision-emergency' }] } } }),
    ),
    'duplicate',
    'activity[',
    true,
  ],
  ['an impossible check-in date', broken((r) => (at(r, 'check-in').scheduledPeriod!.start = '2026-02-30')), 'invalid-date', 'activity[', true],
  ['a date with a time', broken((r) => (at(r, 'review').scheduledPeriod!.start = '2026-12-01T00:00:00Z')), 'invalid-date', 'activity[', true],
  ['a date that is a number', broken((r) => (at(r, 'review').scheduledPeriod!.start = wrong(20261201))), 'wrong-type', 'activity[', true],
  ['a period that is text', broken((r) => (at(r, 'review').scheduledPeriod = wrong('2026-12-01'))), 'wrong-type', 'activity[', true],
  ['no review', broken((r) => (r.activity = r.activity!.filter((a) => codeOf(a) !== 'review'))), 'missing', 'activity', true],
  ['a decision with no words', broken((r) => delete at(r, 'decision-wait').description), 'invalid-plan', 'decision.reason', true],
  ['a decision whose words are not text', broken((r) => (at(r, 'decision-wait').description = wrong(['x']))), 'wrong-type', 'activity[', true],
  ['a decision no sign calls for', broken((r) => (sign(r, 'rf2-fever').extension![1]!.valueCode = 'absent')), 'invalid-plan', 'decision', true],
  ['an unknown sign', broken((r) => (sign(r, 'rf2-fever').extension![0]!.valueCoding!.code = 'rf2-headache')), 'unknown-code', 'extension[', true],
  [
    'a sign from another code system',
    broken((r) => (sign(r, 'rf2-fever').extension![0]!.valueCoding!.system = 'http://snomed.info/sct')),
    'unknown-code',
    'extension[',
    true,
  ],
  ['an unknown sign status', broken((r) => (sign(r, 'rf2-cough').extension![1]!.valueCode = 'maybe')), 'unknown-code', 'extension[', true],
  ['a sign with no status', broken((r) => sign(r, 'rf2-cough').extension!.pop()), 'missing', 'extension[', true],
  ['a sign twice', broken((r) => r.extension!.push(sign(r, 'rf2-cough'))), 'duplicate', 'extension[', true],
  ['no red-flag review', broken((r) => (r.extension = r.extension!.filter((e) => e.url !== PLAN_EXTENSIONS.redFlag))), 'missing', 'extension', true],
  [
    'an unknown part of a sign',
    broken((r) => sign(r, 'rf2-cough').extension!.push({ url: 'note', valueString: 'x' })),
    'unknown-code',
    'extension[',
    true,
  ],
  [
    'an unknown Scanwise extension',
    broken((r) => r.extension!.push({ url: `${PLAN_EXTENSION_BASE}plan-mood`, valueString: 'fine' })),
    'unknown-code',
    'extension[',
    true,
  ],
  ['an extension with no url', broken((r) => r.extension!.push(wrong({ valueString: 'x' }))), 'wrong-type', 'extension[', true],
  [
    'a scan trigger that is not text',
    broken((r) => r.extension!.push({ url: PLAN_EXTENSIONS.scanTrigger, valueString: wrong(7) })),
    'wrong-type',
    'extension[',
    true,
  ],
  [
    'a practice extension twice',
    broken((r) => r.extension!.push({ url: PLAN_EXTENSIONS.practice, extension: [{ url: 'name', valueString: 'Other' }] })),
    'duplicate',
    'extension[',
    true,
  ],
  ['a time zone that is none', broken((r) => (ext(r, PLAN_EXTENSIONS.timeZone).valueCode = 'Mars/Olympus')), 'invalid-plan', 'timeZone', true],
  [
    'an emergency number that is none',
    broken((r) => (ext(r, PLAN_EXTENSIONS.services).extension![0]!.valueString = 'call 999 <b>')),
    'invalid-plan',
    'services.emergency.number',
    true,
  ],
  [
    'a Tier 2 sign asked again',
    broken((r) => r.extension!.push({ url: PLAN_EXTENSIONS.rechecked, valueCoding: { system: RED_FLAG_SYSTEM, code: 'rf2-fever' } })),
    'invalid-plan',
    'rechecked[',
    true,
  ],
  ['a goal kept elsewhere', broken((r) => r.goal!.push({ reference: 'Goal/7' })), 'unsupported', 'goal[', true],
  ['a goal not contained', broken((r) => r.goal!.push({ reference: '#goal-9' })), 'missing', 'goal[', true],
  ['a goal with no text', broken((r) => delete r.contained![0]!.description.text), 'missing', 'goal[', true],
  ['a goal referenced twice', broken((r) => r.goal!.push({ reference: '#goal-1' })), 'duplicate', 'goal[', true],
  ['a goal far too long', broken((r) => (r.contained![0]!.description.text = PAYLOADS[0].repeat(1000))), 'text-shortened', 'goals[0]', true],
  [
    'too many goals',
    broken((r) => Object.assign(r, { contained: manyGoals, goal: manyGoals.map((g) => ({ reference: `#${g.id}` })) })),
    'invalid-plan',
    'goals',
    true,
  ],
  ['a huge list of activities', broken((r) => (r.activity = Array.from({ length: 100_000 }, () => r.activity![0]!))), 'too-many', 'activity', true],
  ['a huge list of extensions', broken((r) => (r.extension = [...r.extension!, ...manyTriggers])), 'too-many', 'extension', true],
  ['a getter that throws', throwing, 'unreadable', '(input)', true],
];

describe('fromCarePlan: problems', () => {
  for (const [what, input, code, field, hasPlan] of PROBLEMS) {
    it(`${what}: ${code}`, () => {
      let result: ReturnType<typeof fromCarePlan> | undefined;
      assert.doesNotThrow(() => (result = fromCarePlan(input)));
      const { plan, problems } = result!;
      const found = problems.find((p) => p.code === code && p.field.startsWith(field));
      assert.ok(found, `no "${code}" problem at "${field}…": ${JSON.stringify(problems, null, 1)}`);
      assert.equal(plan !== null, hasPlan, `plan: ${JSON.stringify(plan)?.slice(0, 200)}`);
      if (plan) assert.deepEqual(Object.keys(plan.redFlags), [...SIGN_IDS], 'a plan read in part is still a whole plan');
      assertPlain(problems);
    });
  }

  it('the table covers every problem code', () => {
    assert.deepEqual(new Set(PROBLEMS.map(([, , code]) => code)), new Set(CAREPLAN_PROBLEM_CODES));
  });

  it('a list is read up to MAX_FHIR_LIST entries', () => {
    const input = broken((r) => (r.extension = [...r.extension!, ...manyTriggers]));
    const { plan, problems } = fromCarePlan(input);
    // The first MAX_FHIR_LIST extensions hold the signs, the practice … and scan triggers ("x"): 10 kept.
    assert.ok(input.extension!.length > MAX_FHIR_LIST);
    assert.deepEqual(plan?.scanTriggers, ['Pain that spreads down a leg', ...Array(PLAN_LIMITS.listItems - 1).fill('x')]);
    assert.ok(problems.length < 10, `few problems, not one per entry: ${problems.length}`);
  });

  it('what is valid in a broken CarePlan is kept', () => {
    const { plan } = fromCarePlan(broken((r) => (at(r, 'review').scheduledPeriod!.start = '2026-02-30')));
    assert.deepEqual(plan?.goals, ['Walk the dog again', 'Lift my grandson']);
    assert.equal(plan?.checkIn, '2026-12-01');
    assert.equal(plan?.decision?.kind, 'wait');
  });

  it('never throws on anything, and each problem has a known code and a message', () => {
    type Node = Record<string, unknown>;
    const paths = (v: unknown, path: string[] = []): string[][] =>
      v && typeof v === 'object' ? [path, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...path, k]))] : [path];
    /** A CarePlan of a valid plan with one value, anywhere, replaced by junk. */
    const junkIn = fc.tuple(validPlan, junk, fc.nat()).map(([plan, value, n]) => {
      const resource = JSON.parse(JSON.stringify(toCarePlan(plan))) as Node;
      const all = paths(resource).filter((p) => p.length);
      const path = all[n % all.length]!;
      const parent = path.slice(0, -1).reduce((node, key) => node[key] as Node, resource);
      parent[path.at(-1)!] = value;
      return resource;
    });
    fc.assert(
      fc.property(fc.oneof(junk, junkIn), (input) => {
        const { plan, problems } = fromCarePlan(input);
        for (const p of problems) {
          assert.ok((CAREPLAN_PROBLEM_CODES as readonly string[]).includes(p.code), p.code);
          assert.ok(typeof p.field === 'string' && typeof p.message === 'string' && p.message.length > 15, JSON.stringify(p));
        }
        if (plan) assert.deepEqual(Object.keys(plan.redFlags), [...SIGN_IDS]);
      }),
      runParameters(DEFAULT_SEED, DEFAULT_RUNS),
    );
  });
});

/** Every message reads as a sentence: no "undefined", "[object …]" or "NaN". */
function assertPlain(problems: readonly CarePlanProblem[]): void {
  for (const { message } of problems) assert.ok(message.length > 15 && !/undefined|\[object|NaN/.test(message), `unclear message: ${message}`);
}
