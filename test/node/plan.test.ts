import { localeText } from '../../packages/core/src/index.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getFact } from '../../packages/core/src/evidence/registry.js';
import { LOCALES, type Locale } from '../../packages/core/src/locales/registry.js';
import { formatDate } from '../../packages/core/src/i18n/messages.js';
import {
  AGE_THRESHOLDS,
  ALARM_TRIGGER,
  checkPlan,
  defaultPlan,
  planServices,
  ICAL_PRODID,
  MAX_LINE_OCTETS,
  planModel,
  planSection,
  planWarnings,
  RECOVERY_FACT_IDS,
  SELF_CARE_IDS,
  servicesFor,
  SIGN_IDS,
  tierOf,
  TIER2_IDS,
  toICalendar,
  triageOf,
  validatePlan,
  type Plan,
  type PlanModel,
  type PlanModelOptions,
  type PlanWarning,
  type SelfCareId,
  type ServiceOverrides,
  mergeServices,
  type PlanSectionId,
  type PlanTriage,
  type ClinicalDecision,
  type SignId,
  type SignStatus,
  addDays,
  EARLY_REVIEW_DAYS,
  isBackground,
  MAX_EARLY_REVIEW_DAYS,
  reviewConflicts,
  warningSigns,
} from '../../packages/core/src/plan/index.js';
import { GLANCE_STEPS } from '../../packages/core/src/plan/sections/glance.js';
import {
  score,
  THEME_ITEMS,
  TIER1_IDS,
  type Answers,
  type BeliefTheme,
  type ExpectationProfile,
  type Tier1Id,
} from '../../packages/core/src/questionnaire/index.js';
import { plainLanguage } from './helpers/readability.js';
import { assertProblem } from './helpers/assert-problem.js';
import '@scanwise/core/locales/all';
import { SERVICES, say } from './helpers/say.js';

const TODAY = '2026-11-23';
const NOW = '2026-11-23T10:15:00Z';

// ─── Helpers ─────────────────────────────────────────────────────────────────

/** A plan with every sign recorded (absent unless given), practice details and goals. */
function planWith(statuses: Partial<Record<SignId, SignStatus>> = {}, extra: Partial<Plan> = {}): Plan {
  const plan = defaultPlan(TODAY);
  for (const id of SIGN_IDS) plan.redFlags[id] = statuses[id] ?? 'absent';
  return {
    ...plan,
    selfCare: [...SELF_CARE_IDS],
    goals: ['Walk the dog again'],
    practice: { name: 'Riverside Surgery', phone: '01632 960123', clinician: 'Dr Asha Patel' },
    ...extra,
  };
}

/** A profile from the questionnaire: the given themes high (all 5s), the others low (all 1s). */
function profileWith(high: BeliefTheme[], emergency: Tier1Id[] = []): ExpectationProfile {
  const answers: Answers = { emergency: Object.fromEntries(emergency.map((id) => [id, true])), items: {} };
  for (const [theme, ids] of Object.entries(THEME_ITEMS) as [BeliefTheme, readonly string[]][]) {
    for (const id of ids) (answers.items as Record<string, number>)[id] = high.includes(theme) ? 5 : 1;
  }
  return score(answers);
}

/** Keys whose values are codes, not words a reader sees (and `source`, a citation's name and link, whose year is not a figure). */
const CODE_KEYS = new Set([
  'id',
  'iso',
  'phase',
  'kind',
  'triage',
  'level',
  'status',
  'group',
  'locale',
  'tier',
  'factIds',
  'tailoring',
  'services',
  'source',
]);

/** Every string a reader sees in a model, depth first. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (CODE_KEYS.has(key) ? [] : texts(v)));
  }
  return [];
}

/** Every patient-facing string of a locale's catalog, with sample dates and services. */
function catalogTexts(locale: Locale): string[] {
  const t = localeText(locale).plan;
  const s = t.services;
  const d = { checkIn: formatDate('2026-12-07', locale), review: formatDate('2027-01-04', locale) };
  return [
    t.title,
    ...Object.values(t.signs).flatMap((x) => [x.label, x.watch]),
    ...Object.values(t.selfCare).flatMap((x) => [x.title, x.brief, x.why, ...Object.values(x.hints)]),
    t.emergencyAction(s.emergency),
    t.urgentAction(s.urgent),
    ...texts(t.needsToBeSeen),
    t.needsToBeSeen.underWay(s.emergency),
    ...texts(t.glance),
    t.arranged.heading,
    t.arranged.intro,
    t.arranged.by(d.checkIn),
    t.arranged.chase,
    t.earlyReview.heading,
    t.earlyReview.intro,
    t.earlyReview.reasonIntro,
    t.earlyReview.next(d.checkIn),
    ...texts({ ...t.safetyNet }),
    ...texts(t.checked),
    ...texts(t.recovery),
    t.steps.heading,
    t.steps.intro,
    t.steps.noteHeading,
    ...(['first-days', 'until-check-in', 'until-review'] as const).map((p) => t.steps.phase(p, d)),
    ...texts(t.dates),
    t.routineReview.heading,
    t.routineReview.intro,
    ...t.routineReview.items(d.checkIn),
    t.scanTriggers.heading,
    t.scanTriggers.intro,
    ...t.scanTriggers.defaults(d.review),
    ...texts(t.goals),
    t.contacts.heading,
    t.contacts.emergency(s.emergency),
    t.contacts.urgent(s.urgent),
    t.tailoring.threat,
    t.tailoring.navigation,
    t.tailoring.legitimacy.heading,
    t.tailoring.legitimacy.intro,
    ...(['all', 'some', 'none'] as const).flatMap((coverage) =>
      [false, true].flatMap((found) =>
        t.tailoring.legitimacy.statement({ date: '23 November 2026', clinician: '', practice: '', coverage, found, ...d }),
      ),
    ),
    t.ical.calendarName,
    t.ical.earlyReviewSummary,
    t.ical.earlyReviewText,
    t.ical.checkInSummary,
    t.ical.reviewSummary,
    t.ical.checkInText,
    t.ical.reviewText,
    t.ical.warning(s.emergency),
    t.ical.alarm(t.ical.reviewSummary),
  ];
}

/**
 * Text that belongs to watchful waiting and must never appear once a red flag is present:
 * every self-care, recovery, dates, review and tailoring string of the locale.
 */
function waitingTexts(locale: Locale): string[] {
  const t = localeText(locale).plan;
  const d = { checkIn: 'X', review: 'Y' };
  return [
    ...Object.values(t.selfCare).flatMap((x) => [x.title, x.brief, x.why, ...Object.values(x.hints)]),
    ...RECOVERY_FACT_IDS.map((id) => localeText(locale).facts.text[id]?.statement ?? id),
    t.recovery.intro,
    t.steps.intro,
    t.steps.heading,
    t.dates.atReview,
    t.dates.checkIn.text,
    t.dates.review.text,
    t.routineReview.intro,
    ...t.routineReview.items(d.checkIn),
    t.scanTriggers.intro,
    t.tailoring.threat,
    t.tailoring.navigation,
    t.safetyNet.intro,
  ];
}

/** Words that argue for waiting or against being seen. */
const WAITING_WORDS = /watchful|on its own|not needed|self-care|getting better|check-in|your review|step by step|no scan/i;

const ids = (model: PlanModel): PlanSectionId[] => model.sections.map((s) => s.id);

// ─── iCalendar parser (test only) ────────────────────────────────────────────

interface ICalProperty {
  name: string;
  params: Record<string, string>;
  /** The raw value, still escaped. */
  raw: string;
}
interface ICalComponent {
  name: string;
  props: ICalProperty[];
  children: ICalComponent[];
}

