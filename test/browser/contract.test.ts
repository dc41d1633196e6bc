// What every Scanwise element promises, checked the same way for each (DESIGN.md, "Component
// conventions"): a language it does not have is shown in one it has, with a note and
// `sdm-error`; a problem is reported once per distinct set, with a visible message; no attribute
// or property value makes it throw; nothing is wider than a 320 px screen; axe passes. The
// element's own tests check what it alone does.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { defaultPlan, ITEM_IDS, score, SIGN_IDS, TIER1_IDS, type Plan } from '@scanwise/core';
import { render, type TemplateResult } from 'lit';
import '../../packages/elements/src/define.js';
import type { SdmErrorDetail, SdmProblem } from '../../packages/elements/src/shared/events.js';
import { collectErrors } from './helpers/events.js';
import './helpers/locales.js';

type Host = HTMLElement & { updateComplete: Promise<boolean>; problems: SdmProblem[]; requestUpdate(): void };

interface State {
  name: string;
  template: () => TemplateResult;
}

interface Contract {
  tag: 'sdm-icon-array' | 'sdm-benefits-harms' | 'sdm-imaging-questionnaire' | 'sdm-watchful-waiting-plan';
  /** The states to check at 320 px; the first is the default state (axe, language, bad input). */
  states: [State, ...State[]];
  /** An attribute, and two different values of it that cannot be used: each shows a message and fires sdm-error. */
  bad: { attribute: string; values: [string, string]; code: string };
  /** The properties that take objects (or numbers), for malformed values. */
  properties: string[];
  /**
   * Something a person or the page does (`act`), and the events it fires: `heard` bubble and are
   * composed; `local`, for linked elements, are plain events heard on the element alone.
   */
  events: { act: (el: Host) => Promise<void>; heard: string[]; local: string[] };
}

/** Sets an attribute and waits for the update. */
const setting = (name: string, value: string) => async (el: Host) => {
  el.setAttribute(name, value);
  await el.updateComplete;
};
/** Clicks a control in the shadow root. */
const clicking = (selector: string) => async (el: Host) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
};

const TODAY = '2026-11-23';
const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false]));
const allItems = (v: number) => Object.fromEntries(ITEM_IDS.map((id) => [id, v]));
const filledPlan = (extra: Partial<Plan> = {}): Plan => ({
  ...defaultPlan(TODAY),
  redFlags: Object.fromEntries(SIGN_IDS.map((id) => [id, 'absent'])) as Plan['redFlags'],
  goals: ['Pick up my grandson'],
  practice: { name: 'Riverside Medical Centre', phone: '01632 960123', clinician: 'Dr Amira Khan' },
  timeZone: 'Europe/London',
  ...extra,
});
const waiting = filledPlan({
  redFlags: { ...filledPlan().redFlags, 'rf2-fever': 'present' },
  decision: { kind: 'wait', reason: 'Your temperature and blood tests were normal.', review: '2026-11-30' },
});

