// Issue #13: `for=` and `plan-for=` link whatever the order of registration, upgrade and
// insertion. Every case uses fresh tag names (subclasses of the real elements), since a
// registration cannot be undone; the first case uses the real tags and the real define.ts.
// Each case asserts what the follower shows (the explainer's tailoring or "get help now", the
// plan's triage, the clinician's summary line), not an internal flag.
import { expect } from '@open-wc/testing';
import { defaultPlan, SIGN_IDS, TIER1_IDS, type Answers, type Plan, type Tier1Id } from '@scanwise/core';
import type { LitElement } from 'lit';
import { SdmBenefitsHarms } from '../../packages/elements/src/benefits-harms/benefits-harms.js';
import { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import { SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import './helpers/locales.js';

const TODAY = '2026-11-23';
const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false])) as Record<Tier1Id, boolean>;
type State = 'a' | 'b';
/** The questionnaire's two states: threat beliefs high (a), an emergency sign (b). */
const answers: Record<State, Answers> = {
  a: { emergency: noSigns, items: { 'thr-1': 5, 'thr-2': 5, 'thr-3': 5, 'thr-4': 3 } },
  b: { emergency: { ...noSigns, 'rf1-chest': true }, items: {} },
};
/** A review that found every sign absent, then `present`; `rechecked`: asked again. */
function planWith(present: Tier1Id | 'rf2-fever' | null, rechecked: Tier1Id[] = []): Plan {
  const plan = defaultPlan(TODAY);
  for (const id of SIGN_IDS) plan.redFlags[id] = id === present ? 'present' : 'absent';
  plan.rechecked = rechecked;
  if (present?.startsWith('rf1')) plan.decision = { kind: 'emergency', arranged: 'We called an ambulance.' };
  return plan;
}
/** The plan's two states: weakness asked again and absent, fever present (a); weakness present (b). */
const plans: Record<State, Plan> = {
  a: planWith('rf2-fever', ['rf1-weakness']),
  b: planWith('rf1-weakness'),
};
const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;

type Linked = HTMLElement & Partial<LitElement> & { problems?: { code: string }[] };
const root = (el: Element) => el.shadowRoot as ShadowRoot;
const attr = (el: Element | null | undefined, name: string) => (el as HTMLElement | null | undefined)?.dataset[name];

/** What the explainer shows: "get help now" (its level), else the modules that tailor it, else "-". */
function explainerShows(el: Element): string {
  const level = attr(root(el).querySelector('[part="emergency"]'), 'level');
  if (level) return level;
  const modules = [...root(el).querySelectorAll<HTMLElement>('[data-module]')].map((m) => m.dataset.module);
  return modules.join('+') || '-';
}
/** What the plan shows: the emergency page, the safety net first (threat beliefs high), or the routine order. */
function planShows(el: Element): string {
  const plan = root(el).querySelector<HTMLElement>('article.plan');
  if (plan?.dataset.triage === 'emergency') return 'emergency';
  const sections = [...root(el).querySelectorAll<HTMLElement>('[data-section]')].map((s) => s.dataset.section);
  return sections[1] === 'safety-net' ? 'threat' : 'routine';
}
/** What the clinician's summary says the plan recorded for the weakness the patient reported. */
function clinicianShows(el: Element): string {
  const line = root(el).querySelector('.in-plan [data-sign="rf1-weakness"]');
  if (line) return attr(line, 'plan') ?? '?';
  return root(el).querySelector('[data-plan="no-plan"]') ? 'no-plan' : '?';
}

