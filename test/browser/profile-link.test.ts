import { expect, fixture, html } from '@open-wc/testing';
import { TIER1_IDS, type ExpectationProfile } from '@scanwise/core';
import { LitElement } from 'lit';
import '../../packages/elements/src/imaging-questionnaire/define.js';
import type { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import { ProfileLink } from '../../packages/elements/src/shared/profile-link.js';

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
