import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  localeText,
  defaultPlan,
  emergencyInstructions,
  explainerModel,
  ITEM_IDS,
  LOCALES,
  planModel,
  score,
  SIGN_IDS,
  TIER1_IDS,
  type Answers,
  type ExpectationProfile,
  type Locale,
  type Plan,
  type SignId,
  type SignStatus,
} from '@scanwise/core';
import { renderLetter, type LetterInput } from '@scanwise/letter';
import { parseFragment } from 'parse5';
import { benefitsHarmsView } from '../../packages/elements/src/benefits-harms/benefits-harms.view.js';
import {
  doneView,
  itemsView,
  reviewView,
  safetyView,
  type QuestionnaireHandlers,
  type QuestionnaireViewModel,
} from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.view.js';
import { planView } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.view.js';
import { toHtmlWithLitSsr } from '../../packages/letter/src/ssr.js';
import { DECISIONS, input, plan as letterPlan } from './helpers/letter-fixtures.js';
import { plainLanguage, type PlainLanguage } from './helpers/readability.js';
import '@scanwise/core/locales/all';

/**
 * Plain language on what a patient actually reads (issue: "no block of patient text reads
 * above grade 8"; in Spanish "median 65 or more, and no block under 55"): every component is
 * rendered for every state and tailoring, and every letter, then each block (paragraph, list
 * item, table cell, caption, heading, term or definition) is measured on its own, with the
 * measure of the locale's language (`plainLanguage`). Catalog strings are measured in the
 * catalog tests; this catches what views compose from them ("Label: value" lines, a heading
 * run into its text).
 */

/** The little of parse5's tree this test reads (the same in parse5 6 and 7). */
interface Node {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
}
interface Element extends Node {
  tagName: string;
  attrs: { name: string; value: string }[];
  childNodes: Node[];
}

const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'caption',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'legend',
  'summary',
  'label',
]);
/** Not patient prose: citations (references with journal abbreviations), the clinician's copy, data for machines. */
const SKIP = (el: Element): boolean => {
  const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value ?? '';
  return (
    ['script', 'style', 'template', 'svg', 'time'].includes(el.tagName) ||
    attr('data-source') !== '' ||
    /\b(sources|clinician-copy|clinician|letter-foot|checked|unverified|fact-source|source)\b/.test(attr('class')) ||
    attr('part') === 'sources'
  );
};

/** The text of each block, without the text of the blocks inside it. */
function blocks(html: string): string[] {
  const out: string[] = [];
  const textOf = (n: Node, own: string[]): void => {
    if (n.nodeName === '#text') own.push(n.value ?? '');
    else if ('tagName' in n) {
      const el = n as Element;
      if (SKIP(el)) return;
      if (BLOCKS.has(el.tagName)) {
        const at = out.push('') - 1; // in document order: this block before the blocks inside it
        const mine: string[] = [];
        for (const c of el.childNodes) textOf(c, mine);
        out[at] = mine.join('').replace(/\s+/g, ' ').trim();
        return;
      }
      for (const c of el.childNodes) textOf(c, own);
    } else for (const c of n.childNodes ?? []) textOf(c, own);
  };
  textOf(parseFragment(html) as unknown as Node, []);
  return out.filter((text) => /[A-Za-z]{2}/.test(text));
}

const statuses = (given: Partial<Record<SignId, SignStatus>>) =>
  Object.fromEntries(SIGN_IDS.map((id) => [id, given[id] ?? 'absent'])) as Record<SignId, SignStatus>;

function planOf(given: Partial<Record<SignId, SignStatus>>, extra: Partial<Plan> = {}): Plan {
  // No clinician free text beyond the decision's: names and goals are not ours to grade.
  return {
    ...defaultPlan('2026-11-23'),
    redFlags: statuses(given),
    selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'work', 'pain-relief', 'stay-positive'],
    ...extra,
  };
}

function profileWith(high: string[], emergency: string[] = []): ExpectationProfile {
  const answers: Answers = {
    emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, emergency.includes(id)])),
    items: Object.fromEntries(ITEM_IDS.map((id) => [id, high.includes(id.slice(0, 3)) ? 5 : 1])) as Answers['items'],
  };
  return score(answers);
}