interface Pair {
  name: string;
  /** The follower's attribute, and its property. */
  attr: 'for' | 'plan-for';
  prop: 'for' | 'planFor';
  follower: { define: (tag: string) => void; markup: (tag: string, id: string | null) => string; shows: (el: Element) => string };
  target: {
    define: (tag: string) => void;
    markup: (tag: string, id: string | null, state: State) => string;
    set: (el: Element, state: State) => void;
  };
  /** What the follower shows with nothing linked, and with the target in each state. */
  expected: { none: string } & Record<State, string>;
}
const idAttr = (id: string | null) => (id ? ` id="${id}"` : '');
const questionnaireTarget: Pair['target'] = {
  define: (tag) => customElements.define(tag, class extends SdmImagingQuestionnaire {}),
  markup: (tag, id, state) => `<${tag}${idAttr(id)}>${json(answers[state])}</${tag}>`,
  set: (el, state) => ((el as SdmImagingQuestionnaire).answers = answers[state]),
};
const planTarget: Pair['target'] = {
  define: (tag) => customElements.define(tag, class extends SdmWatchfulWaitingPlan {}),
  markup: (tag, id, state) => `<${tag}${idAttr(id)} today="${TODAY}">${json(plans[state])}</${tag}>`,
  set: (el, state) => ((el as SdmWatchfulWaitingPlan).plan = plans[state]),
};
const defineExplainer = (tag: string) => customElements.define(tag, class extends SdmBenefitsHarms {});
const pairs: Pair[] = [
  {
    name: 'explainer for= questionnaire',
    attr: 'for',
    prop: 'for',
    follower: { define: defineExplainer, markup: (tag, id) => `<${tag}${id ? ` for="${id}"` : ''}></${tag}>`, shows: explainerShows },
    target: questionnaireTarget,
    expected: { none: '-', a: 'threat', b: 'emergency' },
  },
  {
    name: 'plan for= questionnaire',
    attr: 'for',
    prop: 'for',
    follower: {
      define: (tag) => customElements.define(tag, class extends SdmWatchfulWaitingPlan {}),
      markup: (tag, id) => `<${tag}${id ? ` for="${id}"` : ''} today="${TODAY}"></${tag}>`,
      shows: planShows,
    },
    target: questionnaireTarget,
    expected: { none: 'routine', a: 'threat', b: 'emergency' },
  },
  {
    name: 'explainer plan-for= plan',
    attr: 'plan-for',
    prop: 'planFor',
    follower: { define: defineExplainer, markup: (tag, id) => `<${tag}${id ? ` plan-for="${id}"` : ''}></${tag}>`, shows: explainerShows },
    target: planTarget,
    expected: { none: '-', a: 'urgent', b: 'emergency' },
  },
  {
    name: 'clinician questionnaire plan-for= plan',
    attr: 'plan-for',
    prop: 'planFor',
    follower: {
      define: (tag) => customElements.define(tag, class extends SdmImagingQuestionnaire {}),
      markup: (tag, id) =>
        `<${tag} view="clinician"${id ? ` plan-for="${id}"` : ''}>${json({ emergency: { ...noSigns, 'rf1-weakness': true }, items: {} })}</${tag}>`,
      shows: clinicianShows,
    },
    target: planTarget,
    expected: { none: 'no-plan', a: 'rechecked', b: 'present' },
  },
];

let serial = 0;
/** A tag name never used before on this page. */
const fresh = (base: string) => `${base}-t${++serial}`;
/** A new id, so that no case sees another's elements. */
const freshId = () => `target-${++serial}`;

/** Waits for mutation observers, upgrades and every pending render of the elements given. */
async function settle(...els: Element[]): Promise<void> {
  for (let round = 0; round < 10; round++) {
    await new Promise((r) => setTimeout(r, 0));
    for (const el of els) await (el as Linked).updateComplete;
    if (!els.some((el) => (el as Linked).isUpdatePending)) return;
  }
}
const missingTarget = (el: Element) => ((el as Linked).problems ?? []).filter((p) => p.code === 'missing-target').length;

function container(): HTMLDivElement {
  const div = document.createElement('div');
  div.lang = 'en-GB';
  document.body.append(div);
  return div;
}
afterEach(() => {
  for (const div of document.body.querySelectorAll(':scope > div[lang="en-GB"]')) div.remove();
});
/** Parses markup into a new element (upgraded at once if its tag is defined). */
function make(markup: string): HTMLElement {
  const t = document.createElement('div');
  t.innerHTML = markup;
  return t.firstElementChild as HTMLElement;
}

