import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  localeText,
  addDays,
  defaultPlan,
  EARLY_REVIEW_DAYS,
  formatDate,
  isBackground,
  ITEM_IDS,
  PHASES,
  PLAN_LIMITS,
  reviewConflicts,
  SELF_CARE_IDS,
  score,
  SIGN_IDS,
  TIER1_IDS,
  tierOf,
  type CheckGroup,
  type ExpectationProfile,
  type Likert,
  type Phase,
  type Plan,
  type PlanKind,
  type PlanTriage,
  type SelfCareId,
  type SignId,
  type SignStatus,
  type Tier1Id,
} from '@scanwise/core';
import '../../packages/elements/src/imaging-questionnaire/define.js';
import '../../packages/elements/src/watchful-waiting-plan/define.js';
import type { SdmPlanChangeDetail, SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import { collectErrors, shadowText } from './helpers/events.js';
import './helpers/locales.js';

type P = SdmWatchfulWaitingPlan;
const TODAY = '2026-11-23';
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** The patient view's sections, in the order drawn. */
const sections = (el: P) => $$(el, '.plan section[data-section]').map((s) => s.dataset.section);
const focused = (el: P) => el.shadowRoot!.activeElement as HTMLElement | null;
/** A sign's choice in the clinician's form. */
const radio = (el: P, sign: SignId, status: SignStatus) => $<HTMLInputElement>(el, `input[data-field="redFlags.${sign}"][value="${status}"]`)!;

const allSigns = (status: SignStatus, extra: Partial<Record<SignId, SignStatus>> = {}) =>
  ({ ...Object.fromEntries(SIGN_IDS.map((id) => [id, status])), ...extra }) as Record<SignId, SignStatus>;

function filledPlan(redFlags: Partial<Record<SignId, SignStatus>> = {}, extra: Partial<Plan> = {}): Plan {
  return {
    ...defaultPlan(TODAY),
    redFlags: allSigns('absent', redFlags),
    goals: ['Pick up my grandson'],
    practice: { name: 'Riverside Medical Centre', phone: '01632 960123', clinician: 'Dr Amira Khan' },
    timeZone: 'Europe/London',
    ...extra,
  };
}

/** A profile where each theme's four items get one value (1–5). */
function profileFor(leg: Likert, thr: Likert, nav: Likert): ExpectationProfile {
  const value = { leg, thr, nav } as const;
  return score({
    emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, false])),
    items: Object.fromEntries(ITEM_IDS.map((id) => [id, value[id.slice(0, 3) as keyof typeof value]])),
    wantScan: 'yes',
  });
}

