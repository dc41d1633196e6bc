import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  defaultPlan,
  ITEM_IDS,
  PHASES,
  planCatalog,
  SELF_CARE_IDS,
  score,
  SIGN_IDS,
  TIER1_IDS,
  tierOf,
  type ExpectationProfile,
  type Likert,
  type Plan,
  type SignId,
  type SignStatus,
} from '@scanwise/core';
import '../../packages/elements/src/imaging-questionnaire/define.js';
import '../../packages/elements/src/watchful-waiting-plan/define.js';
import type { SdmPlanChangeDetail, SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import { collectErrors, shadowText } from './helpers/events.js';

type P = SdmWatchfulWaitingPlan;
const TODAY = '2026-11-23';
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** The patient view's sections, in the order drawn. */
const sections = (el: P) => $$(el, '.plan section[data-section]').map((s) => s.dataset.section);
const focused = (el: P) => el.shadowRoot!.activeElement as HTMLElement | null;

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

async function view(plan: Plan | string | undefined, opts: { lang?: string; profile?: ExpectationProfile; attrs?: Record<string, string> } = {}): Promise<P> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${opts.lang ?? 'en-GB'}>
    <sdm-watchful-waiting-plan today=${TODAY} .plan=${plan} .profile=${opts.profile}></sdm-watchful-waiting-plan>
  </div>`);
  const el = wrapper.querySelector('sdm-watchful-waiting-plan')!;
  for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

/** Words that belong only to watchful waiting: none may appear beside "needs to be seen". */
const WAITING_WORDS = [/Your plan, step by step/, /What to expect/, /Your review/, /Keep moving/, /Your dates/, /think again about a scan/, /Add your dates/, /gets much better/];

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('<sdm-watchful-waiting-plan>: a red flag present means "needs to be seen"', () => {
  for (const sign of SIGN_IDS) {
    const tier = tierOf(sign);
    it(`${sign} (Tier ${tier}) present: ${tier === 1 ? 'emergency now' : 'same day'}, first, and no watchful-waiting advice, on screen and in print`, async () => {
      const el = await view(filledPlan({ [sign]: 'present' }), { profile: profileFor(5, 5, 5) });
      const first = $(el, '.plan section[data-section]')!;
      expect(first.dataset.section).to.equal('needs-to-be-seen');
      expect(first.getAttribute('role')).to.equal('alert');
      const action = first.querySelector('.action')!.textContent!;
      if (tier === 1) {
        expect(first.querySelector('h3')!.textContent).to.equal('You need to be seen now');
        expect(action).to.match(/^Go to A&E or call 999 now\./);
        expect(sections(el)).to.deep.equal(['needs-to-be-seen', 'checked', 'contacts']);
      } else {
        expect(first.querySelector('h3')!.textContent).to.equal('You need to be seen today');
        expect(action).to.equal('Call NHS 111 or get an urgent GP appointment today.');
        expect(sections(el)).to.deep.equal(['needs-to-be-seen', 'safety-net', 'checked', 'contacts']);
      }
      expect(first.querySelector(`[data-sign="${sign}"]`), 'the sign found is named').not.to.equal(null);
      for (const media of ['screen', 'print'] as const) {
        await emulateMedia({ media });
        expect(first.checkVisibility(), `visible in ${media}`).to.equal(true);
        const text = el.shadowRoot!.querySelector('.plan')!.textContent!;
        for (const words of WAITING_WORDS) expect(text, `${media}: ${words}`).not.to.match(words);
      }
      await emulateMedia({ media: 'screen' });
      await expect(el).to.be.accessible();
    });
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

  it('a sign not asked is shown as "Not checked today", never as "not found"', async () => {
    const el = await view(filledPlan({ 'rf2-weight': 'not-asked' }));
    const item = $(el, '.checklist [data-sign="rf2-weight"]')!;
    expect(item.textContent).to.contain('Not checked today');
    expect(item.textContent).not.to.contain('not found');
  });
});

describe('<sdm-watchful-waiting-plan>: services follow the locale', () => {
  const cases: { name: string; lang: string; attrs?: Record<string, string>; plan?: Partial<Plan>; has: RegExp[]; not: RegExp[] }[] = [
    { name: 'en-GB: 999, A&E and NHS 111', lang: 'en-GB', has: [/call 999 now/, /Go to A&E/, /Call NHS 111/], not: [/911/] },
    { name: 'en-US: 911, the emergency room and urgent care', lang: 'en-US', has: [/call 911 now/, /the emergency room/, /go to urgent care today/], not: [/999/, /NHS/] },
    { name: 'en-AU: no number guessed', lang: 'en-AU', has: [/Go to the nearest hospital or call your local number for an ambulance now/], not: [/999/, /911/, /NHS/] },
    { name: 'attributes override', lang: 'en-AU', attrs: { 'emergency-number': '000', 'emergency-service': 'the emergency department', 'urgent-line': 'Healthdirect' }, has: [/Go to the emergency department or call 000 now/, /Call Healthdirect/], not: [/999/] },
    { name: 'plan.services wins over attributes', lang: 'en-GB', attrs: { 'emergency-number': '000' }, plan: { services: { emergency: { number: '112' } } }, has: [/call 112 now/], not: [/000/, /999/] },
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
    expect(times).to.deep.equal([['2026-12-07', '7 December 2026'], ['2027-01-04', '4 January 2027']]);
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
  const cases: { name: string; profile?: ExpectationProfile; first: string[]; lead?: RegExp }[] = [
    { name: 'no profile: the standard order', first: ['checked', 'recovery', 'goals', 'steps', 'dates', 'safety-net'] },
    { name: 'all themes low: the standard order', profile: profileFor(2, 2, 2), first: ['checked', 'recovery', 'goals', 'steps', 'dates', 'safety-net'] },
    { name: 'threat high: the safety net and what we checked first', profile: profileFor(2, 5, 2), first: ['safety-net', 'checked', 'recovery'], lead: /what we checked today/ },
    { name: 'legitimacy high: a written record first', profile: profileFor(5, 2, 2), first: ['statement', 'checked', 'recovery'] },
    { name: 'navigation high: steps and dates first', profile: profileFor(2, 2, 5), first: ['steps', 'dates', 'scan-triggers'], lead: /next steps and your dates/ },
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
    expect(sections(el)[0]).to.equal('checked');
    q.answers = { emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, false])), items: { 'thr-1': 5, 'thr-2': 5, 'thr-3': 5, 'thr-4': 5 } };
    await el.updateComplete;
    expect(sections(el).slice(0, 2)).to.deep.equal(['safety-net', 'checked']);
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
  const radio = (el: P, sign: SignId, status: SignStatus) => $<HTMLInputElement>(el, `input[data-field="redFlags.${sign}"][value="${status}"]`)!;
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
    expect($$<HTMLInputElement>(el, 'input[data-field="selfCare"]:checked').map((i) => i.value)).to.deep.equal(['keep-active', 'walking', 'exercises', 'heat']);
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
    for (const words of ['Walk the dog', 'Go back to work', 'Stay at work, or go back soon', 'Cat-camel stretch, twice a day.', 'You saw: Dr Amira Khan', 'We checked for every warning sign in this plan and found none of them.']) {
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
    { name: 'a review date in the past', plan: { checkIn: '2026-11-10', review: '2026-11-20' }, code: 'review-past', text: /review date \(2026-11-20\) is in the past/ },
    { name: 'a review more than 12 weeks ahead', plan: { review: '2027-06-01' }, code: 'review-far', text: /more than 12 weeks away/ },
  ];
  for (const w of warnings) {
    it(`warns, accessibly, about ${w.name}, and stays valid`, async () => {
      const { el } = await editor(filledPlan({}, w.plan));
      const item = $(el, `[data-code="${w.code}"]`)!;
      expect(item.textContent).to.match(w.text);
      expect(item.closest('[role="status"]')).not.to.equal(null);
      const input = field(el, 'review');
      const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '');
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

  it('a disabled form disables every control', async () => {
    const { el } = await editor();
    el.disabled = true;
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset.plan-edit')!.disabled).to.equal(true);
  });
});

describe('<sdm-watchful-waiting-plan>: bad input never throws and never blanks', () => {
  const cases: { name: string; input: unknown; field: string; message: RegExp; kept?: string }[] = [
    { name: 'malformed JSON text', input: '{"redFlags": oops', field: 'plan.(input)', message: /not valid JSON/ },
    { name: 'an impossible date', input: { ...filledPlan(), review: '2026-02-30' }, field: 'plan.review', message: /2026-02-30 is not a real date: that month has only 28 days/, kept: 'Riverside Medical Centre' },
    { name: 'an unknown self-care step', input: { ...filledPlan(), selfCare: ['walking', 'sleep-positions'] }, field: 'plan.selfCare[1]', message: /no self-care step called "sleep-positions"/, kept: 'Walk every day' },
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
    const good = await fixture<P>(html`<sdm-watchful-waiting-plan lang="en-GB" today=${TODAY}><script type="application/json">${JSON.stringify(filledPlan())}</script></sdm-watchful-waiting-plan>`);
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

  it('fires sdm-error once per distinct problem, not on every render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-watchful-waiting-plan');
    el.setAttribute('today', TODAY);
    el.plan = '[' as unknown as Plan;
    wrapper.append(el);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).to.have.length(1);
    const fixed = oneEvent(el, 'sdm-error');
    el.plan = { ...filledPlan(), selfCare: ['nap'] } as unknown as Plan;
    expect(((await fixed) as CustomEvent).detail.field).to.equal('plan.selfCare[0]');
  });
});

describe('<sdm-watchful-waiting-plan>: layout and print', () => {
  it('fits 320 px without sideways scrolling, in view and edit mode', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const mode of ['view', 'edit']) {
      const el = await view(filledPlan());
      el.mode = mode as 'view' | 'edit';
      await el.updateComplete;
      expect(el.scrollWidth, mode).to.be.at.most(320);
      const wide = $$(el, '*').filter((n) => n.getBoundingClientRect().right > 321);
      expect(wide.map((n) => n.className || n.localName), mode).to.deep.equal([]);
    }
  });

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
    filledPlan({}, {
      selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'work'],
      selfCareNote: 'Try the knee-to-chest stretch we did today, twice a day.',
      goals: ['Pick up my grandson', 'Get back to football on Thursdays'],
      ...extra,
    });

  it('on paper the steps print once, as a week-by-week table: a row per step, a column per stretch', async () => {
    const plan = storyPlan();
    const el = await view(plan);
    const table = $(el, '.week-table')!;
    expect(table.checkVisibility(), 'screens show the list and the stretches, not the table').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(table.checkVisibility()).to.equal(true);
    expect($(el, '.step-list')!.checkVisibility()).to.equal(false);
    expect($$(el, '.phase').some((p) => p.checkVisibility())).to.equal(false);
    const t = planCatalog('en-GB');
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
    expect(figures.length).to.be.greaterThan(0);
    for (const f of figures) {
      const sentence = f.querySelector('.summary')!.textContent!;
      for (const cls of ['who', 'when']) {
        const line = f.querySelector<HTMLElement>(`.caption .${cls}`)!;
        expect(line.checkVisibility(), cls).to.equal(false);
        const words = line.textContent!.replace(/^[^:]*:\s*/, '').replace(/\.\s*$/, '').trim();
        expect(sentence, cls).to.contain(words);
      }
      expect(f.querySelector<HTMLElement>('.source')!.checkVisibility()).to.equal(true);
    }
  });

  it('on paper the plan is a two-column leaflet with both warning boxes side by side and whole', async () => {
    const el = await view(storyPlan());
    await emulateMedia({ media: 'print' });
    const runs = $$(el, '.columns');
    expect(runs.length).to.be.greaterThan(0);
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

  // Held to the "one or two pages": each tailoring, on A4 (en-GB) and US Letter (en-US),
  // at half-inch margins. A written record adds its own sheet in front.
  for (const [name, profile, extraSheet] of [
    ['no profile', undefined, 0],
    ['threat high', profileFor(2, 5, 2), 0],
    ['navigation high', profileFor(2, 2, 5), 0],
    ['legitimacy high', profileFor(5, 2, 2), 1],
  ] as const) {
    for (const [lang, format] of [['en-GB', 'A4'], ['en-US', 'Letter']] as const) {
      it(`prints on two sheets at most: ${name}, ${format}${extraSheet ? ', plus the written record' : ''}`, async () => {
        await view(storyPlan(), { lang, profile });
        await emulateMedia({ media: 'print' });
        const pages = await executeServerCommand<number, { format: string }>('pdf-pages', { format });
        expect(pages).to.be.within(1, 2 + extraSheet);
      });
    }
  }

  it('large print: --sdm-plan-print-font-size sets the text size on paper, and the plan runs on to more sheets', async () => {
    const el = await view(storyPlan());
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '.plan')!).fontSize).to.equal('12.6667px'); // 9.5 pt
    const standard = await executeServerCommand<number, { format: string }>('pdf-pages', { format: 'A4' });
    el.style.setProperty('--sdm-plan-print-font-size', '14pt');
    expect(getComputedStyle($(el, '.plan')!).fontSize).to.equal('18.6667px');
    const large = await executeServerCommand<number, { format: string }>('pdf-pages', { format: 'A4' });
    expect(large).to.be.greaterThan(standard);
  });

  it('on paper the plan starts where it stands on the page, after a letter\'s greeting, not on a new sheet', async () => {
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

  it('printing in edit mode prints the patient\'s plan as it stands, then gives the form back as it was', async () => {
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
    expect($$<HTMLDetailsElement>(el, 'details:not(.table)').every((d) => d.open), 'folded parts open').to.equal(true);
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
