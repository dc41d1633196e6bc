import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  localeText,
  defaultPlan,
  isWellFormed,
  ITEM_IDS,
  PLAN_LIMITS,
  PLAN_TEXT_LIMITS,
  SIGN_IDS,
  TIER1_IDS,
  WORRY_MAX_LENGTH,
  type Answers,
  type Plan,
  type PlanTextField,
  type SignId,
  type SignStatus,
  type Tier1Id,
} from '@scanwise/core';
import '../../packages/elements/src/imaging-questionnaire/define.js';
import '../../packages/elements/src/watchful-waiting-plan/define.js';
import type { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import type { SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import { collectErrors, shadowText } from './helpers/events.js';
import './helpers/locales.js';

type Q = SdmImagingQuestionnaire;
type P = SdmWatchfulWaitingPlan;
type TextBox = HTMLTextAreaElement | HTMLInputElement;

const TODAY = '2026-11-23';
const SMILE = '\u{1F600}'; // 😀: 2 UTF-16 units
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'; // 👨‍👩‍👧: 8 units
const w = localeText('en-GB').textLimit;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);

const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false])) as Record<Tier1Id, boolean>;
const allSigns = (extra: Partial<Record<SignId, SignStatus>> = {}) =>
  ({ ...Object.fromEntries(SIGN_IDS.map((id) => [id, 'absent'])), ...extra }) as Record<SignId, SignStatus>;

function basePlan(extra: Partial<Plan> = {}): Plan {
  return {
    ...defaultPlan(TODAY),
    redFlags: allSigns(),
    goals: ['Walk the dog'],
    practice: { name: 'Riverside Medical Centre', phone: '01632 960123', clinician: 'Dr Amira Khan' },
    timeZone: 'Europe/London',
    ...extra,
  };
}
const withFever = (decision: Plan['decision']): Partial<Plan> => ({ redFlags: allSigns({ 'rf2-fever': 'present' }), decision });

/** One text box: where it is, its limit, and the data that puts `text` in it. */
interface BoxCase {
  name: string;
  kind: 'questionnaire' | 'plan';
  field: string;
  /** The box's maxlength: the model's limit. */
  max: number;
  /** A list box (one item a line): the limit of each line. */
  itemMax?: number;
  /** The data with `text` in the box's field ('' leaves the field as usual). */
  data: (text: string) => Answers | Plan;
  /** Where the problem about the field is reported (`field` of the sdm-error problem). */
  problemField: string;
  /** The box's value once `text` came in through the data. */
  boxValue: (text: string) => string;
}

const planBox = (field: PlanTextField, data: (text: string) => Plan, extra: Partial<BoxCase> = {}): BoxCase => ({
  name: `the plan's ${field} box`,
  kind: 'plan',
  field,
  max: PLAN_TEXT_LIMITS[field],
  data,
  problemField: `plan.${field}`,
  boxValue: (text) => text,
  ...extra,
});

const practice = (key: 'name' | 'phone' | 'clinician') =>
  planBox(`practice.${key}`, (text) => basePlan({ practice: { ...basePlan().practice, ...(text ? { [key]: text } : {}) } }));

const list = (field: 'goals' | 'scanTriggers') =>
  planBox(field, (text) => basePlan({ [field]: text ? ['Walk the dog', text] : ['Walk the dog'] }), {
    itemMax: PLAN_LIMITS.text,
    problemField: `plan.${field}[1]`,
    boxValue: (text) => `Walk the dog\n${text}`,
  });

const BOXES: BoxCase[] = [
  {
    name: 'the questionnaire\u2019s worry box',
    kind: 'questionnaire',
    field: 'worry',
    max: WORRY_MAX_LENGTH,
    data: (text) => ({ emergency: noSigns, items: {}, ...(text ? { worry: text } : {}) }),
    problemField: 'answers.worry',
    boxValue: (text) => text,
  },
  planBox('selfCareNote', (text) => basePlan({ selfCareNote: text })),
  list('goals'),
  list('scanTriggers'),
  planBox('decision.arranged', (text) =>
    basePlan(withFever({ kind: 'referral', arranged: text || 'An MRI scan at City Hospital', by: '2026-12-01' })),
  ),
  planBox('decision.reason', (text) => basePlan(withFever({ kind: 'wait', reason: text || 'Your temperature was normal.', review: '2026-11-30' }))),
  practice('name'),
  practice('phone'),
  practice('clinician'),
];

