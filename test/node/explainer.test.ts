import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  localeText,
  citations,
  contentMeta,
  facts,
  getCitation,
  getFact,
  defaultPlan,
  RECOVERY_FACT_IDS,
  isBackground,
  LOCALES,
  SIGN_IDS,
  tierOf,
  validateRegistry,
  warningSigns,
  type ClinicalDecision,
  type Plan,
  type SignId,
  type SignStatus,
  type Tier1Id,
  VERIFIED_FINDING_AGES,
  type FindingAge,
  type Locale,
} from '@scanwise/core';
import {
  explainerModel,
  OPTION_IDS,
  OPTION_SECTIONS,
  radiationFactId,
  SECTION_IDS,
  validateProfile,
  type ExplainerModel,
  type ExplainerSection,
  type FactRef,
  type ModuleId,
  type SectionId,
} from '../../packages/core/src/explainer/index.js';
import { BELIEF_THEMES, type BeliefTheme, type ExpectationProfile, type ThemeLevel } from '../../packages/core/src/questionnaire/index.js';
import { plainLanguage } from './helpers/readability.js';
import '@scanwise/core/locales/all';
import { say } from './helpers/say.js';

const TODAY = '2026-11-23';
const LEVELS: readonly ThemeLevel[] = ['low', 'mixed', 'high', 'not-scored'];
const MEANS: Record<ThemeLevel, number | null> = { low: 1.5, mixed: 3, high: 4.5, 'not-scored': null };

interface Case {
  levels: Record<BeliefTheme, ThemeLevel>;
  harms: boolean;
}

/** A profile as `score()` would give it, with these theme levels and flags. */
function profileOf({ levels, harms }: Case, emergency = false): ExpectationProfile {
  const themes = Object.fromEntries(
    BELIEF_THEMES.map((t) => [t, { mean: MEANS[levels[t]], level: levels[t], answered: levels[t] === 'not-scored' ? 1 : 4 }]),
  ) as ExpectationProfile['themes'];
  return {
    themes,
    flags: {
      stronglyAgreed: [],
      harmsUnderestimated: harms,
      emergency,
      emergencySigns: emergency ? ['rf1-bladder'] : [],
      emergencyUnanswered: [],
    },
    triage: emergency ? 'emergency' : 'routine',
    wantScan: null,
    worry: null,
    answers: { emergency: {}, items: {} },
  };
}

/** Every combination of theme levels and the harms flag: 4 × 4 × 4 × 2 = 128. */
const ALL_CASES: Case[] = LEVELS.flatMap((leg) =>
  LEVELS.flatMap((thr) => LEVELS.flatMap((nav) => [false, true].map((harms) => ({ levels: { leg, thr, nav }, harms })))),
);
const caseName = ({ levels, harms }: Case) => `leg ${levels.leg}, thr ${levels.thr}, nav ${levels.nav}, harms ${harms ? 'on' : 'off'}`;
const ALL_HIGH: Case = { levels: { leg: 'high', thr: 'high', nav: 'high' }, harms: true };

/** Every section a model shows, wherever it is (intro, modules, the rest), in order. */
const shownSections = (m: ExplainerModel): ExplainerSection[] => [
  ...m.intro,
  ...m.modulesBefore.flatMap((x) => x.sections),
  ...m.modulesAfter.flatMap((x) => x.sections),
  ...m.sections,
];

/** Fields that hold data for the view (ids, dates, citations), not words a patient reads as text. */
const DATA_KEYS = new Set([
  'id',
  'locale',
  'variant',
  'certainty',
  'citationId',
  'factId',
  'factIds',
  'signs',
  'ages',
  'selected',
  'brief',
  'version',
  'published',
  'reviewBy',
  'publishedDate',
  'reviewByDate',
  'contact',
  'citation',
  'reference',
  'short',
  'href',
  'unverified',
  'checked',
]);

/** Walks a model: every fact reference, and every patient string outside fact references. */
function walk(m: unknown): { refs: FactRef[]; texts: string[] } {
  const refs: FactRef[] = [];
  const texts: string[] = [];
  const visit = (x: unknown): void => {
    if (typeof x === 'string') texts.push(x);
    else if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      if ('factId' in x) refs.push(x as FactRef);
      else for (const [k, v] of Object.entries(x)) if (!DATA_KEYS.has(k)) visit(v);
    }
  };
  visit(m);
  return { refs, texts };
}

const IN_7_DAYS = '2026-11-30';
const DECISIONS = {
  emergency: { kind: 'emergency', arranged: 'We called an ambulance.' },
  referral: { kind: 'referral', arranged: 'An MRI scan at City Hospital.', by: '2026-12-03' },
  wait: { kind: 'wait', reason: 'Your blood tests were normal.', review: IN_7_DAYS },
} as const satisfies Record<string, ClinicalDecision>;

function reviewed(statuses: Partial<Record<SignId, SignStatus>>, extra: Partial<Plan> = {}): Plan {
  const plan = defaultPlan(TODAY);
  for (const id of SIGN_IDS) plan.redFlags[id] = statuses[id] ?? 'absent';
  return { ...plan, ...extra };
}

/** The models whose text a patient may read, per locale: neutral, fully tailored, summary, emergency. */
function modelsFor(locale: Locale): ExplainerModel[] {
  return [
    explainerModel({ locale }),
    explainerModel({ locale, profile: profileOf(ALL_HIGH), age: 40 }),
    explainerModel({ locale, profile: profileOf(ALL_HIGH), variant: 'summary' }),
    explainerModel({ locale, profile: profileOf(ALL_HIGH, true) }),
    // Beside a plan: waiting after a sign was checked, tests arranged, no decision yet, an emergency referral.
    explainerModel({ locale, profile: profileOf(ALL_HIGH), plan: reviewed({ 'rf2-fever': 'present' }, { decision: DECISIONS.wait }) }),
    explainerModel({ locale, profile: profileOf(ALL_HIGH), plan: reviewed({ 'rf2-fever': 'present' }, { decision: DECISIONS.referral }) }),
    explainerModel({ locale, profile: profileOf(ALL_HIGH), plan: reviewed({ 'rf2-fever': 'present' }) }),
    explainerModel({ locale, profile: profileOf(ALL_HIGH), plan: reviewed({ 'rf1-chest': 'present' }, { decision: DECISIONS.emergency }) }),
  ];
}