async function view(
  plan: Plan | string | undefined,
  opts: { lang?: string; profile?: ExpectationProfile; attrs?: Record<string, string> } = {},
): Promise<P> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${opts.lang ?? 'en-GB'}>
    <sdm-watchful-waiting-plan today=${TODAY} .plan=${plan} .profile=${opts.profile}></sdm-watchful-waiting-plan>
  </div>`);
  const el = wrapper.querySelector('sdm-watchful-waiting-plan')!;
  for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

/** Words that belong only to watchful waiting: none may appear beside "needs to be seen". */
const WAITING_WORDS = [
  /Your plan, step by step/,
  /What to expect/,
  /Your review/,
  /Keep moving/,
  /Your dates/,
  /think again about a scan/,
  /Add your dates/,
  /gets much better/,
];

// Back to the screen at 800 × 600 after a test that changed either (a round trip to the
// browser saved for the many tests that do not).
afterEach(async () => {
  if (matchMedia('print').matches) await emulateMedia({ media: 'screen' });
  if (innerWidth !== 800 || innerHeight !== 600) await setViewport({ width: 800, height: 600 });
});

/** The words the clinician writes for the patient in the decisions of these tests. */
const EMERGENCY_TEXT = 'We called an ambulance to take you to hospital now.';
const REFERRAL_TEXT = 'An MRI scan at City Hospital, and blood tests at the practice.';
const WAIT_TEXT = 'Your temperature and blood tests were normal.';
const EARLY = addDays(TODAY, EARLY_REVIEW_DAYS); // 2026-11-30
const BY = '2026-12-04';

/**
 * What the review records for one sign, and what the patient's plan must then be:
 * - `absent`, `not-asked`: the routine plan;
 * - Tier 1 `emergency` (present, emergency referral recorded) and `tier1-undecided` (present,
 *   an older plan with no decision): emergency advice;
 * - Tier 2 warning sign `referral` (tests arranged), `wait` (assessed, earlier review), and
 *   `undecided` (present, no decision: "be seen today", the safe side);
 * - Tier 1 `conflict` (the patient said yes in the questionnaire, the review says absent without
 *   asking again): emergency advice; `rechecked` (asked again: absent): the routine plan;
 * - `background` (age present, nothing else): the routine plan.
 */
type Case = 'absent' | 'not-asked' | 'emergency' | 'tier1-undecided' | 'referral' | 'wait' | 'undecided' | 'conflict' | 'rechecked' | 'background';

/**
 * What each case makes of the plan: its kind and triage, and the section it leads with: after
 * the card for a plan (watchful waiting, tests arranged), or first of all when the patient
 * needs to be seen (no card then).
 */
const OUTCOME: Record<Case, { kind: PlanKind; triage: PlanTriage; first: string }> = {
  absent: { kind: 'watchful-waiting', triage: 'routine', first: 'checked' },
  'not-asked': { kind: 'watchful-waiting', triage: 'routine', first: 'checked' },
  rechecked: { kind: 'watchful-waiting', triage: 'routine', first: 'checked' },
  background: { kind: 'watchful-waiting', triage: 'routine', first: 'checked' },
  emergency: { kind: 'needs-to-be-seen', triage: 'emergency', first: 'needs-to-be-seen' },
  'tier1-undecided': { kind: 'needs-to-be-seen', triage: 'emergency', first: 'needs-to-be-seen' },
  conflict: { kind: 'needs-to-be-seen', triage: 'emergency', first: 'needs-to-be-seen' },
  undecided: { kind: 'needs-to-be-seen', triage: 'urgent', first: 'needs-to-be-seen' },
  referral: { kind: 'tests-arranged', triage: 'referral', first: 'arranged' },
  wait: { kind: 'watchful-waiting', triage: 'early-review', first: 'early-review' },
};

/**
 * The cases that apply to a sign. Every sign absent is one plan whatever the sign, so it is a
 * row of the first sign of each kind (Tier 1, Tier 2 warning sign, background), which checks
 * that every sign is listed as checked and not found.
 */
function casesFor(sign: SignId): Case[] {
  const first = sign === 'rf1-saddle' || sign === 'rf2-fever' || isBackground(sign);
  const absent: Case[] = first ? ['absent'] : [];
  if (isBackground(sign)) return [...absent, 'background', 'not-asked'];
  return tierOf(sign) === 1
    ? [...absent, 'emergency', 'tier1-undecided', 'not-asked', 'conflict', 'rechecked']
    : [...absent, 'referral', 'wait', 'undecided', 'not-asked'];
}

/** The plan (and questionnaire answers) of a case. */
function caseInput(sign: SignId, c: Case, base: Partial<Plan> = {}): { plan: Plan; profile?: ExpectationProfile } {
  const present = filledPlan({ [sign]: 'present' }, base);
  const reported = score({ emergency: { [sign]: true }, items: {} });
  switch (c) {
    case 'absent':
      return { plan: filledPlan({}, base) };
    case 'not-asked':
      return { plan: filledPlan({ [sign]: 'not-asked' }, base) };
    case 'background':
    case 'tier1-undecided':
    case 'undecided':
      return { plan: present };
    case 'emergency':
      return { plan: { ...present, decision: { kind: 'emergency', arranged: EMERGENCY_TEXT } } };
    case 'referral':
      return { plan: { ...present, decision: { kind: 'referral', arranged: REFERRAL_TEXT, by: BY } } };
    case 'wait':
      return { plan: { ...present, decision: { kind: 'wait', reason: WAIT_TEXT, review: EARLY } } };
    case 'conflict':
      return { plan: filledPlan({}, base), profile: reported };
    case 'rechecked':
      return { plan: filledPlan({}, { ...base, rechecked: [sign as Tier1Id] }), profile: reported };
  }
}

/**
 * The text of the plan outside the standing safety net, the card (which names its two actions)
 * and the contacts: where an alarm would be.
 */
const alarmText = (el: P) =>
  $$(el, '.plan > section, .plan > .columns > section')
    .filter((s) => !['safety-net', 'glance', 'contacts'].includes(s.dataset.section!))
    .map((s) => s.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');

describe("<sdm-watchful-waiting-plan>: what each sign makes of the patient's plan", () => {
  const axed = new Set<string>();
  // One element per locale, given each row's plan in turn, as a page would set it: rendering a
  // new plan with its icon arrays for each of the rows would take most of the file's time.
  const hosts = new Map<string, P>();
  async function shown(locale: string, plan: Plan, profile: ExpectationProfile | undefined): Promise<P> {
    let el = hosts.get(locale);
    if (!el) {
      const wrapper = document.createElement('div');
      wrapper.lang = locale;
      wrapper.innerHTML = `<sdm-watchful-waiting-plan today="${TODAY}"></sdm-watchful-waiting-plan>`;
      document.body.append(wrapper);
      el = wrapper.firstElementChild as P;
      hosts.set(locale, el);
    }
    el.plan = plan;
    el.profile = profile;
    await el.updateComplete;
    return el;
  }
  after(() => {
    for (const el of hosts.values()) el.parentElement!.remove();
  });
  for (const locale of ['en-GB', 'en-US'] as const) {
    const t = localeText(locale).plan;
    const services = localeText(locale).services;
    const actions = localeText(locale).signActions(localeText(locale).services);
    for (const sign of SIGN_IDS) {
      for (const c of casesFor(sign)) {
        const outcome = OUTCOME[c];
        it(`${locale}, ${sign}, ${c}: ${outcome.kind} (${outcome.triage})`, async () => {
          const { plan, profile } = caseInput(sign, c);
          const el = await shown(locale, plan, profile);
          const article = $(el, '.plan')!;
          expect(article.dataset.kind).to.equal(outcome.kind);
          expect(article.dataset.triage).to.equal(outcome.triage);
          // The card first, for every plan; none when the patient needs to be seen.
          const card = $(el, '[data-section="glance"]');
          const carded = outcome.kind !== 'needs-to-be-seen';
          expect(sections(el).slice(0, carded ? 2 : 1)).to.deep.equal(carded ? ['glance', outcome.first] : [outcome.first]);
          const first = $(el, `.plan section[data-section="${outcome.first}"]`)!;
          if (card) {
            // Its date: the review, the earlier review, or what was arranged and by when.
            const next = { referral: ['arranged', BY], wait: ['early-review', EARLY] }[c as string] ?? ['review', plan.review];
            expect(card.querySelector<HTMLElement>('.glance-date')!.dataset.date).to.equal(next[0]);
            const time = card.querySelector('.glance-date time')!;
            expect([time.getAttribute('datetime'), time.textContent]).to.deep.equal([next[1], formatDate(next[1]!, locale)]);
            expect(card.querySelector('.glance-date .clinician-text')?.textContent ?? null).to.equal(c === 'referral' ? REFERRAL_TEXT : null);
            // Its two actions, the safety net's, and no list of signs.
            expect([...card.querySelectorAll('.glance-action')].map((a) => a.textContent)).to.deep.equal([actions[1], actions[2]]);
            expect(card.querySelector('[data-sign]')).to.equal(null);
          }
          const text = shadowText(el);
          const alarm = alarmText(el);

          // "Be seen today" only while a Tier 2 sign has no decision; "now" only for Tier 1.
          const urgent = c === 'undecided';
          const emergency = outcome.triage === 'emergency';
          expect(text.includes(t.needsToBeSeen.urgent.heading), 'the "today" heading').to.equal(urgent);
          expect(text.includes(t.needsToBeSeen.urgent.reason), 'the "today" reason').to.equal(urgent);
          expect(alarm.includes(actions[2]), 'the same-day action outside the safety net').to.equal(urgent);
          expect(text.includes(t.needsToBeSeen.emergency.heading), 'the "now" heading').to.equal(emergency);

          if (outcome.kind === 'needs-to-be-seen') {
            expect(first.getAttribute('role')).to.equal('alert');
            const action = first.querySelector('.action')!.textContent!.trim();
            const arranged = first.querySelector('[data-arranged]');
            if (c === 'emergency') {
              // What was arranged, in the clinician's words, then the action if it is not happening.
              expect(action).to.equal(localeText(locale).emergencyUnderWay(services.emergency));
              expect(arranged!.querySelector('h4')!.textContent).to.equal(t.needsToBeSeen.arranged);
              expect(arranged!.querySelector('.clinician-text')!.textContent).to.equal(EMERGENCY_TEXT);
              expect(arranged!.compareDocumentPosition(first.querySelector('.action')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
            } else {
              expect(arranged).to.equal(null);
              expect(action).to.equal(urgent ? actions[2] : actions[1]);
            }
            expect(first.querySelector(`[data-sign="${sign}"]`), 'the sign is named').not.to.equal(null);
            for (const words of WAITING_WORDS) expect(text, `${words}`).not.to.match(words);
            if (c === 'conflict') {
              expect(text).to.contain(t.needsToBeSeen.reported);
              expect(sections(el), 'no "not found" list beside what the patient reported').not.to.include('checked');
            } else {
              expect($(el, `[data-section="checked"] [data-group="found"] [data-sign="${sign}"]`)).not.to.equal(null);
            }
            expect(sections(el)).to.deep.equal(
              urgent
                ? ['needs-to-be-seen', 'safety-net', 'checked', 'contacts']
                : c === 'conflict'
                  ? ['needs-to-be-seen', 'contacts']
                  : ['needs-to-be-seen', 'checked', 'contacts'],
            );
          } else {
            // The standing safety net: both tiers, each with its action, and no background factor.
            expect($$(el, '[data-section="safety-net"] .tier .action').map((a) => a.textContent)).to.deep.equal([actions[1], actions[2]]);
            expect($(el, '[data-section="safety-net"] [data-sign="rf2-age"]'), 'age is not a warning sign').to.equal(null);
            expect($(el, '[data-section="needs-to-be-seen"]')).to.equal(null);
            const group = { absent: 'absent', rechecked: 'absent', 'not-asked': 'not-asked', background: 'noted', referral: 'found', wait: 'found' }[
              c as string
            ];
            expect($(el, `[data-section="checked"] [data-group="${group}"] [data-sign="${sign}"]`), `listed as ${group}`).not.to.equal(null);
            if (c === 'absent') {
              expect($$(el, '[data-section="checked"] [data-group="absent"] [data-sign]').map((li) => li.dataset.sign)).to.deep.equal([...SIGN_IDS]);
            }
          }
          if (c === 'referral') {
            const s = first;
            expect(s.querySelector('.clinician-text')!.textContent).to.equal(REFERRAL_TEXT);
            expect(s.querySelector('.by')!.textContent).to.equal(t.arranged.by(formatDate(BY, locale)));
            expect(s.textContent).to.contain(t.arranged.chase);
            expect(sections(el)).to.deep.equal(['glance', 'arranged', 'safety-net', 'steps', 'checked', 'goals', 'contacts']);
            for (const words of [/What to expect/, /Your dates/, /think again about a scan/]) expect(text).not.to.match(words);
          }
          if (c === 'wait') {
            const s = first;
            expect(s.querySelector(`li[data-sign="${sign}"]`)!.textContent).to.equal(t.signs[sign].label);
            expect(s.querySelector('.clinician-text')!.textContent).to.equal(WAIT_TEXT);
            expect(s.querySelector('.next')!.textContent).to.equal(t.earlyReview.next(formatDate(EARLY, locale)));
            expect($$(el, '.dates .date').map((d) => d.dataset.date)).to.deep.equal(['early', 'check-in', 'review']);
            expect($(el, '.dates [data-date="early"] time')!.getAttribute('datetime')).to.equal(EARLY);
          } else {
            expect($(el, '.dates [data-date="early"]')).to.equal(null);
          }
          // axe once per state: each case and tier (the other signs of a tier, and the other
          // locale, draw the same parts in other words).
          const state = `${c} ${tierOf(sign)}`;
          if (!axed.has(state)) {
            axed.add(state);
            await expect(el).to.be.accessible();
          }
        });
      }
    }

    // The same rows on paper: one test per case, with print media set once for all its signs.
    for (const c of Object.keys(OUTCOME) as Case[]) {
      const outcome = OUTCOME[c];
      const signs = SIGN_IDS.filter((sign) => casesFor(sign).includes(c));
      it(`${locale}, ${c}, on paper: ${signs.length === 1 ? signs[0] : `each of ${signs.length} signs`}`, async () => {
        await emulateMedia({ media: 'print' });
        for (const sign of signs) {
          const { plan, profile } = caseInput(sign, c);
          const el = await shown(locale, plan, profile);
          const first = $(el, `.plan section[data-section="${outcome.first}"]`)!;
          expect($(el, '.plan')!.dataset.kind, sign).to.equal(outcome.kind);
          expect(first.checkVisibility(), `${sign}: the first section prints`).to.equal(true);
          const card = $(el, '[data-section="glance"]');
          expect(card !== null, 'a card only beside a plan').to.equal(outcome.kind !== 'needs-to-be-seen');
          if (card) {
            // The card prints on top, full width and whole, and so does its date.
            expect(sections(el)[0]).to.equal('glance');
            expect(card.closest('.columns'), 'the card at full width on paper').to.equal(null);
            expect(getComputedStyle(card).breakInside).to.equal('avoid');
            expect(card.querySelector<HTMLElement>('.glance-date time')!.checkVisibility()).to.equal(true);
          }
          if (['needs-to-be-seen', 'arranged', 'early-review'].includes(outcome.first)) {
            expect(first.closest('.columns'), 'full width on paper').to.equal(null);
            expect(getComputedStyle(first).breakInside, 'kept whole').to.equal('avoid');
            expect(getComputedStyle(first).borderTopColor).to.equal('rgb(0, 0, 0)');
          }
          const sign$ = first.querySelector<HTMLElement>(`[data-sign="${sign}"]`);
          if (c === 'absent' || c === 'rechecked') {
            // Every sign checked and none found: the summary line says it all on paper.
            expect($(el, '[data-section="checked"] .summary-line')!.checkVisibility()).to.equal(true);
            expect($(el, '[data-section="checked"] details')!.checkVisibility()).to.equal(false);
          } else if (sign$) expect(sign$.checkVisibility(), `${sign}: the sign prints`).to.equal(true);
          if (c === 'referral') expect($(el, '.step-list')!.checkVisibility(), 'no week-by-week table: the steps print as a list').to.equal(true);
          if (c === 'background') {
            expect($(el, '[data-group="noted"]')!.checkVisibility(), 'age noted on paper').to.equal(true);
            expect($(el, '[data-group="absent"]')!.checkVisibility(), 'the summary says every warning sign was checked').to.equal(false);
          }
          if (outcome.kind === 'needs-to-be-seen') {
            const printed = el.shadowRoot!.querySelector('.plan')!.textContent!;
            for (const words of WAITING_WORDS) expect(printed, `print: ${words}`).not.to.match(words);
          }
        }
      });
    }
  }

  it('a Tier 1 sign reported in the questionnaire alone makes the plan an emergency too', async () => {
    const profile = score({ emergency: { 'rf1-chest': true }, items: {} });
    const el = await view(filledPlan(), { profile });
    expect(sections(el)[0]).to.equal('needs-to-be-seen');
    expect(shadowText(el)).to.contain('What you told us:');
    expect(sections(el)).not.to.include('checked'); // a list of "not found" beside it could falsely reassure
    await expect(el).to.be.accessible();
  });

  it('with no sign present the plan is watchful waiting, and says what was checked', async () => {
    const el = await view(filledPlan());
    expect(sections(el)).not.to.include('needs-to-be-seen');
    expect(shadowText(el)).to.contain('We checked for every warning sign in this plan and found none of them.');
    await expect(el).to.be.accessible();
  });

  it('a sign not asked is listed under "not checked today", never as "not found"', async () => {
    const el = await view(filledPlan({ 'rf2-weight': 'not-asked' }));
    const t = localeText('en-GB').plan;
    const group = $(el, '.checklist [data-sign="rf2-weight"]')!.closest<HTMLElement>('[data-group]')!;
    expect(group.dataset.group).to.equal('not-asked');
    expect(group.querySelector('h4')!.textContent).to.equal(t.checked.groups['not-asked']);
    expect(group.textContent).not.to.contain('not find');
  });

  it('"What we checked" reads as groups under plain headings, each sign once, with no "Status:" lines', async () => {
    const el = await view(
      filledPlan(
        { 'rf2-weight': 'not-asked', 'rf2-age': 'present', 'rf2-cough': 'present' },
        { decision: { kind: 'wait', reason: WAIT_TEXT, review: EARLY } },
      ),
    );
    const t = localeText('en-GB').plan;
    const groups = $$(el, '[data-section="checked"] .check-group');
    expect(groups.map((g) => g.dataset.group)).to.deep.equal(['found', 'noted', 'absent', 'not-asked']);
    for (const g of groups) {
      expect(g.querySelector('h4')!.textContent).to.equal(t.checked.groups[g.dataset.group as CheckGroup]);
      for (const li of g.querySelectorAll<HTMLElement>('li')) expect(li.textContent!.trim()).to.equal(t.signs[li.dataset.sign as SignId].label);
    }
    expect(
      $$(el, '[data-section="checked"] li[data-sign]')
        .map((li) => li.dataset.sign)
        .sort(),
    ).to.deep.equal([...SIGN_IDS].sort());
    expect($(el, '[data-section="checked"] details')!.hasAttribute('open'), 'open when a sign was found').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the week-by-week stretches read as a step with its hint, not "Title: text"', async () => {
    const el = await view(filledPlan());
    const t = localeText('en-GB').plan;
    for (const phase of $$(el, '.phase')) {
      const steps = [...phase.querySelectorAll<HTMLElement>('.phase-steps > div')];
      expect(
        steps.map((s) => s.dataset.step),
        phase.dataset.phase,
      ).to.deep.equal(filledPlan().selfCare);
      for (const step of steps) {
        const id = step.dataset.step as SelfCareId;
        expect(step.querySelector('dt')!.textContent).to.equal(t.selfCare[id].title);
        expect(step.querySelector('dd')!.textContent).to.equal(t.selfCare[id].hints[phase.dataset.phase as Phase]);
      }
    }
    expect(shadowText(el)).not.to.match(/Keep moving:/);
  });

  it("the plan with a Tier 2 sign and the clinician's decision follows the tailoring (threat high), the decision first", async () => {
    const { plan } = caseInput('rf2-fever', 'wait');
    const el = await view(plan, { profile: profileFor(2, 5, 2) });
    expect(sections(el).slice(0, 4)).to.deep.equal(['glance', 'early-review', 'safety-net', 'checked']);
  });

  it('an old plan with a Tier 2 sign present and no decision: a problem naming "decision", sdm-error, and "be seen today"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    const { decision: _, rechecked: __, ...old } = filledPlan({ 'rf2-cancer': 'present' });
    wrapper.innerHTML = `<sdm-watchful-waiting-plan today="${TODAY}"><script type="application/json">${JSON.stringify(old)}</script></sdm-watchful-waiting-plan>`;
    const el = wrapper.firstElementChild as P;
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0]!.problems.map((p) => p.field)).to.include('script.decision');
    const alert = $(el, '[role="alert"][part="error"]')!;
    expect(alert.checkVisibility()).to.equal(true);
    expect(alert.textContent).to.match(/Tier 2 sign is recorded as present/);
    const t = localeText('en-GB').plan;
    expect($(el, '.plan')!.dataset.triage).to.equal('urgent');
    expect($(el, '[data-section="needs-to-be-seen"] h3')!.textContent).to.equal(t.needsToBeSeen.urgent.heading);
    expect(el.validity.valid, 'not ready to share').to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('<sdm-watchful-waiting-plan>: each decision on paper', () => {
  // The decisions' sections on paper stay within the leaflet's one or two sheets, with the
  // stories' fuller plan (five steps, a note, two goals) or the rows' own (the default steps, one
  // goal). Known limit: the fuller plan with a sign assessed as safe to wait runs to a third US
  // Letter sheet (its last three sections spill over); A4 holds it on two, and Letter holds the
  // rows' plan on two.
  const fuller: Partial<Plan> = {
    selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'work'],
    selfCareNote: 'Try the knee-to-chest stretch we did today, twice a day.',
    goals: ['Pick up my grandson', 'Get back to football on Thursdays'],
  };
  const rows: { sign: SignId; c: Case; lang: 'en-GB' | 'en-US'; format: 'A4' | 'Letter'; base: Partial<Plan>; most: number }[] = [
    { sign: 'rf1-bladder', c: 'emergency', lang: 'en-US', format: 'Letter', base: fuller, most: 2 },
    { sign: 'rf2-cancer', c: 'referral', lang: 'en-GB', format: 'A4', base: fuller, most: 2 },
    { sign: 'rf2-cancer', c: 'referral', lang: 'en-US', format: 'Letter', base: fuller, most: 2 },
    { sign: 'rf2-fever', c: 'wait', lang: 'en-GB', format: 'A4', base: fuller, most: 2 },
    { sign: 'rf2-fever', c: 'wait', lang: 'en-US', format: 'Letter', base: {}, most: 2 },
    { sign: 'rf2-fever', c: 'wait', lang: 'en-US', format: 'Letter', base: fuller, most: 3 },
    { sign: 'rf2-age', c: 'background', lang: 'en-GB', format: 'A4', base: fuller, most: 2 },
  ];
  for (const { sign, c, lang, format, base, most } of rows) {
    it(`prints on ${most} sheets at most: ${sign} ${c}, ${format}, ${base === fuller ? 'the fuller plan' : "the rows' plan"}`, async () => {
      const { plan, profile } = caseInput(sign, c, base);
      await view(plan, { lang, ...(profile ? { profile } : {}) });
      await emulateMedia({ media: 'print' });
      const pages = await executeServerCommand<number, { format: string }>('pdf-pages', { format });
      expect(pages).to.be.within(1, most);
    });
  }
});

describe('<sdm-watchful-waiting-plan>: the card the plan opens with (brief by default)', () => {
  const t = localeText('en-GB').plan;
  const card = (el: P) => $(el, '[data-section="glance"]')!;
  const text = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
  const all = (n: Element, sel: string) => [...n.querySelectorAll<HTMLElement>(sel)];
  const WAIT = { kind: 'wait', reason: WAIT_TEXT, review: EARLY } as const;
  const REFERRAL = { kind: 'referral', arranged: REFERRAL_TEXT, by: BY } as const;
  /** Every self-care step, so the card shows only the first three. */
  const allSteps: Partial<Plan> = { selfCare: [...SELF_CARE_IDS] };

  it('comes first: a section named by its heading, exposed as the "glance" part', async () => {
    const el = await view(filledPlan());
    expect(sections(el)[0]).to.equal('glance');
    const c = card(el);
    expect(c.localName).to.equal('section');
    expect(c.getAttribute('part')!.split(' ')).to.include('glance');
    expect(el.shadowRoot!.getElementById(c.getAttribute('aria-labelledby')!)!.textContent).to.equal(t.glance.heading);
    expect(c.previousElementSibling!.localName, 'right under the title').to.equal('h2');
    await expect(el).to.be.accessible();
  });

  const dateCases: {
    name: string;
    lang: 'en-GB' | 'en-US';
    plan: Plan;
    kind: string;
    iso: string;
    shown: string;
    label: string;
    arranged?: string;
  }[] = [
    {
      name: 'the review',
      lang: 'en-GB',
      plan: filledPlan(),
      kind: 'review',
      iso: '2027-01-04',
      shown: '4 January 2027',
      label: t.dates.review.label,
    },
    {
      name: 'the review, in US style',
      lang: 'en-US',
      plan: filledPlan(),
      kind: 'review',
      iso: '2027-01-04',
      shown: 'January 4, 2027',
      label: t.dates.review.label,
    },
    {
      name: 'the earlier review, after a sign assessed as safe to wait',
      lang: 'en-GB',
      plan: filledPlan({ 'rf2-fever': 'present' }, { decision: WAIT }),
      kind: 'early-review',
      iso: EARLY,
      shown: '30 November 2026',
      label: t.dates.early.label,
    },
    {
      name: 'what was arranged and by when, with tests arranged',
      lang: 'en-GB',
      plan: filledPlan({ 'rf2-cancer': 'present' }, { decision: REFERRAL }),
      kind: 'arranged',
      iso: BY,
      shown: '4 December 2026',
      label: t.glance.arranged.label,
      arranged: REFERRAL_TEXT,
    },
  ];
  for (const c of dateCases) {
    it(`shows the date to keep: ${c.name}`, async () => {
      const el = await view(c.plan, { lang: c.lang });
      const date = card(el).querySelector<HTMLElement>('.glance-date')!;
      expect(date.dataset.date).to.equal(c.kind);
      expect(date.querySelector('h4')!.textContent).to.equal(c.label);
      const time = date.querySelector('time')!;
      expect([time.getAttribute('datetime'), time.textContent]).to.deep.equal([c.iso, c.shown]);
      expect(parseFloat(getComputedStyle(time).fontSize), 'the date stands out').to.be.greaterThan(
        parseFloat(getComputedStyle(date.querySelector('h4')!).fontSize),
      );
      expect(date.querySelector('.clinician-text')?.textContent ?? null).to.equal(c.arranged ?? null);
      if (c.kind !== 'review') expect(text(card(el))).not.to.contain('January 2027');
      await expect(el).to.be.accessible();
    });
  }

  const stepCases: { name: string; selfCare: SelfCareId[]; heading: string | null }[] = [
    { name: 'none chosen: no steps on the card', selfCare: [], heading: null },
    { name: 'one chosen', selfCare: ['walking'], heading: t.glance.steps.all },
    { name: "three chosen, in the plan's order", selfCare: ['heat', 'work', 'keep-active'], heading: t.glance.steps.all },
    { name: 'all seven chosen: the first three', selfCare: [...SELF_CARE_IDS].reverse(), heading: t.glance.steps.first },
  ];
  for (const c of stepCases) {
    it(`shows up to three steps, with a few words each: ${c.name}`, async () => {
      const el = await view(filledPlan({}, { selfCare: c.selfCare, selfCareNote: c.selfCare.length ? '' : 'Swim twice a week.' }));
      const steps = card(el).querySelector('.glance-steps');
      if (c.heading === null) {
        expect(steps).to.equal(null);
        return;
      }
      expect(steps!.querySelector('h4')!.textContent).to.equal(c.heading);
      const items = [...steps!.querySelectorAll<HTMLElement>('li')];
      expect(items.map((li) => li.dataset.step)).to.deep.equal(c.selfCare.slice(0, 3));
      expect(items.map(text)).to.deep.equal(c.selfCare.slice(0, 3).map((id) => `${t.selfCare[id].title}. ${t.selfCare[id].brief}`));
      expect(
        $$(el, '[data-section="steps"] .step-list li').map((li) => li.dataset.step),
        'every step, in its own section',
      ).to.deep.equal(c.selfCare);
    });
  }

  const serviceCases: { name: string; lang: string; attrs?: Record<string, string>; plan?: Partial<Plan>; has: [RegExp, RegExp] }[] = [
    {
      name: 'en-GB: A&E, 999 and NHS 111',
      lang: 'en-GB',
      has: [/^Go to A&E or call 999 now\. Do not wait for a GP appointment\.$/, /^Call NHS 111 or get an urgent GP appointment today\.$/],
    },
    {
      name: 'en-US: the emergency room, 911 and urgent care',
      lang: 'en-US',
      has: [/^Go to the emergency room or call 911 now\./, /^Call your doctor's office or go to urgent care today\.$/],
    },
    {
      name: "en-AU with the page's services",
      lang: 'en-AU',
      attrs: { 'emergency-number': '000', 'emergency-service': 'the emergency department', 'urgent-line': 'Healthdirect' },
      has: [/^Go to the emergency department or call 000 now\./, /^Call Healthdirect /],
    },
    {
      name: "the plan's services win over the page's",
      lang: 'en-GB',
      attrs: { 'emergency-number': '000' },
      plan: { services: { emergency: { number: '112' }, urgent: { line: 'the out-of-hours line' } } },
      has: [/call 112 now/, /^Call the out-of-hours line or get an urgent GP appointment today\.$/],
    },
  ];
  for (const c of serviceCases) {
    it(`says when to get help, with both actions and their numbers: ${c.name}`, async () => {
      const el = await view(filledPlan({}, c.plan), { lang: c.lang, ...(c.attrs ? { attrs: c.attrs } : {}) });
      const tiers = all(card(el), '.glance-tier');
      expect(tiers.map((x) => x.dataset.tier)).to.deep.equal(['1', '2']);
      const actions = tiers.map((x) => text(x.querySelector('.glance-action')!));
      expect(actions[0]).to.match(c.has[0]);
      expect(actions[1]).to.match(c.has[1]);
      expect(actions, "the safety net's own words").to.deep.equal($$(el, '[data-section="safety-net"] .tier .action').map(text));
      // Each "when" names the list of signs it means, by the heading of its box.
      const boxes = $$(el, '[data-section="safety-net"] .tier h4').map(text);
      tiers.forEach((x, n) => expect(text(x.querySelector('.glance-when')!)).to.contain(`“${boxes[n]}”`));
      expect(card(el).querySelector('[data-sign]'), 'the signs are listed once, in the safety net').to.equal(null);
    });
  }

  it('the emergency action in the emergency colour, the same-day one in the urgent colour, and they follow the tokens', async () => {
    const el = await view(filledPlan());
    const [now, today] = all(card(el), '.glance-action');
    expect(getComputedStyle(now!).color).to.equal(getComputedStyle($(el, '.tier-1 h4')!).color);
    expect(getComputedStyle(today!).color).to.equal(getComputedStyle($(el, '.tier-2 h4')!).color);
    expect(getComputedStyle(now!).color).not.to.equal(getComputedStyle(today!).color);
    el.style.setProperty('--sdm-color-emergency', 'rgb(1, 2, 3)');
    el.style.setProperty('--sdm-color-urgent', 'rgb(4, 5, 6)');
    expect(getComputedStyle(now!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(now!.parentElement!).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(today!).color).to.equal('rgb(4, 5, 6)');
    // In a dark page, the tokens' dark values still read on the card.
    el.style.removeProperty('--sdm-color-emergency');
    el.style.removeProperty('--sdm-color-urgent');
    el.parentElement!.style.cssText = 'color-scheme: dark; background: #121212';
    expect(getComputedStyle(now!).color).to.equal('rgb(255, 138, 128)');
    await expect(el).to.be.accessible();
  });

  it('is not in a plan where the patient needs to be seen', async () => {
    for (const { plan, profile } of [
      caseInput('rf1-bladder', 'emergency'),
      caseInput('rf2-fever', 'undecided'),
      caseInput('rf1-chest', 'conflict'),
    ]) {
      const el = await view(plan, profile ? { profile } : {});
      expect($(el, '.plan')!.dataset.kind).to.equal('needs-to-be-seen');
      expect($(el, '[data-section="glance"]')).to.equal(null);
      expect(shadowText(el)).not.to.contain(t.glance.heading);
    }
  });

  // Held to about a screen: one glance tells the plan.
  for (const lang of ['en-GB', 'en-US'] as const) {
    it(`at 390 px (${lang}): no sideways scrolling, and the card is shorter than a screen (600 px) in each kind of plan`, async () => {
      await setViewport({ width: 390, height: 844 });
      for (const plan of [
        filledPlan({}, allSteps),
        filledPlan({ 'rf2-fever': 'present' }, { ...allSteps, decision: WAIT }),
        filledPlan({ 'rf2-cancer': 'present' }, { ...allSteps, decision: REFERRAL }),
      ]) {
        const el = await view(plan, { lang });
        const c = card(el);
        expect(el.scrollWidth).to.be.at.most(390);
        expect($$(el, '[data-section="glance"] *').filter((n) => n.getBoundingClientRect().right > 391)).to.deep.equal([]);
        expect(c.getBoundingClientRect().height, $(el, '.plan')!.dataset.kind).to.be.below(600);
      }
    });
  }

  it('wider: the date beside the steps, and the two ways to get help side by side', async () => {
    const el = await view(filledPlan());
    const top = (sel: string) => $(el, sel)!.getBoundingClientRect().top;
    expect(top('.glance-date')).to.equal(top('.glance-steps'));
    const [now, today] = $$(el, '.glance-tier').map((x) => x.getBoundingClientRect());
    expect(now!.top).to.equal(today!.top);
    expect(now!.right).to.be.below(today!.left);
  });

  it('on paper: on top at full width, in one box, with the date, the steps by title and both actions', async () => {
    const el = await view(filledPlan({}, allSteps));
    await emulateMedia({ media: 'print' });
    const c = card(el);
    expect(c.checkVisibility()).to.equal(true);
    expect(c.getBoundingClientRect().width).to.equal($(el, '.plan')!.getBoundingClientRect().width);
    expect(getComputedStyle(c).borderTopColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(c).breakInside).to.equal('avoid');
    expect(c.querySelector<HTMLElement>('.glance-date time')!.checkVisibility()).to.equal(true);
    expect(
      all(c, '.glance-steps li strong')
        .filter((x) => x.checkVisibility())
        .map(text),
    ).to.deep.equal(SELF_CARE_IDS.slice(0, 3).map((id) => `${t.selfCare[id].title}.`));
    expect(
      all(c, '.glance-brief').some((x) => x.checkVisibility()),
      'the week-by-week table has the rest',
    ).to.equal(false);
    expect(
      all(c, '.glance-action')
        .filter((x) => x.checkVisibility())
        .map(text),
    ).to.deep.equal($$(el, '.tier .action').map(text));
    for (const a of all(c, '.glance-action')) expect(getComputedStyle(a).color).to.equal('rgb(0, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('on paper, "Who to contact" leaves out the two services the card names; on screen it keeps them', async () => {
    const el = await view(filledPlan());
    const services = $$(el, '[data-section="contacts"] li.service');
    expect(services.map(text)).to.deep.equal([
      t.contacts.emergency(localeText('en-GB').services.emergency),
      t.contacts.urgent(localeText('en-GB').services.urgent),
    ]);
    expect(services.every((li) => li.checkVisibility())).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(services.some((li) => li.checkVisibility())).to.equal(false);
    expect(
      $$(el, '[data-section="contacts"] li:not(.service)').every((li) => li.checkVisibility()),
      'the practice stays',
    ).to.equal(true);
    // Without a card (the patient needs to be seen) they stay on paper too.
    const seen = await view(caseInput('rf1-bladder', 'emergency').plan);
    expect($$(seen, '[data-section="contacts"] li.service').map((li) => li.checkVisibility())).to.deep.equal([true]);
  });

  // Pages: the card costs no sheet. Each plan of the print tests below prints on as many sheets
  // as it did before the card (the card hidden, and the contacts' service lines back).
  const WITHOUT_CARD = '.section-glance { display: none !important } .section-contacts li.service { display: list-item !important }';
  async function sheets(el: P, format: string, withCard: boolean): Promise<number> {
    const style = document.createElement('style');
    style.textContent = WITHOUT_CARD;
    if (!withCard) el.shadowRoot!.append(style);
    const pages = await executeServerCommand<number, { format: string }>('pdf-pages', { format });
    style.remove();
    return pages;
  }
  const story: Partial<Plan> = {
    selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'work'],
    selfCareNote: 'Try the knee-to-chest stretch we did today, twice a day.',
    goals: ['Pick up my grandson', 'Get back to football on Thursdays'],
  };
  const pageCases: { name: string; input: () => { plan: Plan; profile?: ExpectationProfile }; lang: 'en-GB' | 'en-US'; format: 'A4' | 'Letter' }[] =
    [];
  for (const [lang, format] of [
    ['en-GB', 'A4'],
    ['en-US', 'Letter'],
  ] as const) {
    for (const [name, profile] of [
      ['no profile', undefined],
      ['threat high', profileFor(2, 5, 2)],
      ['navigation high', profileFor(2, 2, 5)],
      ['legitimacy high', profileFor(5, 2, 2)],
    ] as const) {
      pageCases.push({
        name: `the stories' plan, ${name}`,
        input: () => ({ plan: filledPlan({}, story), ...(profile ? { profile } : {}) }),
        lang,
        format,
      });
    }
    pageCases.push({ name: 'tests arranged', input: () => caseInput('rf2-cancer', 'referral', story), lang, format });
    pageCases.push({ name: 'a sign assessed as safe to wait', input: () => caseInput('rf2-fever', 'wait', story), lang, format });
    pageCases.push({ name: "a sign assessed as safe to wait, the rows' plan", input: () => caseInput('rf2-fever', 'wait'), lang, format });
  }
  pageCases.push({ name: 'age noted', input: () => caseInput('rf2-age', 'background', story), lang: 'en-GB', format: 'A4' });
  pageCases.push({
    name: 'every step, a long note, many goals',
    input: () => ({
      plan: filledPlan(
        {},
        {
          ...story,
          selfCare: [...SELF_CARE_IDS],
          selfCareNote: 'Try the knee-to-chest stretch we did today, twice a day. '.repeat(4),
          goals: ['Pick up my grandson', 'Get back to football on Thursdays', 'Sleep through the night', 'Drive to work'],
          scanTriggers: ['Pain spreads down both legs', 'Numbness in one foot'],
        },
      ),
    }),
    lang: 'en-GB',
    format: 'A4',
  });
  for (const c of pageCases) {
    it(`the card costs no sheet: ${c.name}, ${c.format}`, async () => {
      const { plan, profile } = c.input();
      const el = await view(plan, { lang: c.lang, ...(profile ? { profile } : {}) });
      await emulateMedia({ media: 'print' });
      const [without, withCard] = [await sheets(el, c.format, false), await sheets(el, c.format, true)];
      expect(withCard).to.equal(without);
    });
  }
});

