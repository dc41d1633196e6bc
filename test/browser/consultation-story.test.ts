import { expect, fixture } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { fromCarePlan, SIGN_IDS, type Answers, type CarePlan, type QuestionnaireResponse } from '@scanwise/core';
import '../../packages/elements/src/define.js';
import type { SdmImagingQuestionnaire } from '../../packages/elements/src/imaging-questionnaire/imaging-questionnaire.js';
import type { SdmWatchfulWaitingPlan } from '../../packages/elements/src/watchful-waiting-plan/watchful-waiting-plan.js';
import { WholeVisit } from '../../stories/consultation.stories.js';
import { shadowText } from './helpers/events.js';
import './helpers/locales.js';

const GOAL = 'Walk the dog every morning';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const $$ = <T extends HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const byId = <T extends HTMLElement>(host: Element, id: string) => host.querySelector<T>(`#${id}`)!;

/** Clicks, then waits for every Scanwise element in `host` to draw what follows. */
async function click(target: HTMLElement, host: Element) {
  target.click();
  for (const el of host.querySelectorAll<Lit>('sdm-imaging-questionnaire, sdm-benefits-harms, sdm-watchful-waiting-plan')) await el.updateComplete;
}

/** Presses the questionnaire's button with this text. */
async function press(q: SdmImagingQuestionnaire, text: string, host: Element) {
  const button = $$(q, 'button').find((b) => b.textContent!.trim() === text);
  expect(button, `button "${text}"`).not.to.equal(undefined);
  await click(button!, host);
}

/** The JSON the story shows for one resource type. */
const shown = <T>(host: Element, type: string): T => JSON.parse(host.querySelector(`pre[data-resource="${type}"]`)!.textContent!) as T;

// The page says which English it is in, as a portal should (999, A&E).
before(() => document.documentElement.setAttribute('lang', 'en-GB'));
after(() => document.documentElement.removeAttribute('lang'));
afterEach(() => sessionStorage.clear());

describe('Guides/A consultation: the WholeVisit story', () => {
  it('moves the answers to the summary, and the plan through a CarePlan to the patient, with no server', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    render(WholeVisit.render!({}, {} as never), host);
    const q = byId<SdmImagingQuestionnaire>(host, 'visit-q');
    const summary = byId<SdmImagingQuestionnaire>(host, 'visit-summary');
    const planEdit = byId<SdmWatchfulWaitingPlan>(host, 'visit-plan-edit');
    const patientPlan = byId<SdmWatchfulWaitingPlan>(host, 'visit-plan');
    const form = host.querySelector('form')!;
    const save = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    const planStatus = byId(host, 'visit-plan-status');
    await q.updateComplete;

    // 1. The patient answers by clicking: "agree" where it is offered, else the first choice.
    await press(q, 'I have none of these', host);
    const questions = $$(q, '[data-question]');
    expect(questions.length).to.be.greaterThan(10);
    for (const question of questions) {
      const radios = [...question.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      if (radios.length) await click(radios.find((r) => r.value === '4') ?? radios[0]!, host);
    }
    await press(q, 'Check your answers', host);
    await press(q, 'Send my answers', host);
    expect(byId(host, 'visit-answers-status').textContent).to.contain("clinician's summary");
    const qr = shown<QuestionnaireResponse>(host, 'QuestionnaireResponse');
    expect([qr.resourceType, qr.status]).to.deep.equal(['QuestionnaireResponse', 'completed']);

    // 2. The clinician's summary holds the same answers, read from the QuestionnaireResponse.
    const answers: Answers = q.answers;
    expect(Object.keys(answers.items)).to.have.length(12);
    expect(answers.wantScan).not.to.equal(undefined);
    expect(summary.answers).to.deep.equal(answers);

    // 4. A sign present without a decision: the form does not submit.
    const fever = $$<HTMLInputElement>(planEdit, 'input[type=radio][value="present"][name$="-rf2-fever"]');
    expect(fever).to.have.length(1);
    await click(fever[0]!, host);
    await click(save, host);
    expect(planStatus.textContent).to.equal('');
    expect(host.querySelector('pre[data-resource="CarePlan"]')).to.equal(null);

    // Every sign checked and absent, and a goal typed in: it submits.
    const absent = $$<HTMLInputElement>(planEdit, 'input[type=radio][value="absent"]');
    expect(absent).to.have.length(SIGN_IDS.length);
    for (const radio of absent) await click(radio, host);
    $$(planEdit, 'textarea[data-field="goals"]')[0]!.focus();
    await sendKeys({ type: GOAL });
    await sendKeys({ press: 'Tab' }); // leaving the box commits it (change)
    await click(save, host);
    expect(planStatus.textContent).to.contain('CarePlan');

    // 5. The patient's plan, read back from the CarePlan, shows the goal.
    expect(patientPlan.plan.goals).to.deep.equal([GOAL]);
    expect(shadowText(patientPlan)).to.contain(GOAL);
    const carePlan = shown<CarePlan>(host, 'CarePlan');
    expect(carePlan.resourceType).to.equal('CarePlan');
    expect(carePlan.contained?.map((g) => g.description.text)).to.deep.equal([GOAL]);
    expect(fromCarePlan(carePlan).plan?.goals).to.deep.equal([GOAL]);

    // 6. The reminder, made in the page: the check-in and the review.
    const link = host.querySelector<HTMLAnchorElement>('a[download]')!;
    const ics = decodeURIComponent(link.href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
    expect(ics).to.match(/^BEGIN:VCALENDAR/);
    for (const date of [patientPlan.plan.checkIn, patientPlan.plan.review]) expect(ics).to.contain(`DTSTART;VALUE=DATE:${date.replaceAll('-', '')}`);

    host.querySelector('details')!.open = true;
    await expect(host).to.be.accessible();
  });
});