const CONTRACTS: Contract[] = [
  {
    tag: 'sdm-icon-array',
    states: [
      { name: 'a registry fact', template: () => html`<sdm-icon-array fact="serious-cause"></sdm-icon-array>` },
      { name: 'a fact with long words', template: () => html`<sdm-icon-array fact="red-flag-answers"></sdm-icon-array>` },
    ],
    bad: { attribute: 'fact', values: ['not-a-fact', 'no-such-fact'], code: 'unknown-fact' },
    properties: ['count', 'total'],
    events: { act: setting('fact', 'not-a-fact'), heard: ['sdm-error'], local: [] },
  },
  {
    tag: 'sdm-benefits-harms',
    states: [
      { name: 'neutral', template: () => html`<sdm-benefits-harms></sdm-benefits-harms>` },
      {
        name: 'every theme high',
        template: () =>
          html`<sdm-benefits-harms .profile=${score({ emergency: noSigns, items: allItems(5), wantScan: 'yes' })}></sdm-benefits-harms>`,
      },
      { name: 'summary', template: () => html`<sdm-benefits-harms variant="summary"></sdm-benefits-harms>` },
      {
        name: 'an emergency sign',
        template: () => html`<sdm-benefits-harms .profile=${score({ emergency: { 'rf1-chest': true }, items: {} })}></sdm-benefits-harms>`,
      },
    ],
    bad: { attribute: 'age', values: ['45', '46'], code: 'invalid-age' },
    properties: ['profile', 'plan'],
    events: { act: setting('age', '45'), heard: ['sdm-error'], local: [] },
  },
  {
    tag: 'sdm-imaging-questionnaire',
    states: [
      { name: 'the emergency check', template: () => html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>` },
      {
        name: 'the belief questions',
        template: () => html`<sdm-imaging-questionnaire .answers=${{ emergency: noSigns, items: {} }}></sdm-imaging-questionnaire>`,
      },
      {
        name: 'an emergency sign',
        template: () => html`<sdm-imaging-questionnaire .answers=${{ emergency: { 'rf1-chest': true }, items: {} }}></sdm-imaging-questionnaire>`,
      },
      {
        name: "the clinician's summary",
        template: () =>
          html`<sdm-imaging-questionnaire view="clinician" .answers=${{ emergency: noSigns, items: allItems(4), wantScan: 'yes' }}></sdm-imaging-questionnaire>`,
      },
    ],
    bad: { attribute: 'mode', values: ['sideways', 'upside-down'], code: 'unknown-value' },
    properties: ['answers', 'questionnaireResponse', 'plan'],
    events: { act: clicking('[data-question="rf1-chest"] input[value="yes"]'), heard: ['change', 'sdm-emergency'], local: ['sdm-profile'] },
  },
  {
    tag: 'sdm-watchful-waiting-plan',
    states: [
      { name: 'a new plan', template: () => html`<sdm-watchful-waiting-plan today=${TODAY}></sdm-watchful-waiting-plan>` },
      { name: 'a filled plan', template: () => html`<sdm-watchful-waiting-plan today=${TODAY} .plan=${filledPlan()}></sdm-watchful-waiting-plan>` },
      {
        name: 'a plan with a decision',
        template: () => html`<sdm-watchful-waiting-plan today=${TODAY} .plan=${waiting}></sdm-watchful-waiting-plan>`,
      },
      {
        name: 'the form',
        template: () => html`<sdm-watchful-waiting-plan mode="edit" today=${TODAY} .plan=${filledPlan()}></sdm-watchful-waiting-plan>`,
      },
      {
        name: 'the form, with a decision',
        template: () => html`<sdm-watchful-waiting-plan mode="edit" today=${TODAY} .plan=${waiting}></sdm-watchful-waiting-plan>`,
      },
    ],
    bad: { attribute: 'today', values: ['2026-02-30', '2026-13-01'], code: 'invalid-today' },
    properties: ['plan', 'profile'],
    events: {
      act: async (el) => {
        await setting('mode', 'edit')(el);
        await clicking('input[data-field="redFlags.rf2-fever"][value="present"]')(el);
      },
      heard: ['change'],
      local: ['sdm-plan'],
    },
  },
];

/** Attribute values no element can use: markup, huge, empty, odd numbers, control characters, a lone surrogate, a script link. */
const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  'x'.repeat(100_000),
  '',
  '   ',
  '-1',
  'NaN',
  '1e309',
  '\u0000\u202e\ufffd',
  '\ud800',
  'javascript:alert(1)',
  '{"__proto__":{"x":1}}',
];

/** Property values of the wrong kind or shape. */
const MALFORMED: unknown[] = [
  null,
  42,
  NaN,
  -Infinity,
  'oops',
  '{"redFlags": ',
  'x'.repeat(1_000_000),
  {},
  [],
  [1, 'two', null],
  Object.create(null),
  { themes: 'high', flags: 7, triage: '<script>alert(1)</script>', emergency: [], items: 'all', redFlags: 3, goals: '<img src=x onerror=alert(1)>' },
  JSON.stringify({ goals: ['<img src=x onerror=alert(1)>'], resourceType: 'QuestionnaireResponse', item: 'x' }),
];

/**
 * Puts the element of `template` in a fresh container (320 px wide when `narrow`), with `lang`
 * when given, and waits for its first render. Every sdm-error from it is collected.
 */
async function mount(
  template: TemplateResult,
  opts: { lang?: string; narrow?: boolean } = {},
): Promise<{ el: Host; errors: SdmErrorDetail[]; box: HTMLElement }> {
  const box = await fixture<HTMLDivElement>(html`<div style=${opts.narrow ? 'width: 320px' : ''}></div>`);
  const errors = collectErrors(box);
  const holder = document.createElement('div');
  render(template, holder);
  const el = holder.firstElementChild as Host;
  if (opts.lang) el.setAttribute('lang', opts.lang);
  box.append(el);
  await el.updateComplete;
  return { el, errors, box };
}

/** The element and everything in its shadow root (and any shadow root within). */
function descendants(el: Element): Element[] {
  const out: Element[] = [el];
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) out.push(...descendants(child));
  return out;
}

/** Opens every fold, as a reader may, and waits for what opening one draws (the full guide under a summary). */
async function openAll(el: Host): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    const closed = descendants(el).filter((n): n is HTMLDetailsElement => n instanceof HTMLDetailsElement && !n.open);
    if (!closed.length) return;
    for (const d of closed) d.open = true;
    await nextFrame();
    await el.updateComplete;
  }
}

/**
 * What is wider than `width`, or reaches past the right edge of `box`, with every fold open:
 * each named by tag and class.
 */
async function tooWide(el: Host, box: Element, width: number): Promise<string[]> {
  await openAll(el);
  const right = box.getBoundingClientRect().left + width;
  return descendants(el)
    .filter((n) => n.scrollWidth > width || n.getBoundingClientRect().right > right + 0.5)
    .map((n) => `${n.localName}.${n.getAttribute('class') ?? ''} (${n.scrollWidth} px wide): ${(n.textContent ?? '').trim().slice(0, 40)}`);
}

const shown = (el: Host, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].filter((n) => n.checkVisibility());

/** Never throws, never blank, never fails to draw, no markup let in, and any problem on screen. */
async function expectStillWorking(el: Host, what: string): Promise<void> {
  expect(
    await el.updateComplete.then(
      () => 'done',
      (e: unknown) => `threw: ${String(e)}`,
    ),
    what,
  ).to.equal('done');
  const codes = el.problems.map((p) => p.code);
  expect(codes, what).not.to.include('render-failed');
  expect(el.shadowRoot!.querySelector('[data-problem="render-failed"]'), what).to.equal(null);
  expect((el.shadowRoot!.textContent ?? '').trim(), `${what}: blank`).not.to.equal('');
  expect(el.shadowRoot!.querySelectorAll('[onerror], script'), `${what}: markup let in`).to.have.length(0);
  if (codes.length) expect(shown(el, '[part~="error"], [part~="notice"]').length, `${what}: a problem not shown`).to.be.at.least(1);
}

before(() => document.documentElement.setAttribute('lang', 'en-GB'));
after(() => document.documentElement.removeAttribute('lang'));
afterEach(() => sessionStorage.clear());

for (const c of CONTRACTS) {
  const [first] = c.states;

  describe(`<${c.tag}>: the contract every element keeps`, () => {
    it('a language it does not have: a visible note (in the language used), and one sdm-error "unknown-locale"', async () => {
      const { el, errors } = await mount(first.template(), { lang: 'xx-YY' });
      const note = 'This is shown in British English, because "xx-YY" is not available yet.';
      const notices = shown(el, '[part="notice"]');
      expect(notices.map((n) => n.textContent!.trim())).to.deep.equal([note]);
      expect(notices[0]!.getAttribute('role')).to.equal('status');
      expect(errors.map((e) => [e.code, e.field, e.message, e.component])).to.deep.equal([['unknown-locale', 'lang', note, c.tag]]);
    });

    it('fires sdm-error once per distinct set of problems, each with a visible message', async () => {
      const { el, errors } = await mount(first.template());
      expect(errors).to.have.length(0);
      const [a, b] = c.bad.values;
      el.setAttribute(c.bad.attribute, a);
      await el.updateComplete;
      el.setAttribute(c.bad.attribute, a);
      el.requestUpdate();
      await el.updateComplete;
      expect(
        errors.map((e) => e.code),
        'the same input twice',
      ).to.deep.equal([c.bad.code]);
      el.setAttribute(c.bad.attribute, b);
      await el.updateComplete;
      expect(
        errors.map((e) => e.code),
        'a different input',
      ).to.deep.equal([c.bad.code, c.bad.code]);
      expect(errors[1]!.message).not.to.equal(errors[0]!.message);
      const alerts = shown(el, '[role="alert"][part~="error"]');
      expect(alerts).to.have.length(1);
      expect(alerts[0]!.textContent).to.contain(errors[1]!.message);
      expect(errors[1]!.component).to.equal(c.tag);
    });

    it(`its events bubble and are composed (${c.events.heard.join(', ')}); ${c.events.local.join(', ') || 'none'} only on the element`, async () => {
      // In another element's shadow root: only a composed event is heard outside it.
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = page.attachShadow({ mode: 'open' });
      render(first.template(), root);
      const el = root.firstElementChild as Host;
      await el.updateComplete;
      const types = [...c.events.heard, ...c.events.local];
      const outside: string[] = [];
      const onElement: Event[] = [];
      for (const type of types) {
        page.addEventListener(type, (e) => outside.push(e.type));
        el.addEventListener(type, (e) => onElement.push(e));
      }
      await c.events.act(el);
      expect([...new Set(outside)].sort(), 'heard outside').to.deep.equal([...c.events.heard].sort());
      expect([...new Set(onElement.map((e) => e.type))].sort(), 'heard on the element').to.deep.equal([...types].sort());
      for (const e of onElement) {
        const local = c.events.local.includes(e.type);
        expect([e.constructor.name, e.bubbles, e.composed], e.type).to.deep.equal(local ? ['Event', false, false] : ['CustomEvent', true, true]);
      }
    });

    it('passes axe in the default state, and with bad input', async () => {
      const { el } = await mount(first.template());
      await expect(el).to.be.accessible();
      el.setAttribute(c.bad.attribute, c.bad.values[0]);
      await el.updateComplete;
      expect(shown(el, '[role="alert"][part~="error"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('never throws on hostile or malformed attribute values, and shows what it could not use', async () => {
      const { el } = await mount(first.template());
      const names = [...((customElements.get(c.tag) as unknown as { observedAttributes: string[] }).observedAttributes ?? []), 'lang'];
      expect(names.length, 'observed attributes').to.be.at.least(2);
      for (const value of HOSTILE_TEXT) {
        const what = `every attribute = ${JSON.stringify(value.slice(0, 30))}`;
        expect(() => names.forEach((n) => el.setAttribute(n, value)), what).not.to.throw();
        await expectStillWorking(el, what);
      }
    });

    it('never throws on malformed property values, and shows what it could not use', async () => {
      const { el } = await mount(first.template());
      for (const property of c.properties) {
        for (const value of MALFORMED) {
          const what = `${property} = ${String(JSON.stringify(value) ?? value).slice(0, 40)}`;
          expect(() => ((el as unknown as Record<string, unknown>)[property] = value), what).not.to.throw();
          await expectStillWorking(el, what);
        }
      }
    });

    for (const state of c.states) {
      it(`nothing is wider than 320 px: ${state.name}`, async () => {
        const { el, box } = await mount(state.template(), { narrow: true });
        expect(await tooWide(el, box, 320)).to.deep.equal([]);
      });
    }

    it('nothing is wider than 320 px: with bad input and a language it does not have', async () => {
      const { el, box } = await mount(first.template(), { narrow: true, lang: 'xx-YY' });
      el.setAttribute(c.bad.attribute, c.bad.values[0]);
      await el.updateComplete;
      expect(shown(el, '[role="alert"][part~="error"]')).to.have.length(1);
      expect(await tooWide(el, box, 320)).to.deep.equal([]);
    });
  });
}
