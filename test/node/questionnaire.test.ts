import { localeText } from '../../packages/core/src/index.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCALES, type Locale } from '../../packages/core/src/locales/registry.js';
import {
  AGREE5_SYSTEM,
  AGREE_CODES,
  BELIEF_THEMES,
  buildQuestionnaire,
  EMERGENCY_DISPLAY_ID,
  EMERGENCY_GROUP_ID,
  emergencyInstructions,
  fromQuestionnaireResponse,
  ITEM_IDS,
  levelOf,
  ORDINAL_VALUE_URL,
  QUESTIONNAIRE_CANONICAL,
  QUESTIONNAIRE_URL,
  score,
  THEME_ITEMS,
  TIER1_IDS,
  toQuestionnaireResponse,
  validateAnswers,
  WANT_SCAN_SYSTEM,
  WORRY_MAX_LENGTH,
  type Answers,
  type AnswersResult,
  type BeliefTheme,
  type Likert,
  type QuestionnaireItem,
  type QuestionnaireResponseItem,
  type ThemeLevel,
} from '../../packages/core/src/questionnaire/index.js';
import { plainLanguage } from './helpers/readability.js';
import { assertProblem } from './helpers/assert-problem.js';
import '@scanwise/core/locales/all';

/** Every item in a tree, depth first, with the linkId of its group (null at the top). */
function flatten<T extends { linkId: string; item?: T[] }>(items: T[] = [], parent: string | null = null): { item: T; parent: string | null }[] {
  return items.flatMap((item) => [{ item, parent }, ...flatten(item.item, item.linkId)]);
}

/** Answers to one theme: `values[i]` for its item i (undefined = unanswered). */
function themeAnswers(theme: BeliefTheme, values: (Likert | undefined)[]): Answers {
  const items: Answers['items'] = {};
  THEME_ITEMS[theme].forEach((id, i) => {
    const v = values[i];
    if (v !== undefined) items[id] = v;
  });
  return { emergency: {}, items };
}

const FULL: Answers = {
  emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, false])),
  items: Object.fromEntries(ITEM_IDS.map((id, i) => [id, ((i % 5) + 1) as Likert])),
  wantScan: 'not-sure',
  worry: 'That it will never get better.',
};

// ─── The Questionnaire resource ──────────────────────────────────────────────

for (const locale of LOCALES) {
  describe(`buildQuestionnaire('${locale}')`, () => {
    const q = buildQuestionnaire(locale);
    const all = flatten(q.item);
    const byId = new Map(all.map(({ item }) => [item.linkId, item]));
    const get = (id: string): QuestionnaireItem => {
      const item = byId.get(id);
      assert.ok(item, `no item ${id}`);
      return item;
    };

    it('has the header of a draft FHIR R4 Questionnaire', () => {
      assert.equal(q.resourceType, 'Questionnaire');
      assert.equal(q.url, QUESTIONNAIRE_URL);
      assert.equal(q.version, '0.1.0');
      assert.equal(q.status, 'draft');
      assert.equal(q.copyright, 'CC BY 4.0 (draft, unvalidated)');
      assert.equal(q.language, locale);
      assert.equal(q.title, localeText(locale).questionnaire.title);
      assert.equal(q.title, TITLES[locale]);
    });

    it('is plain JSON (survives a JSON round trip unchanged)', () => {
      assert.deepEqual(JSON.parse(JSON.stringify(q)), q);
    });

    it('orders the top level: emergency check, the three themes, want-scan, worry', () => {
      assert.deepEqual(
        q.item?.map((i) => i.linkId),
        [EMERGENCY_GROUP_ID, 'leg', 'thr', 'nav', 'want-scan', 'worry-text'],
      );
    });

    it('has unique linkIds', () => {
      const ids = all.map(({ item }) => item.linkId);
      assert.equal(new Set(ids).size, ids.length);
    });

    it('asks the 8 Tier 1 signs as yes/no items, then the emergency display item', () => {
      const group = get(EMERGENCY_GROUP_ID);
      assert.equal(group.type, 'group');
      assert.deepEqual(
        group.item?.map((i) => i.linkId),
        [...TIER1_IDS, EMERGENCY_DISPLAY_ID],
      );
      for (const id of TIER1_IDS) assert.equal(get(id).type, 'boolean');
    });

    it('shows the emergency instructions when any sign is yes (enableWhen covers all 8)', () => {
      const display = get(EMERGENCY_DISPLAY_ID);
      assert.equal(display.type, 'display');
      assert.equal(display.enableBehavior, 'any');
      assert.deepEqual(
        display.enableWhen,
        TIER1_IDS.map((question) => ({ question, operator: '=', answerBoolean: true })),
      );
      assert.equal(display.text, emergencyInstructions(locale));
    });

    it('every enableWhen refers to an item that exists', () => {
      for (const { item } of all) for (const w of item.enableWhen ?? []) assert.ok(byId.has(w.question), w.question);
    });

    it('groups the 12 belief items by theme, as choice items with radio buttons', () => {
      for (const theme of BELIEF_THEMES) {
        const group = get(theme);
        assert.equal(group.type, 'group');
        assert.deepEqual(
          group.item?.map((i) => i.linkId),
          [...THEME_ITEMS[theme]],
        );
      }
      for (const id of ITEM_IDS) {
        const item = get(id);
        assert.equal(item.type, 'choice');
        const control = item.extension?.find((e) => e.url.endsWith('questionnaire-itemControl'));
        assert.equal(control?.valueCodeableConcept?.coding?.[0]?.code, 'radio-button');
      }
    });

    it('every belief item has the 5 agreement options with ordinalValue 1–5', () => {
      for (const id of ITEM_IDS) {
        const options = get(id).answerOption ?? [];
        assert.equal(options.length, 5, id);
        options.forEach((o, i) => {
          assert.equal(o.valueCoding?.system, AGREE5_SYSTEM);
          assert.equal(o.valueCoding?.code, AGREE_CODES[i]);
          assert.ok(o.valueCoding?.display);
          assert.deepEqual(o.extension, [{ url: ORDINAL_VALUE_URL, valueDecimal: i + 1 }]);
        });
      }
    });

    it('want-scan offers yes / no / not sure; worry-text is optional free text', () => {
      const want = get('want-scan');
      assert.equal(want.type, 'choice');
      assert.deepEqual(
        want.answerOption?.map((o) => [o.valueCoding?.system, o.valueCoding?.code]),
        [
          [WANT_SCAN_SYSTEM, 'yes'],
          [WANT_SCAN_SYSTEM, 'no'],
          [WANT_SCAN_SYSTEM, 'not-sure'],
        ],
      );
      const worry = get('worry-text');
      assert.equal(worry.type, 'text');
      assert.notEqual(worry.required, true);
      assert.equal(worry.maxLength, WORRY_MAX_LENGTH);
    });

    it('requires no item, so nothing is forced and unanswered stays unanswered', () => {
      for (const { item } of all) assert.notEqual(item.required, true, item.linkId);
    });

    it('gives every question and group its text', () => {
      for (const { item } of all) assert.ok(item.text?.trim(), item.linkId);
    });

    it('returns a new object each call', () => {
      assert.notEqual(buildQuestionnaire(locale), q);
      assert.deepEqual(buildQuestionnaire(locale), q);
    });
  });
}

