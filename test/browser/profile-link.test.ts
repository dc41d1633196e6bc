import { expect, fixture, html } from '@open-wc/testing';
import { defaultPlan, SIGN_IDS, TIER1_IDS, type ExpectationProfile, type Plan } from '@scanwise/core';
import { LitElement } from 'lit';
import '../../packages/elements/src/benefits-harms/define.js';
import '../../packages/elements/src/imaging-questionnaire/define.js';
import '../../packages/elements/src/watchful-waiting-plan/define.js';
import { SdmBenefitsHarms } from '../../packages/elements/src/benefits-harms/benefits-harms.js';
import { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import { SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import { PlanLink, ProfileLink } from '../../packages/elements/src/shared/profile-link.js';
import './helpers/locales.js';

/** A stand-in for the explainer and the plan: it only shows what the link gives it. */
class LinkProbe extends LitElement {
  static override properties = { for: { type: String } };
  declare for: string;
  readonly link = new ProfileLink(this, () => this.for);
  renders = 0;
  get profile(): ExpectationProfile | null {
    return this.link.profile;
  }
  protected override render() {
    this.renders++;
    return html`${this.link.profile?.triage ?? 'none'}`;
  }
}
customElements.define('link-probe', LinkProbe);

const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false]));

describe('for="…" links to a questionnaire like <label for>', () => {
  it('reads the profile of the questionnaire with that id, and follows each answer', async () => {
    const root = await fixture(html`<div>
      <sdm-imaging-questionnaire id="q1"></sdm-imaging-questionnaire>
      <link-probe for="q1"></link-probe>
    </div>`);
    const q = root.querySelector<SdmImagingQuestionnaire>('#q1')!;
    const probe = root.querySelector<LinkProbe>('link-probe')!;
    await probe.updateComplete;
    expect(probe.profile?.triage).to.equal('routine');
    q.shadowRoot!.querySelector<HTMLInputElement>('[data-question="rf1-chest"] input[value="yes"]')!.click();
    await probe.updateComplete;
    expect(probe.profile?.triage).to.equal('emergency');
    expect(probe.shadowRoot!.textContent).to.contain('emergency');
  });

  it('follows prefill and reset, which fire no change event', async () => {
    const root = await fixture(html`<div><link-probe for="q2"></link-probe><sdm-imaging-questionnaire id="q2"></sdm-imaging-questionnaire></div>`);
    const q = root.querySelector<SdmImagingQuestionnaire>('#q2')!;
    const probe = root.querySelector<LinkProbe>('link-probe')!;
    q.answers = { emergency: noSigns, items: { 'thr-1': 5, 'thr-2': 5, 'thr-3': 5 } };
    await probe.updateComplete;
    expect(probe.profile?.themes.thr.level).to.equal('high');
    q.reset();
    await probe.updateComplete;
    expect(probe.profile?.themes.thr.level).to.equal('not-scored');
  });

  it('finds a questionnaire added later', async () => {
    const root = await fixture(html`<div><link-probe for="later"></link-probe></div>`);
    const probe = root.querySelector<LinkProbe>('link-probe')!;
    expect(probe.profile).to.equal(null);
    root.insertAdjacentHTML('beforeend', '<sdm-imaging-questionnaire id="later"></sdm-imaging-questionnaire>');
    await new Promise((r) => setTimeout(r, 0));
    await probe.updateComplete;
    expect(probe.profile?.triage).to.equal('routine');
  });

  it('stops following when disconnected', async () => {
    const root = await fixture(html`<div><sdm-imaging-questionnaire id="q3"></sdm-imaging-questionnaire><link-probe for="q3"></link-probe></div>`);
    const q = root.querySelector<SdmImagingQuestionnaire>('#q3')!;
    const probe = root.querySelector<LinkProbe>('link-probe')!;
    await probe.updateComplete;
    probe.remove();
    const before = probe.renders;
    q.answers = { emergency: { 'rf1-chest': true }, items: {} };
    await new Promise((r) => setTimeout(r, 0));
    expect(probe.renders).to.equal(before);
  });
});

/** A stand-in for a plan follower: it only shows what the link gives it. */
class PlanProbe extends LitElement {
  static override properties = { planFor: { type: String, attribute: 'plan-for' } };
  declare planFor: string;
  readonly link = new PlanLink(this, () => this.planFor);
  get plan(): Plan | null {
    return this.link.plan;
  }
  protected override render() {
    return html`${this.link.plan ? Object.values(this.link.plan.redFlags).filter((s) => s === 'present').length : 'none'}`;
  }
}
customElements.define('plan-probe', PlanProbe);