describe('the option comparison (IPDAS C1)', () => {
  const baseline = Object.fromEntries(LOCALES.map((l) => [l, explainerModel({ locale: l }).comparison]));

  for (const c of ALL_CASES) {
    it(`is the same for every profile: ${caseName(c)}`, () => {
      for (const locale of LOCALES) {
        const m = explainerModel({ locale, profile: profileOf(c), age: 50 });
        assert.deepEqual(m.comparison, baseline[locale], locale);
      }
    });
  }

  for (const locale of LOCALES) {
    it(`uses one template for both options, ${locale}`, () => {
      const options = baseline[locale]?.options ?? [];
      assert.deepEqual(
        options.map((o) => o.id),
        [...OPTION_IDS],
      );
      for (const o of options) {
        assert.deepEqual(
          o.sections.map((s) => s.id),
          [...OPTION_SECTIONS],
          o.id,
        );
        for (const s of o.sections) assert.ok(s.points.length > 0, `${o.id} ${s.id} is empty`);
      }
      const [scan, wait] = options;
      assert.ok(scan && wait);
      assert.deepEqual(
        scan.sections.map((s) => s.heading),
        wait.sections.map((s) => s.heading),
      );
      assert.deepEqual(
        scan.sections.map((s) => s.points.length),
        wait.sections.map((s) => s.points.length),
        'equal detail: the same number of points in each section',
      );
    });
  }

  it('names the two options: a scan now, or wait and watch with a plan', () => {
    const titles = explainerModel({ locale: 'en-GB' }).comparison?.options.map((o) => o.title);
    assert.deepEqual(titles, ['Have a scan now', 'Wait and watch with a plan, and scan later if a set trigger appears']);
  });
});

describe('tailoring modules (one per high theme, plus harms underestimated)', () => {
  const cases: { name: string; c: Case; before: ModuleId[]; after: ModuleId[] }[] = [
    { name: 'all low', c: { levels: { leg: 'low', thr: 'low', nav: 'low' }, harms: false }, before: [], after: [] },
    { name: 'nothing scored', c: { levels: { leg: 'not-scored', thr: 'not-scored', nav: 'not-scored' }, harms: false }, before: [], after: [] },
    { name: 'all mixed', c: { levels: { leg: 'mixed', thr: 'mixed', nav: 'mixed' }, harms: false }, before: [], after: [] },
    { name: 'threat high', c: { levels: { leg: 'low', thr: 'high', nav: 'mixed' }, harms: false }, before: ['threat'], after: [] },
    { name: 'legitimacy high', c: { levels: { leg: 'high', thr: 'low', nav: 'low' }, harms: false }, before: ['legitimacy'], after: [] },
    { name: 'navigation high', c: { levels: { leg: 'not-scored', thr: 'mixed', nav: 'high' }, harms: false }, before: ['navigation'], after: [] },
    {
      name: 'legitimacy and navigation high',
      c: { levels: { leg: 'high', thr: 'low', nav: 'high' }, harms: false },
      before: ['legitimacy', 'navigation'],
      after: [],
    },
    {
      name: 'navigation and threat high',
      c: { levels: { leg: 'mixed', thr: 'high', nav: 'high' }, harms: false },
      before: ['threat', 'navigation'],
      after: [],
    },
    { name: 'harms only', c: { levels: { leg: 'low', thr: 'low', nav: 'low' }, harms: true }, before: [], after: ['harms-underestimated'] },
    { name: 'everything', c: ALL_HIGH, before: ['threat', 'legitimacy', 'navigation'], after: ['harms-underestimated'] },
  ];
  for (const { name, c, before, after } of cases) {
    it(`${name}: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`, () => {
      const m = explainerModel({ locale: 'en-GB', profile: profileOf(c) });
      assert.deepEqual(
        m.modulesBefore.map((x) => x.id),
        before,
      );
      assert.deepEqual(
        m.modulesAfter.map((x) => x.id),
        after,
      );
    });
  }

  it('follows the rule for every combination: high themes in the order threat, legitimacy, navigation', () => {
    const order: [BeliefTheme, ModuleId][] = [
      ['thr', 'threat'],
      ['leg', 'legitimacy'],
      ['nav', 'navigation'],
    ];
    for (const c of ALL_CASES) {
      const m = explainerModel({ locale: 'en-GB', profile: profileOf(c) });
      const expected = order.filter(([t]) => c.levels[t] === 'high').map(([, id]) => id);
      assert.deepEqual(
        m.modulesBefore.map((x) => x.id),
        expected,
        caseName(c),
      );
      assert.deepEqual(
        m.modulesAfter.map((x) => x.id),
        c.harms ? ['harms-underestimated'] : [],
        caseName(c),
      );
    }
  });

  it('shows each section once, and always explains the condition, the decision, the test and its findings (Q1, Q2, C7–C10)', () => {
    const required: SectionId[] = [
      'condition',
      'decision',
      'what-a-scan-shows',
      'if-scan-finds-something',
      'if-scan-finds-nothing',
      'findings-without-pain',
    ];
    for (const c of ALL_CASES) {
      const ids = shownSections(explainerModel({ locale: 'en-GB', profile: profileOf(c) })).map((s) => s.id);
      assert.equal(new Set(ids).size, ids.length, `a section twice: ${caseName(c)}`);
      for (const id of required) assert.ok(ids.includes(id), `${id} missing: ${caseName(c)}`);
    }
  });

  it('opens the threat module with what the GP looks for, the serious-cause figure and the scan triggers', () => {
    const m = explainerModel({ locale: 'en-GB', profile: profileOf({ levels: { leg: 'low', thr: 'high', nav: 'low' }, harms: false }) });
    const threat = m.modulesBefore[0];
    assert.deepEqual(
      threat?.sections.map((s) => s.id),
      ['looks-for', 'scan-triggers'],
    );
    assert.equal(threat?.sections[0]?.heading, 'What your GP looks for');
    assert.doesNotMatch(JSON.stringify(m), /Today we|checked today/, 'no claim about a check that nothing recorded');
    assert.ok(threat?.sections[0]?.points.some((p) => p.facts.some((f) => f.factId === 'serious-cause')));
    assert.equal(threat?.sections[1]?.heading, 'What would make us arrange a scan');
  });

  it('opens the legitimacy module by saying the pain is real, then the findings by age', () => {
    const m = explainerModel({ locale: 'en-GB', age: 30, profile: profileOf({ levels: { leg: 'high', thr: 'low', nav: 'low' }, harms: false }) });
    const [first, second] = m.modulesBefore[0]?.sections ?? [];
    assert.match(first?.points[0]?.text ?? '', /Your pain is real/);
    assert.ok(first?.points.some((p) => /cannot show pain/.test(p.text)));
    assert.deepEqual(
      second?.points.flatMap((p) => p.facts.map((f) => f.factId)),
      ['no-pain-disc-bulge-age-30', 'no-pain-disc-degeneration-age-30'],
    );
  });

  it('pairs each harm with what the plan offers in the harms-underestimated note', () => {
    const m = explainerModel({ locale: 'en-GB', profile: profileOf({ levels: { leg: 'low', thr: 'low', nav: 'low' }, harms: true }) });
    const harms = m.modulesAfter[0]?.sections[0]?.points.slice(1) ?? [];
    assert.ok(harms.length >= 2);
    for (const p of harms) assert.ok(p.instead?.trim(), `no plan paired with: ${p.text}`);
  });
});