/** The title, written out: a pack that loses its title, or shows another language's, fails. */
const TITLES: Record<Locale, string> = {
  'en-GB': 'Your thoughts about scans',
  'en-US': 'Your thoughts about scans',
  'es-US': 'Lo que usted piensa sobre las pruebas de imagen',
  'es-ES': 'Lo que usted piensa sobre las pruebas de imagen',
};

/** How each language says that a sign is new (Tier 1 questions ask only about new problems). */
const NEW: Record<string, RegExp> = { en: /\b(new|recent)\b/i, es: /\b(nuev[oa]s?|empezado|reciente)\b/i };

describe('questionnaire wording', () => {
  it('each Tier 1 question asks about something new', () => {
    for (const locale of LOCALES) {
      for (const id of TIER1_IDS) {
        assert.match(localeText(locale).questionnaire.emergency.signs[id], NEW[locale.split('-')[0]!]!, `${locale} ${id}`);
      }
    }
  });

  const emergencyCases: [string, string, RegExp, RegExp][] = [
    ['en-GB', 'A&E or call 999 now', /GP/, /911|emergency room/],
    ['en-US', 'the emergency room or call 911 now', /doctor/, /999|A&E|GP/],
    ['es-US', 'la sala de emergencias o llame al 911 ahora', /médico/, /112|urgencias\b|médico de familia|centro de salud/],
    ['es-ES', 'urgencias o llame al 112 ahora', /médico de familia/, /911|sala de emergencias/],
  ];
  const goTo: Record<string, string> = { en: 'Go to', es: 'Vaya a' };
  for (const [locale, place, gp, foreign] of emergencyCases) {
    it(`${locale} emergency instructions name the local service and number`, () => {
      const text = emergencyInstructions(locale as Locale);
      assert.ok(text.includes(`${goTo[locale.split('-')[0]!]} ${place}`), text);
      assert.match(text, gp);
      assert.doesNotMatch(text, foreign);
    });
  }

  it('the emergency number and service can be overridden, in the text and in the Questionnaire', () => {
    const contact = { number: '000', service: 'the emergency department' };
    const text = emergencyInstructions('en-GB', contact);
    assert.ok(text.startsWith('Go to the emergency department or call 000 now.'), text);
    assert.doesNotMatch(text, /999|A&E/);
    const q = buildQuestionnaire('en-GB', { emergencyContact: contact });
    assert.equal(flatten(q.item).find(({ item }) => item.linkId === EMERGENCY_DISPLAY_ID)?.item.text, text);
    assert.equal(emergencyInstructions('en-GB', { number: '  ' }), emergencyInstructions('en-GB'), 'blank keeps the default');
  });

  it('es-ES differs from es-US only in the emergency instructions', () => {
    const texts = (locale: Locale) =>
      new Map(flatten(buildQuestionnaire(locale).item).map(({ item: { item: _children, ...own } }) => [own.linkId, JSON.stringify(own)]));
    const us = texts('es-US');
    const es = texts('es-ES');
    assert.deepEqual(
      [...us.keys()].filter((id) => us.get(id) !== es.get(id)),
      ['rf1-emergency'],
    );
  });

  it('en-US differs from en-GB only where health-service words differ', () => {
    const texts = (locale: Locale) =>
      new Map(flatten(buildQuestionnaire(locale).item).map(({ item: { item: _children, ...own } }) => [own.linkId, JSON.stringify(own)]));
    const gb = texts('en-GB');
    const us = texts('en-US');
    const differ = [...gb.keys()].filter((id) => gb.get(id) !== us.get(id));
    assert.deepEqual(differ, ['rf1-emergency', 'nav-4']);
    assert.match(localeText('en-GB').questionnaire.items['nav-4'], /physio\b/);
    assert.match(localeText('en-US').questionnaire.items['nav-4'], /physical therapist/);
  });

  for (const locale of LOCALES) {
    const t = localeText(locale).questionnaire;
    const texts = [
      t.title,
      t.stem,
      t.scanHelp,
      ...Object.values(t.items),
      t.emergency.intro,
      ...Object.values(t.emergency.signs),
      emergencyInstructions(locale),
      t.wantScan.question,
      t.worry.question,
      t.worry.hint,
    ];
    const plain = plainLanguage(locale);
    it(`${locale} reads ${[plain.wholeRule, plain.medianRule].filter(Boolean).join(', ')}, each string ${plain.blockRule}`, (t) => {
      t.diagnostic(plain.summary(texts));
      assert.deepEqual([plain.whole(texts), plain.median(texts)].filter(Boolean), []);
      assert.deepEqual(
        texts.flatMap((text) => plain.block(text) ?? []),
        [],
      );
    });
  }
});