async function make(c: BoxCase, text = ''): Promise<{ el: Q | P; box: TextBox }> {
  const el =
    c.kind === 'questionnaire'
      ? await fixture<Q>(html`<sdm-imaging-questionnaire lang="en-GB" .answers=${c.data(text)}></sdm-imaging-questionnaire>`)
      : await fixture<P>(html`<sdm-watchful-waiting-plan lang="en-GB" mode="edit" today=${TODAY} .plan=${c.data(text)}></sdm-watchful-waiting-plan>`);
  await el.updateComplete;
  const box = $<TextBox>(el, `[data-field="${c.field}"]`);
  expect(box, `${c.field} box`).not.to.equal(null);
  return { el, box: box! };
}

/** Text of `units` units the box takes as valid: digits for a phone, short lines for a list. */
function filler(c: BoxCase, units: number): string {
  if (c.field === 'practice.phone') return '1'.repeat(units);
  if (!c.itemMax) return 'w'.repeat(units);
  return Array.from({ length: Math.ceil(units / 151) }, () => 'w'.repeat(150))
    .join('\n')
    .slice(0, units);
}

/** Puts a value in the box as typing would (an input event), and waits for the element. */
async function typeValue(el: Q | P, box: TextBox, value: string): Promise<void> {
  box.value = value;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await el.updateComplete;
}

const countOf = (el: Q | P) => $(el, '.count');
const liveOf = (box: TextBox) => box.closest('.field, .question')!.querySelector<HTMLElement>('[role="status"]')!;
const describedBy = (box: TextBox) => (box.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);

