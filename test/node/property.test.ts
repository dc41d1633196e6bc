// Hardening (issue #14): property-based tests (fast-check) over the plan, the profile, the
// answers (and their FHIR QuestionnaireResponse) and the letter input. Each surface gets at least
// 1,000 cases that mix junk, valid inputs with one thing made wrong, and valid inputs full of
// hostile text. They check: nothing throws (renderLetter only throws LetterInputError, with its
// problems), the same input gives the same output, hostile text reaches HTML only escaped (no
// script, no event handler, nothing fetched), every invalid input has problems in plain words and
// every valid one none, what is valid in an invalid input is kept, and every watchful-waiting
// plan has its safety net with both tiers.
//
// Seed: 20261202 unless FC_SEED is set; runs per property: 1000 unless FC_RUNS is set, e.g.
//   FC_SEED=$RANDOM FC_RUNS=5000 node --conditions=@scanwise/source --import tsx --test test/node/property.test.ts
// A failure prints the seed, the path and the (shrunk) counterexample to re-run it with.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  localeText,
  explainerModel,
  fromQuestionnaireResponse,
  isIsoDate,
  isTier1Id,
  isWellFormed,
  PLAN_LIMITS,
  planModel,
  planSection,
  readProfile,
  score,
  SIGN_IDS,
  TIER1_IDS,
  toQuestionnaireResponse,
  validateAnswers,
  validatePlan,
  validateProfile,
  warningSigns,
  wellFormed,
  WORRY_MAX_LENGTH,
  type Answers,
  type ExpectationProfile,
  type ExplainerModel,
  type Locale,
  type Plan,
  type PlanModel,
} from '@scanwise/core';
import { benefitsHarmsView } from '@scanwise/elements/benefits-harms/view.js';
import { checkLetter, LetterInputError, renderLetter } from '@scanwise/letter';
import { problemView } from '../../packages/elements/src/shared/problem.view.js';
import { planHtml, questionnaireHtml } from '../../packages/letter/src/components.js';
import { toHtml } from '../../packages/letter/src/ssr.js';
import { textOf } from './helpers/letter-fixtures.js';
import { htmlProblems, surrogateReferences } from './helpers/html-safety.js';
import {
  answersCases,
  answersMutation,
  anyText,
  DEFAULT_RUNS,
  DEFAULT_SEED,
  hugeText,
  impossibleDate,
  junk,
  kindCounter,
  planCases,
  planMutation,
  PLAN_FIELDS,
  profileCases,
  profileMutation,
  responseCases,
  runParameters,
  TODAY,
  validAnswers,
  validPlan,
  validProfile,
  wrongNotRecord,
  wrongNotText,
  wrongScalar,
  type Case,
  type Mutation,
} from './helpers/property-arbitraries.js';
import '@scanwise/core/locales/all';