// ─── Scoring ─────────────────────────────────────────────────────────────────

describe('levelOf: band edges (low < 2.5 ≤ mixed < 3.5 ≤ high)', () => {
  const cases: [number, ThemeLevel][] = [
    [1, 'low'],
    [2.49, 'low'],
    [2.5, 'mixed'],
    [3.49, 'mixed'],
    [3.5, 'high'],
    [5, 'high'],
  ];
  for (const [mean, level] of cases) it(`${mean} → ${level}`, () => assert.equal(levelOf(mean), level));
});

describe('score: theme means and bands from real 1–5 answers', () => {
  const u = undefined;
  const cases: [(Likert | undefined)[], number | null, ThemeLevel, number][] = [
    [[1, 1, 1, 1], 1, 'low', 4],
    [[2, 2, 3, 2], 2.25, 'low', 4],
    [[2, 2, 3, u], 7 / 3, 'low', 3],
    [[2, 3, 2, 3], 2.5, 'mixed', 4], // lowest mixed
    [[3, 3, 2, u], 8 / 3, 'mixed', 3],
    [[3, 3, 3, 4], 3.25, 'mixed', 4], // highest mixed with 4 answers
    [[4, 3, 3, u], 10 / 3, 'mixed', 3],
    [[3, 4, 3, 4], 3.5, 'high', 4], // lowest high
    [[4, 4, 3, u], 11 / 3, 'high', 3],
    [[4, 4, 4, 3], 3.75, 'high', 4],
    [[5, 5, 5, 5], 5, 'high', 4],
    // the 3-of-4 rule
    [[u, u, u, u], null, 'not-scored', 0],
    [[5, u, u, u], null, 'not-scored', 1],
    [[5, 5, u, u], null, 'not-scored', 2],
    [[u, 1, u, 1], null, 'not-scored', 2],
    [[u, 5, 5, 5], 5, 'high', 3],
  ];
  for (const theme of BELIEF_THEMES) {
    for (const [values, mean, level, answered] of cases) {
      it(`${theme} ${JSON.stringify(values.map((v) => v ?? '–'))} → ${mean === null ? 'no mean' : mean.toFixed(2)}, ${level}`, () => {
        const profile = score(themeAnswers(theme, values));
        assert.deepEqual(profile.themes[theme], { mean, level, answered });
        for (const other of BELIEF_THEMES.filter((t) => t !== theme)) {
          assert.deepEqual(profile.themes[other], { mean: null, level: 'not-scored', answered: 0 }, 'other themes untouched');
        }
      });
    }
  }

  it('gives no total score', () => {
    const profile = score(FULL);
    assert.deepEqual(Object.keys(profile).sort(), ['answers', 'flags', 'themes', 'triage', 'wantScan', 'worry'].sort());
    assert.doesNotMatch(JSON.stringify(profile), /total|sum/i);
  });

  it('echoes the answers, want-scan and worry', () => {
    const profile = score(FULL);
    assert.deepEqual(profile.answers, FULL);
    assert.notEqual(profile.answers, FULL, 'a copy, not the caller’s object');
    assert.equal(profile.wantScan, 'not-sure');
    assert.equal(profile.worry, FULL.worry);
    assert.equal(score({ emergency: {}, items: {} }).wantScan, null);
    assert.equal(score({ emergency: {}, items: {} }).worry, null);
  });

  it('never throws on bad input, and ignores what is invalid', () => {
    const bad = { emergency: { 'rf1-chest': 'yes' }, items: { 'leg-1': 9, 'leg-2': 5 }, wantScan: 42 } as unknown as Answers;
    const profile = score(bad);
    assert.equal(profile.triage, 'routine');
    assert.deepEqual(profile.flags.stronglyAgreed, ['leg-2']);
    assert.doesNotThrow(() => score(null as unknown as Answers));
  });
});

