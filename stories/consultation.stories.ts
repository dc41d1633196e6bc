import { fromCarePlan, resolveLocale, toCarePlan, toICalendar, type CarePlan, type QuestionnaireResponse } from '@scanwise/core';
import type { SdmCompleteDetail, SdmImagingQuestionnaire, SdmWatchfulWaitingPlan } from '@scanwise/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';

/** The ids the elements find each other by (`for`, `plan-for`): one of each on the page. */
const IDS = { questionnaire: 'visit-q', summary: 'visit-summary', planEdit: 'visit-plan-edit', plan: 'visit-plan' } as const;

/** The patient, as the portal's FHIR server would name them. */
const PATIENT = { reference: 'Patient/example' };

/** What the portal would hold by now, and what the page has told the user. */
interface Visit {
  questionnaireResponse?: QuestionnaireResponse;
  carePlan?: CarePlan;
  /** The calendar reminder (.ics) as a `data:` URL. */
  reminder?: string;
  answersStatus: string;
  planStatus: string;
}

interface Handlers {
  complete(event: CustomEvent<SdmCompleteDetail>): void;
  emergency(): void;
  submit(event: SubmitEvent): void;
}

interface Refs {
  summary: Ref<SdmImagingQuestionnaire>;
  planEdit: Ref<SdmWatchfulWaitingPlan>;
  plan: Ref<SdmWatchfulWaitingPlan>;
}

/** One FHIR resource as JSON text (Lit escapes it). */
const resource = (type: string, value: object | undefined) => html`<h3>${type}</h3>
  ${
    value
      ? html`<pre data-resource=${type} style="white-space: pre-wrap; overflow-wrap: anywhere">${JSON.stringify(value, null, 2)}</pre>`
      : html`<p>Not made yet.</p>`
  }`;

/** The whole visit, drawn from what it holds so far. */
function visitView(visit: Visit, on: Handlers, refs: Refs): TemplateResult {
  return html`<section aria-labelledby="visit-step-1">
      <h2 id="visit-step-1">1. Before the visit: the patient's questionnaire</h2>
      <p>
        <code>sdm-complete</code> carries <code>detail.questionnaireResponse</code> (FHIR R4). A portal posts it to its own
        FHIR server; here it stays in the page.
      </p>
      <sdm-imaging-questionnaire id=${IDS.questionnaire} @sdm-complete=${on.complete} @sdm-emergency=${on.emergency}></sdm-imaging-questionnaire>
      <p role="status" id="visit-answers-status">${visit.answersStatus}</p>
    </section>

    <section aria-labelledby="visit-step-2">
      <h2 id="visit-step-2">2. In the visit: the clinician's summary</h2>
      <p>A second questionnaire with <code>view="clinician"</code>, given the stored resource as <code>.questionnaireResponse</code>.</p>
      <sdm-imaging-questionnaire ${ref(refs.summary)} id=${IDS.summary} view="clinician"></sdm-imaging-questionnaire>
    </section>

    <section aria-labelledby="visit-step-3">
      <h2 id="visit-step-3">3. Talking it through: the two options</h2>
      <p><code>for</code> follows the answers; <code>plan-for</code> follows the plan as the clinician writes it.</p>
      <sdm-benefits-harms for=${IDS.questionnaire} plan-for=${IDS.planEdit} variant="summary"></sdm-benefits-harms>
    </section>

    <section aria-labelledby="visit-step-4">
      <h2 id="visit-step-4">4. The clinician writes the plan</h2>
      <p>
        The plan is a form control: the form will not submit while a sign is present without a decision. On submit, the page
        makes a FHIR CarePlan with <code>toCarePlan</code> (a portal does this on its server) and reads it back with
        <code>fromCarePlan</code>.
      </p>
      <form @submit=${on.submit}>
        <sdm-watchful-waiting-plan ${ref(refs.planEdit)} id=${IDS.planEdit} name="plan" mode="edit" for=${IDS.questionnaire}></sdm-watchful-waiting-plan>
        <button type="submit">Save the plan and show the patient's copy</button>
      </form>
      <p role="status" id="visit-plan-status">${visit.planStatus}</p>
    </section>

    <section aria-labelledby="visit-step-5">
      <h2 id="visit-step-5">5. The patient's plan</h2>
      <p>The plan read back from the CarePlan, given to the element as a <code>.plan</code> object.</p>
      <sdm-watchful-waiting-plan ${ref(refs.plan)} id=${IDS.plan} for=${IDS.questionnaire}></sdm-watchful-waiting-plan>
    </section>

    <section aria-labelledby="visit-step-6">
      <h2 id="visit-step-6">6. To take home</h2>
      <p>A portal's server makes the letter (HTML and PDF) with <code>@scanwise/letter</code>. The reminder needs only core's <code>toICalendar</code>:</p>
      ${
        visit.reminder
          ? html`<p><a href=${visit.reminder} download="back-pain-plan.ics">Download reminder (.ics)</a></p>`
          : html`<p>The reminder is ready once the plan is saved.</p>`
      }
      <details>
        <summary>The FHIR resources the portal would keep</summary>
        ${resource('QuestionnaireResponse', visit.questionnaireResponse)} ${resource('CarePlan', visit.carePlan)}
      </details>
    </section>`;
}