for (const c of BOXES) {
  describe(`text limits: ${c.name}`, () => {
    it(`has the model's limit (${c.max}) as its maxlength`, async () => {
      const { box } = await make(c);
      expect(box.maxLength).to.equal(c.max);
    });

    it('shows a count from 90 % of the limit, linked to the box, and says so politely only when a threshold is crossed', async () => {
      const { el, box } = await make(c);
      const nearFrom = Math.ceil(c.max * 0.9);

      await typeValue(el, box, filler(c, nearFrom - 1));
      expect(countOf(el), 'no count below 90 %').to.equal(null);
      expect(describedBy(box).some((id) => id.endsWith('-count'))).to.equal(false);
      expect(liveOf(box).textContent!.trim()).to.equal('');

      await typeValue(el, box, filler(c, nearFrom));
      const count = countOf(el)!;
      expect(count, 'a count near the limit').not.to.equal(null);
      expect(count.textContent).to.contain(w.count(nearFrom, c.max));
      expect(count.textContent).to.match(/\d,\d{3} of \d,\d{3} characters|\d+ of \d+ characters/);
      expect(describedBy(box)).to.include(count.id);
      expect(count.closest('[aria-live], [role="status"], [role="alert"]'), 'the count itself is not live').to.equal(null);
      const live = liveOf(box);
      expect(live.getAttribute('role')).to.equal('status');
      expect(live.textContent!.trim()).to.equal(w.near(c.max));

      // One more key: the count moves, what is said does not.
      await typeValue(el, box, filler(c, nearFrom + 1));
      expect(countOf(el)!.textContent).to.contain(w.count(nearFrom + 1, c.max));
      expect(liveOf(box).textContent!.trim()).to.equal(w.near(c.max));

      await typeValue(el, box, filler(c, c.max));
      expect(countOf(el)!.textContent).to.contain(w.count(c.max, c.max));
      expect(liveOf(box).textContent!.trim()).to.equal(w.full(c.max));
      await expect(el).to.be.accessible();
    });

    it('an emoji typed at the limit is never split, and the box says it did not fit', async () => {
      const { el, box } = await make(c);
      const before = filler(c, c.max - 1);
      await typeValue(el, box, before);
      box.focus();
      box.setSelectionRange(before.length, before.length);
      await sendKeys({ type: SMILE });
      await el.updateComplete;
      expect(box.value.length).to.be.at.most(c.max);
      expect(isWellFormed(box.value), 'no half emoji').to.equal(true);
      expect(box.value).to.equal(before);
      expect(countOf(el)!.textContent).to.contain(w.clipped(c.max));
      expect(liveOf(box).textContent!.trim()).to.equal(w.clipped(c.max));
      await expect(el).to.be.accessible();

      // Room for it: the emoji goes in whole, and the box is full.
      await typeValue(el, box, filler(c, c.max - 2));
      box.setSelectionRange(c.max - 2, c.max - 2);
      await sendKeys({ type: SMILE });
      await el.updateComplete;
      expect(box.value).to.equal(filler(c, c.max - 2) + SMILE);
      expect(countOf(el)!.textContent).not.to.contain(w.clipped(c.max));
      expect(liveOf(box).textContent!.trim()).to.equal(w.full(c.max));
    });

    const limit = c.itemMax ?? c.max;
    it(`a value over ${limit} set through ${c.kind === 'plan' ? '.plan' : '.answers'} is shortened at a grapheme boundary, with a message and sdm-error`, async () => {
      const { el } = await make(c);
      const errors = collectErrors(el);
      const kept = c.field === 'practice.phone' ? '1'.repeat(limit - 1) : 'w'.repeat(limit - 1);
      const text = `${kept}${SMILE}`;
      if (c.kind === 'plan') (el as P).plan = c.data(text) as Plan;
      else (el as Q).answers = c.data(text) as Answers;
      await el.updateComplete;

      const box = $<TextBox>(el, `[data-field="${c.field}"]`)!;
      expect(box.value).to.equal(c.boxValue(kept));
      expect(isWellFormed(box.value)).to.equal(true);
      const message = `${limit + 1} characters long. Only the first ${limit - 1} are kept, so that no letter or emoji is split (the most is ${limit}).`;
      const shown = $(el, '[part="error"]');
      expect(shown, 'a visible message').not.to.equal(null);
      expect(shown!.getAttribute('role')).to.equal('alert');
      expect(shown!.textContent!.replace(/\s+/g, ' ')).to.contain(message);
      const problem = errors.at(-1)?.problems.find((p) => p.field === c.problemField);
      expect(problem, JSON.stringify(errors.at(-1))).not.to.equal(undefined);
      expect(problem!.message).to.contain(message);
      expect(problem!.code).to.equal(c.kind === 'plan' ? 'text-shortened' : 'invalid-answers');
      if (c.kind === 'plan') {
        const plan = (el as P).plan;
        expect(JSON.stringify(plan)).not.to.contain(SMILE);
        if (c.field.startsWith('decision.')) expect(plan.decision, 'the decision is kept, with its text cut').not.to.equal(null);
      }
      await expect(el).to.be.accessible();
    });
  });
}

describe('text limits: a list box counts each line against its own limit', () => {
  for (const field of ['goals', 'scanTriggers'] as const) {
    it(`${field}: a line near 200 shows its own count; a line over it is an error at the box, not cut`, async () => {
      const c = BOXES.find((b) => b.field === field)!;
      const { el, box } = await make(c);
      await typeValue(el, box, `Walk the dog\n${'w'.repeat(185)}`);
      expect(countOf(el)!.textContent).to.contain(`${w.lineCount(2, 185, 200)}.`);
      expect(describedBy(box)).to.include(countOf(el)!.id);
      expect(liveOf(box).textContent!.trim()).to.equal(w.lineNear(2, 200));

      const long = `Walk the dog\n${'w'.repeat(230)}`;
      await typeValue(el, box, long);
      expect(countOf(el)!.textContent).to.contain(w.lineOver(2, 200));
      expect(liveOf(box).textContent!.trim()).to.equal(w.lineOver(2, 200));
      await expect(el).to.be.accessible();

      box.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      const p = el as P;
      expect(p.plan[field][1], 'kept as typed while the form says to shorten it').to.equal('w'.repeat(230));
      expect(p.validity.valid).to.equal(false);
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      const described = describedBy(box)
        .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
        .join(' ');
      expect(described).to.match(/item 2 of the .* is 230 characters long/);
      await expect(el).to.be.accessible();
    });
  }

  it('the value as typed survives a render before it is taken', async () => {
    const c = BOXES.find((b) => b.field === 'selfCareNote')!;
    const { el, box } = await make(c);
    await typeValue(el, box, 'Stretch twice a day');
    (el as P).requestUpdate();
    await el.updateComplete;
    expect(box.value).to.equal('Stretch twice a day');
  });
});