describe('score: flags', () => {
  const cases: [string, Answers['items'], { stronglyAgreed: string[]; harmsUnderestimated: boolean }][] = [
    ['nothing answered', {}, { stronglyAgreed: [], harmsUnderestimated: false }],
    ['a 4 is not strong agreement', { 'leg-1': 4 }, { stronglyAgreed: [], harmsUnderestimated: false }],
    ['each 5 is flagged, in item order', { 'nav-4': 5, 'leg-2': 5, 'thr-1': 4 }, { stronglyAgreed: ['leg-2', 'nav-4'], harmsUnderestimated: false }],
    ['flagged even when the theme is not scored', { 'thr-2': 5 }, { stronglyAgreed: ['thr-2'], harmsUnderestimated: false }],
    ['thr-4 = 1', { 'thr-4': 1 }, { stronglyAgreed: [], harmsUnderestimated: false }],
    ['thr-4 = 3', { 'thr-4': 3 }, { stronglyAgreed: [], harmsUnderestimated: false }],
    ['thr-4 = 4: harms underestimated', { 'thr-4': 4 }, { stronglyAgreed: [], harmsUnderestimated: true }],
    ['thr-4 = 5: harms underestimated and strongly agreed', { 'thr-4': 5 }, { stronglyAgreed: ['thr-4'], harmsUnderestimated: true }],
    ['another item at 5 does not set the harms flag', { 'thr-3': 5 }, { stronglyAgreed: ['thr-3'], harmsUnderestimated: false }],
  ];
  for (const [name, items, expected] of cases) {
    it(name, () => {
      const { flags } = score({ emergency: {}, items });
      assert.deepEqual({ stronglyAgreed: flags.stronglyAgreed, harmsUnderestimated: flags.harmsUnderestimated }, expected);
    });
  }
});

describe('score: emergency self-check', () => {
  for (const id of TIER1_IDS) {
    it(`${id} alone → triage emergency, with the sign listed`, () => {
      const profile = score({ emergency: { [id]: true }, items: {} });
      assert.equal(profile.triage, 'emergency');
      assert.equal(profile.flags.emergency, true);
      assert.deepEqual(profile.flags.emergencySigns, [id]);
    });
  }

  it('every sign "no" → routine, nothing unanswered', () => {
    const profile = score({ emergency: FULL.emergency, items: {} });
    assert.equal(profile.triage, 'routine');
    assert.equal(profile.flags.emergency, false);
    assert.deepEqual(profile.flags.emergencySigns, []);
    assert.deepEqual(profile.flags.emergencyUnanswered, []);
  });

  it('an unanswered sign is recorded as unanswered, not as "no"', () => {
    const answered = score({ emergency: { 'rf1-saddle': false }, items: {} });
    assert.deepEqual(
      answered.flags.emergencyUnanswered,
      TIER1_IDS.filter((id) => id !== 'rf1-saddle'),
    );
    assert.equal(answered.answers.emergency['rf1-bladder'], undefined);
    assert.ok(!('rf1-bladder' in answered.answers.emergency));
    const none = score({ emergency: {}, items: {} });
    assert.deepEqual(none.flags.emergencyUnanswered, [...TIER1_IDS]);
    assert.deepEqual(none.answers.emergency, {});
  });

  it('several signs are listed in question order; an emergency wins over any belief answers', () => {
    const profile = score({ ...FULL, emergency: { 'rf1-chest': true, 'rf1-bladder': true, 'rf1-bowel': false } });
    assert.equal(profile.triage, 'emergency');
    assert.deepEqual(profile.flags.emergencySigns, ['rf1-bladder', 'rf1-chest']);
  });
});

// ─── validateAnswers ─────────────────────────────────────────────────────────

