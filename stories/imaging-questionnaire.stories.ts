import type { Answers } from '@scanwise/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answersFor, noSigns } from './answers.js';

interface Args {
  mode: 'all' | 'step';
  view: 'patient' | 'clinician';
  answers?: Answers;
  json?: string;
  emergencyNumber?: string;
  emergencyService?: string;
}

const render = (a: Args) => html`<sdm-imaging-questionnaire
  mode=${a.mode}
  view=${a.view}
  emergency-number=${ifDefined(a.emergencyNumber)}
  emergency-service=${ifDefined(a.emergencyService)}
  .answers=${a.answers ?? { emergency: {}, items: {} }}
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
