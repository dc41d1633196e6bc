import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  localeText,
  defaultPlan,
  fromQuestionnaireResponse,
  ITEM_IDS,
  reviewOf,
  SIGN_IDS,
  TIER1_IDS,
  toQuestionnaireResponse,
  type Answers,
  type Likert,
  type Locale,
  type Plan,
  type Tier1Id,
} from '@scanwise/core';
import '../../packages/elements/src/imaging-questionnaire/define.js';
import '../../packages/elements/src/watchful-waiting-plan/define.js';
import type { SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import { followPlan } from '../../packages/elements/src/shared/plan-input.js';
import type {
  SdmCompleteDetail,
  SdmEmergencyDetail,
  SdmImagingQuestionnaire,
} from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import { collectErrors, shadowText } from './helpers/events.js';
import './helpers/locales.js';

type Q = SdmImagingQuestionnaire;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const noSigns = Object.fromEntries(TIER1_IDS.map((id) => [id, false])) as Record<Tier1Id, boolean>;
const allItems = (v: Likert) => Object.fromEntries(ITEM_IDS.map((id) => [id, v])) as Answers['items'];
const full = (v: Likert = 3): Answers => ({ emergency: noSigns, items: allItems(v), wantScan: 'not-sure' });
const pick = async (el: Q, question: string, value: string) => {
  $<HTMLInputElement>(el, `[data-question="${question}"] input[value="${value}"]`)!.click();
  await el.updateComplete;
};
const button = (el: Q, text: string) => $$(el, 'button').find((b) => b.textContent!.trim() === text);
const press = async (el: Q, text: string) => {
  const b = button(el, text);
  expect(b, `button "${text}"`).not.to.equal(undefined);
  b!.click();
  await el.updateComplete;
};
const focused = (el: Q) => el.shadowRoot!.activeElement as HTMLElement | null;

// The page says which English it is in, as a clinic portal should: that is what lets the
// emergency instructions name 999 or 911 (without it they never guess a number).
before(() => document.documentElement.setAttribute('lang', 'en-GB'));
after(() => document.documentElement.removeAttribute('lang'));

afterEach(async () => {
  sessionStorage.clear();
  await emulateMedia({ media: 'screen' });
});

describe('<sdm-imaging-questionnaire>: the emergency check comes first', () => {
  it('shows the 8 Tier 1 questions, each with Yes and No, and no belief items', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
    expect($$(el, 'fieldset.question')).to.have.length(8);
    for (const id of TIER1_IDS) expect($$(el, `[data-question="${id}"] input[type=radio]`)).to.have.length(2);
    expect($(el, `[data-question="leg-1"]`)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const sign of TIER1_IDS) {
    it(`"Yes" to ${sign} shows the emergency instructions at once, announced and focused, and stops`, async () => {
      const el = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
      const emergency = oneEvent(el, 'sdm-emergency');
      await pick(el, sign, 'yes');
      const detail = ((await emergency) as CustomEvent<SdmEmergencyDetail>).detail;
      expect(detail.signs).to.deep.equal([sign]);
      expect(detail.instructions).to.match(/^Go to A&E or call 999 now\./);
      const panel = $(el, '[part="emergency"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain('Go to A&E or call 999 now.');
      expect(panel.offsetHeight).to.be.greaterThan(0);
      expect(focused(el)?.textContent).to.equal('You need help now');
      expect(button(el, 'Continue')).to.equal(undefined);
      expect(button(el, 'I have none of these')).to.equal(undefined);
      expect(el.profile.triage).to.equal('emergency');
      expect(el.validity.valid).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  const contacts: { name: string; lang: string; attrs?: { number?: string; service?: string }; text: RegExp; not?: RegExp }[] = [
    { name: 'en-GB: 999 and A&E', lang: 'en-GB', text: /^Go to A&E or call 999 now\./ },
    { name: 'en-US: 911 and the emergency room', lang: 'en-US', text: /^Go to the emergency room or call 911 now\./ },
    {
      name: 'an overridden number and service',
      lang: 'en-GB',
      attrs: { number: '112', service: 'the nearest hospital' },
      text: /^Go to the nearest hospital or call 112 now\./,
    },
    { name: 'en-AU: no number guessed', lang: 'en-AU', text: /call your local emergency number/, not: /999|911/ },
    { name: 'a language we do not have: no number guessed', lang: 'fr', text: /call your local emergency number/, not: /999|911/ },
    { name: 'no language on the page at all: no number guessed', lang: '', text: /call your local emergency number/, not: /999|911/ },
  ];
  for (const c of contacts) {
    it(`emergency instructions for ${c.name}`, async () => {
      if (!c.lang) document.documentElement.removeAttribute('lang');
      const el = await fixture<Q>(html`<div lang=${c.lang || nothing}><sdm-imaging-questionnaire
        emergency-number=${c.attrs?.number ?? ''} emergency-service=${c.attrs?.service ?? ''}></sdm-imaging-questionnaire></div>`);
      const q = el.firstElementChild as Q;
      await pick(q, 'rf1-chest', 'yes');
      const text = $(q, '.emergency-text')!.textContent!;
      expect(text).to.match(c.text);
      if (c.not) expect(text).not.to.match(c.not);
      document.documentElement.setAttribute('lang', 'en-GB');
    });
  }

  it('a mistaken "Yes" changed to "No" takes the instructions away, and Continue works', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
    await pick(el, 'rf1-saddle', 'yes');
    await pick(el, 'rf1-saddle', 'no');
    expect($(el, '[part="emergency"]')).to.equal(null);
    for (const id of TIER1_IDS.slice(1)) await pick(el, id, 'no');
    await press(el, 'Continue');
    expect($(el, '[data-question="leg-1"]')).not.to.equal(null);
  });

  it('Continue with unanswered safety questions marks them, moves focus, and does not go on', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
    await pick(el, 'rf1-saddle', 'no');
    await press(el, 'Continue');
    expect($$(el, '[aria-invalid="true"]').map((f) => f.dataset.question)).to.deep.equal(TIER1_IDS.slice(1));
    expect(shadowText(el)).to.contain('Please answer every safety question, or choose "I have none of these".');
    expect(focused(el)?.closest('[data-question]')?.getAttribute('data-question')).to.equal('rf1-bladder');
    expect($(el, '[data-question="leg-1"]')).to.equal(null);
    expect(el.profile.flags.emergencyUnanswered).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('"I have none of these" answers all 8 "No" and goes on to the statements', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
    await press(el, 'I have none of these');
    expect(el.answers.emergency).to.deep.equal(noSigns);
    expect($$(el, 'fieldset.question.scale')).to.have.length(12);
    expect(focused(el)?.textContent).to.equal('How much do you agree with each sentence?');
    expect(shadowText(el)).to.contain('0 of 13 answered');
    await expect(el).to.be.accessible();
  });
});

describe('<sdm-imaging-questionnaire>: answering', () => {
  it('fires change with the current answers on every answer', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire .answers=${{ emergency: noSigns, items: {} }}></sdm-imaging-questionnaire>`);
    const seen: Answers[] = [];
    el.addEventListener('change', (e) => seen.push((e as CustomEvent<{ answers: Answers }>).detail.answers));
    await pick(el, 'leg-1', '4');
    await pick(el, 'thr-4', '5');
    expect(seen.map((a) => a.items)).to.deep.equal([{ 'leg-1': 4 }, { 'leg-1': 4, 'thr-4': 5 }]);
    expect(shadowText(el)).to.contain('2 of 13 answered');
  });

  it('asks for unanswered statements before review, and lists none as answered that were not', async () => {
    const el = await fixture<Q>(
      html`<sdm-imaging-questionnaire .answers=${{ emergency: noSigns, items: { 'leg-1': 2 } }}></sdm-imaging-questionnaire>`,
    );
    await press(el, 'Check your answers');
    expect($$(el, '[aria-invalid="true"]')).to.have.length(12); // 11 statements + want-scan; worry is optional
    expect(shadowText(el)).to.contain('Please answer all the questions.');
    await expect(el).to.be.accessible();
  });

  it('review lists every answer, "change" goes back, and the next step returns to review', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire mode="step" .answers=${full(3)}></sdm-imaging-questionnaire>`);
    // Step mode starts at question 1; jump to review.
    for (let i = 0; i < 13; i++) await press(el, 'Next');
    await press(el, 'Check your answers');
    const rows = $$(el, '.answer-row');
    expect(rows).to.have.length(14);
    expect(rows[0]!.textContent).to.contain('Not sure');
    await expect(el).to.be.accessible();
    $$(el, '.answer-row button')[4]!.click(); // thr-1
    await el.updateComplete;
    expect(focused(el)?.closest('[data-question]')?.getAttribute('data-question')).to.equal('thr-1');
    await pick(el, 'thr-1', '5');
    await press(el, 'Next');
    expect($(el, '[part="review"]')).not.to.equal(null);
    expect($$(el, '.answer-row')[4]!.textContent).to.contain('Strongly agree');
  });

  it('step mode shows one question with "Question n of 14", and needs an answer to go on', async () => {
    const el = await fixture<Q>(
      html`<sdm-imaging-questionnaire mode="step" .answers=${{ emergency: noSigns, items: {} }}></sdm-imaging-questionnaire>`,
    );
    expect($$(el, '[data-question]')).to.have.length(1);
    expect(shadowText(el)).to.contain('Question 1 of 14');
    await press(el, 'Next');
    expect(shadowText(el)).to.contain('Question 1 of 14');
    expect(shadowText(el)).to.contain('Please choose an answer.');
    await pick(el, 'leg-1', '1');
    await press(el, 'Next');
    expect(shadowText(el)).to.contain('Question 2 of 14');
    await press(el, 'Back');
    expect(shadowText(el)).to.contain('Question 1 of 14');
    await press(el, 'Back');
    expect($$(el, 'fieldset.question.yes-no')).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire mode="step"></sdm-imaging-questionnaire>`);
    $(el, 'input')!.focus(); // the first "Yes", as the first Tab into the page would reach it
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'ArrowRight' }); // "No", selected by the arrow as in any radio group
      await sendKeys({ press: 'Tab' });
    }
    expect(focused(el)?.textContent?.trim()).to.equal('Continue');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let i = 0; i < 13; i++) {
      if (i === 0) await sendKeys({ press: 'Tab' }); // from the heading to the first answer
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' }); // Back
      await sendKeys({ press: 'Tab' }); // Next
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    await sendKeys({ type: 'Work' }); // the worry box has focus
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Check your answers');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let i = 0; i < 15; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Send my answers');
    const complete = oneEvent(el, 'sdm-complete');
    await sendKeys({ press: 'Enter' });
    const { profile } = ((await complete) as CustomEvent<SdmCompleteDetail>).detail;
    expect(profile.triage).to.equal('routine');
    expect(Object.keys(profile.answers.items)).to.have.length(12);
    expect(profile.answers.worry).to.equal('Work');
    expect(shadowText(el)).to.contain('Thank you');
  });

  it('sdm-complete carries the profile and a completed FHIR QuestionnaireResponse that reads back the same', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire .answers=${full(5)}></sdm-imaging-questionnaire>`);
    await press(el, 'Check your answers');
    const complete = oneEvent(el, 'sdm-complete');
    await press(el, 'Send my answers');
    const { profile, questionnaireResponse } = ((await complete) as CustomEvent<SdmCompleteDetail>).detail;
    expect(profile.themes.leg.level).to.equal('high');
    expect(profile.flags.stronglyAgreed).to.have.length(12);
    expect(profile.flags.harmsUnderestimated).to.equal(true);
    expect(questionnaireResponse.status).to.equal('completed');
    const back = fromQuestionnaireResponse(questionnaireResponse);
    expect(back.ok && back.answers).to.deep.equal(full(5));
    expect($(el, '[part="done"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });
});

describe('<sdm-imaging-questionnaire> in a form', () => {
  const inForm = () =>
    fixture<HTMLFormElement>(
      html`<form><sdm-imaging-questionnaire name="expectations" required></sdm-imaging-questionnaire><button>Send</button></form>`,
    );

  it('submits its answers as JSON under its name, and is invalid until finished', async () => {
    const form = await inForm();
    const el = form.querySelector('sdm-imaging-questionnaire')!;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Please answer all the questions.');
    el.answers = full(2);
    await el.updateComplete;
    expect(JSON.parse(String(new FormData(form).get('expectations')))).to.deep.equal(full(2));
    expect(form.checkValidity()).to.equal(false);
    await press(el, 'Check your answers');
    await press(el, 'Send my answers');
    expect(form.checkValidity()).to.equal(true);
  });

  it('an emergency makes it valid, so the form can still go to the clinic', async () => {
    const form = await inForm();
    const el = form.querySelector('sdm-imaging-questionnaire')!;
    await pick(el, 'rf1-injury', 'yes');
    expect(form.checkValidity()).to.equal(true);
  });

  it('form reset clears the answers and starts again at the safety check', async () => {
    const form = await inForm();
    const el = form.querySelector('sdm-imaging-questionnaire')!;
    el.answers = full(4);
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ emergency: {}, items: {} });
    expect($$(el, 'fieldset.question.yes-no')).to.have.length(8);
    expect($$(el, 'input:checked')).to.have.length(0);
  });

  it('a disabled fieldset around it disables every answer', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset disabled><sdm-imaging-questionnaire name="q"></sdm-imaging-questionnaire></fieldset></form>`,
    );
    const el = form.querySelector('sdm-imaging-questionnaire')!;
    await el.updateComplete;
    expect(el.matches(':disabled')).to.equal(true);
    expect($$(el, 'input').every((i) => (i as HTMLInputElement).matches(':disabled'))).to.equal(true);
  });

  it('the disabled attribute disables it too', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire disabled></sdm-imaging-questionnaire>`);
    expect($$(el, 'input, button').every((i) => i.matches(':disabled'))).to.equal(true);
  });

  it('restores its state from what the browser saved (formStateRestoreCallback)', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire name="q"></sdm-imaging-questionnaire>`);
    el.formStateRestoreCallback(JSON.stringify(full(1)));
    await el.updateComplete;
    expect(el.answers).to.deep.equal(full(1));
  });
});

describe('<sdm-imaging-questionnaire persist>', () => {
  it('keeps answers across a reload of the element, and clears them on completion', async () => {
    const first = await fixture<Q>(html`<sdm-imaging-questionnaire persist="visit-1"></sdm-imaging-questionnaire>`);
    await press(first, 'I have none of these');
    await pick(first, 'nav-2', '4');
    first.remove();
    const again = await fixture<Q>(html`<sdm-imaging-questionnaire persist="visit-1"></sdm-imaging-questionnaire>`);
    expect(again.answers.items).to.deep.equal({ 'nav-2': 4 });
    expect($(again, '[data-question="nav-2"] input[value="4"]')!.matches(':checked')).to.equal(true);
    again.answers = full(3);
    await again.updateComplete;
    await press(again, 'Check your answers');
    await press(again, 'Send my answers');
    expect(sessionStorage.getItem('scanwise:visit-1')).to.equal(null);
  });

  it('is cleared on reset, and stores nothing without the attribute', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire persist="visit-2"></sdm-imaging-questionnaire>`);
    await pick(el, 'rf1-saddle', 'no');
    expect(sessionStorage.getItem('scanwise:visit-2')).not.to.equal(null);
    el.reset();
    expect(sessionStorage.getItem('scanwise:visit-2')).to.equal(null);
    const plain = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
    await pick(plain, 'rf1-saddle', 'no');
    expect(sessionStorage.length).to.equal(0);
  });
});