describe('validateAnswers: accepts', () => {
  const cases: [string, unknown, Answers][] = [
    ['an empty object', {}, { emergency: {}, items: {} }],
    ['full answers', FULL, FULL],
    ['the same as a JSON string', JSON.stringify(FULL), FULL],
    ['null as unanswered', { emergency: { 'rf1-chest': null }, items: { 'leg-1': null }, wantScan: null, worry: null }, { emergency: {}, items: {} }],
    ['spaces-only worry as unanswered', { emergency: {}, items: {}, worry: '   ' }, { emergency: {}, items: {} }],
  ];
  for (const [name, input, answers] of cases) {
    it(name, () => assert.deepEqual(validateAnswers(input), { ok: true, answers }));
  }
});

describe('validateAnswers: rejects with a clear problem, never throws', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['malformed JSON', '{"items": {', '(input)', /not valid JSON/],
    ['an empty string', '', '(input)', /not valid JSON/],
    ['a hostile string', '<script>alert(1)</script>', '(input)', /not valid JSON/],
    ['JSON that is not an object', '"hello"', '(input)', /should be an object/],
    ['null', null, '(input)', /should be an object, but this is empty/],
    ['a number', 42, '(input)', /should be an object, but this is 42/],
    ['a list', [1, 2], '(input)', /should be an object, but this is a list/],
    ['an unknown field', { emergency: {}, items: {}, score: 12 }, 'score', /not part of the answers/],
    ['emergency not an object', { emergency: 'no', items: {} }, 'emergency', /should be an object of yes\/no answers/],
    [
      'a sign answered "yes" as text',
      { emergency: { 'rf1-saddle': 'yes' }, items: {} },
      'emergency.rf1-saddle',
      /true \(yes\) or false \(no\), but it is "yes"/,
    ],
    ['a sign answered 1', { emergency: { 'rf1-bowel': 1 }, items: {} }, 'emergency.rf1-bowel', /true \(yes\) or false \(no\)/],
    ['an unknown sign', { emergency: { 'rf2-fever': true }, items: {} }, 'emergency.rf2-fever', /no emergency question called "rf2-fever"/],
    ['items not an object', { emergency: {}, items: [3, 4] }, 'items', /should be an object of answers from 1 to 5, but it is a list/],
    ['an item above 5', { emergency: {}, items: { 'leg-1': 6 } }, 'items.leg-1', /whole number from 1 .* to 5 .*, but it is 6/],
    ['an item of 0', { emergency: {}, items: { 'leg-1': 0 } }, 'items.leg-1', /but it is 0/],
    ['a fractional item', { emergency: {}, items: { 'thr-2': 2.5 } }, 'items.thr-2', /but it is 2.5/],
    ['an item as text', { emergency: {}, items: { 'nav-1': '3' } }, 'items.nav-1', /but it is "3"/],
    ['an item as a code', { emergency: {}, items: { 'nav-1': 'sa' } }, 'items.nav-1', /but it is "sa"/],
    ['an unknown item', { emergency: {}, items: { 'leg-9': 3 } }, 'items.leg-9', /no question called "leg-9"/],
    [
      'a hostile item id',
      { emergency: {}, items: { '<script>alert(1)</script>': 3 } },
      'items.<script>alert(1)</script>',
      /no question called "<script>/,
    ],
    ['a wrong want-scan', { emergency: {}, items: {}, wantScan: 'maybe' }, 'wantScan', /"yes", "no" or "not-sure", but it is "maybe"/],
    ['a worry that is not text', { emergency: {}, items: {}, worry: { text: 'x' } }, 'worry', /should be text, but it is an object/],
    ['a worry too long', { emergency: {}, items: {}, worry: 'a'.repeat(WORRY_MAX_LENGTH + 1) }, 'worry', /first 2000 are kept/],
    [
      'a very long hostile value, cut short in the message',
      { emergency: {}, items: {}, wantScan: `<img src=x onerror=alert(1)>${'x'.repeat(500)}` },
      'wantScan',
      /but it is "<img src=x onerror=alert\(1\)>x{12}…"/,
    ],
  ];
  for (const [name, input, field, pattern] of cases) {
    it(name, () => {
      let result: AnswersResult | undefined;
      assert.doesNotThrow(() => (result = validateAnswers(input)));
      assert.ok(result);
      assertProblem(result, field, pattern);
    });
  }

  it('keeps every valid answer in `partial`', () => {
    const result = validateAnswers({
      emergency: { 'rf1-chest': true, 'rf1-saddle': 'maybe' },
      items: { 'leg-1': 4, 'leg-2': 7, xyz: 1 },
      wantScan: 'yes',
      worry: 'b'.repeat(WORRY_MAX_LENGTH + 5),
      extra: true,
    });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.partial, {
      emergency: { 'rf1-chest': true },
      items: { 'leg-1': 4 },
      wantScan: 'yes',
      worry: 'b'.repeat(WORRY_MAX_LENGTH),
    });
    assert.equal(result.problems.length, 5);
  });

  it('does not let "__proto__" in JSON reach any prototype', () => {
    const result = validateAnswers('{"__proto__": {"polluted": true}, "items": {"__proto__": {"x": 1}}}');
    assert.equal(result.ok, false);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    if (!result.ok) assert.deepEqual(result.partial, { emergency: {}, items: {} });
  });
});

