import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  localeText,
  cutText,
  defaultPlan,
  fromQuestionnaireResponse,
  isWellFormed,
  limitState,
  LOCALES,
  PLAN_LIMITS,
  PLAN_TEXT_LIMITS,
  planModel,
  planSection,
  QUESTIONNAIRE_CANONICAL,
  toICalendar,
  validateAnswers,
  validatePlan,
  wellFormed,
  WORRY_MAX_LENGTH,
  type LimitState,
  type Plan,
  type PlanTextField,
  type TextLimitWords,
} from '@scanwise/core';
import { plainLanguage } from './helpers/readability.js';
import '@scanwise/core/locales/all';

const TODAY = '2026-11-23';
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'; // 👨‍👩‍👧: 8 units
const FLAG_GB = '\u{1F1EC}\u{1F1E7}'; // 🇬🇧: 4 units
const FLAG_US = '\u{1F1FA}\u{1F1F8}';
const THUMB_TONE = '\u{1F44D}\u{1F3FD}'; // 👍🏽: 4 units
const E_ACUTE = 'e\u0301'; // é as e + combining acute
const SMILE = '\u{1F600}'; // 😀: 2 units
const HEART = '\u2764\uFE0F'; // ❤️: a variation selector

/** Runs `fn` as if this JavaScript had no Intl.Segmenter (older engines). */
function withoutSegmenter<T>(fn: () => T): T {
  const intl = Intl as { Segmenter?: unknown };
  const saved = intl.Segmenter;
  intl.Segmenter = undefined;
  try {
    return fn();
  } finally {
    intl.Segmenter = saved;
  }
}

/** Runs `fn` as if this JavaScript had no String.prototype.toWellFormed. */
function withoutToWellFormed<T>(fn: () => T): T {
  const proto = String.prototype as { toWellFormed?: unknown };
  const saved = Object.getOwnPropertyDescriptor(String.prototype, 'toWellFormed');
  delete proto.toWellFormed;
  try {
    assert.equal(typeof proto.toWellFormed, 'undefined');
    return fn();
  } finally {
    if (saved) Object.defineProperty(String.prototype, 'toWellFormed', saved);
  }
}

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

// ─── cutText ─────────────────────────────────────────────────────────────────

const cuts: { name: string; text: string; max: number; expected: string }[] = [
  { name: 'text within the limit is kept as it is', text: 'abc', max: 5, expected: 'abc' },
  { name: 'text exactly at the limit is kept as it is', text: 'abcde', max: 5, expected: 'abcde' },
  { name: 'plain text is cut at the limit', text: 'abcdef', max: 5, expected: 'abcde' },
  { name: 'an emoji exactly at the limit is kept', text: `abc${SMILE}x`, max: 5, expected: `abc${SMILE}` },
  { name: 'an emoji across the limit is left out whole, not split', text: `abcd${SMILE}`, max: 5, expected: 'abcd' },
  { name: 'an emoji with ZWJ is never split at a joiner', text: `ab${FAMILY}c`, max: 7, expected: 'ab' },
  { name: 'an emoji with ZWJ exactly at the limit is kept', text: `ab${FAMILY}c`, max: 10, expected: `ab${FAMILY}` },
  { name: 'a flag is never split between its two letters', text: `a${FLAG_GB}`, max: 3, expected: 'a' },
  { name: 'two flags: the cut falls between them', text: `a${FLAG_GB}${FLAG_US}`, max: 7, expected: `a${FLAG_GB}` },
  { name: 'a skin tone stays with its emoji', text: `a${THUMB_TONE}`, max: 4, expected: 'a' },
  { name: 'a combining accent stays with its letter', text: `caf${E_ACUTE}s`, max: 4, expected: 'caf' },
  { name: 'a letter with its accent at the limit is kept', text: `caf${E_ACUTE}s`, max: 5, expected: `caf${E_ACUTE}` },
  { name: 'a variation selector stays with its symbol', text: `I ${HEART} it`, max: 3, expected: 'I ' },
  { name: 'a limit of 0 keeps nothing', text: 'abc', max: 0, expected: '' },
  { name: 'a negative limit keeps nothing', text: 'abc', max: -3, expected: '' },
  { name: 'a limit that is not a number keeps nothing', text: 'abc', max: Number.NaN, expected: '' },
  { name: 'a fractional limit is rounded down', text: 'abcdef', max: 2.9, expected: 'ab' },
];

