/**
 * fast-check arbitraries for the property-based tests (issue #14): the plan, the profile, the
 * answers and the letter input, each as a mix of
 * - `junk`: anything at all (fc.anything with every exotic option, JSON text, structured junk);
 * - `mutated`: a valid input with one thing made wrong (a wrong type, an impossible date, text
 *   over its limit, an unknown key …), known to be invalid by construction;
 * - `valid`: a valid input, its free text full of hostile strings (markup, attribute break-outs,
 *   `javascript:`, `</style>`, RTL overrides, NUL, lone surrogates).
 * Shared by test/node/property.test.ts and test/browser/property.test.ts: no Node or DOM API here.
 */
import fc from 'fast-check';
import {
  addDays,
  BELIEF_THEMES,
  decisionNeeded,
  ITEM_IDS,
  score,
  SELF_CARE_IDS,
  SIGN_IDS,
  TIER1_IDS,
  TIER2_IDS,
  toQuestionnaireResponse,
  WANT_SCAN_CODES,
  type Answers,
  type ClinicalDecision,
  type ExpectationProfile,
  type Likert,
  type Plan,
  type SignId,
  type SignStatus,
  type ThemeLevel,
  type Tier1Id,
  wellFormed,
} from '@scanwise/core';

/** The seed every property run starts from unless FC_SEED says otherwise (Node only). */
export const DEFAULT_SEED = 20261202;
/** The runs of each property unless FC_RUNS says otherwise (Node only). */
export const DEFAULT_RUNS = 1000;

/** The date the tests take as today. */
export const TODAY = '2026-11-23';

/**
 * Hostile strings. Every payload that could run script sets `__pwned` (a trap in the browser
 * test) and every one that could fetch asks for a `/__pwned…` URL, so a payload that got through
 * is seen either way. None is longer than 120 characters, so each fits every text field.
 */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=/__pwned.png onerror="window.__pwned=1">',
  "'><img src=/__pwned.png onerror='window.__pwned=1'>",
  '<img src=x onerror=window.__pwned=1//',
  '<svg onload=window.__pwned=1>',
  '"><svg/onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">click</a>',
  '</style><img src=/__pwned.png onerror=window.__pwned=1>',
  '</textarea><script>window.__pwned=1</script>',
  '</title><script>window.__pwned=1</script>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<link rel=stylesheet href=/__pwned.css>',
  '<style>@import "/__pwned.css";</style>',
  '<div style="background:url(/__pwned.png)">x</div>',
  '<math><mtext><table><mglyph><style><img src=/__pwned.png onerror=window.__pwned=1>',
  '<noscript><p title="</noscript><img src=/__pwned.png onerror=window.__pwned=1>">',
  '<!--<img src="--><img src=/__pwned.png onerror=window.__pwned=1//">',
  '<details open ontoggle=window.__pwned=1>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '&#60;img src=/__pwned.png onerror=window.__pwned=1&#62;',
] as const;

/** Strings that are odd rather than markup: controls, bidi overrides, lone surrogates, big code points. */
export const ODD_STRINGS = [
  'Dr \u202Eilataf\u202C Patel',
  '\u202Bعيادة\u202C <b>',
  'NUL\u0000inside',
  '\u0000',
  'lone high \uD83D end',
  '\uDE00 lone low',
  '\uD800',
  '\u2028line\u2029para',
  '\uFEFFbom',
  'a\u0301\u0301\u0301 zalgo',
  '👨‍👩‍👧‍👦 family',
  '🏴󠁧󠁢󠁷󠁬󠁳󠁿 flag',
  '\t tabs \r\n and lines ',
  'O\'Brien & "Sons" <ltd>',
  '__proto__',
  'constructor',
  'undefined',
] as const;

const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'] as const;

/** Any text, hostile most of the time, at most `max` UTF-16 units. */
export function anyText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PAYLOADS) },
      { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
      { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(
            fc.string({ maxLength: 8 }),
            fc.constantFrom(...PAYLOADS, ...ODD_STRINGS),
            fc.constantFrom('', ...LONE_SURROGATES),
            fc.string({ maxLength: 8 }),
          )
          .map((parts) => parts.join('')),
      },
    )
    .filter((s) => s.length <= max);
}