/** A whole number from the environment, or the default; anything else stops the run with a clear message. */
function fromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} should be a whole number of at least ${min}, but it is ${JSON.stringify(raw)}.`);
  return n;
}

const SEED = fromEnv('FC_SEED', DEFAULT_SEED, -(2 ** 31));
const RUNS = fromEnv('FC_RUNS', DEFAULT_RUNS, 1);
const params = runParameters(SEED, RUNS);
const locale = fc.constantFrom<Locale>('en-GB', 'en-US');

// ─── Shared checks ───────────────────────────────────────────────────────────

/** The text in an input (its strings and keys, at any depth), and whether it holds NaN. */
function inputText(value: unknown, seen = new Set<unknown>()): { strings: string[]; nan: boolean } {
  const out = { strings: [] as string[], nan: false };
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') out.strings.push(v);
    else if (typeof v === 'number' && Number.isNaN(v)) out.nan = true;
    else if (v && typeof v === 'object' && depth < 8 && !seen.has(v)) {
      seen.add(v);
      if (v instanceof Number && Number.isNaN(v.valueOf())) out.nan = true;
      const entries = v instanceof Map ? [...v.entries()].flat() : v instanceof Set ? [...v] : Object.entries(v).flat();
      for (const e of entries) walk(e, depth + 1);
    }
  };
  walk(value, 0);
  return out;
}

/**
 * Every message reads as a sentence: no "undefined", "[object …]" or "NaN" of its own (only where
 * it quotes the input, which may hold them).
 */
function assertClear(problems: readonly { field: string; message: string }[], input: unknown): void {
  if (!problems.length) return;
  const text = inputText(input);
  const quoted = (word: string) => text.strings.some((s) => s.includes(word));
  for (const { field, message } of problems) {
    assert.equal(typeof field, 'string');
    assert.ok(message.length > 15, `unclear message at ${field}: ${message}`);
    for (const word of ['undefined', '[object', 'NaN']) {
      if (message.includes(word) && !quoted(word) && !(word === 'NaN' && text.nan))
        assert.fail(`unclear message at ${field} ("${word}"): ${message}`);
    }
  }
}

/** The problems as a view draws them (the element's problemView, rendered as static HTML): escaped. */
function assertProblemsEscaped(problems: readonly { field: string; message: string }[]): void {
  if (!problems.length) return;
  const html = toHtml(
    problemView(
      'Problems',
      problems.map((p) => ({ code: 'x', ...p })),
    ),
  );
  assert.deepEqual(htmlProblems(html), [], html);
}

/** The fields of a mutated case's valid input that the mutation leaves alone must come through as they were. */
function assertKept(kept: Record<string, unknown>, base: Record<string, unknown>, c: Case, fields: readonly string[]): void {
  if (!c.touches || c.touches.includes('*')) return;
  for (const field of fields) {
    if (c.touches.includes(field)) continue;
    const prefix = `${field}.`;
    const dropped = c.touches.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length));
    let want = base[field];
    if (dropped.length && want && typeof want === 'object') want = Object.fromEntries(Object.entries(want).filter(([k]) => !dropped.includes(k)));
    assert.deepEqual(kept[field], want, `"${field}" was not kept after: ${c.mutation}`);
  }
}

const asRecord = (x: unknown) => x as Record<string, unknown>;

/** Each kind of case made up at least a tenth of the runs: the mix was run, not one part of it. */
function assertMix(counts: Record<Case['kind'], number>): void {
  for (const [kind, n] of Object.entries(counts)) assert.ok(n >= RUNS / 10, `only ${n} ${kind} cases in ${RUNS}: ${JSON.stringify(counts)}`);
}

// ─── The letter's cases ──────────────────────────────────────────────────────

type LetterValue = Record<string, unknown>;

/** A valid letter input: every free-text field hostile, the questionnaire's result in any of its three forms. */
const validLetter: fc.Arbitrary<LetterValue> = fc
  .record({
    locale: fc.constantFrom(undefined, 'en-GB', 'en-US'),
    date: fc.integer({ min: -10, max: 10 }),
    patient: fc.record({ name: anyText(200) }, { requiredKeys: [] }),
    practice: fc.record(
      {
        name: anyText(200),
        address: fc.oneof(
          fc.array(anyText(200), { maxLength: 8 }),
          anyText(200).filter((s) => s.split(/\r?\n/).length <= 8),
        ),
        phone: anyText(200),
        email: anyText(200),
        website: anyText(200),
      },
      { requiredKeys: [] },
    ),
    clinician: fc.record({ name: anyText(200), role: anyText(200) }, { requiredKeys: [] }),
    message: fc.array(anyText(200), { maxLength: 5 }).map((ps) => ps.join('\n\n')),
    result: fc.constantFrom('none', 'answers', 'profile', 'questionnaireResponse'),
    answers: validAnswers,
    bareProfile: fc.boolean(),
    profile: validProfile,
    plan: fc.option(validPlan, { nil: undefined }),
    include: fc.record(
      { questionnaire: fc.boolean(), explainer: fc.constantFrom(undefined, 'summary', 'full', false), plan: fc.constantFrom(undefined, true, false) },
      { requiredKeys: [] },
    ),
    paper: fc.constantFrom(undefined, 'a4', 'letter'),
    fragment: fc.constantFrom(undefined, true, false),
    // The questionnaire's result and the plan may come as JSON text, as the elements give them.
    json: fc.record({ result: fc.boolean(), plan: fc.boolean() }),
  })
  .map((g) => {
    const input: LetterValue = {
      date: addDaysIso(TODAY, g.date),
      patient: g.patient,
      practice: g.practice,
      clinician: g.clinician,
      message: g.message,
    };
    if (g.locale) input.locale = g.locale;
    // With a plan, an emergency "yes" the review has not settled stops the letter: none here.
    const answers: Answers = g.plan ? { ...g.answers, emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, false])) } : g.answers;
    if (g.result === 'answers') input.answers = answers;
    if (g.result === 'questionnaireResponse') input.questionnaireResponse = toQuestionnaireResponse(answers);
    if (g.result === 'profile') input.profile = g.bareProfile && !g.plan ? g.profile : score(answers);
    if (g.result !== 'none' && g.json.result) input[g.result] = JSON.stringify(input[g.result]);
    if (g.plan) input.plan = g.json.plan ? JSON.stringify(g.plan) : g.plan;
    const include: Record<string, unknown> = { ...g.include };
    if (g.result === 'none') delete include.questionnaire;
    if (!g.plan) delete include.plan;
    if (!include.plan && !include.questionnaire && include.explainer === false && !(g.plan && include.plan === undefined))
      include.explainer = 'summary';
    input.include = include;
    if (g.paper) input.paper = g.paper;
    if (g.fragment !== undefined) input.fragment = g.fragment;
    return input;
  });

function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

const LETTER_FIELDS = [
  'locale',
  'date',
  'patient',
  'practice',
  'clinician',
  'message',
  'profile',
  'questionnaireResponse',
  'answers',
  'plan',
  'include',
  'paper',
  'fragment',
];

/** A copy of a letter input with `part` set at `path` (objects on the way copied). */
function setIn(input: LetterValue, path: readonly string[], value: unknown): LetterValue {
  const [head, ...rest] = path;
  const own = input[head!];
  return {
    ...input,
    [head!]: rest.length ? setIn(own && typeof own === 'object' && !Array.isArray(own) ? (own as LetterValue) : {}, rest, value) : value,
  };
}

const letterMutation: fc.Arbitrary<Mutation<LetterValue>> = fc.oneof(
  fc
    .string({ minLength: 1, maxLength: 10 })
    .filter((k) => !LETTER_FIELDS.includes(k))
    .map((key) => ({ name: `unknown field ${JSON.stringify(key)}`, touches: [], apply: (l: LetterValue) => ({ ...l, [key]: 1 }) })),
  fc
    .oneof(fc.constantFrom('fr-FR', 'xx', 'de', '<script>window.__pwned=1</script>'), wrongScalar)
    .map((v) => ({ name: 'locale not one there is text for', touches: [], apply: (l: LetterValue) => ({ ...l, locale: v }) })),
  fc.oneof(impossibleDate, wrongScalar).map((v) => ({ name: 'date not a real date', touches: [], apply: (l: LetterValue) => ({ ...l, date: v }) })),
  fc
    .tuple(fc.constantFrom('patient', 'practice', 'clinician', 'include'), wrongNotRecord)
    .map(([f, v]) => ({ name: `${f} not an object`, touches: [], apply: (l: LetterValue) => ({ ...l, [f]: v }) })),
  fc
    .tuple(
      fc.constantFrom(
        ['patient', 'name'],
        ['practice', 'name'],
        ['practice', 'phone'],
        ['practice', 'email'],
        ['practice', 'website'],
        ['clinician', 'name'],
        ['clinician', 'role'],
        ['message'],
      ),
      fc.oneof(wrongNotText, hugeText(200)),
    )
    .map(([path, v]) => ({
      name: `${path.join('.')} not text or too long`,
      touches: [],
      apply: (l: LetterValue) => setIn(l, path, path[0] === 'message' && typeof v === 'string' ? v.repeat(Math.ceil(4001 / v.length)) : v),
    })),
  fc
    .oneof(wrongScalar, fc.object({ maxDepth: 1 }), fc.array(fc.constant('line'), { minLength: 9, maxLength: 12 }))
    .map((v) => ({ name: 'practice.address not lines, or too many', touches: [], apply: (l: LetterValue) => setIn(l, ['practice', 'address'], v) })),
  fc
    .tuple(fc.constantFrom('questionnaire', 'plan'), fc.oneof(anyText(10), fc.integer(), fc.constantFrom<unknown>('true', 'yes', 1)))
    .map(([key, v]) => ({ name: `include.${key} not true or false`, touches: [], apply: (l: LetterValue) => setIn(l, ['include', key], v) })),
  fc
    .oneof(
      anyText(10).filter((s) => s !== 'summary' && s !== 'full' && s !== 'none'),
      fc.integer(),
    )
    .map((v) => ({ name: 'include.explainer not a choice', touches: [], apply: (l: LetterValue) => setIn(l, ['include', 'explainer'], v) })),
  fc.constant({
    name: 'nothing to include',
    touches: [],
    apply: (l: LetterValue) => ({ ...l, include: { plan: false, explainer: false, questionnaire: false } }),
  }),
  fc.constant({
    name: 'include.plan without a plan',
    touches: [],
    apply: (l: LetterValue) => ({ ...setIn(l, ['include', 'plan'], true), plan: undefined }),
  }),
  fc
    .oneof(fc.constantFrom<unknown>('a5', 'A4', 'legal'), fc.integer())
    .map((v) => ({ name: 'paper not a size', touches: [], apply: (l: LetterValue) => ({ ...l, paper: v }) })),
  fc
    .oneof(fc.constantFrom<unknown>('yes', 'true', 1, 0), anyText(5))
    .map((v) => ({ name: 'fragment not true or false', touches: [], apply: (l: LetterValue) => ({ ...l, fragment: v }) })),
  validAnswers.map((a) => ({
    name: 'the questionnaire given twice',
    touches: [],
    apply: (l: LetterValue) => ({ ...l, answers: a, profile: score(a) }),
  })),
  fc.tuple(validPlan, planMutation).map(([p, m]) => ({
    name: `plan: ${m.name}`,
    touches: [],
    apply: (l: LetterValue) => ({ ...l, plan: m.apply(structuredClone(p)) ?? 'not a plan' }),
  })),
  fc.tuple(validAnswers, answersMutation).map(([a, m]) => ({
    name: `answers: ${m.name}`,
    touches: [],
    apply: (l: LetterValue) => ({
      ...l,
      profile: undefined,
      questionnaireResponse: undefined,
      answers: m.apply(structuredClone(a)) ?? 'not answers',
    }),
  })),
  fc.tuple(validProfile, profileMutation).map(([p, m]) => ({
    name: `profile: ${m.name}`,
    touches: [],
    apply: (l: LetterValue) => ({
      ...l,
      answers: undefined,
      questionnaireResponse: undefined,
      profile: m.apply(structuredClone(p) as Record<string, unknown>) ?? 'not a profile',
    }),
  })),
  fc.tuple(validPlan, fc.constantFrom(...TIER1_IDS)).map(([p, id]) => ({
    name: `${id}: yes in the answers, not settled by the plan`,
    touches: [],
    apply: (l: LetterValue) => ({
      ...l,
      profile: undefined,
      questionnaireResponse: undefined,
      answers: { emergency: { [id]: true }, items: {} },
      plan: { ...p, redFlags: { ...p.redFlags, [id]: 'not-asked' }, rechecked: (p.rechecked ?? []).filter((x) => x !== id) },
    }),
  })),
);

const letterShapedJunk = fc.record(Object.fromEntries(LETTER_FIELDS.map((f) => [f, junk])) as Record<string, fc.Arbitrary<unknown>>, {
  requiredKeys: [],
});

/** Letter cases: junk, valid inputs with one thing made wrong, valid inputs. */
const letterCases: fc.Arbitrary<Case> = fc.oneof(
  { weight: 2, arbitrary: fc.oneof(junk, letterShapedJunk).map((value): Case => ({ kind: 'junk', value })) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(validLetter, letterMutation)
      .map(([l, m]): Case => ({ kind: 'mutated', mutation: m.name, value: m.apply(structuredClone(l)) })),
  },
  { weight: 4, arbitrary: validLetter.map((value): Case => ({ kind: 'valid', value })) },
);

let fetches = 0;
const realFetch = globalThis.fetch;
before(() => {
  // Nothing calls the network: a call to fetch is counted (and refused).
  globalThis.fetch = (() => {
    fetches++;
    return Promise.reject(new Error('test: no request may leave'));
  }) as typeof fetch;
});
after(() => {
  globalThis.fetch = realFetch;
  assert.equal(fetches, 0, 'something called fetch');
});

describe(`property-based tests (fast-check seed ${SEED}, ${RUNS} runs each; set FC_SEED / FC_RUNS to change)`, () => {
  // ─── The HTML checker itself ────────────────────────────────────────────────

  describe('the HTML checker finds what would run or fetch', () => {
    const bad: [string, string][] = [
      ['<p><script>x()</script></p>', 'script'],
      ['<p onclick="x()">a</p>', 'onclick'],
      ['<p title=x onmouseover=x()>a</p>', 'onmouseover'],
      ['<img src="/__pwned.png">', 'img'],
      ['<a href="java&#x09;script:x()">a</a>', 'href'],
      ['<a href="/relative">a</a>', 'href'],
      ['<svg><use href="data:image/svg+xml,x"></use></svg>', 'href'],
      ['<div style="background:url(/x.png)">a</div>', 'style'],
      ['<p>"><img src=/__pwned.png onerror="window.__pwned=1"></p>', 'payload'],
      ['<style>p{}</style>', '<style>'],
      ['<p data-x=__pwned>a</p>', 'from the input'],
    ];
    for (const [html, what] of bad) {
      it(`flags ${html}`, () => {
        const found = htmlProblems(html);
        assert.ok(
          found.some((f) => f.includes(what) || f.includes('payload') || f.includes('<img>')),
          `${html}: ${JSON.stringify(found)}`,
        );
      });
    }
    it('passes escaped text, in-page references and links to sources', () => {
      assert.deepEqual(
        htmlProblems(
          '<p title="&lt;img onerror=x&gt;">&lt;script&gt;window.__pwned=1&lt;/script&gt;</p><svg><use href="#i"></use></svg><a href="https://doi.org/10.1/x">s</a>',
        ),
        [],
      );
    });
  });

  // ─── The plan ────────────────────────────────────────────────────────────────

  describe('the plan: validatePlan and planModel', () => {
    it(`${RUNS} plans: never throw, same answer twice, problems exactly when invalid, valid parts kept, safety net always there, HTML escaped`, () => {
      const mix = kindCounter();
      fc.assert(
        fc.property(planCases, locale, fc.option(validProfile, { nil: null }), (c, loc, profile) => {
          mix.add(c);
          const result = validatePlan(c.value, TODAY);
          assert.deepEqual(validatePlan(c.value, TODAY), result, 'validatePlan is not deterministic');
          if (c.kind === 'valid') assert.ok(result.ok, `a valid plan has problems: ${JSON.stringify(!result.ok && result.problems)}`);
          if (c.kind === 'mutated') assert.ok(!result.ok && result.problems.length > 0, `no problem after: ${c.mutation}`);
          const plan = result.ok ? result.plan : result.partial;
          if (!result.ok) {
            assertClear(result.problems, c.value);
            assertProblemsEscaped(result.problems);
            assertKept(asRecord(plan), asRecord((validatePlan(c.base, TODAY) as { plan: Plan }).plan ?? {}), c, PLAN_FIELDS);
          } else {
            // Checking a checked plan changes nothing.
            assert.deepEqual(validatePlan(result.plan, TODAY), result);
          }
          // What is kept is a plan: real dates in order, text well formed and within its limits.
          assert.ok(isIsoDate(plan.checkIn) && isIsoDate(plan.review) && plan.review >= plan.checkIn, `dates: ${plan.checkIn} ${plan.review}`);
          const texts = [plan.selfCareNote, ...plan.goals, ...plan.scanTriggers, plan.practice.name, plan.practice.phone, plan.practice.clinician];
          for (const t of texts)
            assert.ok(typeof t === 'string' && isWellFormed(t) && t.length <= PLAN_LIMITS.note, `text kept: ${JSON.stringify(t)}`);
          assert.ok(plan.goals.length <= PLAN_LIMITS.listItems && plan.scanTriggers.length <= PLAN_LIMITS.listItems);

          // The model: from anything (it checks the plan itself), the same twice, the same as from the plan kept.
          const options = { locale: loc, today: TODAY, profile: profile as ExpectationProfile | null };
          const model = planModel(c.value as Plan, options);
          assert.deepEqual(planModel(c.value as Plan, options), model, 'planModel is not deterministic');
          assert.deepEqual(planModel(plan, options), model, 'the model differs from the model of the plan kept');
          assertSafetyNet(model, loc);

          const html = planHtml(model, 'p');
          assert.deepEqual(htmlProblems(html), [], 'the plan as HTML');
          assert.deepEqual(surrogateReferences(html), [], 'the plan as HTML');
        }),
        params,
      );
      assertMix(mix.counts);
    });
  });

  // ─── The profile ─────────────────────────────────────────────────────────────

  describe('the profile: readProfile, validateProfile and explainerModel', () => {
    const views = new Map<string, string>();
    const baseline = (loc: Locale) => explainerModel({ locale: loc, profile: null, variant: 'full' });

    it(`${RUNS} profiles: never throw, same answer twice, problems exactly when invalid, red flags always win, HTML escaped`, () => {
      const mix = kindCounter();
      fc.assert(
        fc.property(profileCases, locale, fc.constantFrom('full', 'summary' as const), (c, loc, variant) => {
          mix.add(c);
          const problems = validateProfile(c.value);
          assert.deepEqual(validateProfile(c.value), problems, 'validateProfile is not deterministic');
          const read = readProfile(c.value);
          assert.deepEqual(read.problems, problems, 'readProfile and validateProfile disagree');
          assert.ok(read.profile === null || (typeof read.profile === 'object' && !Array.isArray(read.profile)));
          if (c.kind === 'valid') assert.deepEqual(problems, [], 'a valid profile has problems');
          if (c.kind === 'mutated') assert.ok(problems.length > 0, `no problem after: ${c.mutation}`);
          assertClear(problems, c.value);
          assertProblemsEscaped(problems);

          const model = explainerModel({ locale: loc, profile: c.value as ExpectationProfile, variant });
          assert.deepEqual(
            explainerModel({ locale: loc, profile: c.value as ExpectationProfile, variant }),
            model,
            'explainerModel is not deterministic',
          );
          // The profile as JSON text and as the object it reads to tailor the same.
          assert.deepEqual(explainerModel({ locale: loc, profile: read.profile, variant }), model, 'JSON text and object differ');

          // Red flags always win: any one clear report of an emergency shows what to do now, and nothing for waiting.
          const p = read.profile as Record<string, unknown> | null;
          const flags = p && typeof p.flags === 'object' && p.flags && !Array.isArray(p.flags) ? (p.flags as Record<string, unknown>) : {};
          const reported =
            !!p &&
            (flags.emergency === true || p.triage === 'emergency' || (Array.isArray(flags.emergencySigns) && flags.emergencySigns.some(isTier1Id)));
          if (reported) {
            assert.ok(model.emergency && model.comparison === null && model.glance === null, 'an emergency report without "get help now"');
          } else {
            assert.equal(model.emergency, null);
            // The comparison is the same for every profile (IPDAS C1).
            if (variant === 'full') assert.deepEqual(model.comparison, baseline(loc).comparison);
            if (c.kind === 'valid' && variant === 'full') {
              const themes = asRecord(asRecord(p).themes);
              const high = (t: string) => asRecord(themes[t]).level === 'high';
              const expected = [high('thr') && 'threat', high('leg') && 'legitimacy', high('nav') && 'navigation'].filter(Boolean);
              assert.deepEqual(
                model.modulesBefore.map((m) => m.id),
                expected,
              );
            }
          }

          // The view is a pure function of the model: each model drawn once.
          const key = JSON.stringify(model);
          if (!views.has(key)) views.set(key, toHtml(benefitsHarmsView(model as ExplainerModel, { idPrefix: 'b', open: true })));
          assert.deepEqual(htmlProblems(views.get(key)!), [], 'the explainer as HTML');
        }),
        params,
      );
      assertMix(mix.counts);
    });
  });

  // ─── The answers ─────────────────────────────────────────────────────────────

  describe('the answers: validateAnswers, score and fromQuestionnaireResponse', () => {
    const FIELDS = ['emergency', 'items', 'wantScan', 'worry'];

    it(`${RUNS} answers: never throw, same answer twice, problems exactly when invalid, answers never lost, HTML escaped`, () => {
      const mix = kindCounter();
      fc.assert(
        fc.property(answersCases, locale, (c, loc) => {
          mix.add(c);
          const result = validateAnswers(c.value);
          assert.deepEqual(validateAnswers(c.value), result, 'validateAnswers is not deterministic');
          if (c.kind === 'valid') assert.ok(result.ok, `valid answers have problems: ${JSON.stringify(!result.ok && result.problems)}`);
          if (c.kind === 'mutated') assert.ok(!result.ok && result.problems.length > 0, `no problem after: ${c.mutation}`);
          const answers = result.ok ? result.answers : result.partial;
          if (result.ok && c.kind === 'valid') {
            // Kept exactly as given (JSON text read back; a lone surrogate in the worry made U+FFFD).
            const given = JSON.parse(typeof c.value === 'string' ? c.value : JSON.stringify(c.value)) as Answers;
            assert.deepEqual(answers, { ...given, ...(given.worry !== undefined ? { worry: wellFormed(given.worry) } : {}) });
          }
          if (!result.ok) {
            assertClear(result.problems, c.value);
            assertProblemsEscaped(result.problems);
            assertKept(asRecord(answers), asRecord((validateAnswers(c.base) as { answers: Answers }).answers ?? {}), c, FIELDS);
          }
          // What is kept is valid answers, and scores the same as the input.
          assert.deepEqual(validateAnswers(answers), { ok: true, answers });
          assert.ok(answers.worry === undefined || (answers.worry.length <= WORRY_MAX_LENGTH && isWellFormed(answers.worry)));
          const profile = score(c.value as Answers);
          assert.deepEqual(score(c.value as Answers), profile, 'score is not deterministic');
          assert.deepEqual(profile, score(answers));
          assert.equal(profile.triage, TIER1_IDS.some((id) => answers.emergency[id] === true) ? 'emergency' : 'routine');
          assert.deepEqual(validateProfile(profile), [], 'a scored profile has problems');
          // The FHIR round trip gives the answers back.
          assert.deepEqual(fromQuestionnaireResponse(toQuestionnaireResponse(answers)), { ok: true, answers });
          // The clinician's summary (the worry quoted) as HTML.
          const summary = questionnaireHtml(profile, loc);
          assert.deepEqual(htmlProblems(summary), [], "the clinician's summary as HTML");
          assert.deepEqual(surrogateReferences(summary), [], "the clinician's summary as HTML");
        }),
        params,
      );
      assertMix(mix.counts);
    });

    it(`${RUNS} QuestionnaireResponses: never throw, same answer twice, problems exactly when invalid, answers never lost`, () => {
      const mix = kindCounter();
      fc.assert(
        fc.property(responseCases, (c) => {
          mix.add(c);
          const result = fromQuestionnaireResponse(c.value);
          assert.deepEqual(fromQuestionnaireResponse(c.value), result, 'fromQuestionnaireResponse is not deterministic');
          if (c.kind === 'valid') assert.ok(result.ok, `a valid response has problems: ${JSON.stringify(!result.ok && result.problems)}`);
          if (c.kind === 'mutated') assert.ok(!result.ok && result.problems.length > 0, `no problem after: ${c.mutation}`);
          const answers = result.ok ? result.answers : result.partial;
          if (!result.ok) {
            assertClear(result.problems, c.value);
            assertProblemsEscaped(result.problems);
            assertKept(asRecord(answers), asRecord((fromQuestionnaireResponse(c.base) as { answers: Answers }).answers ?? {}), c, FIELDS);
          }
          assert.deepEqual(validateAnswers(answers), { ok: true, answers });
        }),
        params,
      );
      assertMix(mix.counts);
    });
  });

  // ─── The letter ──────────────────────────────────────────────────────────────

  describe('the letter: checkLetter and renderLetter', () => {
    let nets = 0;
    it(`${RUNS} letter inputs: only LetterInputError with its problems, the same letter twice, no script, nothing fetched, safety net in every watchful-waiting plan`, () => {
      const mix = kindCounter();
      fc.assert(
        fc.property(letterCases, (c) => {
          mix.add(c);
          const check = checkLetter(c.value);
          assert.deepEqual(checkLetter(c.value), check, 'checkLetter is not deterministic');
          if (c.kind === 'valid') assert.ok(check.ok, `a valid letter has problems: ${JSON.stringify(!check.ok && check.problems)}`);
          if (c.kind === 'mutated') assert.ok(!check.ok && check.problems.length > 0, `no problem after: ${c.mutation}`);
          let html: string;
          try {
            html = renderLetter(c.value as Parameters<typeof renderLetter>[0]);
          } catch (error) {
            assert.ok(error instanceof LetterInputError, `renderLetter threw ${String(error)}`);
            assert.ok(!check.ok && error.problems.length > 0);
            assert.deepEqual(error.problems, check.problems);
            assertClear(error.problems, c.value);
            return;
          }
          assert.ok(check.ok, 'renderLetter made a letter from input with problems');
          assert.equal(renderLetter(c.value as Parameters<typeof renderLetter>[0]), html, 'renderLetter is not deterministic');
          const { letter } = check;
          assert.deepEqual(htmlProblems(html, { styles: 1, meta: !letter.fragment }), [], 'the letter');
          // Text is well formed: no reference to half an emoji (&#55296;), which is no character.
          assert.deepEqual(surrogateReferences(html), [], 'the letter');
          if (letter.plan && letter.include.plan) {
            const model = planModel(letter.plan, { locale: letter.locale, profile: letter.profile, today: letter.date });
            if (model.kind !== 'needs-to-be-seen') {
              const text = textOf(html);
              const t = localeText(letter.locale).plan;
              assert.ok(text.includes(t.safetyNet.tiers[1].heading) && text.includes(t.safetyNet.tiers[2].heading), 'both tiers of the safety net');
              nets++;
            }
          }
        }),
        params,
      );
      assertMix(mix.counts);
      assert.ok(nets >= RUNS / 20, `only ${nets} letters with a watchful-waiting plan in ${RUNS}`);
    });
  });
});

/** A plan that is not "be seen now" keeps its safety net: both tiers, each with its signs and what to do. */
function assertSafetyNet(model: PlanModel, loc: Locale): void {
  const net = planSection(model, 'safety-net');
  if (model.kind === 'needs-to-be-seen') {
    if (model.triage === 'urgent')
      assert.deepEqual(
        net?.tiers.map((t) => t.tier),
        [1],
        'while waiting to be seen today: tier 1',
      );
    return;
  }
  assert.ok(net, `a ${model.kind} plan without its safety net`);
  assert.deepEqual(
    net.tiers.map((t) => t.tier),
    [1, 2],
  );
  for (const tier of net.tiers) {
    assert.deepEqual(
      tier.signs.map((s) => s.id),
      warningSigns(tier.tier),
      `tier ${tier.tier} signs`,
    );
    assert.ok(
      tier.action.includes(tier.tier === 1 ? model.services.emergency.number : model.services.urgent.line),
      `tier ${tier.tier} action: ${tier.action}`,
    );
  }
  const glance = planSection(model, 'glance');
  assert.deepEqual(
    glance?.help.tiers.map((t) => t.tier),
    [1, 2],
    'the card: both tiers',
  );
  assert.equal(localeText(loc).plan.title, model.title);
  assert.equal(SIGN_IDS.length, planSection(model, 'checked')!.items.length);
}