for (const [engine, run] of [
  ['Intl.Segmenter', <T>(fn: () => T) => fn()],
  ['no Intl.Segmenter', withoutSegmenter],
] as const) {
  describe(`cutText, with ${engine}`, () => {
    for (const c of cuts) {
      it(c.name, () => {
        const out = run(() => cutText(c.text, c.max));
        assert.equal(out, c.expected);
        assert.ok(out.length <= Math.max(0, c.max || 0));
        assert.ok(isWellFormed(out));
      });
    }

    it('never leaves a lone surrogate, at any limit, in text full of emoji', () => {
      const text = `Hi ${FAMILY} ${FLAG_GB}${FLAG_US} caf${E_ACUTE} ${THUMB_TONE}${SMILE}${HEART}!`;
      for (let max = 0; max <= text.length + 1; max++) {
        const out = run(() => cutText(text, max));
        assert.ok(text.startsWith(out), `max ${max}`);
        assert.ok(out.length <= max, `max ${max}: ${out.length}`);
        assert.ok(isWellFormed(out), `max ${max}`);
      }
    });
  });
}

describe('cutText with Intl.Segmenter', () => {
  it('keeps as many whole graphemes as fit, at every limit', () => {
    const text = `Walk ${FAMILY} to the ${FLAG_GB} shop, caf${E_ACUTE} ${THUMB_TONE} ${SMILE}${SMILE} done`;
    const parts = graphemes(text);
    for (let max = 0; max <= text.length; max++) {
      const out = cutText(text, max);
      const kept = graphemes(out);
      assert.deepEqual(kept, parts.slice(0, kept.length), `max ${max}: ends inside a grapheme`);
      const next = parts[kept.length];
      assert.ok(next === undefined || out.length + next.length > max, `max ${max}: another grapheme would fit`);
    }
  });

  it('cuts long text (100,000 units) quickly, reading only up to the limit', () => {
    const text = SMILE.repeat(50_000);
    const started = performance.now();
    assert.equal(cutText(text, 2001), SMILE.repeat(1000));
    assert.ok(performance.now() - started < 500);
  });
});

// ─── wellFormed ──────────────────────────────────────────────────────────────

const forms: { name: string; text: string; expected: string }[] = [
  { name: 'plain text', text: 'walk the dog', expected: 'walk the dog' },
  { name: 'empty text', text: '', expected: '' },
  { name: 'whole emoji', text: `${FAMILY}${FLAG_GB}${SMILE}`, expected: `${FAMILY}${FLAG_GB}${SMILE}` },
  { name: 'a lone high surrogate at the end', text: 'walk \uD83D', expected: 'walk \uFFFD' },
  { name: 'a lone low surrogate at the start', text: '\uDE00 walk', expected: '\uFFFD walk' },
  { name: 'a lone high surrogate before a whole emoji', text: `\uD83D${SMILE}`, expected: `\uFFFD${SMILE}` },
  { name: 'two lone surrogates the wrong way round', text: 'a\uDE00\uD83Db', expected: 'a\uFFFD\uFFFDb' },
  { name: 'half of a family emoji', text: FAMILY.slice(0, 7), expected: `${FAMILY.slice(0, 6)}\uFFFD` },
];

for (const [engine, run] of [
  ['String.prototype.toWellFormed', <T>(fn: () => T) => fn()],
  ['no toWellFormed', withoutToWellFormed],
] as const) {
  describe(`wellFormed, with ${engine}`, () => {
    for (const f of forms) {
      it(f.name, () => {
        const out = run(() => wellFormed(f.text));
        assert.equal(out, f.expected);
        assert.equal(
          run(() => isWellFormed(f.text)),
          f.text === f.expected,
        );
        assert.doesNotThrow(() => encodeURIComponent(out));
      });
    }
  });
}

// ─── limitState ──────────────────────────────────────────────────────────────

describe('limitState: where a count is shown', () => {
  const cases: [number, number, LimitState][] = [
    [0, 2000, 'under'],
    [1799, 2000, 'under'],
    [1800, 2000, 'near'],
    [1999, 2000, 'near'],
    [2000, 2000, 'full'],
    [2001, 2000, 'over'],
    [35, 40, 'under'],
    [36, 40, 'near'],
    [40, 40, 'full'],
    [179, 200, 'under'],
    [180, 200, 'near'],
  ];
  for (const [length, max, state] of cases) {
    it(`${length} of ${max} is ${state}`, () => assert.equal(limitState(length, max), state));
  }
});