describe('emergency profiles (a Tier 1 "yes" overrides all tailoring)', () => {
  const base = profileOf(ALL_HIGH);
  const cases: { name: string; profile: unknown }[] = [
    { name: 'an emergency sign with every theme high', profile: profileOf(ALL_HIGH, true) },
    { name: 'an emergency sign with every theme low', profile: profileOf({ levels: { leg: 'low', thr: 'low', nav: 'low' }, harms: false }, true) },
    { name: 'the flag alone', profile: { ...base, flags: { ...base.flags, emergency: true } } },
    { name: 'the triage alone', profile: { ...base, triage: 'emergency' } },
    { name: 'the signs alone', profile: { ...base, flags: { ...base.flags, emergencySigns: ['rf1-saddle'] } } },
    { name: 'a JSON string', profile: JSON.stringify(profileOf(ALL_HIGH, true)) },
  ];
  for (const { name, profile } of cases) {
    for (const locale of LOCALES) {
      it(`${name} gives get-help-now guidance and no argument for waiting, ${locale}`, () => {
        const m = explainerModel({ locale, profile: profile as ExpectationProfile });
        const { number, service } = localeText(locale).explainer().emergency.contact;
        assert.ok(m.emergency, 'no emergency guidance');
        assert.equal(m.emergency.heading, say(locale).getHelpNow);
        assert.ok(m.emergency.action.includes(number) && m.emergency.action.includes(service), m.emergency.action);
        assert.ok(m.emergency.points.some((p) => say(locale).urgentCheck.test(p)));
        assert.equal(m.comparison, null);
        assert.deepEqual([m.intro, m.modulesBefore, m.modulesAfter, m.sections, m.sources], [[], [], [], [], []]);
        const text = JSON.stringify(m);
        assert.doesNotMatch(text, /wait and watch|watchful|get better|most people|do not need a scan/i);
        assert.equal(walk(m).refs.length, 0);
      });
    }
  }

  it('uses the locale emergency number, or the deployer override', () => {
    const profile = profileOf(ALL_HIGH, true);
    assert.equal(explainerModel({ locale: 'en-GB', profile }).emergency?.action, 'Go to A&E or call 999 now. Do not wait for a GP appointment.');
    assert.equal(
      explainerModel({ locale: 'en-US', profile }).emergency?.action,
      "Go to the emergency room or call 911 now. Do not wait for a doctor's appointment.",
    );
    const au = explainerModel({ locale: 'en-GB', profile, emergencyContact: { number: '000', service: ' ' } });
    assert.equal(au.emergency?.action, 'Go to A&E or call 000 now. Do not wait for a GP appointment.');
    assert.deepEqual(au.emergency?.contact, { number: '000', service: 'A&E' });
    assert.deepEqual(au.emergency?.signs, ['rf1-bladder']);
  });
});

