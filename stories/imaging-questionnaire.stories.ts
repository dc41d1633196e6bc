import { defaultPlan, SIGN_IDS, type Answers, type Plan, type SignId, type SignStatus, type Tier1Id } from '@scanwise/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answersFor, answersReporting, noSigns } from './answers.js';

/** Plans in these stories are dated from this day, so their dates do not drift. */
const TODAY = '2026-11-23';

/** A plan whose red-flag review found every sign absent, unless said otherwise; `rechecked`: asked again. */
function reviewedPlan(redFlags: Partial<Record<SignId, SignStatus>> = {}, rechecked: Tier1Id[] = []): Plan {
  const statuses = Object.fromEntries(SIGN_IDS.map((id) => [id, 'absent'])) as Record<SignId, SignStatus>;
  const present = Object.values(redFlags).includes('present');
  return {
    ...defaultPlan(TODAY),
    redFlags: { ...statuses, ...redFlags },
    rechecked,
    decision: present ? { kind: 'emergency', arranged: 'We called an ambulance to take you to hospital.' } : null,
  };
}

interface Args {
  mode: 'all' | 'step';
  view: 'patient' | 'clinician';
  answers?: Answers;
  json?: string;
  emergencyNumber?: string;
  emergencyService?: string;
  /** The patient's plan, for the clinician's summary (`plan` property). */
  plan?: Plan;
}

const render = (a: Args) => html`<sdm-imaging-questionnaire
  mode=${a.mode}
  view=${a.view}
  emergency-number=${ifDefined(a.emergencyNumber)}
  emergency-service=${ifDefined(a.emergencyService)}
  .answers=${a.answers ?? { emergency: {}, items: {} }}
  .plan=${a.plan}
>${a.json === undefined ? '' : html`<script type="application/json">${a.json}</script>`}</sdm-imaging-questionnaire>`;

/**
 * "Your thoughts about scans": a safety check for emergency signs first, then 12 statements
 * about scans scored into three beliefs (legitimacy, threat, navigation), whether the person
 * wants a scan, and what worries them most. The statements are a draft and not yet validated.
 */
const meta: Meta<Args> = {
  title: 'Components/Imaging questionnaire',
  component: 'sdm-imaging-questionnaire',
  render,
  args: { mode: 'all', view: 'patient' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['all', 'step'] },
    view: { control: 'inline-radio', options: ['patient', 'clinician'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A new questionnaire: the safety check comes first. */
export const Empty: Story = {};

/** Safety check done, some statements answered. */
export const PartAnswered: Story = {
  args: { answers: { emergency: noSigns, items: { 'leg-1': 4, 'leg-2': 2, 'thr-1': 5 } } },
};

/** One question at a time, with "Question n of 14". */
export const StepMode: Story = { args: { mode: 'step', answers: { emergency: noSigns, items: {} } } };

/** A "yes" to an emergency sign: the instructions show at once and the questionnaire stops. */
export const Emergency: Story = {
  args: { answers: { emergency: { ...noSigns, 'rf1-bladder': true }, items: {} } },
};

/** The page sets its own emergency number and service (here for Australia). */
export const EmergencyOverridden: Story = {
  args: { emergencyNumber: '000', emergencyService: 'the emergency department', answers: { emergency: { 'rf1-both-legs': true }, items: {} } },
};

/** The clinician's summary: threat high, harms underestimated. */
export const ClinicianThreatHigh: Story = { args: { view: 'clinician', answers: answersFor(2, 4, 2, { worry: 'That it is cancer, like my dad.' }) } };
/** Clinician summary: legitimacy high. */
export const ClinicianLegitimacyHigh: Story = { args: { view: 'clinician', answers: answersFor(5, 2, 2) } };
/** Clinician summary: navigation high. */
export const ClinicianNavigationHigh: Story = { args: { view: 'clinician', answers: answersFor(2, 2, 4) } };
/** Clinician summary: every theme low. */
export const ClinicianAllLow: Story = { args: { view: 'clinician', answers: answersFor(1, 2, 1, { wantScan: 'no' }) } };
/** Clinician summary when an emergency sign was reported. */
export const ClinicianEmergency: Story = {
  args: { view: 'clinician', answers: { emergency: { ...noSigns, 'rf1-saddle': true }, items: { 'thr-1': 5 } } },
};
/**
 * Clinician summary with the plan: the patient said yes to two emergency questions. The plan
 * records one as asked again and absent; the other it records as absent without asking again,
 * the conflict the plan's edit mode shows too.
 */
export const ClinicianPlanConflict: Story = {
  args: { view: 'clinician', answers: answersReporting(['rf1-bladder', 'rf1-both-legs'], 2, 4, 2), plan: reviewedPlan({}, ['rf1-bladder']) },
};
/** Clinician summary with the plan: the sign the patient reported is recorded as present, an emergency referral. */
export const ClinicianPlanRecordedPresent: Story = {
  args: { view: 'clinician', answers: answersReporting(['rf1-bladder'], 2, 4, 2), plan: reviewedPlan({ 'rf1-bladder': 'present' }) },
};
/** Clinician summary following a plan on the page with `plan-for`: record the sign in the plan and watch the summary follow. */
export const ClinicianLinkedToPlan: Story = {
  render:
    () => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: 2rem; align-items: start">
    <sdm-imaging-questionnaire
      id="q-plan-answers"
      view="clinician"
      plan-for="q-plan-linked"
      .answers=${answersReporting(['rf1-saddle'])}
    ></sdm-imaging-questionnaire>
    <sdm-watchful-waiting-plan id="q-plan-linked" for="q-plan-answers" mode="edit" today=${TODAY}></sdm-watchful-waiting-plan>
  </div>`,
};
/** Clinician summary with safety questions left unanswered (never taken as "no"). */
export const ClinicianSafetyUnanswered: Story = {
  args: { view: 'clinician', answers: { emergency: { 'rf1-saddle': false }, items: { 'leg-1': 3, 'leg-2': 3 } } },
};

/** All answered: "Check your answers" then "Send my answers". */
export const ReadyToReview: Story = { args: { answers: answersFor(3, 3, 3) } };

/** US English: 911 and the emergency room. */
export const EnUS: Story = {
  args: { answers: { emergency: { 'rf1-chest': true }, items: {} } },
  decorators: [(story) => html`<div lang="en-US">${story()}</div>`],
};

/** Prefilled from a JSON child that is not valid JSON: a message, `sdm-error`, and an empty form to fill. */
export const InvalidJson: Story = { args: { json: '{"emergency": {"rf1-saddle": fals' } };

/** Prefilled answers with some bad values: the good ones are kept, the bad ones listed. */
export const InvalidAnswers: Story = {
  args: { json: JSON.stringify({ emergency: noSigns, items: { 'leg-1': 4, 'leg-2': 9, 'xyz-1': 3 } }) },
};

/** Inside a form: the answers submit as JSON under its name. */
export const InAForm: Story = {
  render: () => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const out = (e.target as HTMLFormElement).querySelector('output')!;
      out.textContent = String(new FormData(e.target as HTMLFormElement).get('expectations'));
    }}
  >
    <sdm-imaging-questionnaire name="expectations" required></sdm-imaging-questionnaire>
    <button type="submit">Submit the form</button>
    <button type="reset">Reset</button>
    <p>Submitted value: <output></output></p>
  </form>`,
};