describe('the real tags and define.ts, with the elements in the page before the script runs', () => {
  it('the explainer (registered before the questionnaire) follows it; the plan and the clinician view follow their links', async function () {
    // The first import of define.ts and its modules is served here, mid-test: allow for a slow machine.
    this.timeout(60000);
    // Each test file runs in its own page: nothing here has registered the real tags yet.
    for (const tag of ['sdm-benefits-harms', 'sdm-imaging-questionnaire', 'sdm-watchful-waiting-plan'])
      expect(customElements.get(tag), tag).to.equal(undefined);
    const page = container();
    // As in a plain HTML page: each follower comes before the element it names.
    page.innerHTML = `
      <sdm-benefits-harms id="explainer" for="q"></sdm-benefits-harms>
      <sdm-benefits-harms id="explainer-plan" plan-for="p"></sdm-benefits-harms>
      <sdm-imaging-questionnaire id="clinician" view="clinician" plan-for="p">${json({ emergency: { ...noSigns, 'rf1-weakness': true }, items: {} })}</sdm-imaging-questionnaire>
      <sdm-watchful-waiting-plan id="plan-for-q" for="q" today="${TODAY}"></sdm-watchful-waiting-plan>
      <sdm-imaging-questionnaire id="q"></sdm-imaging-questionnaire>
      <sdm-watchful-waiting-plan id="p" today="${TODAY}"></sdm-watchful-waiting-plan>`;
    await import('../../packages/elements/src/define.js');
    const $ = (id: string) => page.querySelector<Linked>(`#${id}`)!;
    const all = ['explainer', 'explainer-plan', 'clinician', 'plan-for-q', 'q', 'p'].map($);
    await settle(...all);
    expect(explainerShows($('explainer')), 'an empty questionnaire: not tailored').to.equal('-');
    expect(planShows($('plan-for-q'))).to.equal('routine');
    expect(clinicianShows($('clinician')), 'a new plan: the sign not settled').to.equal('conflict');

    ($('q') as SdmImagingQuestionnaire).answers = answers.a;
    ($('p') as SdmWatchfulWaitingPlan).plan = plans.b;
    await settle(...all);
    expect(explainerShows($('explainer'))).to.equal('threat');
    expect(planShows($('plan-for-q'))).to.equal('threat');
    expect(explainerShows($('explainer-plan'))).to.equal('emergency');
    expect(clinicianShows($('clinician'))).to.equal('present');
    for (const el of all) expect(missingTarget(el), el.id).to.equal(0);
    await expect($('explainer')).to.be.accessible();

    ($('q') as SdmImagingQuestionnaire).answers = answers.b;
    await settle(...all);
    expect(explainerShows($('explainer'))).to.equal('emergency');
    expect(planShows($('plan-for-q'))).to.equal('emergency');
  });
});

type Step = 'define follower' | 'define target' | 'insert follower' | 'insert target';
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}
const orders = permutations<Step>(['define follower', 'define target', 'insert follower', 'insert target']);