/** Every plan state: routine (each tailoring), each decision, no decision, a reported sign, a background risk factor. */
const PLAN_STATES: [string, Plan, ExpectationProfile | null][] = [
  ['routine, no profile', planOf({}), null],
  ['routine, all themes high', planOf({}), profileWith(['thr', 'leg', 'nav'])],
  ['not checked', planOf(Object.fromEntries(SIGN_IDS.map((id) => [id, 'not-asked']))), profileWith(['leg'])],
  ['over 50 only', planOf({ 'rf2-age': 'present' }), profileWith(['thr'])],
  ['emergency referral', planOf({ 'rf1-bladder': 'present' }, { decision: DECISIONS.emergency }), null],
  ['reported, unsettled', planOf({}), profileWith([], ['rf1-chest'])],
  ['tests arranged', planOf({ 'rf2-fever': 'present' }, { decision: DECISIONS.referral }), profileWith(['nav'])],
  ['waiting is still right', planOf({ 'rf2-cancer': 'present' }, { decision: DECISIONS.wait }), profileWith(['thr', 'leg', 'nav'])],
  ['Tier 2, no decision', planOf({ 'rf2-weight': 'present' }), null],
];

const PROFILES: [string, ExpectationProfile | null][] = [
  ['neutral', null],
  ['threat high', profileWith(['thr'])],
  ['legitimacy high', profileWith(['leg'])],
  ['navigation high', profileWith(['nav'])],
  [
    'all high, harms underestimated',
    { ...profileWith(['thr', 'leg', 'nav']), flags: { ...profileWith(['thr', 'leg', 'nav']).flags, harmsUnderestimated: true } },
  ],
  ['emergency', profileWith([], ['rf1-saddle'])],
];

const noop = () => {};
const handlers = new Proxy({}, { get: () => noop }) as unknown as QuestionnaireHandlers;

function questionnaireHtml(locale: Locale): string[] {
  const answers: Answers = { emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, false])), items: {} };
  const vm = (stage: QuestionnaireViewModel['stage'], emergency = false): QuestionnaireViewModel => ({
    content: localeText(locale).questionnaire,
    ui: localeText(locale).questionnaireUi,
    answers: emergency ? { ...answers, emergency: { ...answers.emergency, 'rf1-bowel': true } } : answers,
    stage,
    mode: 'all',
    index: 0,
    missing: new Set(['leg-1']),
    emergencyText: emergencyInstructions(locale),
    idPrefix: 'q',
  });
  return [
    toHtmlWithLitSsr(safetyView(vm('safety'), handlers, false)),
    toHtmlWithLitSsr(safetyView(vm('safety', true), handlers, true)),
    toHtmlWithLitSsr(itemsView(vm('items'), handlers)),
    toHtmlWithLitSsr(reviewView(vm('review'), handlers)),
    toHtmlWithLitSsr(doneView(vm('done'), handlers)),
  ];
}

/**
 * What a clinician or patient types into a letter's plan (the practice's name, goals, notes), in
 * the letter's language: English words in a Spanish letter would be measured as Spanish. English
 * letters keep the fixtures' own words.
 */
const TYPED: Record<string, Partial<Plan>> = {
  en: {},
  es: {
    practice: { name: 'Centro de Salud Ribera', phone: '0117 496 0000', clinician: 'Dr Sam Patel' },
    selfCareNote: 'Camine 10 minutos dos veces al día.',
    goals: ['Jugar con mis nietos'],
    scanTriggers: ['El dolor baja por las dos piernas'],
  },
};

function letters(locale: Locale): [string, string][] {
  const typed = TYPED[locale.split('-')[0]!] ?? {};
  const base: Partial<LetterInput> = {
    locale,
    practice: { name: 'Riverside', address: [], phone: '0117 496 0000' },
    clinician: { name: 'Dr Patel' },
    message: '',
    plan: letterPlan(typed),
  };
  const cases: [string, Partial<LetterInput>][] = [
    ['default', {}],
    ['full explainer', { include: { questionnaire: false, explainer: 'full', plan: true } }],
    [
      'emergency referral',
      { plan: letterPlan({ ...typed, redFlags: statuses({ 'rf1-chest': 'present' }), decision: DECISIONS.emergency, goals: [] }) },
    ],
    ['tests arranged', { plan: letterPlan({ ...typed, redFlags: statuses({ 'rf2-lump': 'present' }), decision: DECISIONS.referral, goals: [] }) }],
    [
      'waiting is still right',
      { plan: letterPlan({ ...typed, redFlags: statuses({ 'rf2-constant': 'present' }), decision: DECISIONS.wait, goals: [] }) },
    ],
  ];
  return cases.map(([name, over]) => [
    name,
    renderLetter(input({ ...base, include: { questionnaire: false, explainer: 'summary', plan: true }, ...over, patient: {} })),
  ]);
}

/** Each distinct block once, with where it was first seen. */
function distinctBlocks(rendered: [string, string][]): [string, string][] {
  const seen = new Map<string, string>();
  for (const [where, html] of rendered) for (const b of blocks(html)) if (!seen.has(b)) seen.set(b, where);
  return [...seen];
}

/**
 * What is not plain: each block over the bar, worst first, with where it is, then the median
 * (Spanish only: English has no median rule). Blocks too short for the formula (English under
 * 5 words, Spanish under 4: labels and headings) are left to the catalog tests.
 */