// ─── FHIR QuestionnaireResponse ──────────────────────────────────────────────

describe('toQuestionnaireResponse', () => {
  it('writes a QuestionnaireResponse to our questionnaire and version', () => {
    const qr = toQuestionnaireResponse(FULL);
    assert.equal(qr.resourceType, 'QuestionnaireResponse');
    assert.equal(qr.questionnaire, `${QUESTIONNAIRE_URL}|0.1.0`);
    assert.equal(qr.questionnaire, QUESTIONNAIRE_CANONICAL);
    assert.equal(qr.status, 'in-progress');
    assert.equal(qr.language, 'en-GB');
    assert.ok(!('authored' in qr));
  });

  it('takes status, authored and locale', () => {
    const qr = toQuestionnaireResponse(FULL, { status: 'completed', authored: '2026-03-01T09:30:00Z', locale: 'en-US' });
    assert.equal(qr.status, 'completed');
    assert.equal(qr.authored, '2026-03-01T09:30:00Z');
    assert.equal(qr.language, 'en-US');
    const nav4 = flatten(qr.item).find(({ item }) => item.linkId === 'nav-4')?.item;
    assert.equal(nav4?.text, localeText('en-US').questionnaire.items['nav-4']);
  });

  it('has no items at all for empty answers (FHIR allows no empty lists)', () => {
    assert.ok(!('item' in toQuestionnaireResponse({ emergency: {}, items: {} })));
  });

  it('mirrors the Questionnaire nesting and leaves out unanswered items and empty groups', () => {
    const qr = toQuestionnaireResponse({ emergency: { 'rf1-chest': false }, items: { 'thr-2': 3 } });
    const placed = flatten(qr.item).map(({ item, parent }) => [item.linkId, parent]);
    assert.deepEqual(placed, [
      [EMERGENCY_GROUP_ID, null],
      ['rf1-chest', EMERGENCY_GROUP_ID],
      ['thr', null],
      ['thr-2', 'thr'],
    ]);
  });

  it('puts every item under the same parent as in the Questionnaire', () => {
    const parents = new Map(flatten(buildQuestionnaire('en-GB').item).map(({ item, parent }) => [item.linkId, parent]));
    for (const { item, parent } of flatten(toQuestionnaireResponse(FULL).item)) {
      assert.equal(parent, parents.get(item.linkId), item.linkId);
    }
  });

  it('never answers the emergency display item, even after a yes', () => {
    const qr = toQuestionnaireResponse({ emergency: { 'rf1-saddle': true }, items: {} });
    const ids = flatten(qr.item).map(({ item }) => item.linkId);
    assert.ok(ids.includes('rf1-saddle'));
    assert.ok(!ids.includes(EMERGENCY_DISPLAY_ID));
  });

  it('uses the right answer type for each item', () => {
    const find = (id: string): QuestionnaireResponseItem | undefined =>
      flatten(toQuestionnaireResponse(FULL).item).find(({ item }) => item.linkId === id)?.item;
    assert.deepEqual(find('rf1-bowel')?.answer, [{ valueBoolean: false }]);
    assert.deepEqual(find('leg-1')?.answer, [{ valueCoding: { system: AGREE5_SYSTEM, code: 'sd', display: 'Strongly disagree' } }]);
    assert.deepEqual(find('leg-2')?.answer?.[0]?.valueCoding?.code, 'd');
    assert.deepEqual(find('want-scan')?.answer, [{ valueCoding: { system: WANT_SCAN_SYSTEM, code: 'not-sure', display: 'Not sure' } }]);
    assert.deepEqual(find('worry-text')?.answer, [{ valueString: FULL.worry }]);
  });

  it('leaves out invalid parts of its input instead of writing a bad resource', () => {
    const qr = toQuestionnaireResponse({ emergency: {}, items: { 'leg-1': 9 } } as unknown as Answers);
    assert.ok(!('item' in qr));
  });
});

