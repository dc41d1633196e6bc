// Hardening (issue #14): whatever throws while an element draws, attributes of any length,
// bogus settings, links that name nothing, long lists of problems, a sessionStorage that cannot
// be read, and what `persist` keeps after a form is sent.
import { expect, fixture, html } from '@open-wc/testing';
import { score, toQuestionnaireResponse, TIER1_IDS, type ExpectationProfile, type Plan, type Tier1Id } from '@scanwise/core';
import '../../packages/elements/src/define.js';
import type { SdmBenefitsHarms } from '../../packages/elements/src/benefits-harms/benefits-harms.js';
import type { SdmIconArray } from '../../packages/elements/src/icon-array/icon-array.js';
import { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import type { SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import { collectErrors, shadowText } from './helpers/events.js';
import './helpers/locales.js';

type Q = SdmImagingQuestionnaire;
type P = SdmWatchfulWaitingPlan;
type B = SdmBenefitsHarms;

const TODAY = '2026-11-23';
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const codes = (el: { problems: { code: string }[] }) => el.problems.map((p) => p.code);
const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false])) as Record<Tier1Id, boolean>;
const RENDER_FAILED = {
  heading: 'Sorry, this part of the page cannot be shown.',
  message: 'Something went wrong on our side. Nothing you put in has been lost. Please try again later, or ask your clinic for help.',
};
/** An object that throws as soon as anything reads it as text. */
const throwsAsText = () => ({
  toString(): string {
    throw new Error('test: this value cannot be read');
  },
});

/** A questionnaire whose `profile` (read by every render of the patient view) can be made to throw. */
class BrokenQuestionnaire extends SdmImagingQuestionnaire {
  broken = false;
  override get profile(): ExpectationProfile {
    if (this.broken) throw new Error('test: the profile cannot be worked out');
    return super.profile;
  }
}
customElements.define('test-broken-questionnaire', BrokenQuestionnaire);

before(() => document.documentElement.setAttribute('lang', 'en-GB'));
after(() => document.documentElement.removeAttribute('lang'));
afterEach(() => sessionStorage.clear());