/** Text that is not blank once made well formed and trimmed. */
export function someText(max: number): fc.Arbitrary<string> {
  return anyText(max).filter((s) => wellFormed(s).trim() !== '');
}

/**
 * Text over a limit: hostile units repeated to between `limit + 1` and `limit * 5` units (never
 * only spaces, so trimming cannot bring it back under).
 */
export function hugeText(limit: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('<script>window.__pwned=1</script>', '"><img src=/__pwned.png onerror=window.__pwned=1>', '👨‍👩‍👧', 'é', '\uD800x', 'a\u202E'),
      fc.integer({ min: limit + 1, max: limit * 5 }),
    )
    .map(([unit, n]) =>
      unit
        .repeat(Math.ceil(n / unit.length))
        .slice(0, n)
        .replace(/^\s+|\s+$/g, 'x'),
    );
}

/** Values of a type no field takes where text, a list or an object is wanted (never null or undefined). */
export const wrongScalar = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0), fc.boolean(), fc.bigInt());
export const wrongNotText = fc.oneof(wrongScalar, fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
export const wrongNotList = fc.oneof(wrongScalar, anyText(40), fc.object({ maxDepth: 1 }));
export const wrongNotRecord = fc.oneof(wrongScalar, anyText(40), fc.array(fc.anything(), { maxLength: 3 }));

/** Dates that are not real YYYY-MM-DD dates. */
export const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-12-32',
  '2026-1-1',
  '26-12-01',
  '2026/12/01',
  '2026-12-01T00:00:00Z',
  '',
  '<script>window.__pwned=1</script>',
] as const;
export const impossibleDate = fc.constantFrom(...IMPOSSIBLE_DATES);

/** Anything at all, with every exotic kind of value fast-check knows. */
export const junk = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** One case of a surface: what kind it is, the mutation made (if any), and the value. */
export interface Case<T = unknown> {
  kind: 'junk' | 'mutated' | 'valid';
  /** For `mutated`: what was made wrong. */
  mutation?: string;
  /** For `mutated`: the fields of the valid input the mutation may change (the rest must be kept). */
  touches?: readonly string[];
  /** For `mutated`: the valid input before the mutation. */
  base?: unknown;
  value: T;
}

/** An own enumerable property, even `__proto__`. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** A key that is none of `known`. */
const unknownKey = (known: readonly string[]) =>
  fc
    .oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', '<script>', 'toString'))
    .filter((k) => !known.includes(k));

// ─── The plan ────────────────────────────────────────────────────────────────

export const PLAN_FIELDS = [
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
] as const;
const DROPPABLE = ['selfCareNote', 'goals', 'scanTriggers', 'practice', 'rechecked', 'timeZone', 'services', 'selfCare'] as const;

const validDate = (from: string, min: number, max: number) => fc.integer({ min, max }).map((d) => addDays(from, d));

function decisionFor(redFlags: Record<SignId, SignStatus>): fc.Arbitrary<ClinicalDecision | null> {
  const need = decisionNeeded(redFlags);
  if (need === 'emergency') return someText(200).map((arranged) => ({ kind: 'emergency', arranged }));
  if (need === 'tier2') {
    return fc.oneof(
      fc.record({ kind: fc.constant('referral' as const), arranged: someText(200), by: validDate(TODAY, -5, 30) }),
      fc.record({ kind: fc.constant('wait' as const), reason: someText(200), review: validDate(TODAY, -5, 30) }),
    );
  }
  return fc.constant(null);
}