describe('red-flag signs: one wording everywhere', () => {
  for (const locale of LOCALES) {
    const signs = localeText(locale).signs;
    const labels = (tier: 1 | 2) => warningSigns(tier).map((id) => signs[id].label);
    it(`the scan triggers list every warning sign in core's words, each tier with core's action, ${locale}`, () => {
      const section = explainerModel({ locale }).sections.find((s) => s.id === 'scan-triggers');
      const listed = section?.points.filter((p) => p.items.length).map((p) => [p.items, p.action]);
      const actions = localeText(locale).signActions(localeText(locale).services);
      assert.deepEqual(listed, [
        [labels(1), actions[1]],
        [labels(2), actions[2]],
      ]);
      assert.deepEqual(localeText(locale).plan.signs, signs, 'the plan names the signs the same way');
    });

    it(`the background risk factor is in no list, only as "tell your GP", ${locale}`, () => {
      const age = signs['rf2-age'];
      for (const m of [
        ...modelsFor(locale),
        explainerModel({ locale, profile: profileOf({ levels: { leg: 'low', thr: 'high', nav: 'low' }, harms: false }) }),
      ]) {
        const points = [...m.intro, ...m.modulesBefore.flatMap((x) => x.sections), ...m.sections].flatMap((x) => x.points);
        assert.ok(!points.some((p) => p.items.includes(age.label)), 'age listed as a sign');
        const shown = points.filter((p) => p.text === age.watch).length;
        const listsSigns = points.some((p) => p.items.includes(signs['rf2-fever'].label) && !p.action);
        assert.equal(shown > 0, listsSigns, 'the age line stands beside each "signs we look for" list');
      }
    });
  }
});

// ─── Following a plan: every sign, every decision ───────────────────────────

interface PlanRow {
  name: string;
  plan: Plan;
  reported: Tier1Id[];
  /** What the explainer shows: the comparison, emergency (reported or found) or the plan first. */
  expect: 'comparison' | 'early-review' | 'reported' | 'found' | 'urgent' | 'referral';
}

function planRows(): PlanRow[] {
  const rows: PlanRow[] = [];
  for (const id of SIGN_IDS) {
    rows.push({ name: `${id} absent`, plan: reviewed({ [id]: 'absent' }), reported: [], expect: 'comparison' });
    rows.push({ name: `${id} not asked`, plan: reviewed({ [id]: 'not-asked' }), reported: [], expect: 'comparison' });
    if (isBackground(id)) rows.push({ name: `${id} present`, plan: reviewed({ [id]: 'present' }), reported: [], expect: 'comparison' });
    else if (tierOf(id) === 1) {
      const t1 = id as Tier1Id;
      rows.push({
        name: `${id} present, emergency referral`,
        plan: reviewed({ [id]: 'present' }, { decision: DECISIONS.emergency }),
        reported: [],
        expect: 'found',
      });
      rows.push({ name: `${id} "yes", absent in the review`, plan: reviewed({ [id]: 'absent' }), reported: [t1], expect: 'reported' });
      rows.push({
        name: `${id} "yes", asked again: absent`,
        plan: reviewed({ [id]: 'absent' }, { rechecked: [t1] }),
        reported: [t1],
        expect: 'comparison',
      });
    } else {
      rows.push({
        name: `${id} present, tests arranged`,
        plan: reviewed({ [id]: 'present' }, { decision: DECISIONS.referral }),
        reported: [],
        expect: 'referral',
      });
      rows.push({
        name: `${id} present, waiting is still right`,
        plan: reviewed({ [id]: 'present' }, { decision: DECISIONS.wait }),
        reported: [],
        expect: 'early-review',
      });
      rows.push({ name: `${id} present, no decision yet`, plan: reviewed({ [id]: 'present' }), reported: [], expect: 'urgent' });
    }
  }
  return rows;
}

for (const locale of LOCALES) {
  describe(`${locale}: the explainer beside a plan, every sign and decision`, () => {
    const content = localeText(locale).explainer();
    const actions = localeText(locale).signActions(localeText(locale).services);
    for (const r of planRows()) {
      it(r.name, () => {
        const profile = {
          ...profileOf({ levels: { leg: 'low', thr: 'high', nav: 'low' }, harms: false }),
          flags: { ...profileOf(ALL_HIGH).flags, emergency: r.reported.length > 0, emergencySigns: r.reported },
        };
        const m = explainerModel({ locale, profile, plan: r.plan });
        const text = JSON.stringify(m);
        const compares = r.expect === 'comparison' || r.expect === 'early-review';
        assert.equal(m.comparison !== null, compares, 'the comparison only when waiting is an option');
        assert.equal(say(locale).seenToday.test(text), r.expect === 'urgent', '"be seen today" only where the row calls for it');
        if (compares) {
          const checked = m.modulesBefore[0]?.sections[0];
          assert.equal(checked?.id, 'checked-today');
          const coverage = r.expect === 'early-review' ? 'found' : SIGN_IDS.some((id) => r.plan.redFlags[id] === 'not-asked') ? 'some' : 'all';
          assert.equal(checked?.points[0]?.text, content.checkedToday[coverage]);
          return;
        }
        const g = m.emergency;
        assert.ok(g);
        if (r.expect === 'reported') {
          assert.deepEqual([g.level, g.heading, g.action, g.signs], ['emergency', content.emergency.heading, actions[1], r.reported]);
        } else if (r.expect === 'found') {
          assert.deepEqual([g.level, g.action], ['emergency', localeText(locale).emergencyUnderWay(content.emergency.contact)]);
        } else if (r.expect === 'urgent') {
          assert.deepEqual([g.level, g.action], ['urgent', actions[2]]);
        } else {
          assert.deepEqual([g.level, g.action], ['urgent', content.planFirst.referral.action]);
        }
        assert.doesNotMatch(text, /wait and watch|watchful|do not need a scan/i);
      });
    }
    it('says what was checked only as far as the plan recorded it', () => {
      const thr = profileOf({ levels: { leg: 'low', thr: 'high', nav: 'low' }, harms: false });
      const first = (plan: unknown) => explainerModel({ locale, profile: thr, plan }).modulesBefore[0]?.sections[0];
      assert.equal(first(reviewed({ 'rf2-age': 'not-asked' }))?.points[0]?.text, content.checkedToday.some);
      assert.equal(first(defaultPlan(TODAY))?.id, 'looks-for', 'nothing recorded: no claim');
      assert.equal(first('not json')?.id, 'looks-for', 'an unreadable plan: no claim');
      assert.equal(first(JSON.stringify(reviewed({})))?.id, 'checked-today', 'a plan as JSON text');
    });
  });
}