describe('an element that throws while it draws: one visible message alone, sdm-error, and its data kept', () => {
  interface Row {
    name: string;
    mount: () => Promise<HTMLElement>;
    /** What the working element shows, and must not show while it is broken. */
    shows: string;
    breakIt: (el: HTMLElement) => void;
    mend: (el: HTMLElement) => void;
    /** The user's data, which a failure must leave as it was. */
    data: (el: HTMLElement) => unknown;
  }
  const throwingPlan = {
    get redFlags(): never {
      throw new Error('test: the plan cannot be read');
    },
  };
  const throwingProfile = {
    get flags(): never {
      throw new Error('test: the profile cannot be read');
    },
  };
  const rows: Row[] = [
    {
      name: '<sdm-icon-array>: a label that cannot be read as text',
      mount: () => fixture(html`<sdm-icon-array count="30" label="had it" population="people like you" timeframe="in a year"></sdm-icon-array>`),
      shows: '30 out of 100',
      breakIt: (el) => ((el as SdmIconArray).label = throwsAsText() as unknown as string),
      mend: (el) => ((el as SdmIconArray).label = 'had it'),
      data: (el) => [(el as SdmIconArray).count, (el as SdmIconArray).population],
    },
    {
      name: '<sdm-benefits-harms>: a plan whose red-flag review throws when read',
      mount: () => fixture(html`<sdm-benefits-harms></sdm-benefits-harms>`),
      shows: 'Have a scan now',
      breakIt: (el) => ((el as B).plan = throwingPlan as unknown as Plan),
      mend: (el) => ((el as B).plan = undefined),
      data: (el) => (el as B).profile,
    },
    {
      name: '<sdm-imaging-questionnaire> (a subclass): its profile throws',
      mount: async () => {
        const el = await fixture<BrokenQuestionnaire>(html`<test-broken-questionnaire></test-broken-questionnaire>`);
        el.answers = { emergency: noSigns, items: { 'nav-2': 4 } };
        await el.updateComplete;
        return el;
      },
      shows: 'Your thoughts about scans',
      breakIt: (el) => {
        (el as BrokenQuestionnaire).broken = true;
        (el as BrokenQuestionnaire).requestUpdate();
      },
      mend: (el) => {
        (el as BrokenQuestionnaire).broken = false;
        (el as BrokenQuestionnaire).requestUpdate();
      },
      data: (el) => (el as Q).answers,
    },
    {
      name: '<sdm-watchful-waiting-plan>: a profile that throws when read (before render, and in it)',
      mount: async () => {
        const el = await fixture<P>(html`<sdm-watchful-waiting-plan today=${TODAY}></sdm-watchful-waiting-plan>`);
        el.plan = { practice: { name: 'Riverside Medical Centre', phone: '', clinician: '' } } as unknown as Plan;
        await el.updateComplete;
        return el;
      },
      shows: 'Riverside Medical Centre',
      breakIt: (el) => ((el as P).profile = throwingProfile as unknown as ExpectationProfile),
      mend: (el) => ((el as P).profile = undefined),
      data: (el) => (el as P).plan,
    },
  ];

  for (const row of rows) {
    it(`${row.name}: no stale content, and it recovers`, async () => {
      const el = await row.mount();
      expect(shadowText(el)).to.contain(row.shows);
      const before = structuredClone(row.data(el));
      const errors = collectErrors(el);

      row.breakIt(el);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      // The message alone: nothing of what was shown before.
      expect([...el.shadowRoot!.children].map((c) => c.localName)).to.deep.equal(['div']);
      const alert = $(el, '[role="alert"][part="error"]')!;
      expect(alert.checkVisibility()).to.equal(true);
      expect(shadowText(el)).to.equal(`${RENDER_FAILED.heading} ${RENDER_FAILED.message}`);
      expect(shadowText(el)).not.to.contain(row.shows);
      expect(errors.map((e) => e.code)).to.deep.equal(['render-failed']);
      expect(errors[0]!.message).to.equal(RENDER_FAILED.message);
      expect(errors[0]!.component).to.equal(el.localName);
      expect(row.data(el)).to.deep.equal(before);
      await expect(el).to.be.accessible();

      row.mend(el);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadowText(el)).to.contain(row.shows);
      expect($(el, '[data-problem="render-failed"]')).to.equal(null);
      expect(row.data(el)).to.deep.equal(before);
    });
  }

  it("the message is in the page's language (en-US words come from the en-US catalog)", async () => {
    const wrapper = await fixture(html`<div lang="en-US"><sdm-icon-array count="1" label="a" population="b" timeframe="c"></sdm-icon-array></div>`);
    const el = wrapper.firstElementChild as SdmIconArray;
    el.population = throwsAsText() as unknown as string;
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('Sorry, this part of the page cannot be shown.');
  });
});

describe('long lists of problems: a count and the first few, drawn and sent', () => {
  it('a QuestionnaireResponse with 100,000 unknown items: 5 listed, the rest counted, the answers read', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
    const errors = collectErrors(el);
    const qr = toQuestionnaireResponse({ emergency: noSigns, items: { 'nav-2': 4 } });
    qr.item = [...(qr.item ?? []), ...Array.from({ length: 100_000 }, (_, i) => ({ linkId: `unknown-${i}` }))];
    el.questionnaireResponse = qr;
    await el.updateComplete;
    const alert = $(el, '[role="alert"][part="error"]')!;
    expect($$(el, '[role="alert"] li')).to.have.length(5);
    expect(alert.textContent).to.contain('There are 99,995 more problems, not listed here.');
    expect(el.answers.items).to.deep.equal({ 'nav-2': 4 });
    expect(errors).to.have.length(1);
    expect(errors[0]!.count).to.equal(100_000);
    expect(errors[0]!.problems).to.have.length(5);
    expect(errors[0]!.problems[0]!.message).to.equal(errors[0]!.message);
    await expect(el).to.be.accessible();
  });

  it('the same list again is not sent again; one problem more is', async () => {
    const el = await fixture<P>(html`<sdm-watchful-waiting-plan today=${TODAY}></sdm-watchful-waiting-plan>`);
    const errors = collectErrors(el);
    const bad = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`unknown${i}`, 1]));
    el.plan = bad(8) as unknown as Plan;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(errors.map((e) => e.count)).to.deep.equal([8]);
    expect($$(el, '[role="alert"] li')).to.have.length(5);
    expect($(el, '[role="alert"]')!.textContent).to.contain('There are 3 more problems, not listed here.');
    el.plan = bad(9) as unknown as Plan;
    await el.updateComplete;
    expect(errors.map((e) => e.count)).to.deep.equal([8, 9]);
  });

  it('one problem beyond the first five is worded for one', async () => {
    const el = await fixture<P>(html`<sdm-watchful-waiting-plan today=${TODAY}></sdm-watchful-waiting-plan>`);
    el.plan = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`unknown${i}`, 1])) as unknown as Plan;
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('There is 1 more problem, not listed here.');
  });
});

