import { expect } from '@open-wc/testing';
import { score, SIGN_IDS, TIER1_IDS, ITEM_IDS, type Answers, type Plan } from '@scanwise/core';
import './helpers/locales.js';

/**
 * A framework may set properties before the define module has loaded: the element is still a
 * plain HTMLElement then, and the value lands on the element itself. Once the tag is defined,
 * each element must use that value, as if it had been set afterwards.
 */
const answers: Answers = {
  emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, false])),
  items: Object.fromEntries(ITEM_IDS.map((id) => [id, id.startsWith('thr') ? 5 : 2])) as Answers['items'],
  wantScan: 'yes',
};
const plan: Plan = {
  redFlags: Object.fromEntries(SIGN_IDS.map((id) => [id, 'absent'])) as Plan['redFlags'],
  decision: null,
  rechecked: [],
  selfCare: ['keep-active', 'walking'],
  selfCareNote: '',
  goals: ['Walk the dog'],
  checkIn: '2026-12-07',
  review: '2027-01-04',
  scanTriggers: [],
  practice: { name: '', phone: '', clinician: '' },
};

type Any = HTMLElement & Record<string, unknown> & { updateComplete?: Promise<unknown> };
const make = (tag: string, props: Record<string, unknown>): Any => {
  const el = document.createElement(tag) as Any;
  el.setAttribute('lang', 'en-GB');
  Object.assign(el, props);
  document.body.append(el);
  return el;
};
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('properties set before the tags are defined', () => {
  it('are used by every element once the define module loads', async () => {
    expect(customElements.get('sdm-imaging-questionnaire')).to.equal(undefined, 'this page starts with no tag defined');
    const q = make('sdm-imaging-questionnaire', { answers });
    const p = make('sdm-watchful-waiting-plan', { plan, today: '2026-11-23' });
    const e = make('sdm-benefits-harms', { profile: score(answers), variant: 'summary' });
    const i = make('sdm-icon-array', { count: 7 });
    i.setAttribute('total', '100');
    i.setAttribute('label', 'had the outcome');
    i.setAttribute('population', 'adults');
    i.setAttribute('timeframe', 'in a year');
    await import('../../packages/elements/src/define.js');
    for (const el of [q, p, e, i]) await el.updateComplete;

    expect(Object.prototype.hasOwnProperty.call(q, 'answers')).to.equal(false, 'the accessor is in use again');
    expect((q.answers as Answers).wantScan).to.equal('yes');
    expect((q.answers as Answers).items['thr-1']).to.equal(5);

    expect(Object.prototype.hasOwnProperty.call(p, 'plan')).to.equal(false);
    expect((p.plan as Plan).goals).to.deep.equal(['Walk the dog']);
    expect(text(p)).to.contain('Walk the dog');

    // The threat theme is high: the summary leads with its sentence.
    expect(text(e)).to.match(/something serious could be missed/i);
    expect(i.shadowRoot!.querySelectorAll('use.counted, .counted').length).to.be.greaterThan(0);
  });
});