describe('numbers and sources (IPDAS C2, C5)', () => {
  for (const locale of LOCALES) {
    for (const [n, m] of modelsFor(locale).entries()) {
      it(`every number resolves to a registry fact with its citation, ${locale} model ${n}`, () => {
        const { refs, texts } = walk(m);
        for (const ref of refs) {
          const fact = getFact(ref.factId);
          assert.ok(fact, `unknown fact ${ref.factId}`);
          assert.equal(ref.text, localeText(locale).facts.text[fact.id]?.statement);
          assert.equal(ref.citationId, fact.citationId);
          assert.equal(ref.certainty, fact.certainty);
          assert.equal(ref.caveat, fact.caveat ? localeText(locale).facts.caveat[fact.id] : undefined);
          assert.ok(getCitation(ref.citationId), `no citation ${ref.citationId}`);
        }
        const contact = localeText(locale).explainer().emergency.contact.number;
        // Red-flag signs come word for word from the plan catalog; their only numbers are the
        // guideline age thresholds, which test/node/plan.test.ts holds to AGE_THRESHOLDS.
        // The tiers' actions name the services' numbers (NHS 111), from core's signActions.
        const signs = new Set([
          ...Object.values(localeText(locale).signs).flatMap((s) => [s.label, s.watch]),
          ...Object.values(localeText(locale).signActions(localeText(locale).services)),
        ]);
        for (const t of texts) if (!signs.has(t)) assert.doesNotMatch(t.replaceAll(contact, ''), /\d/, `a number typed outside the registry: ${t}`);
      });

      it(`lists exactly the citations used, with their facts and checked dates, ${locale} model ${n}`, () => {
        const { refs } = walk(m);
        const firstUse = [...new Set(refs.map((r) => r.citationId))];
        assert.deepEqual(
          m.sources.map((s) => s.id),
          firstUse,
        );
        for (const s of m.sources) {
          const ids = [...new Set(refs.filter((r) => r.citationId === s.id).map((r) => r.factId))];
          assert.deepEqual(s.factIds, ids, s.id);
          assert.deepEqual(s.checked, [...new Set(ids.map((id) => getFact(id)?.checked))].sort(), s.id);
          assert.equal(s.citation, getCitation(s.id));
          assert.ok(s.reference.includes(s.citation.title));
        }
      });
    }
  }

  it('shows the caveat with the single-trial surgery figures', () => {
    const refs = walk(explainerModel({ locale: 'en-GB' })).refs.filter((r) => r.factId === 'surgery-after-early-mri');
    assert.ok(refs.length > 0);
    for (const r of refs) assert.match(r.caveat ?? '', /one trial/);
  });

  it('shows radiation by scan type, from the registry', () => {
    const harms = explainerModel({ locale: 'en-GB' }).sections.find((s) => s.id === 'harms-by-scan-type');
    const ids = harms?.points.flatMap((p) => p.facts.map((f) => f.factId));
    for (const scan of ['xray', 'ct', 'mri'] as const) assert.ok(ids?.includes(radiationFactId(scan)), scan);
  });
});

describe('full and summary', () => {
  for (const c of [{ levels: { leg: 'low', thr: 'low', nav: 'low' }, harms: false } satisfies Case, ALL_HIGH]) {
    it(`summary is the at-a-glance table alone; full opens with the same table, then every part: ${caseName(c)}`, () => {
      const full = explainerModel({ locale: 'en-GB', profile: profileOf(c) });
      const summary = explainerModel({ locale: 'en-GB', profile: profileOf(c), variant: 'summary' });
      assert.equal(full.variant, 'full');
      assert.equal(summary.variant, 'summary');
      assert.ok(summary.glance);
      assert.deepEqual(summary.glance, full.glance, 'the same table in both');
      assert.deepEqual([summary.intro, summary.modulesBefore, summary.comparison, summary.modulesAfter, summary.sections], [[], [], null, [], []]);
      const fullIds = shownSections(full).map((s) => s.id);
      assert.ok(fullIds.includes('questions-to-ask') && fullIds.includes('harms-by-scan-type'));
      assert.ok(full.sources.length > summary.sources.length);
      const folded = explainerModel({ locale: 'en-GB', profile: profileOf(c), glance: false });
      assert.equal(folded.glance, null, 'the full guide folded under a summary does not repeat the table');
      assert.deepEqual(folded.comparison, full.comparison);
    });
  }

  it('uses every section of the content somewhere', () => {
    const shown = new Set(
      [
        explainerModel({ locale: 'en-GB' }),
        explainerModel({ locale: 'en-GB', profile: profileOf(ALL_HIGH) }),
        explainerModel({ locale: 'en-GB', profile: profileOf(ALL_HIGH), plan: reviewed({}) }),
      ].flatMap((m) => shownSections(m).map((s) => s.id)),
    );
    assert.deepEqual(
      [...SECTION_IDS].filter((id) => !shown.has(id)),
      [],
    );
  });
});