describe('<sdm-imaging-questionnaire> bad input: a message, sdm-error, and no answer lost', () => {
  it('malformed JSON in the script child', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const errors = collectErrors(wrapper);
    wrapper.innerHTML = '<sdm-imaging-questionnaire><script type="application/json">{"emergency": </script></sdm-imaging-questionnaire>';
    const el = wrapper.firstElementChild as Q;
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-json']);
    expect($(el, '[part="error"]')!.textContent).to.contain('Some saved answers could not be used.');
    expect($$(el, 'fieldset.question')).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('answers with bad values keep the good ones', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
    const errors = collectErrors(el);
    el.answers = { emergency: noSigns, items: { 'leg-1': 4 } };
    await el.updateComplete;
    el.answers = JSON.stringify({ emergency: noSigns, items: { 'leg-2': 9, 'thr-1': 2, '<img src=x onerror=alert(1)>': 1 } });
    await el.updateComplete;
    expect(el.answers.items).to.deep.equal({ 'leg-1': 4, 'thr-1': 2 });
    expect(errors[0]!.code).to.equal('invalid-answers');
    expect(errors[0]!.problems.length).to.be.at.least(2);
    expect($(el, 'img')).to.equal(null);
    expect($(el, '[part="error"]')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    await expect(el).to.be.accessible();
  });

  it('an invalid QuestionnaireResponse keeps the answers already given', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire .answers=${full(4)}></sdm-imaging-questionnaire>`);
    const errors = collectErrors(el);
    el.questionnaireResponse = { resourceType: 'Patient' } as never;
    await el.updateComplete;
    expect(errors[0]!.code).to.equal('invalid-response');
    expect(el.answers).to.deep.equal(full(4));
  });

  it('lang="es-US": bad answers given before the element knows its language are reported in Spanish', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-US"></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-imaging-questionnaire');
    el.answers = { emergency: noSigns, items: { 'leg-1': 9, 'thr-1': 2 } } as never;
    wrapper.append(el);
    await el.updateComplete;
    const spanish =
      'La respuesta a "leg-1" debería ser un número entero del 1 (totalmente en desacuerdo) al 5 (totalmente de acuerdo), pero se recibió 9.';
    expect($(el, '[part="error"]')!.textContent).to.contain(spanish);
    expect(errors.map((e) => e.message)).to.deep.equal([spanish]);
    expect(el.answers.items).to.deep.equal({ 'thr-1': 2 });
    await expect(el).to.be.accessible();
  });

  it('bad answers restored by the browser: a later lang change words them in the new language, and sdm-error says them again', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-imaging-questionnaire');
    wrapper.append(el);
    await el.updateComplete;
    el.formStateRestoreCallback(JSON.stringify({ emergency: noSigns, items: { 'leg-1': 9, 'thr-1': 2 }, wantScan: 'ωω' }));
    await el.updateComplete;
    const shown = () => $(el, '[part="error"]')!.textContent!;
    expect(shown()).to.contain('"wantScan" should be "yes", "no" or "not-sure", but it is "ωω".');
    wrapper.setAttribute('lang', 'es-US');
    await nextFrame();
    await el.updateComplete;
    const spanish = [
      'La respuesta a "leg-1" debería ser un número entero del 1 (totalmente en desacuerdo) al 5 (totalmente de acuerdo), pero se recibió 9.',
      '"wantScan" debería ser "yes", "no" o "not-sure", pero se recibió "ωω".',
    ];
    for (const said of spanish) expect(shown()).to.contain(said);
    expect(shown()).not.to.match(/should be|but it is/);
    expect(errors).to.have.length(2);
    expect(errors[1]!.problems.map((p) => p.message)).to.deep.equal(spanish);
    expect(el.answers.items).to.deep.equal({ 'thr-1': 2 });
    await expect(el).to.be.accessible();
  });

  it('a valid QuestionnaireResponse prefills', async () => {
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire></sdm-imaging-questionnaire>`);
    el.questionnaireResponse = toQuestionnaireResponse(full(2));
    await el.updateComplete;
    expect(el.answers).to.deep.equal(full(2));
    expect($$(el, 'fieldset.question.scale')).to.have.length(12);
  });
});