describe('<sdm-watchful-waiting-plan>: services follow the locale', () => {
  const cases: { name: string; lang: string; attrs?: Record<string, string>; plan?: Partial<Plan>; has: RegExp[]; not: RegExp[] }[] = [
    { name: 'en-GB: 999, A&E and NHS 111', lang: 'en-GB', has: [/call 999 now/, /Go to A&E/, /Call NHS 111/], not: [/911/] },
    {
      name: 'en-US: 911, the emergency room and urgent care',
      lang: 'en-US',
      has: [/call 911 now/, /the emergency room/, /go to urgent care today/],
      not: [/999/, /NHS/],
    },
    {
      name: 'en-AU: no number guessed',
      lang: 'en-AU',
      has: [/Go to the nearest hospital or call your local number for an ambulance now/],
      not: [/999/, /911/, /NHS/],
    },
    {
      name: 'attributes override',
      lang: 'en-AU',
      attrs: { 'emergency-number': '000', 'emergency-service': 'the emergency department', 'urgent-line': 'Healthdirect' },
      has: [/Go to the emergency department or call 000 now/, /Call Healthdirect/],
      not: [/999/],
    },
    {
      name: 'plan.services wins over attributes',
      lang: 'en-GB',
      attrs: { 'emergency-number': '000' },
      plan: { services: { emergency: { number: '112' } } },
      has: [/call 112 now/],
      not: [/000/, /999/],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const el = await view(filledPlan({}, c.plan), { lang: c.lang, ...(c.attrs ? { attrs: c.attrs } : {}) });
      const net = $(el, '[data-section="safety-net"]')!.textContent!.replace(/\s+/g, ' ');
      for (const r of c.has) expect(net).to.match(r);
      for (const r of c.not) expect(shadowText(el)).not.to.match(r);
    });
  }
});