describe('findings in people without back pain, by age', () => {
  const findingFacts = (m: ExplainerModel) =>
    m.sections.find((s) => s.id === 'findings-without-pain')?.points.flatMap((p) => p.facts.map((f) => f.factId));

  for (const age of VERIFIED_FINDING_AGES) {
    it(`age ${age} shows that age's figures`, () => {
      const m = explainerModel({ locale: 'en-GB', age });
      assert.deepEqual(findingFacts(m), [`no-pain-disc-bulge-age-${age}`, `no-pain-disc-degeneration-age-${age}`]);
      assert.equal(m.findingAges?.selected, age);
      assert.equal(m.findingAges?.hint, null);
    });
  }

  for (const age of [undefined, 60, 70, '40', -1]) {
    it(`${JSON.stringify(age) ?? 'no age'} shows the all-adults figure and asks for an age`, () => {
      const m = explainerModel({ locale: 'en-GB', age: age as FindingAge });
      assert.deepEqual(findingFacts(m), ['no-pain-abnormal-disc']);
      assert.equal(m.findingAges?.selected, null);
      assert.deepEqual(m.findingAges?.ages, [20, 30, 40, 50, 80]);
      assert.ok(m.findingAges?.hint);
    });
  }

  it('offers no age picker when no findings are shown', () => {
    assert.equal(explainerModel({ locale: 'en-GB', variant: 'summary' }).findingAges, null);
  });
});

describe('about this information (IPDAS C3, C4, C6)', () => {
  it('gives the version, dates, update policy, authorship, funding and conflicts', () => {
    const { about } = explainerModel({ locale: 'en-US' });
    assert.equal(about.version, contentMeta.version);
    assert.equal(about.published, contentMeta.published);
    assert.equal(about.reviewBy, contentMeta.reviewBy);
    assert.equal(about.publishedDate, 'November 23, 2026');
    assert.match(about.statements.authorship, /Scanwise open-source project/);
    assert.match(about.statements.funding, /no external funding/);
    assert.match(about.statements.conflicts, /none declared/);
    assert.match(about.statements.updatePolicy, /once a year/);
    for (const s of Object.values(about.statements)) assert.ok(about.lines.includes(s));
  });

  it('lets a deployer override the statements, ignoring empty ones', () => {
    const { about } = explainerModel({ locale: 'en-GB', about: { funding: 'Funded by the Example Trust.', conflicts: '  ' } });
    assert.equal(about.statements.funding, 'Funded by the Example Trust.');
    assert.match(about.statements.conflicts, /none declared/);
    assert.ok(about.lines.includes('Funded by the Example Trust.'));
  });
});

describe('plain language', () => {
  for (const locale of LOCALES) {
    const texts = [
      ...new Set(
        modelsFor(locale).flatMap((m) => {
          const { refs, texts: words } = walk(m);
          return [...words, ...refs.flatMap((r) => [r.text, r.certaintyText, ...(r.caveat ? [r.caveat] : [])])];
        }),
      ),
    ];

    const plain = plainLanguage(locale);
    // Headings and list items are units of their own: end each string as a sentence.
    const blocks = texts.map((t) => (/[.!?:]$/.test(t) ? t : `${t}.`));

    it(`the explainer reads ${[plain.wholeRule, plain.medianRule].filter(Boolean).join(', ')}, ${locale}`, (t) => {
      t.diagnostic(plain.summary(blocks));
      assert.deepEqual([plain.whole(blocks), plain.median(blocks)].filter(Boolean), []);
    });

    it(`each string reads ${plain.blockRule}, ${locale}`, () => {
      // A label of one to three words ("Downsides", "Sources") has no sentence to measure: the
      // formula only counts its syllables (plain.measured). Labels still count in the whole.
      assert.deepEqual(
        texts.filter((text) => text.split(/\s+/).length > 3).flatMap((text) => plain.block(text) ?? []),
        [],
      );
    });
  }

  it('uses the locale words for the first clinician', () => {
    assert.match(JSON.stringify(explainerModel({ locale: 'en-GB' })), /your GP/);
    assert.doesNotMatch(JSON.stringify(explainerModel({ locale: 'en-US' }).comparison), /\bGP\b/);
  });
});

describe('the evidence registry with the explainer figures', () => {
  it('has no problems', () => {
    assert.deepEqual(validateRegistry(facts, citations, TODAY), []);
  });

  it('carries the radiation figures as the evidence review gives them (docs/evidence.md#harms-of-scans)', () => {
    const expected: [string, number, string][] = [
      [radiationFactId('xray'), 1.5, 'mettler-2008'],
      [radiationFactId('ct'), 6, 'uw-radiation-dosimetry'],
      [radiationFactId('mri'), 0, 'acr-2021'],
      ['report-words-misunderstood', 35, 'farmer-2021'],
    ];
    for (const [id, value, citationId] of expected) {
      const f = getFact(id);
      assert.equal(f?.value, value, id);
      assert.equal(f?.citationId, citationId, id);
      assert.equal(f?.checked, TODAY, id);
    }
  });

  it('names only registry facts in the content', () => {
    for (const locale of LOCALES) {
      const c = localeText(locale).explainer();
      const points = [
        ...Object.values(c.sections).flatMap((s) => s.points),
        ...Object.values(c.comparison.options).flatMap((o) => Object.values(o.sections).flat()),
      ];
      for (const id of points.flatMap((p) => p.facts ?? [])) assert.ok(getFact(id), `${locale}: unknown fact ${id}`);
    }
  });
});