// ─── Where core reads text ───────────────────────────────────────────────────

/** A plan with a Tier 2 sign and a decision, so the decision's texts are read. */
function withDecision(decision: Plan['decision']): Partial<Plan> {
  return { redFlags: { ...defaultPlan(TODAY).redFlags, 'rf2-fever': 'present' }, decision };
}

/** A plan whose text field `field` holds `text`. */
function planWith(field: PlanTextField, text: string): unknown {
  switch (field) {
    case 'decision.arranged':
      return withDecision({ kind: 'referral', arranged: text, by: '2026-12-01' });
    case 'decision.reason':
      return withDecision({ kind: 'wait', reason: text, review: '2026-11-30' });
    case 'selfCareNote':
      return { selfCareNote: text };
    case 'goals':
    case 'scanTriggers':
      return { [field]: ['first', text] };
    case 'practice.name':
    case 'practice.phone':
    case 'practice.clinician':
      return { practice: { [field.split('.')[1]!]: text } };
  }
}

/** The text a field holds in a plan. */
function read(plan: Plan, field: PlanTextField): string | undefined {
  const [group, key] = field.split('.') as [string, string | undefined];
  if (group === 'goals' || group === 'scanTriggers') return plan[group][1];
  if (group === 'decision') return (plan.decision as Record<string, string> | null)?.[key!];
  if (group === 'practice') return plan.practice[key as keyof Plan['practice']];
  return plan.selfCareNote;
}

/** The most a single item of the field holds (a list's items hold PLAN_LIMITS.text each). */
const itemLimit = (field: PlanTextField) => (field === 'goals' || field === 'scanTriggers' ? PLAN_LIMITS.text : PLAN_TEXT_LIMITS[field]);
const problemField = (field: PlanTextField) => (field === 'goals' || field === 'scanTriggers' ? `${field}[1]` : field);
/** Text of `units` UTF-16 units that a phone number field accepts. */
const filler = (field: PlanTextField, units: number) => (field === 'practice.phone' ? '1'.repeat(units) : 'w'.repeat(units));