describe('<sdm-watchful-waiting-plan>: the review date and calendar file', () => {
  const decode = (href: string) => {
    expect(href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    return decodeURIComponent(href.slice(href.indexOf(',') + 1));
  };

  it('shows the dates in words and links an iCalendar file with both dates, the time zone and reminders', async () => {
    const el = await view(filledPlan());
    const times = $$(el, '.dates time').map((t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times).to.deep.equal([
      ['2026-12-07', '7 December 2026'],
      ['2027-01-04', '4 January 2027'],
    ]);
    const link = $<HTMLAnchorElement>(el, 'a.calendar')!;
    expect(link.getAttribute('download')).to.equal('back-pain-plan-2027-01-04.ics');
    const ics = decode(link.href);
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20261207');
    expect(ics).to.contain('DTSTART;VALUE=DATE:20270104');
    expect(ics).to.contain('X-WR-TIMEZONE:Europe/London');
    expect(ics.match(/BEGIN:VALARM/g)).to.have.length(2);
    expect(ics).to.contain('TRIGGER:-PT15H');
    expect(ics.replace(/\r\n /g, '')).to.contain('call 999 now');
    expect(link.getAttribute('aria-describedby')).to.equal($(el, '.calendar-row .hint')!.id);
    await expect(el).to.be.accessible();
  });

  it('names the browser time zone when the plan has none, and the page services in the file', async () => {
    const { timeZone: _, ...plan } = filledPlan();
    const us = await view(plan, { lang: 'en-US' });
    const ics = decode($<HTMLAnchorElement>(us, 'a.calendar')!.href);
    expect(ics).to.contain(`X-WR-TIMEZONE:${Intl.DateTimeFormat().resolvedOptions().timeZone}`);
    expect(ics.replace(/\r\n /g, '')).to.contain('call 911 now');
    const au = await view(plan, { lang: 'en-AU', attrs: { 'emergency-number': '000' } });
    const auIcs = decode($<HTMLAnchorElement>(au, 'a.calendar')!.href).replace(/\r\n /g, '');
    expect(auIcs).to.contain('call 000 now');
    expect(auIcs).not.to.match(/999|911/);
  });

  it('the calendar link is not printed, the dates are', async () => {
    const el = await view(filledPlan());
    await emulateMedia({ media: 'print' });
    expect($(el, '.calendar-row')!.checkVisibility()).to.equal(false);
    expect($(el, '.dates')!.checkVisibility()).to.equal(true);
  });
});

describe('<sdm-watchful-waiting-plan>: tailoring', () => {
  // After the card, which opens every plan whatever the tailoring.
  const cases: { name: string; profile?: ExpectationProfile; first: string[]; lead?: RegExp }[] = [
    { name: 'no profile: the standard order', first: ['glance', 'checked', 'recovery', 'goals', 'steps', 'dates', 'safety-net'] },
    {
      name: 'all themes low: the standard order',
      profile: profileFor(2, 2, 2),
      first: ['glance', 'checked', 'recovery', 'goals', 'steps', 'dates', 'safety-net'],
    },
    {
      name: 'threat high: the safety net and what we checked first',
      profile: profileFor(2, 5, 2),
      first: ['glance', 'safety-net', 'checked', 'recovery'],
      lead: /what we checked today/,
    },
    { name: 'legitimacy high: a written record first', profile: profileFor(5, 2, 2), first: ['glance', 'statement', 'checked', 'recovery'] },
    {
      name: 'navigation high: steps and dates first',
      profile: profileFor(2, 2, 5),
      first: ['glance', 'steps', 'dates', 'scan-triggers'],
      lead: /next steps and your dates/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const el = await view(filledPlan(), c.profile ? { profile: c.profile } : {});
      expect(sections(el).slice(0, c.first.length)).to.deep.equal(c.first);
      if (c.lead) expect($(el, '.lead')!.textContent).to.match(c.lead);
      await expect(el).to.be.accessible();
    });
  }

  it('the written record names the diagnosis, the clinician and the dates', async () => {
    const el = await view(filledPlan(), { profile: profileFor(5, 2, 2) });
    const text = $(el, '[data-section="statement"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('On 23 November 2026, Dr Amira Khan at Riverside Medical Centre saw you');
    expect(text).to.contain('non-specific low back pain');
    expect(text).to.contain('a review on 4 January 2027');
  });

  it('follows a questionnaire named by for="…", with no JavaScript on the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB">
      <sdm-imaging-questionnaire id="q-plan"></sdm-imaging-questionnaire>
      <sdm-watchful-waiting-plan for="q-plan" today=${TODAY}></sdm-watchful-waiting-plan>
    </div>`);
    const q = wrapper.querySelector('sdm-imaging-questionnaire')!;
    const el = wrapper.querySelector('sdm-watchful-waiting-plan')!;
    el.plan = filledPlan();
    await el.updateComplete;
    expect(sections(el).slice(0, 2)).to.deep.equal(['glance', 'checked']);
    q.answers = { emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, false])), items: { 'thr-1': 5, 'thr-2': 5, 'thr-3': 5, 'thr-4': 5 } };
    await el.updateComplete;
    expect(sections(el).slice(0, 3)).to.deep.equal(['glance', 'safety-net', 'checked']);
  });

  it('the recovery figures come from the registry, people facts as icon arrays with their source', async () => {
    const el = await view(filledPlan());
    const recovery = $(el, '[data-section="recovery"]')!;
    expect(recovery.querySelectorAll('.figure [role="img"]').length).to.equal(4);
    expect(recovery.querySelector('[data-fact="pain-halves-first-month"]')!.textContent).to.match(/58%[\s\S]*Source: Pengel et al\. 2003/);
    for (const fig of recovery.querySelectorAll('.figure')) expect(fig.textContent).to.match(/Source: /);
  });
});

describe('<sdm-watchful-waiting-plan mode="edit">: the clinician fills it in', () => {
  async function editor(plan?: Plan): Promise<{ form: HTMLFormElement; el: P }> {
    const form = await fixture<HTMLFormElement>(html`<form lang="en-GB">
      <sdm-watchful-waiting-plan mode="edit" name="plan" today=${TODAY} .plan=${plan}></sdm-watchful-waiting-plan>
    </form>`);
    return { form, el: form.querySelector('sdm-watchful-waiting-plan')! };
  }
  const field = <T extends HTMLElement = HTMLInputElement>(el: P, name: string) => $<T>(el, `[data-field="${name}"]`)!;
  async function type(el: P, name: string, text: string) {
    field(el, name).focus();
    await sendKeys({ type: text });
    await sendKeys({ press: 'Tab' }); // leaving the field commits it, as with any input's change
    await el.updateComplete;
  }

  it('a new plan: every sign as a radio group of three, not asked; default self-care and dates', async () => {
    const { el } = await editor();
    expect($$(el, 'fieldset.sign')).to.have.length(SIGN_IDS.length);
    for (const sign of SIGN_IDS) {
      expect($$(el, `fieldset.sign[data-sign="${sign}"] input[type=radio]`)).to.have.length(3);
      expect(radio(el, sign, 'not-asked').checked).to.equal(true);
    }
    expect(field(el, 'checkIn').value).to.equal('2026-12-07');
    expect(field(el, 'review').value).to.equal('2027-01-04');
    expect($$<HTMLInputElement>(el, 'input[data-field="selfCare"]:checked').map((i) => i.value)).to.deep.equal([
      'keep-active',
      'walking',
      'exercises',
      'heat',
    ]);
    // Signs not asked are a warning, not an error: the form stays valid.
    expect($(el, '[data-code="signs-not-asked"]')).not.to.equal(null);
    expect(el.validity.valid).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('edit, then view: real clicks and typing make a plan the patient view shows', async () => {
    const { form, el } = await editor();
    const seen: Plan[] = [];
    el.addEventListener('change', (e) => seen.push((e as CustomEvent<SdmPlanChangeDetail>).detail.plan));
    for (const sign of SIGN_IDS) radio(el, sign, 'absent').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[data-field="selfCare"][value="work"]')!.click();
    $<HTMLInputElement>(el, 'input[data-field="selfCare"][value="heat"]')!.click();
    await type(el, 'goals', 'Walk the dog\nGo back to work');
    await type(el, 'practice.name', 'Riverside Medical Centre');
    await type(el, 'practice.clinician', 'Dr Amira Khan');
    await type(el, 'selfCareNote', 'Cat-camel stretch, twice a day.');

    expect(seen.length).to.equal(SIGN_IDS.length + 6);
    const plan = el.plan;
    expect(seen.at(-1)).to.deep.equal(plan);
    expect(plan.redFlags).to.deep.equal(allSigns('absent'));
    expect(plan.selfCare).to.deep.equal(['keep-active', 'walking', 'exercises', 'work']);
    expect(plan.goals).to.deep.equal(['Walk the dog', 'Go back to work']);
    expect(plan.practice).to.deep.equal({ name: 'Riverside Medical Centre', phone: '', clinician: 'Dr Amira Khan' });
    expect(JSON.parse(new FormData(form).get('plan') as string)).to.deep.equal(plan);
    expect($(el, '[data-code="signs-not-asked"]')).to.equal(null);
    await expect(el).to.be.accessible();

    const patient = await view(plan);
    const text = shadowText(patient);
    for (const words of [
      'Walk the dog',
      'Go back to work',
      'Stay at work, or go back soon',
      'Cat-camel stretch, twice a day.',
      'You saw: Dr Amira Khan',
      'We checked for every warning sign in this plan and found none of them.',
    ]) {
      expect(text).to.contain(words);
    }
    expect(text).not.to.contain('Try heat or cold');
    await expect(patient).to.be.accessible();

    // The same element switched to view mode shows the same plan.
    el.mode = 'view';
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Walk the dog');
  });

  it('works by keyboard: arrow keys choose within a sign, Space ticks a step, Tab moves on', async () => {
    const { el } = await editor();
    radio(el, 'rf1-saddle', 'not-asked').focus();
    await sendKeys({ press: 'ArrowLeft' }); // from "Not asked" back to "Present"
    await el.updateComplete;
    expect(el.plan.redFlags['rf1-saddle']).to.equal('present');
    expect(focused(el)).to.equal(radio(el, 'rf1-saddle', 'present'));
    expect($(el, '.triage-note')!.textContent).to.contain('Tier 1 sign is present');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.plan.redFlags['rf1-saddle']).to.equal('absent');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('data-field')).to.equal('redFlags.rf1-bladder');
    const work = $<HTMLInputElement>(el, 'input[data-field="selfCare"][value="work"]')!;
    work.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.plan.selfCare).to.include('work');
    await expect(el).to.be.accessible();
  });

  const warnings: { name: string; plan: Partial<Plan>; code: string; text: RegExp }[] = [
    {
      name: 'a review date in the past',
      plan: { checkIn: '2026-11-10', review: '2026-11-20' },
      code: 'review-past',
      text: /review date \(2026-11-20\) is in the past/,
    },
    { name: 'a review more than 12 weeks ahead', plan: { review: '2027-06-01' }, code: 'review-far', text: /more than 12 weeks away/ },
  ];
  for (const w of warnings) {
    it(`warns, accessibly, about ${w.name}, and stays valid`, async () => {
      const { el } = await editor(filledPlan({}, w.plan));
      const item = $(el, `[data-code="${w.code}"]`)!;
      expect(item.textContent).to.match(w.text);
      expect(item.closest('[role="status"]')).not.to.equal(null);
      const input = field(el, 'review');
      const described = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '');
      expect(described.join(' ')).to.match(w.text);
      expect(el.validity.valid).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('a review before the check-in is an error: shown, announced, and the form is invalid', async () => {
    const { el } = await editor(filledPlan());
    const review = field(el, 'review');
    review.value = '2026-12-01';
    review.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.validity.valid).to.equal(false);
    expect(el.validationMessage).to.match(/before the check-in date/);
    expect($(el, '[role="alert"] .error')!.textContent).to.match(/before the check-in date/);
    expect(review.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('form reset goes back to the plan given', async () => {
    const given = filledPlan();
    const { form, el } = await editor(given);
    radio(el, 'rf2-fever', 'present').click();
    await el.updateComplete;
    expect(el.plan.redFlags['rf2-fever']).to.equal('present');
    form.reset();
    await el.updateComplete;
    expect(el.plan).to.deep.equal(given);
    expect(radio(el, 'rf2-fever', 'absent').checked).to.equal(true);
  });

  it('groups the signs: Tier 1, the Tier 2 warning signs, and age on its own as a background risk factor', async () => {
    const { el } = await editor();
    const t = localeText('en-GB').plan.edit.redFlags;
    const groups = $$(el, 'fieldset.tier-group');
    expect(groups.map((g) => g.dataset.tier)).to.deep.equal(['1', '2', 'background']);
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).to.deep.equal([t.tiers[1], t.tiers[2], t.tiers.background]);
    const signsIn = (g: HTMLElement) => [...g.querySelectorAll<HTMLElement>('fieldset.sign')].map((s) => s.dataset.sign);
    expect(signsIn(groups[0]!)).to.deep.equal(SIGN_IDS.filter((id) => tierOf(id) === 1));
    expect(signsIn(groups[1]!)).to.deep.equal(SIGN_IDS.filter((id) => tierOf(id) === 2 && !isBackground(id)));
    expect(signsIn(groups[2]!)).to.deep.equal(['rf2-age']);
    const hint = el.shadowRoot!.getElementById(groups[2]!.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal(t.backgroundHint);
    // Age present needs no decision, and the plan stays routine.
    radio(el, 'rf2-age', 'present').click();
    await el.updateComplete;
    expect($(el, 'fieldset.decision')).to.equal(null);
    expect($(el, '.triage-note')).to.equal(null);
    expect(el.plan.decision).to.equal(null);
    await expect(el).to.be.accessible();
  });

  const decisionRadio = (el: P, kind: 'referral' | 'wait') => $<HTMLInputElement>(el, `input[data-field="decision.kind"][value="${kind}"]`)!;
  /** Sets a field as a person would, and leaves it (its change event). */
  async function fill(el: P, name: string, value: string) {
    const control = field<HTMLInputElement | HTMLTextAreaElement>(el, name);
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  }
  /** The text of everything a control's aria-describedby names. */
  const describedBy = (el: P, control: Element) =>
    (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ');

  it('a Tier 2 sign present asks for the decision; the form is invalid until it is complete; the change event carries it', async () => {
    const { form, el } = await editor(filledPlan());
    const t = localeText('en-GB').plan.edit;
    const seen: SdmPlanChangeDetail[] = [];
    el.addEventListener('change', (e) => seen.push((e as CustomEvent<SdmPlanChangeDetail>).detail));
    expect($(el, 'fieldset.decision'), 'no decision while nothing is present').to.equal(null);
    radio(el, 'rf2-fever', 'present').click();
    await el.updateComplete;
    const group = $<HTMLFieldSetElement>(el, 'fieldset.decision')!;
    expect(group.dataset.need).to.equal('tier2');
    expect(group.querySelector('legend')!.textContent).to.equal(t.decision.legend);
    expect(decisionRadio(el, 'referral').closest('label')!.textContent!.trim()).to.equal(t.decision.kinds.referral);
    expect(decisionRadio(el, 'wait').closest('label')!.textContent!.trim()).to.equal(t.decision.kinds.wait);
    expect(decisionRadio(el, 'referral').checked || decisionRadio(el, 'wait').checked, 'nothing chosen for the clinician').to.equal(false);
    expect($(el, '.triage-note')!.textContent).to.contain(t.triage.urgent);
    expect(el.validity.valid).to.equal(false);
    expect(describedBy(el, group)).to.match(/Tier 2 sign is recorded as present/);
    expect($(el, '[role="alert"] .error')!.textContent).to.match(/Tier 2 sign is recorded as present/);
    await expect(el).to.be.accessible();

    decisionRadio(el, 'referral').click();
    await el.updateComplete;
    expect(seen.at(-1)!.plan.decision).to.deep.equal({ kind: 'referral', arranged: '', by: '' });
    expect(el.validity.valid, 'what and by when are still missing').to.equal(false);
    const arranged = field<HTMLTextAreaElement>(el, 'decision.arranged');
    expect(arranged.maxLength).to.equal(PLAN_LIMITS.text);
    expect(arranged.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, arranged)).to.contain(t.decision.arrangedHint);
    expect(el.shadowRoot!.querySelector(`label[for="${arranged.id}"]`)!.textContent).to.equal(t.decision.arranged);
    await expect(el).to.be.accessible();
    await fill(el, 'decision.arranged', `  ${REFERRAL_TEXT}  `);
    expect(el.validity.valid).to.equal(false);
    await fill(el, 'decision.by', BY);
    expect(el.validity.valid).to.equal(true);
    expect(arranged.hasAttribute('aria-invalid')).to.equal(false);
    expect(seen.at(-1)!.plan.decision).to.deep.equal({ kind: 'referral', arranged: REFERRAL_TEXT, by: BY });
    expect(JSON.parse(new FormData(form).get('plan') as string).decision).to.deep.equal({ kind: 'referral', arranged: REFERRAL_TEXT, by: BY });
    expect($(el, '.triage-note')!.dataset.note).to.equal('referral');
    await expect(el).to.be.accessible();

    // Waiting instead: the earlier review is set to a week from today; the referral is kept if they switch back.
    decisionRadio(el, 'wait').click();
    await el.updateComplete;
    expect(el.plan.decision).to.deep.equal({ kind: 'wait', reason: '', review: addDays(TODAY, EARLY_REVIEW_DAYS) });
    expect(field(el, 'decision.review').value).to.equal(EARLY);
    expect(describedBy(el, field(el, 'decision.review'))).to.contain(t.decision.reviewHint);
    expect(el.validity.valid, 'the reason is missing').to.equal(false);
    await fill(el, 'decision.reason', WAIT_TEXT);
    expect(el.validity.valid).to.equal(true);
    expect(seen.at(-1)!.plan.decision).to.deep.equal({ kind: 'wait', reason: WAIT_TEXT, review: EARLY });
    decisionRadio(el, 'referral').click();
    await el.updateComplete;
    expect(el.plan.decision).to.deep.equal({ kind: 'referral', arranged: REFERRAL_TEXT, by: BY });
    await expect(el).to.be.accessible();

    // No sign present any more: no decision.
    radio(el, 'rf2-fever', 'absent').click();
    await el.updateComplete;
    expect(el.plan.decision).to.equal(null);
    expect($(el, 'fieldset.decision')).to.equal(null);
    expect(el.validity.valid).to.equal(true);
  });

  it('an old plan with a sign present and no decision: sdm-error names it, the form asks for it, and nothing is left once recorded', async () => {
    const wrapper = await fixture<HTMLFormElement>(html`<form lang="en-GB"></form>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-watchful-waiting-plan');
    el.setAttribute('today', TODAY);
    el.mode = 'edit';
    el.plan = filledPlan({ 'rf2-immune': 'present' });
    wrapper.append(el);
    await el.updateComplete;
    expect(errors[0]!.problems.map((p) => p.field)).to.deep.equal(['plan.decision']);
    expect($(el, '[part="error"]'), 'not repeated as input that could not be used').to.equal(null);
    expect($(el, '[part="edit-errors"] [data-problem="decision"]')).not.to.equal(null);
    expect(el.validity.valid).to.equal(false);
    decisionRadio(el, 'referral').click();
    await el.updateComplete;
    await fill(el, 'decision.arranged', REFERRAL_TEXT);
    await fill(el, 'decision.by', BY);
    expect($(el, '[part="edit-errors"]')).to.equal(null);
    expect(el.validity.valid).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('an earlier review 20 days out is a warning under the field, and the plan stays valid', async () => {
    const { el } = await editor(filledPlan({ 'rf2-weight': 'present' }, { decision: { kind: 'wait', reason: WAIT_TEXT, review: EARLY } }));
    expect($(el, '[data-code="early-review-far"]')).to.equal(null);
    await fill(el, 'decision.review', addDays(TODAY, 20));
    const review = field(el, 'decision.review');
    expect($(el, '[role="status"] [data-code="early-review-far"]')!.textContent).to.match(/more than 14 days away/);
    expect(describedBy(el, review)).to.match(/more than 14 days away/);
    expect(review.hasAttribute('aria-invalid')).to.equal(false);
    expect(el.validity.valid).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a Tier 1 sign present is an emergency referral: it asks what was arranged, and a Tier 2 decision gives way', async () => {
    const { el } = await editor(filledPlan({ 'rf2-fever': 'present' }, { decision: { kind: 'wait', reason: WAIT_TEXT, review: EARLY } }));
    const t = localeText('en-GB').plan.edit;
    let last: SdmPlanChangeDetail | undefined;
    el.addEventListener('change', (e) => (last = (e as CustomEvent<SdmPlanChangeDetail>).detail));
    radio(el, 'rf1-both-legs', 'present').click();
    await el.updateComplete;
    expect(last!.plan.decision).to.deep.equal({ kind: 'emergency', arranged: '' });
    const group = $(el, 'fieldset.decision')!;
    expect(group.dataset.need).to.equal('emergency');
    expect(group.textContent).to.contain(t.decision.kinds.emergency);
    expect($(el, 'input[data-field="decision.kind"]'), 'no choice to make').to.equal(null);
    expect($(el, '.triage-note')!.textContent).to.contain(t.triage.emergency);
    const arranged = field<HTMLTextAreaElement>(el, 'decision.arranged');
    expect(arranged.maxLength).to.equal(PLAN_LIMITS.text);
    expect(arranged.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, arranged)).to.contain(t.decision.arrangedHint);
    expect(el.validity.valid).to.equal(false);
    await expect(el).to.be.accessible();
    await fill(el, 'decision.arranged', EMERGENCY_TEXT);
    expect(el.validity.valid).to.equal(true);
    expect(last!.plan.decision).to.deep.equal({ kind: 'emergency', arranged: EMERGENCY_TEXT });
    // Back to Tier 2 alone: no emergency referral; the clinician chooses again (what they wrote is kept).
    radio(el, 'rf1-both-legs', 'absent').click();
    await el.updateComplete;
    expect(el.plan.decision).to.equal(null);
    expect(el.validity.valid).to.equal(false);
    decisionRadio(el, 'wait').click();
    await el.updateComplete;
    expect(el.plan.decision).to.deep.equal({ kind: 'wait', reason: WAIT_TEXT, review: EARLY });
    expect(el.validity.valid).to.equal(true);
  });

  it('a Tier 1 sign the patient reported: a note beside it, "Asked again: absent" to settle it, and the form invalid until then', async () => {
    const profile = score({ emergency: { 'rf1-chest': true }, items: {} });
    const form = await fixture<HTMLFormElement>(html`<form lang="en-GB">
      <sdm-watchful-waiting-plan mode="edit" name="plan" today=${TODAY} .plan=${filledPlan()} .profile=${profile}></sdm-watchful-waiting-plan>
    </form>`);
    const el = form.querySelector('sdm-watchful-waiting-plan')!;
    const t = localeText('en-GB').plan.edit;
    const sign = $<HTMLFieldSetElement>(el, 'fieldset.sign[data-sign="rf1-chest"]')!;
    expect([...sign.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((r) => r.value)).to.deep.equal([
      'absent',
      'present',
      'not-asked',
      'rechecked',
    ]);
    expect(
      radio(el, 'rf1-chest', 'rechecked' as SignStatus)
        .closest('label')!
        .textContent!.trim(),
    ).to.equal(t.redFlags.rechecked);
    expect($$(el, 'fieldset.sign[data-sign="rf1-saddle"] input[type=radio]'), 'only reported signs get the fourth choice').to.have.length(3);
    const note = sign.querySelector<HTMLElement>('.conflict')!;
    expect(note.checkVisibility()).to.equal(true);
    expect(note.textContent).to.equal(t.redFlags.conflict);
    expect(sign.getAttribute('aria-describedby')).to.equal(note.id);
    expect($(el, '.triage-note[data-note="conflict"]')!.textContent).to.contain(t.triage.conflict);
    expect(el.validity.valid).to.equal(false);
    expect(el.validationMessage).to.equal(reviewConflicts(el.plan, profile)[0]!.message);
    await expect(el).to.be.accessible();

    radio(el, 'rf1-chest', 'rechecked' as SignStatus).click();
    await el.updateComplete;
    expect(el.plan.redFlags['rf1-chest']).to.equal('absent');
    expect(el.plan.rechecked).to.deep.equal(['rf1-chest']);
    expect(sign.querySelector('.conflict')).to.equal(null);
    expect($(el, '.triage-note')).to.equal(null);
    expect(el.validity.valid).to.equal(true);
    expect(JSON.parse(new FormData(form).get('plan') as string).rechecked).to.deep.equal(['rf1-chest']);
    await expect(el).to.be.accessible();

    // Any other status takes "asked again" back: plain absent leaves it unsettled again.
    radio(el, 'rf1-chest', 'absent').click();
    await el.updateComplete;
    expect(el.plan.rechecked).to.deep.equal([]);
    expect(el.validity.valid).to.equal(false);
    // Present settles it, and asks for the emergency referral.
    radio(el, 'rf1-chest', 'present').click();
    await el.updateComplete;
    expect(el.plan.rechecked).to.deep.equal([]);
    expect(sign.querySelector('.conflict')).to.equal(null);
    expect($(el, 'fieldset.decision')!.dataset.need).to.equal('emergency');
    expect(el.validationMessage).to.match(/what you arranged/i);

    // The patient view while it was unsettled: emergency advice.
    el.plan = filledPlan();
    el.mode = 'view';
    await el.updateComplete;
    expect($(el, '.plan')!.dataset.triage).to.equal('emergency');
  });

  it('by keyboard alone: arrow to "present", Tab to the decision, arrow to "waiting", Tab and type the reason', async () => {
    const { el } = await editor(filledPlan());
    radio(el, 'rf2-constant', 'absent').focus();
    await sendKeys({ press: 'ArrowRight' }); // "Checked: absent" → "Present"
    await el.updateComplete;
    expect(el.plan.redFlags['rf2-constant']).to.equal('present');
    await sendKeys({ press: 'Tab' }); // the next sign
    await sendKeys({ press: 'Tab' }); // age
    await sendKeys({ press: 'Tab' }); // the decision: the first choice, as none is chosen
    expect(focused(el)).to.equal(decisionRadio(el, 'referral'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.plan.decision).to.deep.equal({ kind: 'wait', reason: '', review: EARLY });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(field(el, 'decision.reason'));
    await sendKeys({ type: WAIT_TEXT });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(focused(el)).to.equal(field(el, 'decision.review'));
    expect(el.plan.decision).to.deep.equal({ kind: 'wait', reason: WAIT_TEXT, review: EARLY });
    expect(el.validity.valid).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a disabled form disables every control', async () => {
    const { el } = await editor();
    el.disabled = true;
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset.plan-edit')!.disabled).to.equal(true);
  });
});

describe('<sdm-watchful-waiting-plan>: sdm-plan tells followers the plan in force changed', () => {
  /** Counts sdm-plan on the element, and checks it does not bubble to the page. */
  function listen(el: EventTarget, outer: EventTarget) {
    const seen: Event[] = [];
    const leaked: Event[] = [];
    el.addEventListener('sdm-plan', (e) => seen.push(e));
    outer.addEventListener('sdm-plan', (e) => leaked.push(e));
    return { seen, leaked };
  }

  it('fires a plain, non-bubbling Event when the plan property is set, and the getter has the new plan', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><sdm-watchful-waiting-plan today=${TODAY}></sdm-watchful-waiting-plan></div>`,
    );
    const el = wrapper.querySelector('sdm-watchful-waiting-plan')!;
    const { seen, leaked } = listen(el, wrapper);
    let read: Plan | undefined;
    el.addEventListener('sdm-plan', () => (read = el.plan));
    const plan = filledPlan({ 'rf2-fever': 'present' }, { decision: { kind: 'wait', reason: WAIT_TEXT, review: EARLY } });
    el.plan = plan;
    expect(seen).to.have.length(1);
    expect(seen[0]!.constructor).to.equal(Event);
    expect(seen[0]!.bubbles).to.equal(false);
    expect(leaked).to.have.length(0);
    expect(read).to.deep.equal(plan);
    el.plan = JSON.stringify(filledPlan());
    expect(seen).to.have.length(2);
    expect(read!.decision).to.equal(null);
  });

  it('fires for a JSON child, an edit, form reset and state restore', async () => {
    const wrapper = await fixture<HTMLFormElement>(html`<form lang="en-GB"></form>`);
    const counted: string[] = [];
    const el = document.createElement('sdm-watchful-waiting-plan');
    el.setAttribute('today', TODAY);
    el.setAttribute('mode', 'edit');
    el.setAttribute('name', 'plan');
    el.innerHTML = `<script type="application/json">${JSON.stringify(filledPlan())}</script>`;
    el.addEventListener('sdm-plan', () => counted.push(el.plan.redFlags['rf2-fever']));
    wrapper.append(el);
    await el.updateComplete;
    expect(counted, 'the JSON child').to.deep.equal(['absent']);
    radio(el, 'rf2-fever', 'present').click();
    await el.updateComplete;
    expect(counted, 'an edit').to.deep.equal(['absent', 'present']);
    wrapper.reset();
    await el.updateComplete;
    expect(counted, 'form reset').to.deep.equal(['absent', 'present', 'absent']);
    el.formStateRestoreCallback(JSON.stringify(filledPlan({ 'rf2-fever': 'not-asked' })));
    expect(counted, 'state restore').to.deep.equal(['absent', 'present', 'absent', 'not-asked']);
  });
});

describe('<sdm-watchful-waiting-plan>: bad input never throws and never blanks', () => {
  const cases: { name: string; input: unknown; field: string; message: RegExp; kept?: string }[] = [
    { name: 'malformed JSON text', input: '{"redFlags": oops', field: 'plan.(input)', message: /not valid JSON/ },
    {
      name: 'an impossible date',
      input: { ...filledPlan(), review: '2026-02-30' },
      field: 'plan.review',
      message: /2026-02-30\) is not a real date: that month has only 28 days/,
      kept: 'Riverside Medical Centre',
    },
    {
      name: 'an unknown self-care step',
      input: { ...filledPlan(), selfCare: ['walking', 'sleep-positions'] },
      field: 'plan.selfCare[1]',
      message: /no self-care step called "sleep-positions"/,
      kept: 'Walk every day',
    },
    { name: 'not an object at all', input: 42, field: 'plan.(input)', message: /should be an object/ },
  ];
  for (const c of cases) {
    it(`${c.name}: a clear message, sdm-error, and the valid parts kept`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
      const errors = collectErrors(wrapper);
      const el = document.createElement('sdm-watchful-waiting-plan');
      el.setAttribute('today', TODAY);
      el.plan = c.input as Plan;
      wrapper.append(el);
      await el.updateComplete;
      const alert = $(el, '[role="alert"][part="error"]')!;
      expect(alert.textContent).to.contain('Some parts of this plan could not be used. The rest is shown.');
      expect(alert.textContent).to.match(c.message);
      expect(errors).to.have.length(1);
      expect(errors[0]!.component).to.equal('sdm-watchful-waiting-plan');
      expect(errors[0]!.problems.map((p) => p.field)).to.include(c.field);
      // Never blank: the safety net is always there.
      expect($(el, '[data-section="safety-net"]')).not.to.equal(null);
      if (c.kept) expect(shadowText(el)).to.contain(c.kept);
      await expect(el).to.be.accessible();
    });
  }

  it('reads a <script type="application/json"> child, and reports one that is not JSON', async () => {
    const good = await fixture<P>(
      html`<sdm-watchful-waiting-plan lang="en-GB" today=${TODAY}><script type="application/json">${JSON.stringify(filledPlan())}</script></sdm-watchful-waiting-plan>`,
    );
    expect(shadowText(good)).to.contain('Pick up my grandson');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    wrapper.innerHTML = `<sdm-watchful-waiting-plan today="${TODAY}"><script type="application/json">{"goals": [</script></sdm-watchful-waiting-plan>`;
    const bad = wrapper.firstElementChild as P;
    await bad.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-json']);
    expect($(bad, '[role="alert"]')!.textContent).to.match(/not valid JSON/);
    expect($(bad, '[data-section="safety-net"]')).not.to.equal(null);
    await expect(bad).to.be.accessible();
  });

  it('an impossible "today" is reported and the current date used', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-watchful-waiting-plan');
    el.setAttribute('today', '2026-02-30');
    wrapper.append(el);
    await el.updateComplete;
    expect(errors[0]!.code).to.equal('invalid-today');
    expect(el.plan.checkIn > '2026-01-01').to.equal(true);
  });

  it('lang="es-US": the problems are in Spanish, shown and sent, and the valid parts kept', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-US"></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-watchful-waiting-plan');
    el.setAttribute('today', TODAY);
    // Given before the element is on the page, so before it knows its language.
    el.plan = { ...filledPlan(), review: '2026-02-30', goals: [7] } as never;
    wrapper.append(el);
    await el.updateComplete;
    const said = [
      'La fecha de la revisión (2026-02-30) no es una fecha real: ese mes solo tiene 28 días.',
      'El elemento 1 de los objetivos debería ser un texto, pero se recibió 7.',
    ];
    const alert = $(el, '[role="alert"][part="error"]')!;
    for (const s of said) expect(alert.textContent).to.contain(s);
    expect(alert.textContent).not.to.match(/should be|is not a real date/);
    expect(errors).to.have.length(1);
    expect(errors[0]!.problems.map((p) => p.message)).to.include.members(said);
    expect(shadowText(el)).to.contain('Riverside Medical Centre');
    await expect(el).to.be.accessible();
  });

  it('a later lang change words the problems already shown in the new language, and sdm-error says them again', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-watchful-waiting-plan');
    el.setAttribute('today', TODAY);
    el.plan = { ...filledPlan(), review: '2026-02-30' };
    wrapper.append(el);
    await el.updateComplete;
    const shown = () => $(el, '[role="alert"][part="error"]')!.textContent!;
    expect(shown()).to.contain('The review date (2026-02-30) is not a real date: that month has only 28 days.');
    wrapper.setAttribute('lang', 'es-US');
    await nextFrame();
    await el.updateComplete;
    const spanish = 'La fecha de la revisión (2026-02-30) no es una fecha real: ese mes solo tiene 28 días.';
    expect(shown()).to.contain(spanish);
    expect(shown()).not.to.contain('not a real date');
    expect(errors).to.have.length(2);
    expect(errors[1]!.message).to.equal(spanish);
    expect(errors[1]!.field).to.equal('plan.review');
    // Form reset gives back the plan given, with its problems, still in the page's language.
    el.formResetCallback();
    await el.updateComplete;
    expect(shown()).to.contain(spanish);
    await expect(el).to.be.accessible();
  });
});

// Nothing wider than 320 px, in view and edit mode: test/browser/contract.test.ts.
describe('<sdm-watchful-waiting-plan>: layout and print', () => {
  it('prints every folded part open, without links to press, in black', async () => {
    const el = await view(filledPlan({ 'rf2-constant': 'not-asked' }));
    const details = $<HTMLDetailsElement>(el, '[data-section="checked"] details')!;
    expect(details.open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    expect(details.open).to.equal(true);
    expect($(el, '.checklist')!.checkVisibility()).to.equal(true);
    expect(getComputedStyle($(el, '.section-safety-net h3')!).color).to.equal('rgb(0, 0, 0)');
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).to.equal(false);
  });

  /** The plan of the stories: five steps, a note, two goals. */
  const storyPlan = (extra: Partial<Plan> = {}) =>
    filledPlan(
      {},
      {
        selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'work'],
        selfCareNote: 'Try the knee-to-chest stretch we did today, twice a day.',
        goals: ['Pick up my grandson', 'Get back to football on Thursdays'],
        ...extra,
      },
    );

  it('on paper the steps print once, as a week-by-week table: a row per step, a column per stretch', async () => {
    const plan = storyPlan();
    const el = await view(plan);
    const table = $(el, '.week-table')!;
    expect(table.checkVisibility(), 'screens show the list and the stretches, not the table').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(table.checkVisibility()).to.equal(true);
    expect($(el, '.step-list')!.checkVisibility()).to.equal(false);
    expect($$(el, '.phase').some((p) => p.checkVisibility())).to.equal(false);
    const t = localeText('en-GB').plan;
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads).to.deep.equal($$(el, '.phase h4').map((h) => h.textContent!.trim()));
    const rows = [...table.querySelectorAll('tbody tr')] as HTMLElement[];
    expect(rows.map((r) => r.dataset.step)).to.deep.equal(plan.selfCare);
    for (const [n, row] of rows.entries()) {
      const step = t.selfCare[plan.selfCare[n]!];
      const [head, ...cells] = [...row.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
      expect(head).to.equal(`${step.title}. ${step.why}`);
      expect(cells).to.deep.equal(PHASES.map((phase) => step.hints[phase]));
    }
    await expect(el).to.be.accessible();
  });

  it('on paper a figure keeps its sentence and source; "who" and "when" go because the sentence says both', async () => {
    const el = await view(storyPlan());
    await emulateMedia({ media: 'print' });
    const figures = $$(el, '[data-section="recovery"] figure');
    expect(figures).to.have.length(4);
    for (const f of figures) {
      const sentence = f.querySelector('.summary')!.textContent!;
      for (const cls of ['who', 'when']) {
        const line = f.querySelector<HTMLElement>(`.caption .${cls}`)!;
        expect(line.checkVisibility(), cls).to.equal(false);
        const words = line
          .textContent!.replace(/^[^:]*:\s*/, '')
          .replace(/\.\s*$/, '')
          .trim();
        expect(sentence, cls).to.contain(words);
      }
      expect(f.querySelector<HTMLElement>('.source')!.checkVisibility()).to.equal(true);
    }
  });

  it('on paper the plan is a two-column leaflet with both warning boxes side by side and whole', async () => {
    const el = await view(storyPlan());
    await emulateMedia({ media: 'print' });
    const runs = $$(el, '.columns');
    expect(runs).to.have.length(2);
    for (const run of runs) expect(getComputedStyle(run).columnCount).to.equal('2');
    const tiers = $$(el, '.tier');
    expect(tiers).to.have.length(2);
    expect(tiers[0]!.getBoundingClientRect().top).to.equal(tiers[1]!.getBoundingClientRect().top);
    for (const tier of tiers) expect(getComputedStyle(tier).breakInside).to.equal('avoid');
  });

  it('on paper the written record is a sheet of its own, to show others without the rest of the plan', async () => {
    const el = await view(storyPlan(), { profile: profileFor(5, 2, 2) });
    const record = $(el, '[data-section="statement"]')!;
    expect(record.closest('.columns'), 'outside the two columns').to.equal(null);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(record).breakAfter).to.equal('page');
  });

  // Held to the issue's "one or two pages": each tailoring, on A4 (en-GB) and US Letter (en-US),
  // at half-inch margins. A written record adds its own sheet in front.
  for (const [name, profile, extraSheet] of [
    ['no profile', undefined, 0],
    ['threat high', profileFor(2, 5, 2), 0],
    ['navigation high', profileFor(2, 2, 5), 0],
    ['legitimacy high', profileFor(5, 2, 2), 1],
  ] as const) {
    for (const [lang, format] of [
      ['en-GB', 'A4'],
      ['en-US', 'Letter'],
    ] as const) {
      it(`prints on two sheets at most: ${name}, ${format}${extraSheet ? ', plus the written record' : ''}`, async () => {
        await view(storyPlan(), { lang, profile });
        await emulateMedia({ media: 'print' });
        const pages = await executeServerCommand<number, { format: string }>('pdf-pages', { format });
        expect(pages).to.be.within(1, 2 + extraSheet);
      });
    }
  }

  it('large print: --sdm-watchful-waiting-plan-print-font-size sets the text size on paper, and the plan runs on to more sheets', async () => {
    const el = await view(storyPlan());
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.plan')!).fontSize).to.equal('12.6667px'); // 9.5 pt
    const standard = await executeServerCommand<number, { format: string }>('pdf-pages', { format: 'A4' });
    el.style.setProperty('--sdm-watchful-waiting-plan-print-font-size', '14pt');
    expect(getComputedStyle($(el, '.plan')!).fontSize).to.equal('18.6667px');
    const large = await executeServerCommand<number, { format: string }>('pdf-pages', { format: 'A4' });
    expect(large).to.be.greaterThan(standard);
  });

  it("on paper the plan starts where it stands on the page, after a letter's greeting, not on a new sheet", async () => {
    // As in examples/letter.html: a practice's template, its greeting, then the plan.
    const plan = storyPlan({ selfCare: ['keep-active', 'walking', 'heat', 'pain-relief'], selfCareNote: 'Try to walk for 10 minutes twice a day.' });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB" style="font: 11pt serif; max-inline-size: 46rem; padding: 1rem">
      <p>Riverside Health Centre<br />12 River Road, Bristol BS1 4XX<br />Phone 0117 496 0000</p>
      <p>Dear Alex,</p>
      <p>Thank you for coming in about your back today. Below is the plan we made together, and some information about scans to read at home.</p>
      <sdm-watchful-waiting-plan today=${TODAY} .plan=${plan}></sdm-watchful-waiting-plan>
    </div>`);
    await wrapper.querySelector<P>('sdm-watchful-waiting-plan')!.updateComplete;
    await emulateMedia({ media: 'print' });
    // At every margin: with none, the old layout (wide sections spanning one set of columns)
    // pushed the whole plan to page 2.
    for (const margin of ['0', '0.5in']) {
      const first = await executeServerCommand<string, { format: string; margin: string }>('pdf-first-page-text', { format: 'A4', margin });
      expect(first, margin).to.contain('Dear Alex');
      expect(first, margin).to.contain('Your back pain plan');
      expect(first, margin).to.contain('What to expect');
    }
  });

  it('a plan with every step, a long note and many goals still prints whole, on three sheets at most', async () => {
    await view(
      storyPlan({
        selfCare: [...SELF_CARE_IDS],
        selfCareNote: 'Try the knee-to-chest stretch we did today, twice a day. '.repeat(4),
        goals: ['Pick up my grandson', 'Get back to football on Thursdays', 'Sleep through the night', 'Drive to work'],
        scanTriggers: ['Pain spreads down both legs', 'Numbness in one foot'],
      }),
    );
    await emulateMedia({ media: 'print' });
    const pages = await executeServerCommand<number, { format: string }>('pdf-pages', { format: 'A4' });
    expect(pages).to.be.within(1, 3);
  });

  it("printing in edit mode prints the patient's plan as it stands, then gives the form back as it was", async () => {
    const el = await view(storyPlan());
    el.mode = 'edit';
    await el.updateComplete;
    const goals = $<HTMLTextAreaElement>(el, 'textarea[data-field="goals"]')!;
    goals.value = 'Walk the dog';
    goals.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($(el, '.plan-edit'), 'no form on paper').to.equal(null);
    expect($(el, '[data-section="goals"]')!.textContent).to.contain('Walk the dog');
    expect(
      $$<HTMLDetailsElement>(el, 'details:not(.table)').every((d) => d.open),
      'folded parts open',
    ).to.equal(true);
    await emulateMedia({ media: 'print' });
    await expect(el).to.be.accessible();
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '.plan'), 'the form is back').to.equal(null);
    expect($<HTMLTextAreaElement>(el, 'textarea[data-field="goals"]')!.value).to.equal('Walk the dog');
  });

  it('on paper, a checklist where every sign was checked and none found shrinks to its summary line', async () => {
    const el = await view(filledPlan());
    await emulateMedia({ media: 'print' });
    expect($(el, '[data-section="checked"] .summary-line')!.checkVisibility()).to.equal(true);
    expect($(el, '[data-section="checked"] details')!.checkVisibility()).to.equal(false);
  });
});