describe('text limits: a lone surrogate does not break the plan', () => {
  const decode = (href: string) => decodeURIComponent(href.slice(href.indexOf(',') + 1));

  it('a goal with half an emoji renders, and the calendar link works', async () => {
    const errors = collectErrors(document);
    const el = await fixture<P>(html`<sdm-watchful-waiting-plan lang="en-GB" today=${TODAY}></sdm-watchful-waiting-plan>`);
    el.plan = basePlan({
      goals: ['Walk the dog \uD83D', '\uDE00 Swim'],
      practice: { name: `${'R'.repeat(199)}${SMILE}`, phone: '', clinician: 'Dr \uD83D Khan' },
    });
    await el.updateComplete;
    expect($(el, '[data-problem="render-failed"]')).to.equal(null);
    const goals = $(el, '[data-section="goals"]')!;
    expect(goals.textContent).to.contain('Walk the dog \uFFFD');
    expect(goals.textContent).to.contain('\uFFFD Swim');
    const link = $<HTMLAnchorElement>(el, 'a.calendar')!;
    expect(link.href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    const ics = decode(link.href).replace(/\r\n /g, '');
    expect(ics).to.contain(`Contact: ${'R'.repeat(199)}.`);
    expect(isWellFormed(ics)).to.equal(true);
    // The practice name was cut (the emoji left out whole), and the page was told.
    expect(shadowText(el)).to.contain('Only the first 199 are kept');
    expect(errors.some((e) => e.problems.some((p) => p.field === 'plan.practice.name'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('page services with half an emoji still give a calendar link', async () => {
    const el = await fixture<P>(html`<sdm-watchful-waiting-plan lang="en-GB" today=${TODAY} .plan=${basePlan()}></sdm-watchful-waiting-plan>`);
    el.emergencyService = 'A&E \uD83D';
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, 'a.calendar');
    expect(link, 'the calendar link').not.to.equal(null);
    expect(() => decode(link!.href)).not.to.throw();
  });

  it('in the form, the goal shows the replacement character and a ZWJ emoji stays whole', async () => {
    const el = await fixture<P>(
      html`<sdm-watchful-waiting-plan lang="en-GB" mode="edit" today=${TODAY} .plan=${basePlan({ goals: ['Walk \uD83D', `Hug my family ${FAMILY}`] })}></sdm-watchful-waiting-plan>`,
    );
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '[data-field="goals"]')!.value).to.equal(`Walk \uFFFD\nHug my family ${FAMILY}`);
    expect(el.validity.valid).to.equal(true);
  });
});

describe('text limits: the worry answered near the limit in step mode', () => {
  it('the count follows typing, and the answers keep the text whole', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire lang="en-GB" mode="step"></sdm-imaging-questionnaire>`);
    el.answers = { emergency: noSigns, items: Object.fromEntries(ITEM_IDS.map((id) => [id, 3])) as Answers['items'], wantScan: 'no' };
    await el.updateComplete;
    // Go to the last question (the worry).
    for (let i = 0; i < ITEM_IDS.length + 1; i++) {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Next')!.click();
      await el.updateComplete;
    }
    const box = $<HTMLTextAreaElement>(el, '[data-field="worry"]')!;
    await typeValue(el, box, `${'w'.repeat(1990)}${FAMILY}`);
    expect(countOf(el)!.textContent).to.contain(w.count(1998, 2000));
    expect(el.answers.worry).to.equal(`${'w'.repeat(1990)}${FAMILY}`);
    await expect(el).to.be.accessible();
  });
});