describe('validatePlan: text is cut at a grapheme boundary, never silently', () => {
  it('a list box holds listItems items of the item limit, one a line', () => {
    assert.equal(PLAN_LIMITS.list, PLAN_LIMITS.listItems * (PLAN_LIMITS.text + 1) - 1);
  });

  for (const field of Object.keys(PLAN_TEXT_LIMITS) as PlanTextField[]) {
    const max = itemLimit(field);

    it(`${field}: text exactly at its limit (${max}) is kept without a problem`, () => {
      const r = validatePlan(planWith(field, filler(field, max)), TODAY);
      assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
      assert.equal(read(r.plan, field)?.length, max);
    });

    if (field !== 'practice.phone') {
      it(`${field}: an emoji across the limit is left out whole, with a problem naming the field and the limit`, () => {
        const text = `${'w'.repeat(max - 1)}${SMILE}`;
        const r = validatePlan(planWith(field, text), TODAY);
        assert.equal(r.ok, false);
        if (r.ok) return;
        assert.equal(read(r.partial, field), 'w'.repeat(max - 1));
        const problem = r.problems.find((p) => p.field === problemField(field));
        assert.ok(problem, JSON.stringify(r.problems));
        assert.equal(problem.code, 'text-shortened');
        assert.match(
          problem.message,
          new RegExp(
            `${max + 1} characters long\\. Only the first ${max - 1} are kept, so that no letter or emoji is split \\(the most is ${max}\\)`,
          ),
        );
      });
    }

    it(`${field}: plain text over the limit keeps its first ${max}, with a problem`, () => {
      const r = validatePlan(planWith(field, filler(field, max + 50)), TODAY);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(read(r.partial, field), filler(field, max));
      const problem = r.problems.find((p) => p.field === problemField(field));
      assert.match(problem?.message ?? '', new RegExp(`${max + 50} characters long\\. Only the first ${max} are kept\\.$`));
    });
  }

  it('a decision whose text was cut is kept (complete), not dropped', () => {
    const r = validatePlan(withDecision({ kind: 'referral', arranged: `An MRI ${'x'.repeat(300)}`, by: '2026-12-01' }), TODAY);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.partial.decision?.kind, 'referral');
    assert.equal((r.partial.decision as { arranged: string }).arranged.length, PLAN_LIMITS.text);
    assert.deepEqual(
      r.problems.map((p) => p.field),
      ['decision.arranged'],
    );
  });

  it('a decision text that is not text still leaves the decision out', () => {
    const r = validatePlan(withDecision({ kind: 'referral', arranged: 5 as unknown as string, by: '2026-12-01' }), TODAY);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.partial.decision, null);
  });

  it('a lone surrogate in any text becomes U+FFFD, and the plan and its calendar file still work', () => {
    const plan = {
      ...defaultPlan(TODAY),
      goals: ['Walk the dog \uD83D', '\uDE00 swim'],
      selfCareNote: 'Heat \uD83D',
      practice: { name: 'Riverside \uD83D', phone: '01632 960123', clinician: 'Dr \uDE00 Khan' },
    };
    const r = validatePlan(plan, TODAY);
    assert.ok(r.ok, 'a replaced surrogate is not a problem');
    assert.deepEqual(r.plan.goals, ['Walk the dog \uFFFD', '\uFFFD swim']);
    assert.equal(r.plan.practice.name, 'Riverside \uFFFD');
    const model = planModel(plan, { locale: 'en-GB', today: TODAY });
    assert.deepEqual(planSection(model, 'goals')?.items, ['Walk the dog \uFFFD', '\uFFFD swim']);
    const ics = toICalendar(plan, { locale: 'en-GB', now: `${TODAY}T10:00:00Z` });
    assert.ok(isWellFormed(ics));
    assert.doesNotThrow(() => encodeURIComponent(ics));
    assert.match(ics.replace(/\r\n /g, ''), /Contact: Riverside \uFFFD/);
  });

  it('the issue: a practice name cut through an emoji no longer breaks the calendar link', () => {
    const plan = { ...defaultPlan(TODAY), practice: { name: `${'R'.repeat(199)}${SMILE}`, phone: '', clinician: '' } };
    const ics = toICalendar(plan, { locale: 'en-GB', now: `${TODAY}T10:00:00Z` });
    assert.doesNotThrow(() => encodeURIComponent(ics));
    assert.ok(!ics.includes('\uD83D'));
  });

  it('services from the page with a lone surrogate give a calendar file that can be put in a link', () => {
    const ics = toICalendar(defaultPlan(TODAY), {
      locale: 'en-GB',
      now: `${TODAY}T10:00:00Z`,
      services: { emergency: { number: '999', service: 'A&E \uD83D' } },
    });
    assert.doesNotThrow(() => encodeURIComponent(ics));
    assert.match(ics.replace(/\r\n /g, ''), /A&E \uFFFD/);
  });
});