const TODAY = '2026-12-01';
/** A plan whose review found every sign absent but `present`. */
function planWith(present: string[] = []): Plan {
  const plan = defaultPlan(TODAY);
  for (const id of SIGN_IDS) plan.redFlags[id] = present.includes(id) ? 'present' : 'absent';
  if (present.some((id) => id.startsWith('rf1'))) plan.decision = { kind: 'emergency', arranged: 'We called an ambulance.' };
  return plan;
}
const json = (plan: Plan) => `<script type="application/json">${JSON.stringify(plan)}</script>`;
const settle = async (...els: LitElement[]) => {
  await new Promise((r) => setTimeout(r, 0));
  for (const el of els) await el.updateComplete;
};
/** Tags defined only during a test, as on a page that loads a component's script late. */
let late = 0;
const presentCount = (probe: PlanProbe) => probe.plan && Object.values(probe.plan.redFlags).filter((s) => s === 'present').length;

describe('plan-for="…" links to a plan element, whatever the order', () => {
  it('plan element defined and inserted before the follower', async () => {
    const root = await fixture(html`<div>
      <sdm-watchful-waiting-plan id="p1" today=${TODAY} .plan=${planWith(['rf2-fever'])}></sdm-watchful-waiting-plan>
      <plan-probe plan-for="p1"></plan-probe>
    </div>`);
    const probe = root.querySelector<PlanProbe>('plan-probe')!;
    await settle(probe);
    expect(presentCount(probe)).to.equal(1);
  });

  it('plan element inserted after the follower', async () => {
    const root = await fixture(html`<div><plan-probe plan-for="p2"></plan-probe></div>`);
    const probe = root.querySelector<PlanProbe>('plan-probe')!;
    await settle(probe);
    expect(probe.plan).to.equal(null);
    root.insertAdjacentHTML(
      'beforeend',
      `<sdm-watchful-waiting-plan id="p2" today="${TODAY}">${json(planWith(['rf2-fever', 'rf2-cough']))}</sdm-watchful-waiting-plan>`,
    );
    await settle(probe);
    expect(presentCount(probe)).to.equal(2);
  });

  it('plan element in the page before its tag is defined (it upgrades after the follower)', async () => {
    const root = await fixture(html`<div><plan-probe plan-for="p3"></plan-probe></div>`);
    const probe = root.querySelector<PlanProbe>('plan-probe')!;
    const tag = `sdm-wwp-late-${++late}`;
    root.insertAdjacentHTML('afterbegin', `<${tag} id="p3" today="${TODAY}">${json(planWith(['rf1-chest']))}</${tag}>`);
    await settle(probe);
    expect(probe.plan, 'not upgraded yet: nothing to read').to.equal(null);
    customElements.define(tag, class extends SdmWatchfulWaitingPlan {});
    await settle(probe);
    expect(presentCount(probe)).to.equal(1);
  });

  it('follower defined after the plan element (a late explainer script)', async () => {
    const tag = `sdm-bh-late-${++late}`;
    const root = await fixture(html`<div lang="en-GB"></div>`);
    root.innerHTML = `<sdm-watchful-waiting-plan id="p4" today="${TODAY}">${json(planWith(['rf1-chest']))}</sdm-watchful-waiting-plan><${tag} plan-for="p4"></${tag}>`;
    customElements.define(tag, class extends SdmBenefitsHarms {});
    const el = root.querySelector<SdmBenefitsHarms>(tag)!;
    await settle(el);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="emergency"]')?.dataset.level).to.equal('emergency');
  });

  it('the plan element gets its id later, and the follower its plan-for later', async () => {
    const root = await fixture(html`<div>
      <sdm-watchful-waiting-plan today=${TODAY} .plan=${planWith(['rf2-lump'])}></sdm-watchful-waiting-plan>
      <plan-probe plan-for="p5"></plan-probe>
      <plan-probe></plan-probe>
    </div>`);
    const plan = root.querySelector<SdmWatchfulWaitingPlan>('sdm-watchful-waiting-plan')!;
    const [byId, byFor] = [...root.querySelectorAll<PlanProbe>('plan-probe')];
    await settle(byId!, byFor!);
    expect(byId!.plan).to.equal(null);
    plan.id = 'p5';
    await settle(byId!);
    expect(presentCount(byId!)).to.equal(1);
    byFor!.planFor = 'p5';
    await settle(byFor!);
    expect(presentCount(byFor!)).to.equal(1);
  });

  it('follows each change of the plan (sdm-plan), and lets go when the id moves or the element goes', async () => {
    const root = await fixture(html`<div>
      <sdm-watchful-waiting-plan id="p6" today=${TODAY}></sdm-watchful-waiting-plan>
      <plan-probe plan-for="p6"></plan-probe>
    </div>`);
    const plan = root.querySelector<SdmWatchfulWaitingPlan>('sdm-watchful-waiting-plan')!;
    const probe = root.querySelector<PlanProbe>('plan-probe')!;
    await settle(probe);
    expect(presentCount(probe), 'a new plan: nothing present').to.equal(0);
    plan.plan = planWith(['rf2-weight']);
    await settle(probe);
    expect(presentCount(probe)).to.equal(1);
    plan.id = 'elsewhere';
    await settle(probe);
    expect(probe.plan).to.equal(null);
    plan.id = 'p6';
    await settle(probe);
    expect(presentCount(probe)).to.equal(1);
    plan.remove();
    await settle(probe);
    expect(probe.plan).to.equal(null);
  });

  it("works inside a shadow root, where ids are the shadow root's", async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<plan-probe plan-for="p7"></plan-probe><sdm-watchful-waiting-plan id="p7" today="${TODAY}">${json(planWith(['rf2-immune']))}</sdm-watchful-waiting-plan>`;
    const probe = shadow.querySelector<PlanProbe>('plan-probe')!;
    await settle(probe);
    expect(presentCount(probe)).to.equal(1);
  });

  it('an id naming something that is not a plan element links nothing, and does not throw', async () => {
    const root = await fixture(html`<div><p id="p8">Not a plan</p><plan-probe plan-for="p8"></plan-probe></div>`);
    const probe = root.querySelector<PlanProbe>('plan-probe')!;
    await settle(probe);
    expect(probe.plan).to.equal(null);
    expect(probe.shadowRoot!.textContent).to.contain('none');
  });
});

describe('for="…" also links to a questionnaire that upgrades after the follower', () => {
  it("reads the profile once the questionnaire's tag is defined", async () => {
    const tag = `sdm-q-late-${++late}`;
    const root = await fixture(html`<div><link-probe for="q-late"></link-probe></div>`);
    root.insertAdjacentHTML('beforeend', `<${tag} id="q-late"></${tag}>`);
    const probe = root.querySelector<LinkProbe>('link-probe')!;
    await settle(probe);
    expect(probe.profile).to.equal(null);
    customElements.define(tag, class extends SdmImagingQuestionnaire {});
    await settle(probe);
    expect(probe.profile?.triage).to.equal('routine');
    root.querySelector<SdmImagingQuestionnaire>(tag)!.answers = { emergency: { 'rf1-chest': true }, items: {} };
    await settle(probe);
    expect(probe.profile?.triage).to.equal('emergency');
  });

  it('reads an element that upgrades later even when it says nothing as it upgrades', async () => {
    // A source that fires no event on upgrade: only customElements.whenDefined tells the link.
    class SilentSource extends HTMLElement {
      profile = { triage: 'urgent' };
    }
    const tag = `silent-source-${++late}`;
    const root = await fixture(html`<div><link-probe for="silent"></link-probe></div>`);
    root.insertAdjacentHTML('beforeend', `<${tag} id="silent"></${tag}>`);
    const probe = root.querySelector<LinkProbe>('link-probe')!;
    await settle(probe);
    expect(probe.shadowRoot!.textContent).to.contain('none');
    customElements.define(tag, SilentSource);
    await settle(probe);
    expect(probe.shadowRoot!.textContent).to.contain('urgent');
  });

  it('an element whose value throws when read: nothing linked, no exception, and it follows again once it can be read', async () => {
    class ThrowingSource extends HTMLElement {
      broken = true;
      get profile(): unknown {
        if (this.broken) throw new Error('test: the profile cannot be read');
        return { triage: 'emergency' };
      }
    }
    const tag = `throwing-source-${++late}`;
    customElements.define(tag, ThrowingSource);
    const root = await fixture(html`<div></div>`);
    root.innerHTML = `<${tag} id="throws"></${tag}><link-probe for="throws"></link-probe>`;
    const source = root.querySelector<ThrowingSource>(tag)!;
    const probe = root.querySelector<LinkProbe>('link-probe')!;
    await settle(probe);
    expect(probe.profile).to.equal(null);
    expect(probe.shadowRoot!.textContent).to.contain('none');
    source.dispatchEvent(new Event('sdm-profile'));
    await settle(probe);
    expect(probe.profile).to.equal(null);
    source.broken = false;
    source.dispatchEvent(new Event('sdm-profile'));
    await settle(probe);
    expect(probe.shadowRoot!.textContent).to.contain('emergency');
  });

  it('one link mechanism: ProfileLink and PlanLink follow their own element and event only', async () => {
    const root = await fixture(html`<div>
      <sdm-imaging-questionnaire id="both-q"></sdm-imaging-questionnaire>
      <sdm-watchful-waiting-plan id="both-p" today=${TODAY}></sdm-watchful-waiting-plan>
      <link-probe for="both-p"></link-probe>
      <plan-probe plan-for="both-q"></plan-probe>
    </div>`);
    const [profileProbe, planProbe] = [root.querySelector<LinkProbe>('link-probe')!, root.querySelector<PlanProbe>('plan-probe')!];
    await settle(profileProbe, planProbe);
    // A plan element has no profile, and a questionnaire no plan.
    expect(profileProbe.profile).to.equal(null);
    expect(planProbe.plan).to.equal(null);
  });
});