for (const pair of pairs) {
  describe(`${pair.name}: every order of registration, upgrade and insertion`, () => {
    for (const order of orders) {
      for (const gap of [false, true]) {
        it(`${order.join(', ')}${gap ? ' (a task between steps)' : ' (in one task)'}`, async () => {
          const [ft, tt, id] = [fresh('sdm-follower'), fresh('sdm-target'), freshId()];
          const page = container();
          for (const step of order) {
            if (step === 'define follower') pair.follower.define(ft);
            else if (step === 'define target') pair.target.define(tt);
            else if (step === 'insert follower') page.insertAdjacentHTML('beforeend', pair.follower.markup(ft, id));
            else page.insertAdjacentHTML('beforeend', pair.target.markup(tt, id, 'a'));
            if (gap) await settle(...page.children);
          }
          const follower = page.querySelector(ft)!;
          const target = page.querySelector(tt)!;
          await settle(follower, target);
          expect(pair.follower.shows(follower), 'the target as it was when linked').to.equal(pair.expected.a);
          expect(missingTarget(follower)).to.equal(0);
          pair.target.set(target, 'b');
          await settle(follower, target);
          expect(pair.follower.shows(follower), 'the target as it changed').to.equal(pair.expected.b);
        });
      }
    }
  });

  describe(`${pair.name}: the link follows changes on the page`, () => {
    /** Both tags defined; the follower and a target (state a) in the page, in that order. */
    async function page(targetId: string | null = freshId()) {
      const [ft, tt] = [fresh('sdm-follower'), fresh('sdm-target')];
      pair.follower.define(ft);
      pair.target.define(tt);
      const id = targetId ?? freshId();
      const div = container();
      const follower = make(pair.follower.markup(ft, id));
      const target = make(pair.target.markup(tt, targetId, 'a'));
      div.append(follower, target);
      await settle(follower, target);
      return { div, follower, target, id, tt };
    }
    const shows = (el: Element) => pair.follower.shows(el);

    it('the target gets its id later, loses it, and gets it back', async () => {
      const { follower, target, id } = await page(null);
      expect(shows(follower)).to.equal(pair.expected.none);
      expect(missingTarget(follower), 'an id that names nothing on the loaded page').to.equal(1);
      target.id = id;
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.a);
      expect(missingTarget(follower)).to.equal(0);
      target.id = 'elsewhere';
      await settle(follower);
      expect(shows(follower)).to.equal(pair.expected.none);
      target.id = id;
      pair.target.set(target, 'b');
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.b);
    });

    it('the target is replaced by a new element with the same id: it follows the new one only', async () => {
      const { follower, target, id, tt } = await page();
      expect(shows(follower)).to.equal(pair.expected.a);
      const next = make(pair.target.markup(tt, id, 'b'));
      target.replaceWith(next);
      await settle(follower, next);
      expect(shows(follower)).to.equal(pair.expected.b);
      pair.target.set(target, 'a'); // the old one, off the page: no longer followed
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.b);
      pair.target.set(next, 'a');
      await settle(follower, next);
      expect(shows(follower)).to.equal(pair.expected.a);
    });

    it('the target is replaced by an element whose tag is defined later', async () => {
      const { follower, target, id } = await page();
      const late = fresh('sdm-target-late');
      const next = make(pair.target.markup(late, id, 'b'));
      target.replaceWith(next);
      await settle(follower);
      expect(shows(follower), 'not upgraded yet: nothing to read').to.equal(pair.expected.none);
      expect(missingTarget(follower), 'the element is there: not missing').to.equal(0);
      pair.target.define(late);
      await settle(follower, next);
      expect(shows(follower)).to.equal(pair.expected.b);
      pair.target.set(next, 'a');
      await settle(follower, next);
      expect(shows(follower)).to.equal(pair.expected.a);
    });

    it('the target is removed, then added again', async () => {
      const { div, follower, target } = await page();
      target.remove();
      await settle(follower);
      expect(shows(follower)).to.equal(pair.expected.none);
      expect(missingTarget(follower)).to.equal(1);
      div.prepend(target);
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.a);
      expect(missingTarget(follower)).to.equal(0);
      pair.target.set(target, 'b');
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.b);
    });

    it('the follower is moved: elsewhere in the page, into a shadow root without the id, and back', async () => {
      const { div, follower, target } = await page();
      const other = container();
      other.append(follower);
      await settle(follower);
      expect(shows(follower)).to.equal(pair.expected.a);
      pair.target.set(target, 'b');
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.b);
      const host = document.createElement('div');
      other.append(host);
      host.attachShadow({ mode: 'open' }).append(follower);
      await settle(follower);
      expect(shows(follower), "ids are looked up in the follower's own root").to.equal(pair.expected.none);
      div.append(follower);
      pair.target.set(target, 'a');
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.a);
    });

    it("the follower's attribute is removed, then set to another element's id", async () => {
      const { div, follower, tt } = await page();
      const otherId = freshId();
      div.append(make(pair.target.markup(tt, otherId, 'b')));
      follower.removeAttribute(pair.attr);
      await settle(follower);
      expect(shows(follower)).to.equal(pair.expected.none);
      follower.setAttribute(pair.attr, otherId);
      await settle(follower);
      expect(shows(follower)).to.equal(pair.expected.b);
    });

    it("the follower's property (not its attribute) is set before its tag is defined", async () => {
      const [ft, tt, id] = [fresh('sdm-follower'), fresh('sdm-target'), freshId()];
      pair.target.define(tt);
      const follower = make(pair.follower.markup(ft, null));
      (follower as unknown as Record<string, string>)[pair.prop] = id;
      const target = make(pair.target.markup(tt, id, 'a'));
      container().append(follower, target);
      pair.follower.define(ft);
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.a);
      pair.target.set(target, 'b');
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.b);
    });

    it('inside a shadow root: the follower first and defined first, the target upgraded later', async () => {
      const [ft, tt, id] = [fresh('sdm-follower'), fresh('sdm-target'), freshId()];
      const host = container();
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = pair.follower.markup(ft, id) + pair.target.markup(tt, id, 'a');
      pair.follower.define(ft);
      const follower = shadow.querySelector(ft)!;
      await settle(follower);
      expect(shows(follower)).to.equal(pair.expected.none);
      pair.target.define(tt);
      const target = shadow.querySelector(tt)!;
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.a);
      pair.target.set(target, 'b');
      await settle(follower, target);
      expect(shows(follower)).to.equal(pair.expected.b);
    });
  });
}