describe('attributes of any length, and phone numbers that are not', () => {
  const MB = 1_000_000;
  interface Row {
    name: string;
    tag: 'sdm-imaging-questionnaire' | 'sdm-benefits-harms' | 'sdm-watchful-waiting-plan' | 'sdm-icon-array';
    attrs: Record<string, string>;
    problems: [code: string, field: string][];
    /** Text that must be shown, and must not be. */
    has?: RegExp;
    not?: RegExp;
  }
  const long = 'x'.repeat(MB);
  const icon = { count: '30', population: 'people like you', timeframe: 'in a year' };
  const rows: Row[] = [
    {
      name: 'plan: a 1 MB emergency-number',
      tag: 'sdm-watchful-waiting-plan',
      attrs: { 'emergency-number': '9'.repeat(MB) },
      problems: [['invalid-phone', 'emergency-number']],
      has: /call 999 now/,
    },
    {
      name: 'plan: a 1 MB emergency-service, cut to 200 as plan.services is',
      tag: 'sdm-watchful-waiting-plan',
      attrs: { 'emergency-service': long },
      problems: [['too-long', 'emergency-service']],
      has: new RegExp(`Go to x{200} or call 999`),
    },
    {
      name: 'plan: a 1 MB urgent-line',
      tag: 'sdm-watchful-waiting-plan',
      attrs: { 'urgent-line': long },
      problems: [['too-long', 'urgent-line']],
      has: /Call x{200} /,
      not: /x{201}/,
    },
    {
      name: 'plan: a 1 MB urgent-place',
      tag: 'sdm-watchful-waiting-plan',
      attrs: { 'urgent-place': long },
      problems: [['too-long', 'urgent-place']],
      not: /x{201}/,
    },
    {
      name: 'plan: emergency-number "abc"',
      tag: 'sdm-watchful-waiting-plan',
      attrs: { 'emergency-number': 'abc' },
      problems: [['invalid-phone', 'emergency-number']],
      has: /call 999 now/,
      not: /call abc/,
    },
    {
      name: 'plan: emergency-number with one digit',
      tag: 'sdm-watchful-waiting-plan',
      attrs: { 'emergency-number': '9' },
      problems: [['invalid-phone', 'emergency-number']],
      has: /call 999 now/,
    },
    { name: 'plan: a 1 MB today', tag: 'sdm-watchful-waiting-plan', attrs: { today: long }, problems: [['too-long', 'today']] },
    {
      name: 'plan: a real phone number is kept',
      tag: 'sdm-watchful-waiting-plan',
      attrs: { 'emergency-number': '+44 (0)20 7946-0000' },
      problems: [],
      has: /call \+44 \(0\)20 7946-0000 now/,
    },
    {
      name: 'questionnaire: a 1 MB emergency-number and service',
      tag: 'sdm-imaging-questionnaire',
      attrs: { 'emergency-number': '9'.repeat(MB), 'emergency-service': long },
      problems: [
        ['invalid-phone', 'emergency-number'],
        ['too-long', 'emergency-service'],
      ],
    },
    {
      name: 'questionnaire: emergency-number "abc"',
      tag: 'sdm-imaging-questionnaire',
      attrs: { 'emergency-number': 'abc' },
      problems: [['invalid-phone', 'emergency-number']],
    },
    {
      name: 'questionnaire: a 1 MB persist key (nothing kept)',
      tag: 'sdm-imaging-questionnaire',
      attrs: { persist: long },
      problems: [['too-long', 'persist']],
    },
    {
      name: 'explainer: a 1 MB emergency-number, service and age',
      tag: 'sdm-benefits-harms',
      attrs: { 'emergency-number': '1'.repeat(MB), 'emergency-service': long, age: '4'.repeat(MB) },
      problems: [
        ['too-long', 'age'],
        ['invalid-phone', 'emergency-number'],
        ['too-long', 'emergency-service'],
      ],
    },
    {
      name: 'explainer: emergency-number "abc"',
      tag: 'sdm-benefits-harms',
      attrs: { 'emergency-number': 'abc' },
      problems: [['invalid-phone', 'emergency-number']],
    },
    {
      name: 'icon array: a 1 MB label, cut to 200',
      tag: 'sdm-icon-array',
      attrs: { ...icon, label: long },
      problems: [['too-long', 'label']],
      has: /30 out of 100 people like you x{200} in a year/,
      not: /x{201}/,
    },
    {
      name: 'icon array: a 1 MB count (left out, not cut into another number)',
      tag: 'sdm-icon-array',
      attrs: { ...icon, label: 'had it', count: '1'.repeat(MB) },
      problems: [
        ['too-long', 'count'],
        ['missing-count', 'count'],
      ],
    },
  ];
  for (const row of rows) {
    it(`${row.name}: ${row.problems.length ? 'reported, and within limits' : 'kept'}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
      const errors = collectErrors(wrapper);
      const el = document.createElement(row.tag) as HTMLElement & { problems: { code: string; field?: string }[]; updateComplete: Promise<unknown> };
      if (row.tag === 'sdm-watchful-waiting-plan' && !('today' in row.attrs)) el.setAttribute('today', TODAY);
      for (const [k, v] of Object.entries(row.attrs)) el.setAttribute(k, v);
      wrapper.append(el);
      await el.updateComplete;
      if (row.tag === 'sdm-imaging-questionnaire') {
        $<HTMLInputElement>(el, '[data-question="rf1-chest"] input[value="yes"]')!.click();
        await el.updateComplete;
        expect($(el, '.emergency-text')!.textContent).to.match(/call 999 now/);
      }
      const found = el.problems.filter((p) => p.code !== 'unknown-locale').map((p) => [p.code, p.field]);
      expect(found).to.deep.equal(row.problems);
      const text = shadowText(el);
      expect(text.length, 'nothing close to the whole value is drawn').to.be.below(60_000);
      if (row.has) expect(text).to.match(row.has);
      if (row.not) expect(text).not.to.match(row.not);
      if (row.problems.length) {
        expect(errors.at(-1)!.problems.map((p) => p.code)).to.include(row.problems[0]![0]);
        expect($(el, '[role="alert"][part="error"]')!.checkVisibility()).to.equal(true);
        await expect(el).to.be.accessible();
      } else {
        expect(errors).to.deep.equal([]);
      }
    });
  }
});

describe('settings that are not one of their values: reported, and the documented default used', () => {
  const rows = [
    {
      name: 'explainer variant="fancy"',
      make: () => fixture(html`<sdm-benefits-harms variant="fancy"></sdm-benefits-harms>`),
      field: 'variant',
      used: '"full" is used',
      shows: (el: HTMLElement) => $(el, '[part~="full-guide"]') === null,
    },
    {
      name: 'plan mode="editing"',
      make: () => fixture(html`<sdm-watchful-waiting-plan mode="editing" today=${TODAY}></sdm-watchful-waiting-plan>`),
      field: 'mode',
      used: '"view" is used',
      shows: (el: HTMLElement) => $(el, '[part="plan"]') !== null,
    },
    {
      name: 'questionnaire mode="wizard"',
      make: () => fixture(html`<sdm-imaging-questionnaire mode="wizard"></sdm-imaging-questionnaire>`),
      field: 'mode',
      used: '"all" is used',
      shows: (el: HTMLElement) => $(el, '[part~="safety"]') !== null,
    },
    {
      name: 'questionnaire view="doctor"',
      make: () => fixture(html`<sdm-imaging-questionnaire view="doctor"></sdm-imaging-questionnaire>`),
      field: 'view',
      used: '"patient" is used',
      shows: (el: HTMLElement) => $(el, '[part~="clinician"]') === null && $(el, '[part~="safety"]') !== null,
    },
  ];
  for (const row of rows) {
    it(`${row.name}: a visible message, sdm-error, and the default`, async () => {
      const el = (await row.make()) as HTMLElement & { problems: { code: string; field?: string; message: string }[] };
      const problem = el.problems.find((p) => p.code === 'unknown-value');
      expect(problem?.field).to.equal(row.field);
      expect(problem?.message).to.contain(row.used);
      expect($(el, '[role="alert"]')!.textContent).to.contain(row.used);
      expect(row.shows(el)).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }
});

describe('for / plan-for naming an element that is not on the loaded page', () => {
  const rows = [
    {
      name: 'explainer for',
      host: '<sdm-benefits-harms for="q-missing"></sdm-benefits-harms>',
      field: 'for',
      target: '<sdm-imaging-questionnaire id="q-missing"></sdm-imaging-questionnaire>',
    },
    {
      name: 'explainer plan-for',
      host: '<sdm-benefits-harms plan-for="p-missing"></sdm-benefits-harms>',
      field: 'plan-for',
      target: '<sdm-watchful-waiting-plan id="p-missing"></sdm-watchful-waiting-plan>',
    },
    {
      name: 'plan for',
      host: `<sdm-watchful-waiting-plan today="${TODAY}" for="q-missing"></sdm-watchful-waiting-plan>`,
      field: 'for',
      target: '<sdm-imaging-questionnaire id="q-missing"></sdm-imaging-questionnaire>',
    },
    {
      name: 'questionnaire plan-for',
      host: '<sdm-imaging-questionnaire plan-for="p-missing"></sdm-imaging-questionnaire>',
      field: 'plan-for',
      target: '<sdm-watchful-waiting-plan id="p-missing"></sdm-watchful-waiting-plan>',
    },
  ];
  for (const row of rows) {
    it(`${row.name}: reported once the page has loaded, and no longer once the element is there`, async () => {
      expect(document.readyState).to.equal('complete');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
      const errors = collectErrors(wrapper);
      wrapper.innerHTML = row.host;
      const el = wrapper.firstElementChild as HTMLElement & { problems: { code: string; field?: string }[]; updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(el.problems.filter((p) => p.code === 'missing-target').map((p) => p.field)).to.deep.equal([row.field]);
      expect(errors.map((e) => e.code)).to.include('missing-target');
      expect($(el, '[role="alert"]')!.textContent).to.contain('but there is nothing with that id on this page.');
      await expect(el).to.be.accessible();
      wrapper.insertAdjacentHTML('beforeend', row.target);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(codes(el)).not.to.include('missing-target');
      expect($(el, '[role="alert"]')).to.equal(null);
    });
  }
});

describe('<sdm-watchful-waiting-plan> checks its profile as the explainer does', () => {
  const rows: { name: string; profile: unknown; fields: string[] }[] = [
    {
      name: 'emergencySigns as text, not a list',
      profile: { flags: { emergencySigns: 'rf1-saddle' } },
      fields: ['profile.themes', 'profile.flags.emergency', 'profile.flags.harmsUnderestimated', 'profile.flags.emergencySigns', 'profile.triage'],
    },
    { name: 'a number', profile: 42, fields: ['profile.(input)'] },
    { name: 'text that is not JSON', profile: '{"flags":', fields: ['profile.(input)'] },
  ];
  for (const row of rows) {
    it(`${row.name}: reported (invalid-profile), and the plan still shown`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
      const errors = collectErrors(wrapper);
      const el = document.createElement('sdm-watchful-waiting-plan');
      el.setAttribute('today', TODAY);
      el.profile = row.profile as ExpectationProfile;
      wrapper.append(el);
      await el.updateComplete;
      expect(el.problems.filter((p) => p.code === 'invalid-profile').map((p) => p.field)).to.deep.equal(row.fields);
      expect(errors).to.have.length(1);
      expect($(el, '[part="plan"]')).not.to.equal(null);
      expect($(el, '[role="alert"]')!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('a sound profile as JSON text is read: a sign the patient reported still wins', async () => {
    const el = await fixture<P>(html`<sdm-watchful-waiting-plan today=${TODAY}></sdm-watchful-waiting-plan>`);
    el.profile = JSON.stringify(score({ emergency: { 'rf1-saddle': true }, items: {} })) as unknown as ExpectationProfile;
    await el.updateComplete;
    expect(codes(el)).to.deep.equal([]);
    expect($(el, '[part="plan"]')!.dataset.triage).to.equal('emergency');
  });
});

describe('<sdm-icon-array source-href>: web links only, as the browser reads the link', () => {
  const rows: { href: string; kept: boolean }[] = [
    { href: 'https://doi.org/10.3174/ajnr.A4173', kept: true },
    { href: 'http://example.org/study', kept: true },
    { href: '/sources/brinjikji-2015', kept: true },
    { href: 'javascript:alert(1)', kept: false },
    { href: '  JaVaScRiPt:alert(1)', kept: false },
    { href: 'java\tscr\nipt:alert(1)', kept: false },
    { href: '\u0001javascript:alert(1)', kept: false },
    { href: 'data:text/html,<script>alert(1)</script>', kept: false },
    { href: 'VBScript:MsgBox(1)', kept: false },
    { href: 'file:///etc/passwd', kept: false },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.href)}: ${row.kept ? 'a link' : 'no link, and reported (unsafe-link)'}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
      const errors = collectErrors(wrapper);
      const el = document.createElement('sdm-icon-array');
      Object.entries({
        count: '30',
        label: 'had a disc bulge',
        population: 'people aged 40',
        timeframe: 'on a scan',
        source: 'Brinjikji et al. 2015',
      }).forEach(([k, v]) => el.setAttribute(k, v));
      el.setAttribute('source-href', row.href);
      wrapper.append(el);
      await el.updateComplete;
      const links = $$(el, 'figcaption a');
      expect(shadowText(el)).to.contain('Brinjikji et al. 2015');
      if (row.kept) {
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([row.href.trim()]);
        expect(errors).to.deep.equal([]);
      } else {
        expect(links).to.deep.equal([]);
        expect(errors.map((e) => [e.code, e.field])).to.deep.equal([['unsafe-link', 'source-href']]);
        expect($$(el, 'svg[role="img"] use.counted')).to.have.length(30);
        expect($(el, '[role="alert"]')!.textContent).to.contain('only web links (https: or http:) can be used');
        await expect(el).to.be.accessible();
      }
    });
  }
});

describe('persist: storage that cannot be read, and a form that is sent', () => {
  function stubStorage(method: 'getItem' | 'setItem', impl: () => never): () => void {
    const original = Storage.prototype[method];
    Storage.prototype[method] = impl as never;
    return () => {
      Storage.prototype[method] = original as never;
    };
  }
  const refuse = (): never => {
    throw new DOMException('The storage is not available.', 'SecurityError');
  };

  const hosts = [
    {
      name: 'questionnaire',
      html: (key: string) => `<sdm-imaging-questionnaire persist="${key}"></sdm-imaging-questionnaire>`,
      empty: (el: HTMLElement) => expect((el as Q).answers).to.deep.equal({ emergency: {}, items: {} }),
    },
    {
      name: 'plan',
      html: (key: string) => `<sdm-watchful-waiting-plan mode="edit" today="${TODAY}" persist="${key}"></sdm-watchful-waiting-plan>`,
      empty: (el: HTMLElement) => expect((el as P).plan.practice.name).to.equal(''),
    },
  ];
  const stored: { name: string; setup: (key: string) => () => void }[] = [
    { name: 'sessionStorage throws', setup: () => stubStorage('getItem', refuse) },
    { name: 'it holds text that is not JSON', setup: (key) => (sessionStorage.setItem(`scanwise:${key}`, '{"emergency": '), () => undefined) },
    { name: 'it holds JSON that is not what was kept', setup: (key) => (sessionStorage.setItem(`scanwise:${key}`, '[1, 2, 3]'), () => undefined) },
  ];
  for (const host of hosts) {
    for (const s of stored) {
      it(`${host.name}, ${s.name}: a warning (persist-unreadable), and it starts empty without throwing`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
        const errors = collectErrors(wrapper);
        const restore = s.setup('broken');
        try {
          wrapper.innerHTML = host.html('broken');
          const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown>; problems: { code: string }[] };
          await el.updateComplete;
          expect(codes(el)).to.deep.equal(['persist-unreadable']);
          expect(errors.map((e) => e.code)).to.deep.equal(['persist-unreadable']);
          expect(shadowText(el)).to.contain('The copy kept in this browser could not be read, so this starts empty.');
          host.empty(el);
          await expect(el).to.be.accessible();
        } finally {
          restore();
        }
        expect(sessionStorage.getItem('scanwise:broken')).to.equal(null);
      });
    }
  }

  it('questionnaire: storage that refuses a copy is a warning (persist-unavailable), and answering goes on', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire persist="full-storage"></sdm-imaging-questionnaire>`);
    const restore = stubStorage('setItem', refuse);
    try {
      $<HTMLInputElement>(el, '[data-question="rf1-saddle"] input[value="no"]')!.click();
      await el.updateComplete;
    } finally {
      restore();
    }
    expect(el.answers.emergency).to.deep.equal({ 'rf1-saddle': false });
    expect(codes(el)).to.deep.equal(['persist-unavailable']);
    expect($(el, '[part="notice"]')!.textContent).to.contain('This browser will not keep a copy');
  });

  it('questionnaire: a native form submit clears the kept answers (the page cancelling it or not)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <sdm-imaging-questionnaire name="q" persist="sent"></sdm-imaging-questionnaire><button>Send</button>
    </form>`);
    const el = form.querySelector('sdm-imaging-questionnaire')!;
    $<HTMLInputElement>(el, '[data-question="rf1-saddle"] input[value="no"]')!.click();
    await el.updateComplete;
    expect(sessionStorage.getItem('scanwise:sent')).not.to.equal(null);
    form.requestSubmit();
    expect(sessionStorage.getItem('scanwise:sent')).to.equal(null);
    expect(el.answers.emergency).to.deep.equal({ 'rf1-saddle': false });
    // Moved to another form, it follows that form's submit, and no longer the first one's.
    const other = document.createElement('form');
    other.addEventListener('submit', (e) => e.preventDefault());
    form.after(other);
    other.append(el);
    $<HTMLInputElement>(el, '[data-question="rf1-saddle"] input[value="yes"]')!.click();
    await el.updateComplete;
    form.requestSubmit();
    expect(sessionStorage.getItem('scanwise:sent')).not.to.equal(null);
    other.requestSubmit();
    expect(sessionStorage.getItem('scanwise:sent')).to.equal(null);
    other.remove();
  });

  describe('<sdm-watchful-waiting-plan persist>', () => {
    async function edit(el: P, name: string, value: string) {
      const input = $<HTMLInputElement>(el, `[data-field="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    }
    const editor = (key: string) =>
      fixture<HTMLFormElement>(html`<form lang="en-GB" @submit=${(e: Event) => e.preventDefault()}>
        <sdm-watchful-waiting-plan mode="edit" name="plan" today=${TODAY} persist=${key}></sdm-watchful-waiting-plan>
      </form>`);

    it('keeps the plan as edited across a reload of the element, and a submit clears it', async () => {
      const form = await editor('clinic-1');
      const first = form.querySelector('sdm-watchful-waiting-plan')!;
      await edit(first, 'practice.name', 'Riverside Medical Centre');
      expect(JSON.parse(sessionStorage.getItem('scanwise:clinic-1')!).practice.name).to.equal('Riverside Medical Centre');
      form.remove();
      const again = (await editor('clinic-1')).querySelector('sdm-watchful-waiting-plan')!;
      expect(again.plan.practice.name).to.equal('Riverside Medical Centre');
      expect($<HTMLInputElement>(again, '[data-field="practice.name"]')!.value).to.equal('Riverside Medical Centre');
      expect(again.problems).to.deep.equal([]);
      again.form!.requestSubmit();
      expect(sessionStorage.getItem('scanwise:clinic-1')).to.equal(null);
      await expect(again).to.be.accessible();
    });

    it('form reset clears it and goes back to a new plan; nothing is kept without the attribute', async () => {
      const form = await editor('clinic-2');
      const el = form.querySelector('sdm-watchful-waiting-plan')!;
      await edit(el, 'practice.name', 'Riverside Medical Centre');
      expect(sessionStorage.getItem('scanwise:clinic-2')).not.to.equal(null);
      form.reset();
      await el.updateComplete;
      expect(sessionStorage.getItem('scanwise:clinic-2')).to.equal(null);
      expect(el.plan.practice.name).to.equal('');
      const plain = await fixture<P>(html`<sdm-watchful-waiting-plan mode="edit" today=${TODAY}></sdm-watchful-waiting-plan>`);
      await edit(plain, 'practice.name', 'Riverside Medical Centre');
      expect(sessionStorage.length).to.equal(0);
    });

    it('a JSON child wins over the copy, as in the questionnaire', async () => {
      sessionStorage.setItem('scanwise:clinic-3', JSON.stringify({ practice: { name: 'Kept copy', phone: '', clinician: '' } }));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
      wrapper.innerHTML = `<sdm-watchful-waiting-plan today="${TODAY}" persist="clinic-3"><script type="application/json">{"practice": {"name": "From the page"}}</script></sdm-watchful-waiting-plan>`;
      const el = wrapper.firstElementChild as P;
      await el.updateComplete;
      expect(el.plan.practice.name).to.equal('From the page');
    });
  });
});