/** A valid plan (a plain object): signs present only with a complete decision, text full of hostile strings. */
export const validPlan: fc.Arbitrary<Plan> = fc
  .record({
    statuses: fc.array(fc.constantFrom<SignStatus>('absent', 'absent', 'not-asked'), { minLength: SIGN_IDS.length, maxLength: SIGN_IDS.length }),
    present: fc.oneof(
      { weight: 8, arbitrary: fc.constant<SignId[]>([]) },
      { weight: 1, arbitrary: fc.constant<SignId[]>(['rf2-age']) },
      { weight: 2, arbitrary: fc.subarray<SignId>([...TIER2_IDS], { minLength: 1, maxLength: 2 }) },
      { weight: 1, arbitrary: fc.subarray<SignId>([...TIER1_IDS], { minLength: 1, maxLength: 2 }) },
    ),
    recheck: fc.subarray<Tier1Id>([...TIER1_IDS]),
    selfCare: fc.shuffledSubarray([...SELF_CARE_IDS]),
    selfCareNote: anyText(2000),
    goals: fc.array(someText(200), { maxLength: 10 }),
    scanTriggers: fc.array(someText(200), { maxLength: 10 }),
    checkIn: fc.integer({ min: -30, max: 60 }),
    reviewAfter: fc.integer({ min: 0, max: 120 }),
    practice: fc.record({ name: anyText(200), phone: anyText(40), clinician: anyText(200) }),
    timeZone: fc.constantFrom(undefined, 'Europe/London', 'America/New_York', 'Australia/Sydney', 'UTC'),
    services: fc.option(
      fc.record(
        {
          emergency: fc.record(
            { number: fc.constantFrom('112', '000', '+44 (0)20 7946 0000', '911-1'), service: someText(200) },
            { requiredKeys: [] },
          ),
          urgent: fc.record({ line: someText(200), place: someText(200) }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    drop: fc.subarray([...DROPPABLE]),
  })
  .chain((g) => {
    const redFlags = Object.fromEntries(SIGN_IDS.map((id, i) => [id, g.present.includes(id) ? 'present' : g.statuses[i]!])) as Record<
      SignId,
      SignStatus
    >;
    return decisionFor(redFlags).map((decision) => {
      const checkIn = addDays(TODAY, g.checkIn);
      const plan: Plan = {
        redFlags,
        decision,
        rechecked: g.recheck.filter((id) => redFlags[id] === 'absent'),
        selfCare: g.selfCare,
        selfCareNote: g.selfCareNote,
        goals: g.goals,
        checkIn,
        review: addDays(checkIn, g.reviewAfter),
        scanTriggers: g.scanTriggers,
        practice: g.practice,
        ...(g.timeZone ? { timeZone: g.timeZone } : {}),
        ...(g.services ? { services: g.services } : {}),
      };
      for (const key of g.drop) delete (plan as unknown as Record<string, unknown>)[key];
      return plan;
    });
  });

export interface Mutation<T> {
  name: string;
  touches: readonly string[];
  /** Changes a copy of a valid value; returns the new value (a mutation may replace it whole). */
  apply: (value: T) => unknown;
}

const ALL = ['*'] as const;
/** What a time zone name or a phone number looks like (plan/validate.ts): mutations stay clear of both. */
const IANA_LIKE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;
const PHONE_LIKE = /^\+?[0-9][0-9 ()-]*$/;
/** Any id a plan or the answers use: mutations that want an id that is none stay clear of them. */
const isId = (s: string) =>
  /^(rf[12]-|leg-|thr-|nav-|want-scan|worry-text|emergency-check)/.test(s) || (SELF_CARE_IDS as readonly string[]).includes(s);
const sign = fc.constantFrom(...SIGN_IDS);

/** One thing made wrong in a plan: each is a problem, whatever the valid plan was. */
export const planMutation: fc.Arbitrary<Mutation<Plan>> = fc.oneof(
  unknownKey(PLAN_FIELDS).chain((key) =>
    junk.map((v) => ({ name: `unknown field ${JSON.stringify(key)}`, touches: [], apply: (p: Plan) => (setOwn(p, key, v), p) })),
  ),
  wrongNotRecord.map((v) => ({
    name: 'redFlags not an object',
    touches: ['redFlags', 'decision', 'rechecked'],
    apply: (p: Plan) => ({ ...p, redFlags: v }),
  })),
  fc
    .tuple(
      sign,
      fc.oneof(
        anyText(40).filter((s) => !['absent', 'present', 'not-asked'].includes(s.trim().toLowerCase())),
        wrongScalar,
      ),
    )
    .map(([id, v]) => ({
      name: `redFlags.${id} not a status`,
      touches: ['redFlags', 'decision', 'rechecked'],
      apply: (p: Plan) => ({ ...p, redFlags: { ...p.redFlags, [id]: v } }),
    })),
  unknownKey(SIGN_IDS).map((key) => ({
    name: `redFlags: unknown sign ${JSON.stringify(key)}`,
    touches: [],
    apply: (p: Plan) => {
      const redFlags = { ...(p.redFlags ?? {}) };
      setOwn(redFlags, key, 'absent');
      return { ...p, redFlags };
    },
  })),
  fc
    .tuple(fc.constantFrom('rechecked', 'selfCare', 'goals', 'scanTriggers'), wrongNotList)
    .map(([field, v]) => ({ name: `${field} not a list`, touches: [field], apply: (p: Plan) => ({ ...p, [field]: v }) })),
  fc
    .tuple(
      fc.constantFrom('rechecked', 'selfCare'),
      fc.oneof(
        anyText(30).filter((s) => !isId(s)),
        fc.constantFrom('rf2-fever', 'rf2-age', 'sleep-positions'),
        wrongScalar,
      ),
    )
    .map(([field, v]) => ({
      name: `${field}: an id that is not one`,
      touches: [field],
      apply: (p: Plan) => ({ ...p, [field]: [...((p[field as keyof Plan] as unknown[] | undefined) ?? []), v] }),
    })),
  fc.constantFrom(...TIER1_IDS).map((id) => ({
    name: `rechecked ${id} while the review says not-asked`,
    touches: ['redFlags', 'decision', 'rechecked'],
    apply: (p: Plan) => ({ ...p, redFlags: { ...p.redFlags, [id]: 'not-asked' }, rechecked: [...(p.rechecked ?? []), id] }),
  })),
  fc.tuple(fc.constantFrom('goals', 'scanTriggers'), wrongNotText).map(([field, v]) => ({
    name: `${field}: an item that is not text`,
    touches: [field],
    apply: (p: Plan) => ({ ...p, [field]: [...((p[field as 'goals'] as unknown[] | undefined) ?? []), v] }),
  })),
  fc.tuple(fc.constantFrom('goals', 'scanTriggers'), fc.array(someText(60), { minLength: 11, maxLength: 14 })).map(([field, items]) => ({
    name: `${field}: more than 10 items`,
    touches: [field],
    apply: (p: Plan) => ({ ...p, [field]: items }),
  })),
  fc.tuple(fc.constantFrom('goals', 'scanTriggers'), hugeText(200)).map(([field, text]) => ({
    name: `${field}: an item over 200 characters`,
    touches: [field],
    apply: (p: Plan) => ({ ...p, [field]: [text] }),
  })),
  wrongNotText.map((v) => ({ name: 'selfCareNote not text', touches: ['selfCareNote'], apply: (p: Plan) => ({ ...p, selfCareNote: v }) })),
  hugeText(2000).map((v) => ({
    name: 'selfCareNote over 2000 characters',
    touches: ['selfCareNote'],
    apply: (p: Plan) => ({ ...p, selfCareNote: v }),
  })),
  fc.tuple(fc.constantFrom('checkIn', 'review'), fc.oneof(impossibleDate, wrongScalar, fc.object({ maxDepth: 1 }))).map(([field, v]) => ({
    name: `${field} not a real date`,
    touches: ['checkIn', 'review'],
    apply: (p: Plan) => ({ ...p, [field]: v }),
  })),
  fc.integer({ min: 1, max: 400 }).map((days) => ({
    name: `review ${days} days before the check-in`,
    touches: ['checkIn', 'review'],
    apply: (p: Plan) => ({ ...p, review: addDays(p.checkIn, -days) }),
  })),
  wrongNotRecord.map((v) => ({ name: 'practice not an object', touches: ['practice'], apply: (p: Plan) => ({ ...p, practice: v }) })),
  fc.tuple(fc.constantFrom('name', 'phone', 'clinician'), fc.oneof(wrongNotText, hugeText(200))).map(([key, v]) => ({
    name: `practice.${key} not text or too long`,
    touches: ['practice'],
    apply: (p: Plan) => ({ ...p, practice: { ...(p.practice ?? {}), [key]: v } }),
  })),
  unknownKey(['name', 'phone', 'clinician']).map((key) => ({
    name: `practice: unknown field ${JSON.stringify(key)}`,
    touches: ['practice'],
    apply: (p: Plan) => {
      const practice = { ...(p.practice ?? {}) };
      setOwn(practice, key, 'x');
      return { ...p, practice };
    },
  })),
  fc
    .oneof(
      wrongNotText,
      fc.constantFrom('Mars/Olympus', 'Europe/Nowhere', 'utc+25'),
      someText(60).filter((s) => !IANA_LIKE.test(wellFormed(s).trim())),
    )
    .map((v) => ({
      name: 'timeZone not a time zone',
      touches: ['timeZone'],
      apply: (p: Plan) => ({ ...p, timeZone: v }),
    })),
  fc
    .oneof(
      wrongNotRecord,
      someText(30)
        .filter((s) => !PHONE_LIKE.test(wellFormed(s).trim()))
        .map((number) => ({ emergency: { number } })),
      fc.constant({ police: {} }),
      fc.constant({ urgent: 7 }),
    )
    .map((v) => ({
      name: 'services not as they should be',
      touches: ['services'],
      apply: (p: Plan) => ({ ...p, services: v }),
    })),
  fc
    .tuple(
      fc.oneof(
        junk.filter((v) => v != null),
        fc.constantFrom<unknown>(
          { kind: 'wait', reason: '  ', review: '2026-02-30' },
          { kind: 'referral' },
          { kind: 'emergency', arranged: '' },
          { kind: 'maybe' },
        ),
      ),
      fc.boolean(),
    )
    .map(([v, missing]) => ({
      name: missing ? 'decision missing or wrong for the review' : 'decision wrong for the review',
      touches: ['decision'],
      apply: (p: Plan) => {
        const need = decisionNeeded(p.redFlags);
        // None needed: any decision is one too many. One needed: none, or one of the wrong kind.
        if (!need) return { ...p, decision: v };
        return {
          ...p,
          decision: missing ? null : need === 'emergency' ? { kind: 'wait', reason: 'x', review: TODAY } : { kind: 'emergency', arranged: 'x' },
        };
      },
    })),
  fc
    .oneof(wrongScalar, fc.array(fc.anything(), { maxLength: 3 }), fc.constantFrom('null', '[]', '"plan"', '42', 'not json', '{"redFlags":'))
    .map((v) => ({ name: 'not a plan at all', touches: ALL, apply: () => v })),
  fc.constant({ name: 'JSON text cut short', touches: ALL, apply: (p: Plan) => JSON.stringify(p).slice(0, -1) }),
);

/** Structured junk: the plan's own fields, each holding anything. */
const planShapedJunk = fc.record(
  Object.fromEntries(PLAN_FIELDS.map((f) => [f, junk])) as Record<(typeof PLAN_FIELDS)[number], fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
);

function cases<T>(valid: fc.Arbitrary<T>, mutation: fc.Arbitrary<Mutation<T>>, shapedJunk: fc.Arbitrary<unknown>, asJson = true): fc.Arbitrary<Case> {
  const clone = (v: T): T => structuredClone(v);
  return fc.oneof(
    { weight: 2, arbitrary: fc.oneof(junk, shapedJunk).map((value): Case => ({ kind: 'junk', value })) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(valid, mutation)
        .map(([v, m]): Case => ({ kind: 'mutated', mutation: m.name, touches: m.touches, base: v, value: m.apply(clone(v)) })),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(valid, fc.boolean()).map(([v, json]): Case => ({ kind: 'valid', value: asJson && json ? JSON.stringify(v) : v })),
    },
  );
}

/** Plan cases: junk, mutated, valid (sometimes as JSON text). */
export const planCases = cases(validPlan, planMutation, planShapedJunk);

// ─── The answers ─────────────────────────────────────────────────────────────

const likert = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Likert>;

/** Valid answers: any subset answered; `null` for some (unanswered); worry not blank. */
export const validAnswers: fc.Arbitrary<Answers> = fc
  .record({
    emergency: fc.record(
      Object.fromEntries(TIER1_IDS.map((id) => [id, fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, fc.constant(true))])) as Record<
        Tier1Id,
        fc.Arbitrary<boolean>
      >,
      {
        requiredKeys: [],
      },
    ),
    items: fc.record(Object.fromEntries(ITEM_IDS.map((id) => [id, likert])) as Record<string, fc.Arbitrary<Likert>>, { requiredKeys: [] }),
    wantScan: fc.option(fc.constantFrom(...WANT_SCAN_CODES), { nil: undefined }),
    worry: fc.option(someText(2000), { nil: undefined }),
  })
  .map(({ wantScan, worry, ...a }) => ({ ...a, ...(wantScan ? { wantScan } : {}), ...(worry !== undefined ? { worry } : {}) }) as Answers);

const ANSWER_FIELDS = ['emergency', 'items', 'wantScan', 'worry'] as const;

export const answersMutation: fc.Arbitrary<Mutation<Answers>> = fc.oneof(
  unknownKey(ANSWER_FIELDS).chain((key) =>
    junk.map((v) => ({ name: `unknown field ${JSON.stringify(key)}`, touches: [], apply: (a: Answers) => (setOwn(a, key, v), a) })),
  ),
  fc
    .tuple(fc.constantFrom('emergency', 'items'), wrongNotRecord)
    .map(([field, v]) => ({ name: `${field} not an object`, touches: [field], apply: (a: Answers) => ({ ...a, [field]: v }) })),
  fc
    .tuple(
      fc.constantFrom(...TIER1_IDS),
      fc.oneof(
        wrongScalar.filter((v) => typeof v !== 'boolean'),
        anyText(20),
        fc.constantFrom<unknown>('true', 'yes', 1, 0, {}),
      ),
    )
    .map(([id, v]) => ({
      name: `emergency.${id} not true or false`,
      touches: [`emergency.${id}`],
      apply: (a: Answers) => ({ ...a, emergency: { ...a.emergency, [id]: v } }),
    })),
  fc
    .tuple(fc.constantFrom(...ITEM_IDS), fc.oneof(fc.constantFrom<unknown>(0, 6, 2.5, -1, '3', Number.NaN, true, [3], {}), anyText(10)))
    .map(([id, v]) => ({
      name: `items.${id} not 1 to 5`,
      touches: [`items.${id}`],
      apply: (a: Answers) => ({ ...a, items: { ...a.items, [id]: v } }),
    })),
  fc.tuple(fc.constantFrom('emergency', 'items'), unknownKey([...TIER1_IDS, ...ITEM_IDS])).map(([field, key]) => ({
    name: `${field}: unknown question ${JSON.stringify(key)}`,
    touches: [],
    apply: (a: Answers) => {
      const part = { ...(a[field as 'items'] ?? {}) };
      setOwn(part, key, field === 'emergency' ? false : 3);
      return { ...a, [field]: part };
    },
  })),
  fc
    .oneof(
      anyText(20).filter((s) => !(WANT_SCAN_CODES as readonly string[]).includes(s)),
      wrongScalar,
    )
    .map((v) => ({ name: 'wantScan not a choice', touches: ['wantScan'], apply: (a: Answers) => ({ ...a, wantScan: v }) })),
  wrongNotText.map((v) => ({ name: 'worry not text', touches: ['worry'], apply: (a: Answers) => ({ ...a, worry: v }) })),
  hugeText(2000).map((v) => ({ name: 'worry over 2000 characters', touches: ['worry'], apply: (a: Answers) => ({ ...a, worry: v }) })),
  fc
    .oneof(wrongScalar, fc.array(fc.anything(), { maxLength: 3 }), fc.constantFrom('null', '[]', '"answers"', 'not json', '{"items":'))
    .map((v) => ({ name: 'not answers at all', touches: ALL, apply: () => v })),
);

const answersShapedJunk = fc.record(
  Object.fromEntries(ANSWER_FIELDS.map((f) => [f, junk])) as Record<(typeof ANSWER_FIELDS)[number], fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
);

/** Answers cases: junk, mutated, valid (sometimes as JSON text). */
export const answersCases = cases(validAnswers, answersMutation, answersShapedJunk);

/** A FHIR QuestionnaireResponse made wrong: each is a problem. */
const responseMutation: fc.Arbitrary<Mutation<Record<string, unknown>>> = fc.oneof(
  fc
    .constantFrom<unknown>('Patient', undefined, 7)
    .map((v) => ({ name: `resourceType ${String(v)}`, touches: ALL, apply: (r: Record<string, unknown>) => ({ ...r, resourceType: v }) })),
  fc
    .oneof(anyText(60), fc.constant('https://example.org/Questionnaire/other|1'))
    .map((v) => ({ name: 'another questionnaire', touches: ALL, apply: (r: Record<string, unknown>) => ({ ...r, questionnaire: v }) })),
  fc
    .oneof(
      anyText(20).filter((s) => !['in-progress', 'completed', 'amended', 'stopped'].includes(s)),
      fc.constant('entered-in-error'),
    )
    .map((v) => ({ name: `status ${JSON.stringify(v)}`, touches: [], apply: (r: Record<string, unknown>) => ({ ...r, status: v }) })),
  fc
    .oneof(anyText(20), wrongScalar)
    .map((v) => ({ name: 'item not a list', touches: ALL, apply: (r: Record<string, unknown>) => ({ ...r, item: v }) })),
  fc
    .oneof(
      anyText(20)
        .filter((s) => !isId(s))
        .map((linkId) => ({ linkId })),
      wrongScalar,
      fc.constant({ linkId: 'want-scan', answer: [{ valueCoding: { code: 'maybe' } }] }),
    )
    .map((v) => ({
      name: 'an item that is not one of ours',
      touches: ['wantScan'],
      apply: (r: Record<string, unknown>) => ({ ...r, item: [...((r.item as unknown[] | undefined) ?? []), v] }),
    })),
);

/** QuestionnaireResponse cases: junk, valid answers' responses made wrong, and valid responses. */
export const responseCases: fc.Arbitrary<Case> = cases(
  validAnswers.map((a) => toQuestionnaireResponse(a) as unknown as Record<string, unknown>),
  responseMutation,
  fc.record(
    {
      resourceType: fc.constant('QuestionnaireResponse'),
      questionnaire: fc.constant('https://scanwise.dev/fhir/Questionnaire/imaging-expectations|0.1.0'),
      status: junk,
      item: junk,
    },
    { requiredKeys: ['resourceType'] },
  ),
);

// ─── The profile ─────────────────────────────────────────────────────────────

const level = fc.constantFrom<ThemeLevel>('low', 'mixed', 'high', 'not-scored');

/**
 * A valid profile: one `score()` gives (answers and all), or a bare one with only the parts the
 * explainer reads (themes, flags, triage), consistent about an emergency.
 */
export const validProfile: fc.Arbitrary<ExpectationProfile | Record<string, unknown>> = fc.oneof(
  validAnswers.map((a) => score(a)),
  fc
    .record({
      leg: level,
      thr: level,
      nav: level,
      signs: fc.subarray([...TIER1_IDS], { maxLength: 2 }),
      harms: fc.boolean(),
      listSigns: fc.boolean(),
    })
    .map((g) => ({
      themes: Object.fromEntries(BELIEF_THEMES.map((t) => [t, { level: g[t] }])),
      flags: { emergency: g.signs.length > 0, harmsUnderestimated: g.harms, ...(g.listSigns || g.signs.length ? { emergencySigns: g.signs } : {}) },
      triage: g.signs.length ? 'emergency' : 'routine',
    })),
);

type AnyProfile = Record<string, unknown>;

export const profileMutation: fc.Arbitrary<Mutation<AnyProfile>> = fc.oneof(
  fc
    .oneof(wrongNotRecord, fc.constant(undefined))
    .map((v) => ({ name: 'themes not an object', touches: ['themes'], apply: (p: AnyProfile) => ({ ...p, themes: v }) })),
  fc
    .tuple(
      fc.constantFrom(...BELIEF_THEMES),
      fc.oneof(
        anyText(20).filter((s) => !['low', 'mixed', 'high', 'not-scored'].includes(s)),
        wrongScalar,
        fc.constant(undefined),
      ),
    )
    .map(([t, v]) => ({
      name: `themes.${t}.level not a level`,
      touches: ['themes'],
      apply: (p: AnyProfile) => ({ ...p, themes: { ...(p.themes as object), [t]: { level: v } } }),
    })),
  fc
    .oneof(wrongNotRecord, fc.constant(undefined))
    .map((v) => ({ name: 'flags not an object', touches: ['flags'], apply: (p: AnyProfile) => ({ ...p, flags: v }) })),
  fc.tuple(fc.constantFrom('emergency', 'harmsUnderestimated'), fc.oneof(anyText(10), fc.integer(), fc.constant(null))).map(([flag, v]) => ({
    name: `flags.${flag} not true or false`,
    touches: ['flags'],
    apply: (p: AnyProfile) => ({ ...p, flags: { ...(p.flags as object), [flag]: v } }),
  })),
  fc
    .oneof(
      wrongNotList,
      fc.array(
        anyText(12).filter((s) => !isId(s)),
        { minLength: 1, maxLength: 2 },
      ),
    )
    .map((v) => ({
      name: 'flags.emergencySigns not a list of signs',
      touches: ['flags'],
      apply: (p: AnyProfile) => ({ ...p, flags: { ...(p.flags as object), emergencySigns: v } }),
    })),
  fc
    .oneof(
      anyText(20).filter((s) => s !== 'emergency' && s !== 'routine'),
      wrongScalar,
      fc.constant(undefined),
    )
    .map((v) => ({ name: 'triage not a triage', touches: ['triage'], apply: (p: AnyProfile) => ({ ...p, triage: v }) })),
  fc.constant({
    name: 'triage says emergency, flags say none',
    touches: ['triage'],
    apply: (p: AnyProfile) => ({ ...p, triage: (p.triage as string) === 'emergency' ? 'routine' : 'emergency' }),
  }),
  fc
    .oneof(wrongScalar, fc.array(fc.anything(), { maxLength: 3 }), fc.constantFrom('null', '[]', '"profile"', 'not json', '{"themes":'))
    .map((v) => ({ name: 'not a profile at all', touches: ALL, apply: () => v })),
);

const profileShapedJunk = fc.record({ themes: junk, flags: junk, triage: junk, answers: junk, worry: junk }, { requiredKeys: [] });

/** Profile cases: junk, mutated, valid (sometimes as JSON text). */
export const profileCases = cases(validProfile as fc.Arbitrary<AnyProfile>, profileMutation, profileShapedJunk);

/**
 * Counts the kinds of case a property was run with, so a test can show that each part of the mix
 * (junk, mutated, valid) was run, and not only one.
 */
export function kindCounter(): { add: (c: Case) => void; counts: Record<Case['kind'], number> } {
  const counts = { junk: 0, mutated: 0, valid: 0 };
  return { add: (c) => void counts[c.kind]++, counts };
}

/** `fc.assert` parameters: the seed, the runs, and the failure report with the counterexample. */
export function runParameters(seed: number, numRuns: number): fc.Parameters<unknown> {
  return { seed, numRuns, includeErrorInReport: true };
}