/** The page's own code: the part a portal writes. Nothing here calls the network. */
function wholeVisit(): HTMLElement {
  const host = document.createElement('div');
  host.style.fontFamily = 'system-ui, sans-serif';
  const visit: Visit = { answersStatus: '', planStatus: '' };
  const refs: Refs = { summary: createRef(), planEdit: createRef(), plan: createRef() };
  const update = () => render(visitView(visit, on, refs), host);
  const locale = () => resolveLocale(host.closest('[lang]')?.getAttribute('lang')).locale;

  const on: Handlers = {
    // 1 → 2. A portal saves the answers first, and the summary reads back what was saved.
    complete(event) {
      visit.questionnaireResponse = event.detail.questionnaireResponse;
      refs.summary.value!.questionnaireResponse = visit.questionnaireResponse;
      visit.answersStatus = "Answers sent: the clinician's summary below holds them.";
      update();
    },
    // The questionnaire already shows what to do now; a portal would also alert its staff.
    emergency() {
      visit.answersStatus = 'An emergency sign was reported: a portal would alert its staff now.';
      update();
    },
    // 4 → 5. The browser submits the form only when the plan is valid.
    submit(event) {
      event.preventDefault();
      const carePlan = toCarePlan(refs.planEdit.value!.plan, { subject: PATIENT, locale: locale() });
      const { plan, problems } = fromCarePlan(carePlan);
      if (!plan) {
        visit.planStatus = `The plan could not be read back: ${problems.map((p) => p.message).join(' ')}`;
      } else {
        refs.plan.value!.plan = plan;
        visit.carePlan = carePlan;
        visit.reminder = `data:text/calendar;charset=utf-8,${encodeURIComponent(toICalendar(plan, { locale: locale() }))}`;
        visit.planStatus = "Plan saved as a CarePlan: the patient's plan below is read back from it.";
      }
      update();
    },
  };
  update();
  return host;
}

/**
 * A consultation from start to end, as a clinic portal would build it: the patient's
 * questionnaire, the clinician's summary, the explainer, the plan written in a form, and the
 * patient's plan. The runnable version with its own server is `examples/html`.
 */
const meta: Meta = { title: 'Guides/A consultation' };
export default meta;
type Story = StoryObj;

/**
 * The whole visit, live and without a server: answer the questionnaire, send it, fill in the
 * plan, save it. Open "The FHIR resources the portal would keep" to see what a portal stores.
 */
export const WholeVisit: Story = { render: wholeVisit };