/** Undoes RFC 5545 TEXT escaping. */
const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Parses an iCalendar string into components (RFC 5545 §3.1: unfold, then one property per line). */
function parseICal(text: string): ICalComponent {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  assert.equal(lines.pop(), '', 'the file ends with CRLF');
  const root: ICalComponent = { name: '', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^;:"]*))*):(.*)$/.exec(line);
    assert.ok(m, `not a content line: ${JSON.stringify(line)}`);
    const [, name = '', paramText = '', raw = ''] = m;
    const params = Object.fromEntries(
      paramText
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    const top = stack[stack.length - 1]!;
    if (name === 'BEGIN') {
      const child: ICalComponent = { name: raw, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      assert.equal(top.name, raw, `END:${raw} closes ${top.name}`);
      stack.pop();
    } else top.props.push({ name, params, raw });
  }
  assert.equal(stack.length, 1, 'every BEGIN has its END');
  assert.equal(root.children.length, 1);
  return root.children[0]!;
}

const prop = (c: ICalComponent, name: string) => c.props.find((p) => p.name === name);
const value = (c: ICalComponent, name: string) => {
  const p = prop(c, name);
  assert.ok(p, `${c.name} has ${name}`);
  return unescapeText(p.raw);
};

// ─── Vocabulary ──────────────────────────────────────────────────────────────

describe('plan vocabulary', () => {
  it('reuses the questionnaire Tier 1 ids, then the 9 Tier 2 ids (docs/evidence.md#tier-2-signs)', () => {
    assert.deepEqual(SIGN_IDS.slice(0, TIER1_IDS.length), [...TIER1_IDS]);
    assert.deepEqual(
      [...TIER2_IDS],
      ['rf2-fever', 'rf2-cancer', 'rf2-weight', 'rf2-immune', 'rf2-fracture-risk', 'rf2-lump', 'rf2-constant', 'rf2-cough', 'rf2-age'],
    );
    assert.equal(SIGN_IDS.length, 17);
    for (const id of TIER1_IDS) assert.equal(tierOf(id), 1);
    for (const id of TIER2_IDS) assert.equal(tierOf(id), 2);
  });

  it('has the required self-care steps, and no sleep-positions (no evidence for it)', () => {
    for (const id of ['keep-active', 'walking', 'heat', 'work', 'pain-relief', 'exercises']) {
      assert.ok((SELF_CARE_IDS as readonly string[]).includes(id), id);
    }
    assert.ok(!(SELF_CARE_IDS as readonly string[]).includes('sleep-positions'));
  });

  for (const locale of LOCALES) {
    const t = localeText(locale).plan;
    it(`${locale}: pain relief follows NICE NG59 without doses`, () => {
      const all = [t.selfCare['pain-relief'].why, ...Object.values(t.selfCare['pain-relief'].hints)].join(' ');
      for (const words of say(locale).painRelief) assert.match(all, words);
      assert.match(all, SERVICES[locale].paracetamol);
      for (const step of Object.values(t.selfCare)) {
        const words = [step.title, step.brief, step.why, ...Object.values(step.hints)].join(' ');
        assert.doesNotMatch(words, /\d|\bmg\b|\bml\b|tablets? a day/, `no doses or figures: ${words}`);
      }
    });
  }

  it('each locale uses its own health-service words only', () => {
    const gb = catalogTexts('en-GB').join('\n');
    const us = catalogTexts('en-US').join('\n');
    assert.doesNotMatch(us, /\bGP\b|A&E|\b999\b|NHS|\bphysio\b|paracetamol|fit note|\bpoo\b/i);
    assert.doesNotMatch(gb, /\b911\b|emergency room|physical therapist|acetaminophen|doctor's office|urgent care/i);
  });
});

// ─── Default plan, triage ────────────────────────────────────────────────────

describe('defaultPlan', () => {
  const plan = defaultPlan(TODAY);
  it('checks in after 14 days and reviews after 42', () => {
    assert.equal(plan.checkIn, '2026-12-07');
    assert.equal(plan.review, '2027-01-04');
  });
  it('records nothing as present: every sign is not-asked', () => {
    assert.deepEqual(new Set(Object.values(plan.redFlags)), new Set(['not-asked']));
    assert.deepEqual(Object.keys(plan.redFlags), [...SIGN_IDS]);
    assert.equal(triageOf(plan), 'routine');
  });
  it('is a valid plan, also as JSON text', () => {
    assert.deepEqual(validatePlan(plan, TODAY), { ok: true, plan });
    assert.deepEqual(validatePlan(JSON.stringify(plan), TODAY), { ok: true, plan });
  });
  it('crosses month and year ends, and leap days', () => {
    assert.equal(defaultPlan('2028-02-20').checkIn, '2028-03-05');
    assert.equal(defaultPlan('2026-12-31').review, '2027-02-11');
  });
});

// ─── The review and the clinician's decision ────────────────────────────────

const IN_7_DAYS = '2026-11-30';
const IN_10_DAYS = '2026-12-03';
/** Each decision a clinician may record, complete. */
const DECISIONS = {
  emergency: { kind: 'emergency', arranged: 'We called an ambulance to take you to City Hospital.' },
  referral: { kind: 'referral', arranged: 'An MRI scan and blood tests at City Hospital.', by: IN_10_DAYS },
  wait: { kind: 'wait', reason: 'Your temperature and blood tests were normal.', review: IN_7_DAYS },
} as const satisfies Record<string, ClinicalDecision>;

/** A row of the clinical table: a review, a decision and the patient's answers, and what they make. */
interface Row {
  name: string;
  statuses: Partial<Record<SignId, SignStatus>>;
  decision: ClinicalDecision | null;
  rechecked?: Tier1Id[];
  reported?: Tier1Id[];
  triage: PlanTriage;
  kind: PlanModel['kind'];
}

/**
 * Every sign × {absent, present with each decision it allows and with none, not asked, and,
 * for Tier 1, a questionnaire "yes" the review has not settled or has settled}.
 */
function clinicalRows(): Row[] {
  const rows: Row[] = [];
  for (const id of SIGN_IDS) {
    const tier = tierOf(id);
    rows.push({ name: `${id} absent`, statuses: { [id]: 'absent' }, decision: null, triage: 'routine', kind: 'watchful-waiting' });
    rows.push({ name: `${id} not asked`, statuses: { [id]: 'not-asked' }, decision: null, triage: 'routine', kind: 'watchful-waiting' });
    if (isBackground(id)) {
      rows.push({
        name: `${id} present (a background risk factor)`,
        statuses: { [id]: 'present' },
        decision: null,
        triage: 'routine',
        kind: 'watchful-waiting',
      });
    } else if (tier === 1) {
      rows.push({
        name: `${id} present, emergency referral`,
        statuses: { [id]: 'present' },
        decision: DECISIONS.emergency,
        triage: 'emergency',
        kind: 'needs-to-be-seen',
      });
      rows.push({
        name: `${id} present, nothing recorded`,
        statuses: { [id]: 'present' },
        decision: null,
        triage: 'emergency',
        kind: 'needs-to-be-seen',
      });
      const t1 = id as Tier1Id;
      rows.push({
        name: `${id}: "yes" in the questionnaire, absent in the review`,
        statuses: { [id]: 'absent' },
        decision: null,
        reported: [t1],
        triage: 'emergency',
        kind: 'needs-to-be-seen',
      });
      rows.push({
        name: `${id}: "yes" in the questionnaire, not asked`,
        statuses: { [id]: 'not-asked' },
        decision: null,
        reported: [t1],
        triage: 'emergency',
        kind: 'needs-to-be-seen',
      });
      rows.push({
        name: `${id}: "yes" in the questionnaire, asked again: absent`,
        statuses: { [id]: 'absent' },
        decision: null,
        reported: [t1],
        rechecked: [t1],
        triage: 'routine',
        kind: 'watchful-waiting',
      });
      rows.push({
        name: `${id}: "yes" in the questionnaire, recorded present`,
        statuses: { [id]: 'present' },
        decision: DECISIONS.emergency,
        reported: [t1],
        triage: 'emergency',
        kind: 'needs-to-be-seen',
      });
    } else {
      rows.push({
        name: `${id} present, tests arranged`,
        statuses: { [id]: 'present' },
        decision: DECISIONS.referral,
        triage: 'referral',
        kind: 'tests-arranged',
      });
      rows.push({
        name: `${id} present, waiting is still right`,
        statuses: { [id]: 'present' },
        decision: DECISIONS.wait,
        triage: 'early-review',
        kind: 'watchful-waiting',
      });
      rows.push({
        name: `${id} present, no decision yet`,
        statuses: { [id]: 'present' },
        decision: null,
        triage: 'urgent',
        kind: 'needs-to-be-seen',
      });
    }
  }
  return rows;
}

const rowPlan = (r: Row): Plan => planWith(r.statuses, { decision: r.decision, rechecked: r.rechecked ?? [] });
const rowProfile = (r: Row) => profileWith(['thr', 'leg', 'nav'], r.reported ?? []);

describe('triageOf: every sign, every decision', () => {
  for (const r of clinicalRows()) it(`${r.name} → ${r.triage}`, () => assert.equal(triageOf(rowPlan(r), rowProfile(r)), r.triage));
  it('a Tier 1 sign and a Tier 2 sign present → emergency', () => {
    assert.equal(triageOf(planWith({ 'rf1-chest': 'present', 'rf2-fever': 'present' }, { decision: DECISIONS.emergency })), 'emergency');
  });
  it('an incomplete decision counts as none', () => {
    const plan = planWith({ 'rf2-fever': 'present' }, { decision: { kind: 'wait', reason: ' ', review: IN_7_DAYS } });
    assert.equal(triageOf(plan), 'urgent');
  });
  it('a profile that reports an emergency sign without naming it → emergency, as in the explainer', () => {
    const unnamed = { flags: { emergency: true, emergencySigns: [] } } as unknown as ExpectationProfile;
    assert.equal(triageOf(planWith({}), unnamed), 'emergency');
    assert.equal(triageOf(planWith({}), { flags: { emergency: false, emergencySigns: [] } } as unknown as ExpectationProfile), 'routine');
  });
});

// ─── What the patient sees, row by row ──────────────────────────────────────

for (const locale of LOCALES) {
  const t = localeText(locale).plan;
  const services = t.services;
  const actions = localeText(locale).signActions(localeText(locale).services);
  const waiting = waitingTexts(locale);

  /** Asserts that a "needs to be seen" model holds no watchful-waiting text anywhere. */
  const assertNoWaiting = (model: PlanModel) => {
    assert.equal(model.kind, 'needs-to-be-seen');
    assert.deepEqual(model.lead, []);
    assert.deepEqual(model.factIds, []);
    for (const text of texts(model)) {
      assert.doesNotMatch(text, WAITING_WORDS, text);
      assert.ok(!waiting.includes(text), `watchful-waiting text: ${text}`);
    }
    for (const gone of ['recovery', 'steps', 'dates', 'routine-review', 'scan-triggers', 'goals', 'statement'] as const) {
      assert.equal(planSection(model, gone), undefined, gone);
    }
  };

  describe(`${locale}: the patient's plan for every sign and decision`, () => {
    for (const r of clinicalRows()) {
      it(r.name, () => {
        const model = planModel(rowPlan(r), { locale, today: TODAY, profile: rowProfile(r) });
        assert.equal(model.triage, r.triage);
        assert.equal(model.kind, r.kind);
        const all = texts(model);
        // "Be seen today" only where the row calls for it: a Tier 2 sign with no decision yet.
        assert.equal(all.includes(t.needsToBeSeen.urgent.heading), r.triage === 'urgent', 'be seen today');
        assert.equal(all.includes(t.needsToBeSeen.emergency.heading), r.triage === 'emergency', 'be seen now');
        const needs = planSection(model, 'needs-to-be-seen');
        if (r.triage === 'emergency') {
          assert.ok(needs);
          const arranged =
            r.decision?.kind === 'emergency' && r.statuses[SIGN_IDS.find((id) => r.statuses[id] === 'present')!] ? r.decision.arranged : null;
          assert.equal(needs.arranged?.text ?? null, arranged);
          assert.equal(needs.action, arranged ? localeText(locale).emergencyUnderWay(services.emergency) : actions[1]);
          assert.ok(!all.some((x) => x.includes(services.urgent.line)), 'no same-day route beside an emergency');
          assertNoWaiting(model);
        } else if (r.triage === 'urgent') {
          assert.ok(needs);
          assert.equal(needs.action, actions[2]);
          const net = planSection(model, 'safety-net');
          assert.deepEqual(
            net?.tiers.map((x) => x.tier),
            [1],
            'while waiting to be seen: the Tier 1 signs',
          );
          assert.equal(net?.tiers[0]?.action, actions[1]);
          assertNoWaiting(model);
        } else {
          assert.equal(needs, undefined);
          // The safety net keeps both tiers with their actions, and never the background risk factor.
          const net = planSection(model, 'safety-net');
          assert.deepEqual(
            net?.tiers.map((x) => [x.tier, x.action]),
            [
              [1, actions[1]],
              [2, actions[2]],
            ],
          );
          assert.deepEqual(
            net?.tiers.flatMap((x) => x.signs.map((s) => s.id)),
            [...warningSigns(1), ...warningSigns(2)],
          );
          assert.ok(!net?.tiers.some((x) => x.signs.some((s) => isBackground(s.id))));
          assert.ok(!all.some((x) => /need to be seen/i.test(x)), 'no "you need to be seen"');
        }
        if (r.triage === 'referral') {
          const a = planSection(model, 'arranged');
          assert.equal(a?.text, DECISIONS.referral.arranged);
          assert.match(a?.by ?? '', new RegExp(formatDate(IN_10_DAYS, locale)));
          assert.deepEqual(ids(model), ['glance', 'arranged', 'safety-net', 'steps', 'checked', 'goals', 'contacts']);
          assert.deepEqual(planSection(model, 'steps')?.phases, [], 'no week-by-week stretches tied to waiting dates');
          assert.deepEqual(model.factIds, [], 'no recovery figures beside tests');
        }
        // The card opens every plan but "needs to be seen" (already short, and urgent).
        assert.equal(ids(model)[0] === 'glance', r.kind !== 'needs-to-be-seen', 'the card first');
        assert.equal(planSection(model, 'glance') === undefined, r.kind === 'needs-to-be-seen', 'a card only beside a plan');
        if (r.triage === 'early-review') {
          assert.equal(ids(model)[1], 'early-review', 'the decision right after the card');
          const e = planSection(model, 'early-review');
          assert.equal(e?.reason, DECISIONS.wait.reason);
          assert.match(e?.next ?? '', new RegExp(formatDate(IN_7_DAYS, locale)));
          assert.equal(planSection(model, 'dates')?.early?.iso, IN_7_DAYS);
          const said = planSection(model, 'statement')?.paragraphs.join(' ') ?? '';
          assert.doesNotMatch(said, /found none|non-specific/, 'the written record claims no clear review');
        }
        const found = planSection(model, 'checked')?.items.filter((i) => i.status === 'present') ?? [];
        for (const item of found) assert.equal(item.group, isBackground(item.id) ? 'noted' : 'found');
      });
    }
  });
}

describe('a patient over 50 with nothing else present', () => {
  const model = planModel(planWith({ 'rf2-age': 'present' }), { locale: 'en-GB', today: TODAY, profile: profileWith([]) });
  it('gets the routine plan, with the age noted', () => {
    assert.equal(model.triage, 'routine');
    assert.equal(model.kind, 'watchful-waiting');
    const item = planSection(model, 'checked')?.items.find((i) => i.id === 'rf2-age');
    assert.equal(item?.group, 'noted');
    assert.equal(planSection(model, 'checked')?.summary, localeText('en-GB').plan.checked.summary.all);
  });
  it('needs no decision', () => assert.ok(validatePlan(planWith({ 'rf2-age': 'present' }), TODAY).ok));
});

describe('validatePlan: the decision', () => {
  const cases: [string, Partial<Record<SignId, SignStatus>>, unknown, string, RegExp][] = [
    ['an older plan: Tier 2 present, no decision', { 'rf2-cancer': 'present' }, undefined, 'decision', /Tier 2 sign .* Record your decision/],
    ['an older plan: Tier 1 present, no decision', { 'rf1-chest': 'present' }, undefined, 'decision', /emergency referral/],
    ['Tier 1 present, a waiting decision', { 'rf1-chest': 'present' }, DECISIONS.wait, 'decision.kind', /must be an emergency referral/],
    ['Tier 2 present, an emergency decision', { 'rf2-fever': 'present' }, DECISIONS.emergency, 'decision.kind', /"referral" or "wait"/],
    ['no sign present, a decision', {}, DECISIONS.referral, 'decision', /no sign in the review is present/],
    ['an unknown kind', { 'rf2-fever': 'present' }, { kind: 'later' }, 'decision.kind', /"emergency", "referral" or "wait"/],
    ['not an object', { 'rf2-fever': 'present' }, 'wait', 'decision', /should be an object/],
    ['referral without what', { 'rf2-fever': 'present' }, { kind: 'referral', by: IN_10_DAYS }, 'decision.arranged', /Write what you arranged/],
    ['referral without a date', { 'rf2-fever': 'present' }, { kind: 'referral', arranged: 'MRI' }, 'decision.by', /Give the date/],
    [
      'referral with an impossible date',
      { 'rf2-fever': 'present' },
      { kind: 'referral', arranged: 'MRI', by: '2026-02-30' },
      'decision.by',
      /only 28 days/,
    ],
    [
      'wait without a reason',
      { 'rf2-fever': 'present' },
      { kind: 'wait', reason: '  ', review: IN_7_DAYS },
      'decision.reason',
      /Write what you checked/,
    ],
    ['wait without a review', { 'rf2-fever': 'present' }, { kind: 'wait', reason: 'Normal tests.' }, 'decision.review', /earlier review/],
    ['a background risk factor alone, a decision', { 'rf2-age': 'present' }, DECISIONS.wait, 'decision', /no sign in the review is present/],
  ];
  for (const [name, statuses, decision, field, pattern] of cases) {
    it(name, () => {
      const input = { ...planWith(statuses), decision };
      const r = validatePlan(input, TODAY);
      assertProblem(r, field, pattern);
      assert.ok(!r.ok);
      assert.equal(r.partial.decision, null, 'an incomplete or misplaced decision never reaches the patient');
    });
  }
  it('keeps a complete decision, also through JSON', () => {
    for (const [statuses, decision] of [
      [{ 'rf1-chest': 'present' }, DECISIONS.emergency],
      [{ 'rf2-fever': 'present' }, DECISIONS.referral],
      [{ 'rf2-fever': 'present' }, DECISIONS.wait],
    ] as const) {
      const r = validatePlan(JSON.stringify(planWith(statuses, { decision })), TODAY);
      assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
      assert.deepEqual(r.plan.decision, decision);
    }
  });
  it('reads "asked again: absent" only for Tier 1 signs recorded absent', () => {
    const ok = validatePlan(planWith({ 'rf1-bladder': 'absent' }, { rechecked: ['rf1-bladder'] }), TODAY);
    assert.ok(ok.ok);
    assert.deepEqual(ok.plan.rechecked, ['rf1-bladder']);
    assertProblem(
      validatePlan({ ...planWith({ 'rf1-bladder': 'not-asked' }), rechecked: ['rf1-bladder'] }, TODAY),
      'rechecked[0]',
      /records it as not-asked/,
    );
    assertProblem(validatePlan({ ...planWith(), rechecked: ['rf2-fever'] }, TODAY), 'rechecked[0]', /not a Tier 1 sign/);
  });
});

describe('reviewConflicts: the questionnaire against the review', () => {
  const reported = profileWith([], ['rf1-bladder']);
  it('a "yes" the review records absent is a conflict until asked again', () => {
    const [p] = reviewConflicts(planWith(), reported, 'en-GB');
    assert.equal(p?.field, 'redFlags.rf1-bladder');
    assert.match(p?.message ?? '', /answered yes to this in the questionnaire/);
    assert.deepEqual(reviewConflicts(planWith({}, { rechecked: ['rf1-bladder'] }), reported), []);
    assert.deepEqual(reviewConflicts(planWith({ 'rf1-bladder': 'present' }, { decision: DECISIONS.emergency }), reported), []);
    assert.deepEqual(reviewConflicts(planWith(), profileWith([])), []);
  });
});

describe('planWarnings: the decision dates', () => {
  const codes = (plan: Plan) => planWarnings(plan, TODAY).map((w) => w.code);
  it('an earlier review more than 14 days away', () => {
    assert.deepEqual(
      codes(planWith({ 'rf2-fever': 'present' }, { decision: { ...DECISIONS.wait, review: addDays(TODAY, MAX_EARLY_REVIEW_DAYS + 1) } })),
      ['early-review-far'],
    );
    assert.deepEqual(
      codes(planWith({ 'rf2-fever': 'present' }, { decision: { ...DECISIONS.wait, review: addDays(TODAY, MAX_EARLY_REVIEW_DAYS) } })),
      [],
    );
  });
  it('a decision date in the past', () => {
    assert.deepEqual(codes(planWith({ 'rf2-fever': 'present' }, { decision: { ...DECISIONS.referral, by: '2026-11-01' } })), ['decision-date-past']);
  });
  it(`the default earlier review is ${EARLY_REVIEW_DAYS} days`, () => assert.equal(EARLY_REVIEW_DAYS, 7));
});

describe('not-asked is not absent', () => {
  const absent = planModel(planWith(), { locale: 'en-GB', today: TODAY, profile: profileWith(['leg']) });
  const notAsked = planModel(planWith(Object.fromEntries(SIGN_IDS.map((id) => [id, 'not-asked']))), {
    locale: 'en-GB',
    today: TODAY,
    profile: profileWith(['leg']),
  });
  const t = localeText('en-GB').plan;

  it('each sign keeps its own status and words', () => {
    for (const [model, status] of [
      [absent, 'absent'],
      [notAsked, 'not-asked'],
    ] as const) {
      const items = planSection(model, 'checked')?.items ?? [];
      assert.deepEqual(
        items.map((i) => i.id),
        [...SIGN_IDS],
      );
      for (const item of items) {
        assert.equal(item.status, status);
        assert.equal(item.statusText, t.checked.status[status]);
      }
    }
    assert.notEqual(t.checked.status.absent, t.checked.status['not-asked']);
  });

  it('the summary and the written record claim only what was checked', () => {
    assert.equal(planSection(absent, 'checked')?.summary, t.checked.summary.all);
    assert.equal(planSection(notAsked, 'checked')?.summary, t.checked.summary.none);
    const said = (m: PlanModel) => planSection(m, 'statement')?.paragraphs.join(' ') ?? '';
    assert.match(said(absent), /checked for signs of a serious cause and found none/);
    assert.doesNotMatch(said(notAsked), /found none|checked for/);
    const some = planModel(planWith({ 'rf2-age': 'not-asked' }), { locale: 'en-GB', today: TODAY, profile: profileWith(['leg']) });
    assert.match(said(some), /checked for some signs/);
    assert.equal(planSection(some, 'checked')?.summary, t.checked.summary.some);
    for (const m of [absent, notAsked, some]) assert.doesNotMatch(said(m), /nothing (is )?wrong/i);
  });

  it('a sign missing from the input is read as not-asked, never absent', () => {
    const r = validatePlan({ redFlags: { 'rf1-chest': 'absent' } }, TODAY);
    assert.ok(r.ok);
    assert.equal(r.plan.redFlags['rf1-chest'], 'absent');
    assert.equal(r.plan.redFlags['rf1-bladder'], 'not-asked');
  });
});

// ─── Services ────────────────────────────────────────────────────────────────

describe('services per locale, and overrides', () => {
  for (const locale of LOCALES) {
    const { number, service, line, place, tier1, tier2 } = SERVICES[locale];
    it(`${locale}: ${number} / ${service} now; ${line} or ${place} today`, () => {
      assert.deepEqual(servicesFor(locale), { emergency: { number, service }, urgent: { line, place } });
      const model = planModel(planWith(), { locale, today: TODAY });
      const tiers = planSection(model, 'safety-net')?.tiers ?? [];
      assert.equal(tiers[0]?.action, tier1);
      assert.equal(tiers[1]?.action, tier2);
      assert.deepEqual(
        tiers[0]?.signs.map((s) => s.id),
        [...TIER1_IDS],
      );
      assert.deepEqual(
        tiers[1]?.signs.map((s) => s.id),
        TIER2_IDS.filter((id) => id !== 'rf2-age'),
        'age is a background risk factor, in no "get help today" list',
      );
    });
  }

  it('a blank override keeps the locale default', () => {
    assert.deepEqual(servicesFor('en-GB', { emergency: { number: '  ', service: '' } }), servicesFor('en-GB'));
  });

  it('overrides from the plan reach every place a service is named', () => {
    const services = {
      emergency: { number: '000', service: 'the emergency department' },
      urgent: { line: 'healthdirect', place: 'a same-day GP visit' },
    };
    const plan = planWith({}, { services });
    assert.deepEqual(validatePlan(plan, TODAY), { ok: true, plan });
    const routine = planModel(plan, { locale: 'en-GB', today: TODAY });
    assert.deepEqual(routine.services, services);
    const all = texts(routine).join('\n');
    assert.match(all, /call 000/);
    assert.match(all, /Call healthdirect or get a same-day GP visit today/);
    assert.doesNotMatch(all, /999|A&E|NHS 111/);
    const emergency = planModel({ ...plan, redFlags: { ...plan.redFlags, 'rf1-injury': 'present' } }, { locale: 'en-GB', today: TODAY });
    assert.match(planSection(emergency, 'needs-to-be-seen')?.action ?? '', /^Go to the emergency department or call 000 now/);
    const ics = toICalendar(plan, { locale: 'en-GB', now: NOW });
    assert.match(ics.replace(/\r\n /g, ''), /call 000 now/);
  });
});

// ─── Tailoring ───────────────────────────────────────────────────────────────

describe('tailoring order (threat, legitimacy, navigation lead), after the card', () => {
  const standard: PlanSectionId[] = [
    'glance',
    'checked',
    'recovery',
    'goals',
    'steps',
    'dates',
    'safety-net',
    'routine-review',
    'scan-triggers',
    'contacts',
  ];
  const cases: [string, ExpectationProfile | undefined, PlanSectionId[]][] = [
    ['no profile', undefined, standard],
    ['all themes low', profileWith([]), standard],
    [
      'threat high: safety net and what we checked first',
      profileWith(['thr']),
      ['glance', 'safety-net', 'checked', 'recovery', 'goals', 'steps', 'dates', 'routine-review', 'scan-triggers', 'contacts'],
    ],
    ['legitimacy high: adds the written record', profileWith(['leg']), ['glance', 'statement', ...standard.slice(1)]],
    [
      'navigation high: steps and dates first',
      profileWith(['nav']),
      ['glance', 'steps', 'dates', 'scan-triggers', 'checked', 'recovery', 'goals', 'safety-net', 'routine-review', 'contacts'],
    ],
    [
      'all high: Threat → Legitimacy → Navigation',
      profileWith(['thr', 'leg', 'nav']),
      ['glance', 'safety-net', 'checked', 'statement', 'steps', 'dates', 'scan-triggers', 'recovery', 'goals', 'routine-review', 'contacts'],
    ],
  ];
  for (const [name, profile, order] of cases) {
    it(name, () => assert.deepEqual(ids(planModel(planWith(), { locale: 'en-GB', today: TODAY, profile })), order));
  }

  it('lead lines follow the high themes', () => {
    const t = localeText('en-GB').plan.tailoring;
    assert.deepEqual(planModel(planWith(), { locale: 'en-GB', today: TODAY, profile: profileWith(['thr', 'nav']) }).lead, [t.threat, t.navigation]);
    assert.deepEqual(planModel(planWith(), { locale: 'en-GB', today: TODAY }).lead, []);
  });

  it('the written record names the visit, the diagnosis and the dates', () => {
    const model = planModel(planWith(), { locale: 'en-GB', today: TODAY, profile: profileWith(['leg']) });
    const said = planSection(model, 'statement')?.paragraphs.join(' ') ?? '';
    assert.match(said, /^On 23 November 2026, Dr Asha Patel at Riverside Surgery saw you/);
    assert.match(said, /non-specific low back pain/);
    assert.match(said, /check-in on 7 December 2026 and a review on 4 January 2027/);
    const anon = planModel(planWith({}, { practice: { name: '', phone: '', clinician: '' } }), {
      locale: 'en-US',
      today: TODAY,
      profile: profileWith(['leg']),
    });
    assert.match(planSection(anon, 'statement')?.paragraphs[0] ?? '', /^On November 23, 2026, your doctor saw you/);
  });

  it('leaves out empty goals and steps', () => {
    const bare = planModel(planWith({}, { goals: [], selfCare: [], selfCareNote: '' }), { locale: 'en-GB', today: TODAY });
    assert.equal(planSection(bare, 'goals'), undefined);
    assert.equal(planSection(bare, 'steps'), undefined);
    const noteOnly = planModel(planWith({}, { selfCare: [], selfCareNote: 'Swim twice a week.' }), { locale: 'en-GB', today: TODAY });
    assert.deepEqual(planSection(noteOnly, 'steps')?.note?.text, 'Swim twice a week.');
    assert.deepEqual(planSection(noteOnly, 'steps')?.phases, []);
  });
});

// ─── The routine model's content ─────────────────────────────────────────────

describe('watchful-waiting content', () => {
  const cases: [Locale, string, string][] = [
    ['en-GB', '7 December 2026', '4 January 2027'],
    ['en-US', 'December 7, 2026', 'January 4, 2027'],
    ['es-US', '7 de diciembre de 2026', '4 de enero de 2027'],
    ['es-ES', '7 de diciembre de 2026', '4 de enero de 2027'],
  ];
  for (const [locale, checkIn, review] of cases) {
    const model = planModel(planWith(), { locale, today: TODAY });
    const t = localeText(locale).plan;
    it(`${locale}: dates in the locale's style`, () => {
      const dates = planSection(model, 'dates');
      assert.deepEqual([dates?.checkIn.iso, dates?.checkIn.formatted], ['2026-12-07', checkIn]);
      assert.deepEqual([dates?.review.iso, dates?.review.formatted], ['2027-01-04', review]);
      const phases = planSection(model, 'steps')?.phases.map((p) => p.heading) ?? [];
      assert.equal(phases[0], t.steps.phase('first-days', { checkIn, review }));
      assert.ok(phases[1]?.includes(checkIn) && phases[2]?.includes(review), phases.join(' | '));
      if (locale.startsWith('en'))
        assert.deepEqual(phases.slice(1), [`Until your check-in on ${checkIn}`, `From your check-in until your review on ${review}`]);
    });
    it(`${locale}: week-by-week hints for every chosen step, in the plan's order`, () => {
      const steps = planSection(model, 'steps');
      assert.deepEqual(
        steps?.items.map((i) => i.id),
        [...SELF_CARE_IDS],
      );
      for (const phase of steps?.phases ?? []) {
        assert.deepEqual(
          phase.hints.map((h) => h.text),
          SELF_CARE_IDS.map((id) => t.selfCare[id].hints[phase.phase]),
        );
      }
    });
    it(`${locale}: the routine-review triggers (docs/evidence.md#routine-review)`, () => {
      assert.deepEqual(planSection(model, 'routine-review')?.items, t.routineReview.items(checkIn));
      assert.equal(planSection(model, 'routine-review')?.items.length, 4);
    });
    it(`${locale}: scan triggers: the clinician's, or the defaults`, () => {
      assert.deepEqual(planSection(model, 'scan-triggers')?.items, t.scanTriggers.defaults(review));
      const own = planModel(planWith({}, { scanTriggers: ['Leg weakness at the review'] }), { locale, today: TODAY });
      assert.deepEqual(planSection(own, 'scan-triggers')?.items, ['Leg weakness at the review']);
    });
  }

  it('expected recovery shows registry facts, word for word', () => {
    for (const locale of LOCALES) {
      const model = planModel(planWith(), { locale, today: TODAY });
      const facts = planSection(model, 'recovery')?.facts ?? [];
      assert.deepEqual(
        facts.map((f) => f.id),
        [...RECOVERY_FACT_IDS],
      );
      assert.deepEqual(model.factIds, [...RECOVERY_FACT_IDS]);
      for (const f of facts) {
        const fact = getFact(f.id);
        assert.ok(fact, f.id);
        assert.equal(f.statement, localeText(locale).facts.text[fact.id]?.statement);
        assert.ok(f.statement.includes(String(fact.value)), `${f.id} shows its value`);
      }
    }
  });

  it('every other number shown is a date, a phone number or a named age threshold', () => {
    for (const locale of LOCALES) {
      const plan = planWith({}, { scanTriggers: [] });
      const model = planModel(plan, { locale, today: TODAY, profile: profileWith(['thr', 'leg', 'nav']) });
      const dates = planSection(model, 'dates');
      const strip = [
        dates?.checkIn.formatted,
        dates?.review.formatted,
        formatDate(TODAY, locale),
        model.services.emergency.number,
        model.services.urgent.line,
        plan.practice.phone,
      ].filter((x): x is string => !!x);
      const factStatements = new Set(RECOVERY_FACT_IDS.map((id) => localeText(locale).facts.text[id]?.statement));
      const thresholds = new Set(Object.values(AGE_THRESHOLDS).map(String));
      for (const text of texts(model)) {
        if (factStatements.has(text)) continue;
        const rest = strip.reduce((s, x) => s.split(x).join(' '), text);
        for (const n of rest.match(/\d+/g) ?? []) {
          assert.ok(thresholds.has(n), `unsourced number ${n} in: ${text}`);
          assert.ok(say(locale).ageWords.test(rest), `threshold ${n} outside an age sign: ${text}`);
        }
      }
    }
  });

  it('keeps hostile free text as plain text', () => {
    const hostile = ['<script>alert(1)</script>', '"; DROP TABLE plans; --', '{{constructor.constructor}}', '\u202Eevil', '${process.exit()}'];
    const r = validatePlan(
      { goals: hostile, selfCareNote: hostile[0], practice: { name: hostile[1], phone: '<b>1</b>', clinician: hostile[4] } },
      TODAY,
    );
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    assert.deepEqual(r.plan.goals, hostile);
    const model = planModel(r.plan, { locale: 'en-GB', today: TODAY });
    assert.deepEqual(planSection(model, 'goals')?.items, hostile);
    assert.ok(texts(model).includes(`Your GP practice: ${hostile[1]}`));
  });
});

// ─── The card a plan opens with ─────────────────────────────────────────────

describe('the card a plan opens with (issue #12: brief by default)', () => {
  const glanceOf = (plan: Plan, locale: Locale, options: Partial<PlanModelOptions> = {}) => {
    const model = planModel(plan, { locale, today: TODAY, ...options });
    assert.equal(ids(model)[0], 'glance', 'the card comes first');
    const glance = planSection(model, 'glance');
    assert.ok(glance);
    return { model, glance };
  };

  for (const locale of LOCALES) {
    const t = localeText(locale).plan;
    const date = (iso: string) => formatDate(iso, locale);

    // The next date to keep: the review; after a sign assessed as safe to wait, the earlier
    // review; with tests arranged, what was arranged and by when (there is no review then).
    const dateCases: { name: string; plan: Plan; next: { kind: string; iso: string; label: string; text: string; arranged: string | null } }[] = [
      { name: 'routine: the review', plan: planWith(), next: { kind: 'review', iso: '2027-01-04', ...t.dates.review, arranged: null } },
      {
        name: 'age noted only: the review',
        plan: planWith({ 'rf2-age': 'present' }),
        next: { kind: 'review', iso: '2027-01-04', ...t.dates.review, arranged: null },
      },
      {
        name: 'a sign assessed as safe to wait: the earlier review',
        plan: planWith({ 'rf2-fever': 'present' }, { decision: DECISIONS.wait }),
        next: { kind: 'early-review', iso: IN_7_DAYS, ...t.dates.early, arranged: null },
      },
      {
        name: 'tests arranged: what, and the date it should happen by',
        plan: planWith({ 'rf2-cancer': 'present' }, { decision: DECISIONS.referral }),
        next: { kind: 'arranged', iso: IN_10_DAYS, ...t.glance.arranged, arranged: DECISIONS.referral.arranged },
      },
    ];
    for (const c of dateCases) {
      it(`${locale}: the date, ${c.name}`, () => {
        const { glance } = glanceOf(c.plan, locale);
        assert.deepEqual(glance.next, { ...c.next, formatted: date(c.next.iso) });
        if (c.next.kind !== 'review') {
          assert.ok(!texts(glance).some((x) => x.includes(date(c.plan.review))), 'not the routine review date');
        }
      });
    }

    // The first three self-care steps the clinician chose, in the plan's order: fewer when
    // fewer were chosen, none (and no steps part) when none were.
    const stepCases: { name: string; selfCare: SelfCareId[]; heading: string | null }[] = [
      { name: 'no step', selfCare: [], heading: null },
      { name: 'one step', selfCare: ['walking'], heading: t.glance.steps.all },
      { name: "three steps, in the plan's order", selfCare: ['heat', 'walking', 'keep-active'], heading: t.glance.steps.all },
      { name: 'all seven steps: the first three', selfCare: [...SELF_CARE_IDS].reverse(), heading: t.glance.steps.first },
    ];
    for (const c of stepCases) {
      for (const [kind, statuses, decision] of [
        ['watchful-waiting', {}, null],
        ['tests-arranged', { 'rf2-cancer': 'present' }, DECISIONS.referral],
      ] as const) {
        it(`${locale}, ${kind}: ${c.name}`, () => {
          const { model, glance } = glanceOf(planWith(statuses, { selfCare: c.selfCare, selfCareNote: 'Swim twice a week.', decision }), locale);
          assert.equal(model.kind, kind);
          if (c.heading === null) {
            assert.equal(glance.steps, null, 'a note alone is no step for the card');
            return;
          }
          const shown = c.selfCare.slice(0, GLANCE_STEPS);
          assert.equal(GLANCE_STEPS, 3);
          assert.deepEqual(glance.steps, {
            heading: c.heading,
            items: shown.map((id) => ({ id, title: t.selfCare[id].title, text: t.selfCare[id].brief })),
          });
          // The full steps stay in their own section, all of them.
          assert.deepEqual(
            planSection(model, 'steps')?.items.map((i) => i.id),
            c.selfCare,
          );
        });
      }
    }

    // When to get help: the safety net's two actions with the services in force (the locale's,
    // the page's, the plan's: the plan wins), each after a one-line "when" that names its list.
    const words = say(locale);
    const overrides = {
      page: { emergency: { number: '000', service: words.overrides.pageService }, urgent: { line: words.overrides.pageLine } },
      plan: { emergency: { number: '113' }, urgent: { place: words.overrides.planPlace } },
    };
    const serviceCases: { name: string; page?: ServiceOverrides; plan?: ServiceOverrides; number: RegExp }[] = [
      { name: "the locale's services", number: words.callNow(SERVICES[locale].number) },
      { name: "the page's services", page: overrides.page, number: words.callNow('000') },
      { name: "the plan's services", plan: overrides.plan, number: words.callNow('113') },
      {
        name: 'the page and the plan: the plan wins',
        page: overrides.page,
        plan: overrides.plan,
        number: words.emergencyAction(words.overrides.pageService, '113'),
      },
    ];
    for (const c of serviceCases) {
      for (const [kind, statuses, decision] of [
        ['watchful-waiting', {}, null],
        ['watchful-waiting, earlier review', { 'rf2-fever': 'present' }, DECISIONS.wait],
        ['tests-arranged', { 'rf2-cancer': 'present' }, DECISIONS.referral],
      ] as const) {
        it(`${locale}, ${kind}: both actions with ${c.name}`, () => {
          const plan = planWith(statuses, { decision, ...(c.plan ? { services: c.plan } : {}) });
          const { model, glance } = glanceOf(plan, locale, c.page ? { services: c.page } : {});
          const services = servicesFor(locale, mergeServices(c.page, c.plan));
          assert.deepEqual(model.services, services);
          assert.equal(glance.help.heading, t.glance.help.heading);
          assert.deepEqual(glance.help.tiers, [
            { tier: 1, when: t.glance.help.when[1], action: t.emergencyAction(services.emergency) },
            { tier: 2, when: t.glance.help.when[2], action: t.urgentAction(services.urgent) },
          ]);
          assert.match(glance.help.tiers[0]!.action, c.number);
          if (c.plan?.urgent) assert.ok(glance.help.tiers[1]!.action.includes(words.overrides.planPlace), glance.help.tiers[1]!.action);
          // The same words as the safety net's boxes, whose headings the "when" lines name.
          const net = planSection(model, 'safety-net');
          assert.deepEqual(
            glance.help.tiers.map((x) => x.action),
            net?.tiers.map((x) => x.action),
          );
          for (const x of net?.tiers ?? []) assert.ok(glance.help.tiers[x.tier - 1]!.when.includes(`“${x.heading}”`), x.heading);
        });
      }
    }

    it(`${locale}: no list of signs on the card: they are listed once, in the safety net`, () => {
      const signWords = SIGN_IDS.flatMap((id) => [t.signs[id].label, t.signs[id].watch]);
      for (const plan of [
        planWith(),
        planWith({ 'rf2-fever': 'present' }, { decision: DECISIONS.wait }),
        planWith({ 'rf2-cancer': 'present' }, { decision: DECISIONS.referral }),
      ]) {
        const { glance } = glanceOf(plan, locale);
        const words = texts(glance);
        for (const sign of signWords) assert.ok(!words.some((w) => w.includes(sign)), `a sign on the card: ${sign}`);
        assert.doesNotMatch(JSON.stringify(glance), /"signs"|rf[12]-/);
        const count = words
          .filter((w) => w !== glance.next.arranged)
          .join(' ')
          .split(/\s+/).length;
        assert.ok(count <= say(locale).cardWords, `a short card: ${count} words besides the clinician's`);
      }
    });

    it(`${locale}: no card when the patient needs to be seen (already short, and urgent)`, () => {
      const needs = [
        planModel(planWith({ 'rf1-bowel': 'present' }, { decision: DECISIONS.emergency }), { locale, today: TODAY }),
        planModel(planWith({ 'rf1-bowel': 'present' }), { locale, today: TODAY }),
        planModel(planWith({ 'rf2-fever': 'present' }), { locale, today: TODAY }),
        planModel(planWith(), { locale, today: TODAY, profile: profileWith([], ['rf1-chest']) }),
      ];
      for (const model of needs) {
        assert.equal(model.kind, 'needs-to-be-seen');
        assert.equal(planSection(model, 'glance'), undefined);
        assert.ok(!texts(model).some((x) => x === t.glance.heading));
      }
    });
  }

  it('on paper, "Who to contact" can leave out the services the card names: they are its last lines', () => {
    const model = planModel(planWith(), { locale: 'en-GB', today: TODAY });
    const contacts = planSection(model, 'contacts');
    const s = model.services;
    const t = localeText('en-GB').plan;
    assert.deepEqual(contacts?.lines.slice(-(contacts?.serviceLines ?? 0)), [t.contacts.emergency(s.emergency), t.contacts.urgent(s.urgent)]);
    const emergency = planModel(
      planWith({ 'rf1-bowel': 'present' }, { decision: DECISIONS.emergency, practice: { name: '', phone: '', clinician: '' } }),
      { locale: 'en-GB', today: TODAY },
    );
    assert.deepEqual(planSection(emergency, 'contacts'), {
      id: 'contacts',
      heading: t.contacts.heading,
      lines: [t.contacts.emergency(s.emergency)],
      serviceLines: 1,
    });
  });

  it('is pure: the same plan gives the same card', () => {
    const plan = planWith({ 'rf2-fever': 'present' }, { decision: DECISIONS.wait });
    assert.deepEqual(planModel(plan, { locale: 'en-GB', today: TODAY }), planModel(structuredClone(plan), { locale: 'en-GB', today: TODAY }));
  });
});

// ─── Validation ──────────────────────────────────────────────────────────────

describe('validatePlan: each bad input gets a plain message', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['malformed JSON', '{"goals": [', '(input)', /not valid JSON/],
    ['a list', '[1, 2]', '(input)', /should be an object, but it is a list/],
    ['a number', 42, '(input)', /should be an object, but it is 42/],
    ['null', null, '(input)', /should be an object, but it is empty/],
    ['unknown field', { favouriteColour: 'blue' }, 'favouriteColour', /not part of a plan/],
    ['prototype key', '{"__proto__": {"polluted": true}}', '__proto__', /not part of a plan/],
    ['unknown sign id', { redFlags: { 'rf3-headache': 'absent' } }, 'redFlags.rf3-headache', /no red-flag sign called "rf3-headache"/],
    ['sign as true', { redFlags: { 'rf1-bladder': true } }, 'redFlags.rf1-bladder', /"absent", "present" or "not-asked", but it is true/],
    ['sign as "yes"', { redFlags: { 'rf2-fever': 'yes' } }, 'redFlags.rf2-fever', /shown as not checked/],
    ['red flags as text', { redFlags: 'all clear' }, 'redFlags', /should be an object/],
    ['self-care as text', { selfCare: 'walking' }, 'selfCare', /should be a list/],
    ['unknown self-care id', { selfCare: ['walking', 'sleep-positions'] }, 'selfCare[1]', /no self-care step called "sleep-positions"/],
    ['30 February', { checkIn: '2026-02-30' }, 'checkIn', /2026-02-30\) is not a real date: that month has only 28 days/],
    ['30 February, leap year', { review: '2028-02-30' }, 'review', /only 29 days/],
    ['31 April', { review: '2027-04-31' }, 'review', /only 30 days/],
    ['month 13', { review: '2026-13-01' }, 'review', /there is no month 13/],
    ['day-first date', { review: '04/01/2027' }, 'review', /not written as YYYY-MM-DD/],
    ['date as a number', { checkIn: 20261207 }, 'checkIn', /YYYY-MM-DD, but it is 20261207/],
    ['review before check-in', { checkIn: '2026-12-20', review: '2026-12-10' }, 'review', /before the check-in date \(2026-12-20\)/],
    ['goals as text', { goals: 'walk' }, 'goals', /should be a list of texts/],
    ['a goal that is not text', { goals: ['ok', 5] }, 'goals[1]', /item 2 of the goals should be text, but it is 5/],
    ['too many goals', { goals: Array.from({ length: 12 }, (_, i) => `goal ${i}`) }, 'goals', /12 items\. Only the first 10/],
    ['a note too long', { selfCareNote: 'x'.repeat(2500) }, 'selfCareNote', /2500 characters long\. Only the first 2000/],
    ['practice as text', { practice: 'Dr Who' }, 'practice', /should be an object/],
    ['practice name as a number', { practice: { name: 5 } }, 'practice.name', /practice's name should be text/],
    ['unknown practice field', { practice: { fax: '01632' } }, 'practice.fax', /not part of "practice"/],
    ['made-up time zone', { timeZone: 'Mars/Olympus' }, 'timeZone', /not a time zone name/],
    ['offset as time zone', { timeZone: '+01:00' }, 'timeZone', /not a time zone name/],
    ['emergency number as words', { services: { emergency: { number: 'ring someone' } } }, 'services.emergency.number', /not a phone number/],
    ['services group as text', { services: { emergency: '112' } }, 'services.emergency', /should be an object/],
    ['unknown service', { services: { police: { number: '101' } } }, 'services.police', /not part of "services"/],
  ];
  for (const [name, input, field, pattern] of cases) {
    it(name, () => assertProblem(validatePlan(input, TODAY), field, pattern));
  }

  it('keeps every valid part in partial', () => {
    const r = validatePlan(
      {
        goals: ['Walk the dog', 7],
        checkIn: '2026-02-30',
        redFlags: { 'rf2-fever': 'absent', 'rf1-bowel': 'maybe' },
        selfCare: ['heat', 'yoga', 'heat'],
        timeZone: 'europe/london',
      },
      TODAY,
    );
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.partial.goals, ['Walk the dog']);
    assert.equal(r.partial.redFlags['rf2-fever'], 'absent');
    assert.equal(r.partial.redFlags['rf1-bowel'], 'not-asked');
    assert.deepEqual(r.partial.selfCare, ['heat']);
    assert.equal(r.partial.checkIn, defaultPlan(TODAY).checkIn);
    assert.equal(r.partial.timeZone, 'Europe/London');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('moves a default review after a late check-in without a problem', () => {
    const r = validatePlan({ checkIn: '2027-03-01' }, TODAY);
    assert.ok(r.ok);
    assert.equal(r.plan.review, '2027-03-29');
  });

  it('never throws', () => {
    const trap = Object.defineProperty({}, 'goals', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const odd: unknown[] = [
      undefined,
      '',
      'null',
      '"text"',
      true,
      1n,
      Symbol('s'),
      () => 1,
      new Date(),
      new Map(),
      trap,
      { redFlags: [] },
      { goals: [[]] },
    ];
    for (const input of odd) {
      const r = validatePlan(input, TODAY);
      const plan = r.ok ? r.plan : r.partial;
      assert.equal(triageOf(plan), 'routine');
      assert.doesNotThrow(() => planModel(input as Plan, { locale: 'en-GB', today: TODAY }));
      assert.doesNotThrow(() => toICalendar(input as Plan, { locale: 'en-GB', now: 'not a date' }));
    }
  });
});

// ─── Warnings ────────────────────────────────────────────────────────────────

describe('planWarnings', () => {
  const codes = (plan: Plan) => planWarnings(plan, TODAY).map((w: PlanWarning) => w.code);
  const cases: [string, Partial<Plan>, PlanWarning['code'][]][] = [
    ['a sound plan', {}, []],
    ['review in the past', { checkIn: '2026-11-01', review: '2026-11-22' }, ['check-in-past', 'review-past']],
    ['review today', { checkIn: TODAY, review: TODAY }, []],
    ['review exactly 12 weeks ahead', { review: '2027-02-15' }, []],
    ['review more than 12 weeks ahead', { review: '2027-02-16' }, ['review-far']],
  ];
  for (const [name, extra, expected] of cases) it(name, () => assert.deepEqual(codes(planWith({}, extra)), expected));

  it('names the signs not checked in words, not ids', () => {
    const [w] = planWarnings(planWith({ 'rf2-age': 'not-asked', 'rf1-chest': 'not-asked' }), TODAY);
    assert.equal(w?.code, 'signs-not-asked');
    assert.match(w?.message ?? '', /2 of the 17 .*Chest pain.*; New back pain under age 20 or over 50\./i);
    assert.doesNotMatch(w?.message ?? '', /rf[12]-/);
  });
});

// ─── iCalendar ───────────────────────────────────────────────────────────────

describe('toICalendar', () => {
  const plan = planWith(
    {},
    {
      checkIn: '2026-12-31',
      review: '2027-02-28',
      timeZone: 'Europe/London',
      practice: { name: 'Smith, Jones; Partners\nSurgery \\ Unit 2', phone: '01632 960123', clinician: 'Dr Patel' },
    },
  );
  const ics = toICalendar(plan, { locale: 'en-GB', now: NOW });
  const cal = parseICal(ics);
  const events = cal.children.filter((c) => c.name === 'VEVENT');

  it('uses CRLF only and folds every line to 75 octets or fewer', () => {
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/);
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS, line);
    assert.ok(ics.includes('\r\n '), 'long lines are folded');
  });

  it('has the calendar properties, and the time zone only when the plan has one', () => {
    assert.equal(value(cal, 'VERSION'), '2.0');
    assert.equal(value(cal, 'PRODID'), ICAL_PRODID);
    assert.equal(value(cal, 'X-WR-TIMEZONE'), 'Europe/London');
    const without = parseICal(toICalendar({ ...plan, timeZone: undefined } as Plan, { locale: 'en-GB', now: NOW }));
    assert.equal(prop(without, 'X-WR-TIMEZONE'), undefined);
    assert.doesNotMatch(ics, /TZID|VTIMEZONE/, 'all-day dates need no time zone');
  });

  it('has an all-day check-in and review with the right dates', () => {
    const t = localeText('en-GB').plan.ical;
    assert.deepEqual(
      events.map((e) => value(e, 'SUMMARY')),
      [t.checkInSummary, t.reviewSummary],
    );
    const [checkIn, review] = events;
    assert.ok(checkIn && review);
    for (const [e, start, end] of [
      [checkIn, '20261231', '20270101'],
      [review, '20270228', '20270301'],
    ] as const) {
      assert.deepEqual(prop(e, 'DTSTART')?.params, { VALUE: 'DATE' });
      assert.equal(value(e, 'DTSTART'), start);
      assert.equal(value(e, 'DTEND'), end);
      assert.equal(value(e, 'DTSTAMP'), '20261123T101500Z');
      assert.match(value(e, 'UID'), /^[\w.-]+@scanwise\.dev$/);
    }
    assert.notEqual(value(checkIn, 'UID'), value(review, 'UID'));
    assert.equal(toICalendar(plan, { locale: 'en-GB', now: NOW }), ics, 'the same plan gives the same file');
  });

  it('adds the earlier review after a Tier 2 sign assessed as safe to wait, and only then', () => {
    const t = localeText('en-GB').plan.ical;
    const eventsOf = (p: Plan) => parseICal(toICalendar(p, { locale: 'en-GB', now: NOW })).children.filter((c) => c.name === 'VEVENT');
    const waiting = eventsOf(planWith({ 'rf2-fever': 'present' }, { decision: DECISIONS.wait }));
    assert.deepEqual(
      waiting.map((e) => value(e, 'SUMMARY')),
      [t.earlyReviewSummary, t.checkInSummary, t.reviewSummary],
    );
    assert.equal(value(waiting[0]!, 'DTSTART'), '20261130');
    assert.match(value(waiting[0]!, 'DESCRIPTION'), /call 999 now/);
    assert.equal(
      eventsOf(planWith({ 'rf2-fever': 'present' }, { decision: { ...DECISIONS.wait, reason: '' } })).length,
      2,
      'an incomplete decision adds nothing',
    );
  });

  it('gives each event a display alarm the day before', () => {
    for (const e of events) {
      const alarms = e.children.filter((c) => c.name === 'VALARM');
      assert.equal(alarms.length, 1);
      const [alarm] = alarms;
      assert.ok(alarm);
      assert.equal(value(alarm, 'ACTION'), 'DISPLAY');
      assert.equal(value(alarm, 'TRIGGER'), ALARM_TRIGGER);
      assert.match(value(alarm, 'DESCRIPTION'), /^Tomorrow: Back pain/);
    }
  });

  it('escapes commas, semicolons, backslashes and newlines, and reads them back', () => {
    assert.ok(ics.replace(/\r\n /g, '').includes('Smith\\, Jones\\; Partners\\nSurgery \\\\ Unit 2'));
    const description = value(events[0]!, 'DESCRIPTION');
    assert.ok(description.includes(`Contact: ${plan.practice.name}, 01632 960123.`), description);
    assert.match(description, /call 999 now/);
  });

  it('folds multi-byte text between characters, never inside one', () => {
    const name = 'Clínica São José 🙂 Ærøskøbing '.repeat(6).trim();
    const out = toICalendar(planWith({}, { practice: { name, phone: '', clinician: '' } }), { locale: 'en-US', now: NOW });
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const line of out.split('\r\n')) {
      assert.ok(Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS, line);
      assert.doesNotMatch(line, lone);
    }
    const [first] = parseICal(out).children;
    assert.ok(first);
    assert.ok(value(first, 'DESCRIPTION').includes(`Contact: ${name}.`));
    assert.match(value(first, 'DESCRIPTION'), /call 911 now/);
  });

  it('falls back to the current time when `now` is not a date', () => {
    const stamp = value(parseICal(toICalendar(plan, { locale: 'en-GB', now: 'soon' })).children[0]!, 'DTSTAMP');
    assert.match(stamp, /^\d{8}T\d{6}Z$/);
  });
});