describe('<sdm-imaging-questionnaire view="clinician">', () => {
  const cases: { name: string; answers: Answers; expect: string[]; absent?: string[] }[] = [
    {
      name: 'threat high, harms underestimated',
      answers: { ...full(2), items: { ...allItems(2), 'thr-1': 4, 'thr-2': 4, 'thr-3': 4, 'thr-4': 4 } },
      expect: [
        'Threat (fear of missing something) High 4.00',
        'Thinks a scan cannot do any harm.',
        'Explore the fear of a missed serious cause',
        'Talk about the possible harms of a scan.',
      ],
      absent: ['Make sure they feel listened to'],
    },
    {
      name: 'legitimacy high with strong agreement',
      answers: { ...full(2), items: { ...allItems(2), 'leg-1': 5, 'leg-2': 5, 'leg-3': 4, 'leg-4': 4 } },
      expect: [
        'Legitimacy (scan as proof) High 4.50',
        'A scan would prove to other people that my pain is real.',
        'Make sure they feel listened to, valued and believed.',
      ],
    },
    {
      name: 'a theme with too few answers',
      answers: { emergency: noSigns, items: { 'nav-1': 5, 'nav-2': 5 } },
      expect: ['Navigation (scan as a map) Not scored (fewer than 3 of 4 answered)', 'Wants a scan No answer'],
    },
    {
      name: 'an emergency sign',
      answers: { emergency: { ...noSigns, 'rf1-bowel': true }, items: {} },
      expect: ['EMERGENCY SIGN REPORTED: Do you have new trouble with your bowels?'],
    },
    {
      name: 'safety questions not answered',
      answers: { emergency: { 'rf1-bowel': false }, items: {} },
      expect: ['7 emergency safety questions were not answered: ask about them.'],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const el = await fixture<Q>(html`<sdm-imaging-questionnaire view="clinician" .answers=${c.answers}></sdm-imaging-questionnaire>`);
      const text = ($(el, '[part="clinician"]')!.innerText ?? '').replace(/\s+/g, ' ');
      for (const s of c.expect) expect(text).to.contain(s);
      for (const s of c.absent ?? []) expect(text).not.to.contain(s);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<sdm-imaging-questionnaire view="clinician"> with the plan: the conflict the plan\'s edit mode shows', () => {
  const TODAY = '2026-12-01';
  const reporting = (...signs: Tier1Id[]): Answers => ({
    emergency: { ...noSigns, ...Object.fromEntries(signs.map((id) => [id, true])) },
    items: {},
  });
  /** A review that found every sign absent, then the given statuses; `rechecked`: asked again. */
  function planWith(statuses: Partial<Record<Tier1Id, 'present' | 'absent'>>, rechecked: Tier1Id[] = []): Plan {
    const plan = defaultPlan(TODAY);
    for (const id of SIGN_IDS) plan.redFlags[id] = 'absent';
    Object.assign(plan.redFlags, statuses);
    plan.rechecked = rechecked;
    if (Object.values(statuses).includes('present')) plan.decision = { kind: 'emergency', arranged: 'We called an ambulance.' };
    return plan;
  }
  const line = (el: Q, sign: Tier1Id) => $(el, `.in-plan [data-sign="${sign}"]`);
  const clinicianText = (el: Q) => ($(el, '[part="clinician"]')!.innerText ?? '').replace(/\s+/g, ' ');

  const cases: { name: string; answers: Answers; plan: Plan | null; lines: [Tier1Id, string][]; alert: boolean }[] = [
    {
      name: 'conflict: answered yes, recorded absent without asking again',
      answers: reporting('rf1-bowel'),
      plan: planWith({}),
      lines: [['rf1-bowel', 'conflict']],
      alert: true,
    },
    {
      name: 'recorded present: an emergency referral, with what was arranged',
      answers: reporting('rf1-bowel'),
      plan: planWith({ 'rf1-bowel': 'present' }),
      lines: [['rf1-bowel', 'present']],
      alert: false,
    },
    {
      name: 'asked again: absent',
      answers: reporting('rf1-bowel'),
      plan: planWith({}, ['rf1-bowel']),
      lines: [['rf1-bowel', 'rechecked']],
      alert: false,
    },
    {
      name: 'two signs: one asked again, one not settled',
      answers: reporting('rf1-saddle', 'rf1-chest'),
      plan: planWith({}, ['rf1-saddle']),
      lines: [
        ['rf1-saddle', 'rechecked'],
        ['rf1-chest', 'conflict'],
      ],
      alert: true,
    },
    { name: 'no plan', answers: reporting('rf1-bowel'), plan: null, lines: [], alert: true },
  ];
  for (const locale of ['en-GB', 'en-US'] as Locale[]) {
    const ui = localeText(locale).questionnaireUi.clinician.inPlan;
    const edit = localeText(locale).plan.edit.redFlags;
    const words: Record<string, string> = { conflict: edit.conflict, present: ui.present('We called an ambulance.'), rechecked: ui.rechecked };

    it(`${locale}: one wording with the plan's edit mode`, () => {
      expect(ui.conflict).to.equal(edit.conflict);
      expect(ui.rechecked).to.contain(edit.rechecked);
      expect(ui.present(null)).to.match(/present/i);
    });

    for (const c of cases) {
      it(`${locale}: ${c.name}`, async () => {
        const el = await fixture<Q>(
          html`<sdm-imaging-questionnaire lang=${locale} view="clinician" .answers=${c.answers} .plan=${c.plan ?? undefined}></sdm-imaging-questionnaire>`,
        );
        const text = clinicianText(el);
        expect(text).to.contain('EMERGENCY SIGN REPORTED');
        expect($(el, '.reported')!.getAttribute('role')).to.equal(c.alert ? 'alert' : null);
        expect($$(el, '.in-plan [data-sign]').map((li) => [li.dataset.sign, li.dataset.plan])).to.deep.equal(c.lines);
        for (const [sign, state] of c.lines) {
          expect(line(el, sign)!.textContent).to.contain(localeText(locale).questionnaire.emergency.signs[sign]);
          expect(line(el, sign)!.textContent!.replace(/\s+/g, ' ')).to.contain(words[state]);
        }
        if (c.plan) expect($(el, '[data-plan="no-plan"]')).to.equal(null);
        else expect($(el, '[data-plan="no-plan"]')!.textContent).to.contain(ui.noPlan);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('with no emergency sign reported, a plan changes nothing in the summary', async () => {
    const el = await fixture<Q>(
      html`<sdm-imaging-questionnaire view="clinician" .answers=${full(3)} .plan=${planWith({ 'rf1-chest': 'present' })}></sdm-imaging-questionnaire>`,
    );
    expect($(el, '.in-plan')).to.equal(null);
    expect(clinicianText(el)).to.contain('No emergency signs reported');
  });

  it('plan-for follows a real <sdm-watchful-waiting-plan> as the clinician records the sign', async () => {
    const root = await fixture(html`<div>
      <sdm-watchful-waiting-plan id="qc-plan" today=${TODAY}></sdm-watchful-waiting-plan>
      <sdm-imaging-questionnaire view="clinician" plan-for="qc-plan" .answers=${reporting('rf1-weakness')}></sdm-imaging-questionnaire>
    </div>`);
    const plan = root.querySelector<SdmWatchfulWaitingPlan>('sdm-watchful-waiting-plan')!;
    const el = root.querySelector<Q>('sdm-imaging-questionnaire')!;
    await el.updateComplete;
    expect(line(el, 'rf1-weakness')!.dataset.plan, 'a new plan: not recorded').to.equal('conflict');
    plan.plan = planWith({}, ['rf1-weakness']);
    await el.updateComplete;
    expect(line(el, 'rf1-weakness')!.dataset.plan).to.equal('rechecked');
    plan.plan = planWith({ 'rf1-weakness': 'present' });
    await el.updateComplete;
    expect(line(el, 'rf1-weakness')!.dataset.plan).to.equal('present');
    // .plan wins over plan-for.
    el.plan = planWith({});
    await el.updateComplete;
    expect(line(el, 'rf1-weakness')!.dataset.plan).to.equal('conflict');
    await expect(el).to.be.accessible();
  });

  it('a plan that cannot be read: a visible problem, sdm-error invalid-plan, and the summary as without a plan', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"></div>`);
    const errors = collectErrors(wrapper);
    const el = document.createElement('sdm-imaging-questionnaire') as Q;
    el.view = 'clinician';
    el.answers = reporting('rf1-bowel');
    el.plan = '{"redFlags": oops';
    wrapper.append(el);
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.include('invalid-plan');
    expect($(el, '[part="error"]')!.textContent).to.match(/plan could not be read/i);
    expect($(el, '[data-plan="no-plan"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it("reads a plan leniently by the same rule as core's reviewOf", () => {
    const inputs: unknown[] = [
      null,
      42,
      'oops',
      '{}',
      {},
      { redFlags: 3 },
      { redFlags: {} },
      JSON.stringify(planWith({})),
      planWith({ 'rf1-chest': 'present' }),
      [1],
    ];
    for (const input of inputs) {
      const readable = followPlan(input, 'plan', 'guide', 'en-GB').plan !== null;
      expect(readable, JSON.stringify(input)).to.equal(input != null && reviewOf(input) !== null);
    }
  });
});

describe('<sdm-imaging-questionnaire> looks right everywhere', () => {
  // Nothing wider than 320 px, in each stage: test/browser/contract.test.ts.
  it('at 320 px the scale is stacked, with targets of at least 44 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<Q>(html`<sdm-imaging-questionnaire .answers=${{ emergency: noSigns, items: {} }}></sdm-imaging-questionnaire>`);
    await nextFrame();
    const choices = $$(el, '[data-question="leg-1"] .choice');
    expect(choices[1]!.getBoundingClientRect().top).to.be.greaterThan(choices[0]!.getBoundingClientRect().top);
    expect(choices[0]!.getBoundingClientRect().height).to.be.at.least(44);
    await setViewport({ width: 1024, height: 768 });
  });

  it('passes axe in a dark page', async () => {
    const wrap = await fixture(
      html`<div style="color-scheme: dark; background: #121417"><sdm-imaging-questionnaire .answers=${{ emergency: { 'rf1-chest': true }, items: {} }}></sdm-imaging-questionnaire></div>`,
    );
    await expect(wrap).to.be.accessible();
  });

  it('prints without buttons, keeping the emergency instructions', async () => {
    const el = await fixture<Q>(
      html`<sdm-imaging-questionnaire .answers=${{ emergency: { 'rf1-chest': true }, items: {} }}></sdm-imaging-questionnaire>`,
    );
    await emulateMedia({ media: 'print' });
    expect($$(el, 'button').every((b) => getComputedStyle(b).display === 'none')).to.equal(true);
    expect(getComputedStyle($(el, '[part="emergency"]')!).display).not.to.equal('none');
  });
});