describe('validateProfile and bad input', () => {
  const good = profileOf(ALL_HIGH);
  const cases: { name: string; input: unknown; field?: string; message?: RegExp }[] = [
    { name: 'no profile', input: undefined },
    { name: 'null', input: null },
    { name: 'a sound profile', input: good },
    { name: 'a sound profile as JSON', input: JSON.stringify(good) },
    { name: 'text that is not JSON', input: '{not json', field: '(input)', message: /not valid JSON/ },
    { name: 'a number', input: 42, field: '(input)', message: /should be an object/ },
    { name: 'a list', input: [good], field: '(input)', message: /a list/ },
    { name: 'an empty object', input: {}, field: 'themes', message: /missing/ },
    { name: 'themes as text', input: { ...good, themes: 'high' }, field: 'themes', message: /"high"/ },
    {
      name: 'a missing theme',
      input: { ...good, themes: { leg: good.themes.leg, thr: good.themes.thr } },
      field: 'themes.nav.level',
      message: /not scored/,
    },
    {
      name: 'an unknown level',
      input: { ...good, themes: { ...good.themes, thr: { level: 'very high' } } },
      field: 'themes.thr.level',
      message: /"very high"/,
    },
    { name: 'flags as a list', input: { ...good, flags: [] }, field: 'flags', message: /a list/ },
    {
      name: 'the harms flag as text',
      input: { ...good, flags: { ...good.flags, harmsUnderestimated: 'yes' } },
      field: 'flags.harmsUnderestimated',
      message: /true or false/,
    },
    {
      name: 'unknown emergency signs',
      input: { ...good, flags: { ...good.flags, emergencySigns: ['rf9'] } },
      field: 'flags.emergencySigns',
      message: /emergency question ids/,
    },
    { name: 'an unknown triage', input: { ...good, triage: 'soon' }, field: 'triage', message: /"soon"/ },
    {
      name: 'a flag and triage that disagree',
      input: { ...good, flags: { ...good.flags, emergency: true } },
      field: 'triage',
      message: /taken as an emergency/,
    },
    {
      name: 'signs without the flag',
      input: { ...good, flags: { ...good.flags, emergencySigns: ['rf1-bowel'] } },
      field: 'triage',
      message: /taken as an emergency/,
    },
    {
      name: 'the emergency flag as text',
      input: { ...good, flags: { ...good.flags, emergency: 'yes' } },
      field: 'flags.emergency',
      message: /only if the triage/,
    },
  ];

  for (const { name, input, field, message } of cases) {
    it(`${name}: ${field ? `a problem at ${field}` : 'no problems'}, and no throw`, () => {
      const problems = validateProfile(input);
      if (!field) assert.deepEqual(problems, []);
      else {
        const p = problems.find((x) => x.field === field);
        assert.ok(p, `no problem at ${field}: ${JSON.stringify(problems)}`);
        if (message) assert.match(p.message, message);
      }
      for (const p of problems) assert.ok(p.message.length > 20 && !/undefined|\[object/.test(p.message), p.message);
      const m = explainerModel({ locale: 'en-GB', profile: input as ExpectationProfile });
      assert.ok(m.emergency || m.comparison, 'rendered nothing');
    });
  }

  it('renders the neutral default for a malformed profile', () => {
    const neutral = explainerModel({ locale: 'en-GB' });
    for (const input of ['{not json', 42, [], {}, { themes: 'x', flags: 1, triage: null }]) {
      assert.deepEqual(explainerModel({ locale: 'en-GB', profile: input as unknown as ExpectationProfile }), neutral);
    }
  });

  it('never throws on bad locale, variant or input', () => {
    const m = explainerModel({ locale: 'fr' as Locale, variant: 'tiny' as 'full' });
    assert.equal(m.locale, 'en-GB');
    assert.equal(m.variant, 'full');
    assert.doesNotThrow(() => explainerModel(null as unknown as Parameters<typeof explainerModel>[0]));
  });
});

describe('radiation is worded from the registry figures', () => {
  for (const locale of LOCALES) {
    it(`no size word the figures do not carry, and the X-ray and CT figures beside every mention, ${locale}`, () => {
      const full = explainerModel({ locale, profile: profileOf(ALL_HIGH) });
      const { texts, refs } = walk(full);
      const radiation = texts.filter((t) => say(locale).radiation.test(t));
      assert.ok(radiation.length >= 3, 'radiation is mentioned');
      for (const t of radiation) assert.doesNotMatch(t, say(locale).sizeWords, t);
      const ids = new Set(refs.map((r) => r.factId));
      for (const scan of ['xray', 'ct'] as const) assert.ok(ids.has(radiationFactId(scan)), scan);
      const scanNow = full.comparison?.options.find((o) => o.id === 'scan-now');
      const downsides = scanNow?.sections.find((s) => s.id === 'downsides')?.points ?? [];
      const said = downsides.find((p) => say(locale).radiation.test(p.text));
      assert.deepEqual(
        said?.facts.map((f) => f.factId),
        [radiationFactId('xray'), radiationFactId('ct')],
      );
    });
  }
});

// ─── The at-a-glance comparison (issue #12) ─────────────────────────────────

describe('the at-a-glance comparison (an Option Grid)', () => {
  const neutral = (locale: Locale) => explainerModel({ locale, variant: 'summary' }).glance!;
  const cellsOf = (g: ExplainerModel['glance']) =>
    Object.fromEntries((g?.rows ?? []).map((r) => [r.id, { cells: r.cells, same: r.same, both: r.both, question: r.question }]));

  for (const locale of LOCALES) {
    it(`6 to 8 questions, two columns, each answer one or two short sentences, ${locale}`, () => {
      const g = neutral(locale);
      assert.ok(g.rows.length >= 6 && g.rows.length <= 8, `${g.rows.length} rows`);
      assert.deepEqual(
        g.columns.map((c) => c.id),
        [...OPTION_IDS],
      );
      assert.deepEqual(
        g.columns.map((c) => c.title),
        OPTION_IDS.map((id) => localeText(locale).explainer().comparison.options[id].title.split(',')[0]),
      );
      for (const r of g.rows) {
        assert.ok(r.question.endsWith('?'), r.question);
        const answers = r.same ? [r.same.text] : r.cells.map((c) => c.text);
        if (!r.same)
          assert.deepEqual(
            r.cells.map((c) => c.option),
            [...OPTION_IDS],
            r.id,
          );
        for (const a of answers) {
          const sentences = a.split(/[.!?](?:\s|$)/).filter((x) => x.trim()).length;
          assert.ok(sentences >= 1 && sentences <= 2, `${r.id}: ${a}`);
        }
      }
    });

    it(`tailoring never changes the table (IPDAS C1): a high theme adds one lead and moves its row to the top, ${locale}`, () => {
      const base = neutral(locale);
      assert.deepEqual(base.leads, []);
      const expectTop = { thr: 'serious', leg: 'cause', nav: 'what-next' } as const;
      for (const c of ALL_CASES) {
        const g = explainerModel({ locale, variant: 'summary', profile: profileOf(c) }).glance!;
        assert.deepEqual(cellsOf(g), cellsOf(base), caseName(c));
        const high = (['thr', 'leg', 'nav'] as const).filter((t) => c.levels[t] === 'high');
        assert.equal(g.leads.length, high.length, caseName(c));
        assert.deepEqual(
          g.rows.slice(0, high.length).map((r) => r.id),
          high.map((t) => expectTop[t]),
          caseName(c),
        );
      }
    });

    it(`every figure is a registry fact out of 100 or a count, and a figure for both options is shown once across both, ${locale}`, () => {
      const g = neutral(locale);
      const all = g.rows.flatMap((r) => [...r.cells.flatMap((c) => c.facts), ...(r.same?.facts ?? []), ...r.both]);
      assert.ok(all.length >= 5);
      for (const f of all) {
        const fact = getFact(f.factId);
        assert.ok(fact, f.factId);
        assert.equal(f.text, localeText(locale).facts.text[fact.id]?.statement);
        if (fact.kind === 'people') assert.equal(fact.denominator, 100, `${f.factId}: the same denominator in both columns`);
      }
      // A figure on one side only is one the other side has no figure for (no scan, no finding,
      // no radiation); figures that apply to both sit across both columns.
      const oneSide = g.rows.flatMap((r) => r.cells.flatMap((c) => c.facts.map((f) => [c.option, f.factId])));
      for (const [option] of oneSide) assert.equal(option, 'scan-now');
      for (const id of ['serious-cause', 'back-at-work-2-weeks', 'early-scan-no-faster-recovery']) {
        assert.ok(
          g.rows.some((r) => r.both.some((f) => f.factId === id)),
          `${id} across both`,
        );
      }
    });

    it(`every figure the full comparison gives an option is in the table, in its column or across both; a compared pair is whole, ${locale}`, () => {
      const full = explainerModel({ locale, variant: 'full' });
      const g = explainerModel({ locale, variant: 'summary' }).glance!;
      const across = new Set(g.rows.flatMap((r) => [...(r.same?.facts ?? []), ...r.both].map((f) => f.factId)));
      const inColumn = (option: string) =>
        new Set(g.rows.flatMap((r) => r.cells.filter((c) => c.option === option).flatMap((c) => c.facts.map((f) => f.factId))));
      const counts: Record<string, number> = {};
      for (const option of full.comparison!.options) {
        const ids = new Set(walk(option).refs.map((r) => r.factId));
        assert.ok(ids.size > 0, option.id);
        const column = inColumn(option.id);
        for (const id of ids) assert.ok(column.has(id) || across.has(id), `${option.id}: ${id} is in the full guide but not in the table`);
        counts[option.id] = column.size;
      }
      // Numbers on each side: what one option alone has a figure for (no scan: no finding, no
      // radiation, no operation after a scan), plus the figures across both.
      assert.deepEqual(counts, { 'scan-now': 6, 'wait-and-watch': 0 });
      assert.deepEqual([...across].sort(), ['back-at-work-2-weeks', 'early-scan-no-faster-recovery', 'pain-halves-first-month', 'serious-cause']);
      // A figure that compares groups (MRI against X-ray) is never shown for one group only.
      const shown = new Set([...across, ...inColumn('scan-now'), ...inColumn('wait-and-watch')]);
      for (const id of shown) {
        const group = getFact(id)!.compareGroup;
        if (!group || group.startsWith('no-pain-') || group === 'radiation-by-scan-type') continue;
        for (const f of facts.filter((x) => x.compareGroup === group)) assert.ok(shown.has(f.id), `${id} without ${f.id}`);
      }
    });

    it(`beside a plan, the figures its "What to expect" shows are not repeated: the row says where they are, ${locale}`, () => {
      const alone = explainerModel({ locale, variant: 'summary' }).glance!;
      const beside = explainerModel({ locale, variant: 'summary', plan: defaultPlan('2026-11-23') }).glance!;
      const moved = alone.rows.flatMap((r) => r.both.map((f) => f.factId)).filter((id) => (RECOVERY_FACT_IDS as readonly string[]).includes(id));
      assert.ok(moved.length >= 2, 'the table alone carries the recovery figures');
      for (const r of beside.rows) {
        const was = alone.rows.find((x) => x.id === r.id)!;
        const gone = was.both.filter((f) => !r.both.some((g) => g.factId === f.factId)).map((f) => f.factId);
        assert.ok(
          gone.every((id) => (RECOVERY_FACT_IDS as readonly string[]).includes(id)),
          `${r.id}: only the plan's figures go`,
        );
        assert.equal(r.inPlan, gone.length ? localeText(locale).explainer().glance.figuresInPlan : null, r.id);
        assert.deepEqual(r.cells, was.cells, `${r.id}: the answers stay the same`);
      }
      assert.deepEqual(
        alone.rows.filter((r) => r.inPlan),
        [],
      );
    });

    it(`the summary lists exactly the sources of its figures, ${locale}`, () => {
      const m = explainerModel({ locale, variant: 'summary' });
      const ids = new Set(walk(m.glance).refs.map((r) => r.citationId));
      assert.deepEqual(new Set(m.sources.map((s) => s.id)), ids);
    });
  }

  it('the emergency profile shows only the emergency guidance', () => {
    const m = explainerModel({ locale: 'en-GB', variant: 'summary', profile: profileOf(ALL_HIGH, true) });
    assert.equal(m.glance, null);
    assert.ok(m.emergency);
  });
});