describe('the worry: cut at a grapheme boundary, never silently', () => {
  const worryCases: { name: string; worry: string; kept: string; problem: RegExp | null }[] = [
    { name: 'exactly at the limit', worry: 'w'.repeat(WORRY_MAX_LENGTH), kept: 'w'.repeat(WORRY_MAX_LENGTH), problem: null },
    {
      name: 'an emoji exactly at the limit',
      worry: `${'w'.repeat(WORRY_MAX_LENGTH - 2)}${SMILE}`,
      kept: `${'w'.repeat(WORRY_MAX_LENGTH - 2)}${SMILE}`,
      problem: null,
    },
    {
      name: 'an emoji across the limit',
      worry: `${'w'.repeat(WORRY_MAX_LENGTH - 1)}${SMILE}`,
      kept: 'w'.repeat(WORRY_MAX_LENGTH - 1),
      problem: /2001 characters long\. Only the first 1999 are kept, so that no letter or emoji is split \(the most is 2000\)\./,
    },
    {
      name: 'a ZWJ emoji across the limit',
      worry: `${'w'.repeat(WORRY_MAX_LENGTH - 3)}${FAMILY}`,
      kept: 'w'.repeat(WORRY_MAX_LENGTH - 3),
      problem: /2005 characters long\. Only the first 1997 are kept/,
    },
    {
      name: 'plain text over the limit',
      worry: 'w'.repeat(WORRY_MAX_LENGTH + 10),
      kept: 'w'.repeat(WORRY_MAX_LENGTH),
      problem: /2010 characters long\. Only the first 2000 are kept\.$/,
    },
    { name: 'a lone surrogate', worry: 'my back \uD83D', kept: 'my back \uFFFD', problem: null },
  ];
  for (const c of worryCases) {
    it(`validateAnswers: ${c.name}`, () => {
      const r = validateAnswers({ emergency: {}, items: {}, worry: c.worry });
      const answers = r.ok ? r.answers : r.partial;
      assert.equal(answers.worry, c.kept);
      if (c.problem) {
        assert.equal(r.ok, false);
        if (!r.ok) assert.match(r.problems.find((p) => p.field === 'worry')?.message ?? '', c.problem);
      } else assert.ok(r.ok);
    });

    it(`fromQuestionnaireResponse: ${c.name}`, () => {
      const r = fromQuestionnaireResponse({
        resourceType: 'QuestionnaireResponse',
        questionnaire: QUESTIONNAIRE_CANONICAL,
        status: 'in-progress',
        item: [{ linkId: 'worry-text', answer: [{ valueString: c.worry }] }],
      });
      const answers = r.ok ? r.answers : r.partial;
      assert.equal(answers.worry, c.kept);
      assert.equal(r.ok, c.problem === null);
    });
  }
});

describe('messages never split an emoji either', () => {
  it('a long value is shown in a message cut at a grapheme boundary', () => {
    const shown = localeText('en-GB').input.value(`${'a'.repeat(39)}${SMILE}b`);
    assert.equal(shown, JSON.stringify(`${'a'.repeat(39)}…`));
    const r = validatePlan({ timeZone: `${'Z'.repeat(39)}${SMILE}zz` }, TODAY);
    assert.equal(r.ok, false);
    if (!r.ok) assert.ok(r.problems.every((p) => isWellFormed(p.message)));
  });
});

// ─── Words ───────────────────────────────────────────────────────────────────

/** Everything the text-limit words say, for the same inputs. */
const sayings = (w: TextLimitWords): string[] => [
  w.count(1950, 2000),
  w.lineCount(3, 185, 200),
  w.near(2000),
  w.full(2000),
  w.lineNear(3, 200),
  w.lineOver(3, 200),
  w.clipped(2000),
];

/** The counts each language expects, with numbers as Intl writes them for the locale ("1950" in es-ES, "1,950" in es-US). */
const COUNTS = {
  en: (n: (x: number) => string) => ({ count: `${n(1950)} of ${n(2000)} characters`, lineCount: `Line 3: ${n(185)} of ${n(200)} characters` }),
  es: (n: (x: number) => string) => ({ count: `${n(1950)} de ${n(2000)} caracteres`, lineCount: `Línea 3: ${n(185)} de ${n(200)} caracteres` }),
};

for (const locale of LOCALES) {
  describe(`text limit words, ${locale}`, () => {
    const w = localeText(locale).textLimit;
    const plain = plainLanguage(locale);
    const n = (x: number) => new Intl.NumberFormat(locale).format(x);

    it('counts in the locale\u2019s number style', () => {
      const expected = COUNTS[locale.split('-')[0] as keyof typeof COUNTS](n);
      assert.equal(w.count(1950, 2000), expected.count);
      assert.equal(w.lineCount(3, 185, 200), expected.lineCount);
      assert.ok(w.near(2000).includes(n(2000)), w.near(2000));
      assert.ok(w.near(20000).includes(n(20000)), w.near(20000));
    });

    it('are the words both catalogs use', () => {
      // Each pack part builds its own words, so compare what they say, not the objects.
      assert.deepEqual(sayings(localeText(locale).questionnaireUi.limit), sayings(w));
      assert.deepEqual(sayings(localeText(locale).plan.edit.limit), sayings(w));
    });

    const texts = sayings(w);
    for (const text of texts) {
      it(`"${text}" reads ${plain.blockRule}`, () => {
        assert.equal(plain.block(text), undefined);
      });
    }
    if (plain.medianRule) {
      it(`reads ${plain.medianRule}`, (t) => {
        t.diagnostic(plain.summary(texts));
        assert.equal(plain.median(texts), undefined);
      });
    }
  });
}