describe('round trip: fromQuestionnaireResponse(toQuestionnaireResponse(a)) gives back a', () => {
  const cases: [string, Answers][] = [
    ['empty', { emergency: {}, items: {} }],
    ['partial', { emergency: { 'rf1-saddle': false }, items: { 'leg-1': 2, 'thr-4': 5, 'nav-3': 3 } }],
    ['full', FULL],
    ['emergency', { emergency: { 'rf1-bladder': true, 'rf1-chest': true, 'rf1-injury': false }, items: { 'thr-1': 5 } }],
    ['every sign yes', { emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, true])), items: {} }],
    ['want-scan only', { emergency: {}, items: {}, wantScan: 'yes' }],
    ['every agreement value', { emergency: {}, items: { 'leg-1': 1, 'leg-2': 2, 'leg-3': 3, 'leg-4': 4, 'thr-1': 5 } }],
    ['hostile and non-ASCII worry text', { emergency: {}, items: {}, worry: '<script>alert("x")</script> — “café” 🙂\nline two' }],
    ['a worry at the length limit', { emergency: {}, items: {}, worry: 'w'.repeat(WORRY_MAX_LENGTH) }],
  ];
  for (const [name, answers] of cases) {
    it(name, () => {
      assert.deepEqual(validateAnswers(answers), { ok: true, answers }, 'the case itself is valid');
      for (const locale of LOCALES) {
        const qr = toQuestionnaireResponse(answers, { locale, status: 'completed' });
        assert.deepEqual(fromQuestionnaireResponse(qr), { ok: true, answers });
        assert.deepEqual(fromQuestionnaireResponse(JSON.stringify(qr)), { ok: true, answers }, 'via JSON text');
      }
    });
  }
});