// ─── Plain language ──────────────────────────────────────────────────────────

describe('plain language', () => {
  for (const locale of LOCALES) {
    // No clinician free text: goals, names and phone numbers are not ours to grade.
    const own = { goals: [], practice: { name: '', phone: '', clinician: '' } };
    const models = [
      planModel(planWith({}, own), { locale, today: TODAY, profile: profileWith(['thr', 'leg', 'nav']) }),
      planModel(planWith({ 'rf1-bowel': 'present' }, own), { locale, today: TODAY }),
      planModel(planWith({ 'rf1-bowel': 'present' }, { ...own, decision: DECISIONS.emergency }), { locale, today: TODAY }),
      planModel(planWith({}, own), { locale, today: TODAY, profile: profileWith([], ['rf1-chest']) }),
      planModel(planWith({ 'rf2-fever': 'present' }, own), { locale, today: TODAY }),
      planModel(planWith({ 'rf2-fever': 'present' }, { ...own, decision: DECISIONS.referral }), { locale, today: TODAY }),
      planModel(planWith({ 'rf2-fever': 'present', 'rf2-age': 'present' }, { ...own, decision: DECISIONS.wait }), {
        locale,
        today: TODAY,
        profile: profileWith(['leg']),
      }),
    ];
    const all = [...new Set([...catalogTexts(locale), ...models.flatMap(texts)])];
    const plain = plainLanguage(locale);
    it(`${locale} reads ${[plain.wholeRule, plain.medianRule].filter(Boolean).join(', ')}, each string ${plain.blockRule}`, (t) => {
      t.diagnostic(plain.summary(all));
      assert.deepEqual([plain.whole(all), plain.median(all)].filter(Boolean), []);
      assert.deepEqual(
        all.flatMap((text) => plain.block(text) ?? []),
        [],
      );
    });
  }
});

describe('planServices: the services a plan names, as checkPlan keeps them', () => {
  const cases: [string, unknown, unknown][] = [
    [
      'both groups',
      { services: { emergency: { number: '113' }, urgent: { place: 'a same-day clinic' } } },
      { emergency: { number: '113' }, urgent: { place: 'a same-day clinic' } },
    ],
    ['JSON text', JSON.stringify({ services: { urgent: { line: 'NHS 24' } } }), { urgent: { line: 'NHS 24' } }],
    [
      'a number that is not a phone number is left out',
      { services: { emergency: { number: 'soon', service: 'A&E' } } },
      { emergency: { service: 'A&E' } },
    ],
    ['blank values and unknown keys are left out', { services: { emergency: { number: ' ' }, other: { x: 'y' } } }, undefined],
    ['no services', defaultPlan(TODAY), undefined],
    ['not a plan', 'not json', undefined],
    ['null', null, undefined],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepEqual(planServices(input), expected));
  it('the same as checkPlan keeps', () => {
    const input = { services: { emergency: { number: '113', service: 7 }, urgent: { line: 'NHS 24' } } };
    const checked = checkPlan(input, TODAY);
    assert.deepEqual(planServices(input), (checked.ok ? checked.plan : checked.partial).services);
  });
});