function hardBlocks(rendered: [string, string][], plain: PlainLanguage): string[] {
  const found = distinctBlocks(rendered);
  const hard = found
    .map(([text, where]) => ({ where, problem: plain.block(text), s: plain.score(text) }))
    .filter((x): x is { where: string; problem: string; s: number } => x.problem !== undefined)
    .sort((a, b) => (plain.lowerIsPlainer ? b.s - a.s : a.s - b.s))
    .map((x) => `[${x.where}] ${x.problem}`);
  const median = plain.median(found.map(([text]) => text));
  return median ? [...hard, median] : hard;
}

/** Checks the blocks, and says their median and worst score in the test's diagnostics. */
function assertPlain(t: { diagnostic: (message: string) => void }, rendered: [string, string][], plain: PlainLanguage): void {
  t.diagnostic(plain.summary(distinctBlocks(rendered).map(([text]) => text)));
  assert.deepEqual(hardBlocks(rendered, plain), []);
}

for (const locale of LOCALES) {
  const plain = plainLanguage(locale, 'rendered');
  const rule = [plain.blockRule, plain.medianRule].filter(Boolean).join(', ');
  describe(`every block a patient reads is ${rule}, ${locale}`, () => {
    it('the plan, in every state and tailoring', (t) => {
      const rendered = PLAN_STATES.map(([name, p, profile]): [string, string] => [
        name,
        toHtmlWithLitSsr(planView(planModel(p, { locale, today: '2026-11-23', profile }), { idPrefix: 'p', open: true })),
      ]);
      assertPlain(t, rendered, plain);
    });

    it('the plan writes no "Label: value" lines: a heading with its text instead', () => {
      const t = localeText(locale).plan;
      const labels = [...Object.values(t.checked.status), ...Object.values(t.selfCare).map((x) => x.title)];
      for (const [name, p, profile] of PLAN_STATES) {
        const html = toHtmlWithLitSsr(planView(planModel(p, { locale, today: '2026-11-23', profile }), { idPrefix: 'p', open: true }));
        for (const b of blocks(html)) for (const l of labels) assert.ok(!b.startsWith(`${l}:`), `${name}: "${b}"`);
      }
    });

    it('the explainer, for every profile and variant, alone and beside a plan', (t) => {
      const rendered: [string, string][] = [];
      for (const [name, profile] of PROFILES) {
        for (const variant of ['full', 'summary'] as const) {
          rendered.push([
            `${name} ${variant}`,
            toHtmlWithLitSsr(benefitsHarmsView(explainerModel({ locale, profile, variant, age: 40 }), { idPrefix: 'b', open: true })),
          ]);
        }
      }
      for (const [name, p, profile] of PLAN_STATES) {
        rendered.push([
          `beside a plan: ${name}`,
          toHtmlWithLitSsr(benefitsHarmsView(explainerModel({ locale, profile, plan: p }), { idPrefix: 'b', open: true })),
        ]);
      }
      assertPlain(t, rendered, plain);
    });

    it('the questionnaire, at every stage', (t) => {
      assertPlain(
        t,
        questionnaireHtml(locale).map((h, n): [string, string] => [`stage ${n}`, h]),
        plain,
      );
    });

    it('the letters', (t) => {
      assertPlain(t, letters(locale), plain);
    });
  });
}

describe('the block reader itself', () => {
  it('reads each block apart from the blocks inside it, and skips sources', () => {
    assert.deepEqual(
      blocks(
        '<ul><li>One thing.<ul><li>Inner.</li></ul></li></ul><ol class="sources"><li>Henschke N, et al.</li></ol><p>Two <strong>words</strong>.</p>',
      ),
      ['One thing.', 'Inner.', 'Two words.'],
    );
  });
  it('finds a hard block, so the test can fail', () => {
    assert.equal(
      hardBlocks(
        [['x', '<p>Radiological investigation of uncomplicated lumbar symptomatology demonstrates negligible prognostic utility.</p>']],
        plainLanguage('en-GB', 'rendered'),
      ).length,
      1,
    );
  });
  it('finds a hard Spanish block, and a hard median, so the test can fail', () => {
    const hard = '<p>La investigación radiológica de la sintomatología lumbar inespecífica demuestra una utilidad pronóstica insignificante.</p>';
    const problems = hardBlocks([['x', hard]], plainLanguage('es-ES', 'rendered'));
    assert.equal(problems.length, 2);
    assert.match(problems[1]!, /^median/);
  });
  it('leaves Spanish labels under 4 words to the catalog tests', () => {
    assert.deepEqual(hardBlocks([['x', '<p>Completamente en desacuerdo.</p><p>Sí.</p>']], plainLanguage('es-US', 'rendered')), []);
  });
});