describe('fromQuestionnaireResponse: rejects with a clear problem, never throws', () => {
  const valid = () => structuredClone(toQuestionnaireResponse(FULL)) as unknown as Record<string, unknown> & { item: Record<string, unknown>[] };
  /** The valid full response with one item (found by linkId) changed. */
  const withItem = (linkId: string, change: (item: Record<string, unknown>) => void) => {
    const qr = valid();
    const item = flatten(qr.item as unknown as QuestionnaireResponseItem[]).find((x) => x.item.linkId === linkId)?.item;
    assert.ok(item, linkId);
    change(item as unknown as Record<string, unknown>);
    return qr;
  };
  const group = (linkId: string, item: unknown[]) => ({
    resourceType: 'QuestionnaireResponse',
    questionnaire: QUESTIONNAIRE_CANONICAL,
    status: 'completed',
    item: [{ linkId, item }],
  });

  const cases: [string, unknown, string, RegExp][] = [
    ['malformed JSON', '{"resourceType": "QuestionnaireRes', '(input)', /not valid JSON/],
    ['a hostile string', '<script>alert(1)</script>', '(input)', /not valid JSON/],
    ['null', null, '(input)', /should be an object, but this is empty/],
    ['a number', 7, '(input)', /should be an object, but this is 7/],
    ['a list', [], '(input)', /should be an object, but this is a list/],
    ['no resourceType', {}, 'resourceType', /has no "resourceType"/],
    ['another resource type', { resourceType: 'Patient' }, 'resourceType', /"Patient" resource, not a QuestionnaireResponse/],
    ['a Questionnaire instead of a response', buildQuestionnaire('en-GB'), 'resourceType', /"Questionnaire" resource/],
    ['no questionnaire url', { ...valid(), questionnaire: undefined }, 'questionnaire', /does not say which questionnaire/],
    [
      'another questionnaire',
      { ...valid(), questionnaire: 'http://loinc.org/q/44249-1' },
      'questionnaire',
      /another questionnaire \("http:\/\/loinc.org\/q\/44249-1"\)/,
    ],
    ['another version', { ...valid(), questionnaire: `${QUESTIONNAIRE_URL}|9.9.9` }, 'questionnaire', /version "9.9.9"/],
    ['a bad status', { ...valid(), status: 'done' }, 'status', /should be one of in-progress, completed.*but it is "done"/],
    ['entered in error', { ...valid(), status: 'entered-in-error' }, 'status', /should not be used/],
    ['item not a list', { ...valid(), item: { linkId: 'leg' } }, 'item', /should be a list of items, but it is an object/],
    ['an item that is not an object', { ...valid(), item: ['leg-1'] }, 'item[0]', /should be an object, but item\[0\] is "leg-1"/],
    ['an item with no linkId', { ...valid(), item: [{ text: 'hi' }] }, 'item[0]', /has no linkId/],
    ['an unknown linkId', group('leg', [{ linkId: 'leg-9', answer: [{ valueBoolean: true }] }]), 'leg-9', /no question called "leg-9"/],
    [
      'a hostile linkId',
      { ...valid(), item: [{ linkId: '<script>alert(1)</script>' }] },
      '<script>alert(1)</script>',
      /no question called "<script>/,
    ],
    [
      'a repeated linkId',
      group('leg', [{ linkId: 'leg-1', answer: [{ valueCoding: { system: AGREE5_SYSTEM, code: 'a' } }] }, { linkId: 'leg-1' }]),
      'leg-1',
      /more than once/,
    ],
    [
      'an item in the wrong group',
      group('thr', [{ linkId: 'leg-1', answer: [{ valueCoding: { system: AGREE5_SYSTEM, code: 'a' } }] }]),
      'leg-1',
      /should be in "leg", not in "thr"/,
    ],
    [
      'a flat item at the top level',
      { ...valid(), item: [{ linkId: 'rf1-chest', answer: [{ valueBoolean: true }] }] },
      'rf1-chest',
      /should be in "emergency-check", not in the top level/,
    ],
    ['an answer on a group', withItem('leg', (i) => (i.answer = [{ valueBoolean: true }])), 'leg', /group of questions and cannot have an answer/],
    [
      'an answer on the emergency display item',
      group(EMERGENCY_GROUP_ID, [{ linkId: EMERGENCY_DISPLAY_ID, answer: [{ valueBoolean: true }] }]),
      EMERGENCY_DISPLAY_ID,
      /information only/,
    ],
    [
      'a yes/no item answered with text',
      withItem('rf1-saddle', (i) => (i.answer = [{ valueString: 'yes' }])),
      'rf1-saddle',
      /should be yes or no \(valueBoolean\), but it is an object/,
    ],
    [
      'a choice item answered with a number',
      withItem('leg-1', (i) => (i.answer = [{ valueInteger: 3 }])),
      'leg-1',
      /should be one of its answer options \(valueCoding\)/,
    ],
    ['a choice item answered with a boolean', withItem('want-scan', (i) => (i.answer = [{ valueBoolean: true }])), 'want-scan', /valueCoding/],
    [
      'a code not in the options',
      withItem('leg-1', (i) => (i.answer = [{ valueCoding: { system: AGREE5_SYSTEM, code: 'maybe' } }])),
      'leg-1',
      /"maybe" .*not one of its options: sd, d, ns, a, sa/,
    ],
    [
      'a want-scan code from the agreement scale',
      withItem('want-scan', (i) => (i.answer = [{ valueCoding: { system: AGREE5_SYSTEM, code: 'a' } }])),
      'want-scan',
      /not one of its options: yes, no, not-sure/,
    ],
    [
      'a right code from another system',
      withItem('thr-1', (i) => (i.answer = [{ valueCoding: { system: 'http://loinc.org', code: 'sa' } }])),
      'thr-1',
      /from "http:\/\/loinc.org", which is not one of its options/,
    ],
    [
      'two answers to a one-answer item',
      withItem(
        'nav-2',
        (i) => (i.answer = [{ valueCoding: { system: AGREE5_SYSTEM, code: 'a' } }, { valueCoding: { system: AGREE5_SYSTEM, code: 'd' } }]),
      ),
      'nav-2',
      /takes one answer, but it has 2/,
    ],
    [
      'an answer that is not a list',
      withItem('rf1-chest', (i) => (i.answer = { valueBoolean: true })),
      'rf1-chest',
      /should be a list, but it is an object/,
    ],
    ['an answer entry that is not an object', withItem('rf1-chest', (i) => (i.answer = ['yes'])), 'rf1-chest', /valueBoolean\), but it is "yes"/],
    [
      'a worry that is not text',
      withItem('worry-text', (i) => (i.answer = [{ valueBoolean: true }])),
      'worry-text',
      /should be text \(valueString\)/,
    ],
    [
      'a worry too long',
      withItem('worry-text', (i) => (i.answer = [{ valueString: 'z'.repeat(WORRY_MAX_LENGTH + 1) }])),
      'worry-text',
      /first 2000 are kept/,
    ],
    ['a question holding items', withItem('thr-3', (i) => (i.item = [{ linkId: 'thr-4' }])), 'thr-3', /should not hold other items/],
  ];
  for (const [name, input, field, pattern] of cases) {
    it(name, () => {
      let result: AnswersResult | undefined;
      assert.doesNotThrow(() => (result = fromQuestionnaireResponse(input)));
      assert.ok(result);
      assertProblem(result, field, pattern);
    });
  }

  it('keeps every valid answer in `partial`', () => {
    const qr = withItem('leg-1', (i) => (i.answer = [{ valueCoding: { system: AGREE5_SYSTEM, code: 'maybe' } }]));
    const result = fromQuestionnaireResponse(qr);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const items = { ...FULL.items };
    delete items['leg-1'];
    assert.deepEqual(result.partial, { ...FULL, items });
  });

  it('reads nothing from a response to another questionnaire', () => {
    const result = fromQuestionnaireResponse({ ...valid(), questionnaire: 'https://example.org/Questionnaire/other' });
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.partial, { emergency: {}, items: {} });
  });

  it('accepts a response without a version in the questionnaire url, and codings without a system', () => {
    const qr = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: QUESTIONNAIRE_URL,
      status: 'completed',
      item: [{ linkId: 'leg', item: [{ linkId: 'leg-3', answer: [{ valueCoding: { code: 'ns' } }] }] }],
    };
    assert.deepEqual(fromQuestionnaireResponse(qr), { ok: true, answers: { emergency: {}, items: { 'leg-3': 3 } } });
  });
});
