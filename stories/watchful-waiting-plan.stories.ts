import {
  addDays,
  defaultPlan,
  EARLY_REVIEW_DAYS,
  score,
  SIGN_IDS,
  type Answers,
  type ClinicalDecision,
  type Likert,
  type Plan,
  type SignId,
  type SignStatus,
} from '@scanwise/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answersFor, answersReporting } from './answers.js';

/** Every story is dated from this day, so dates and warnings do not drift. */
const TODAY = '2026-11-23';

const allSigns = (status: SignStatus, extra: Partial<Record<SignId, SignStatus>> = {}) =>
  ({ ...Object.fromEntries(SIGN_IDS.map((id) => [id, status])), ...extra }) as Record<SignId, SignStatus>;

/** A plan as a clinician might fill it in: every sign checked and absent, unless said otherwise. */
function filledPlan(redFlags: Partial<Record<SignId, SignStatus>> = {}, decision: ClinicalDecision | null = null): Plan {
  return {
    ...defaultPlan(TODAY),
    redFlags: allSigns('absent', redFlags),
    decision,
    selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'work'],
    selfCareNote: 'Try the knee-to-chest stretch we did today, twice a day.',
    goals: ['Pick up my grandson', 'Get back to football on Thursdays'],
    practice: { name: 'Riverside Medical Centre', phone: '01632 960123', clinician: 'Dr Amira Khan' },
    timeZone: 'Europe/London',
  };
}

interface Args {
  mode: 'view' | 'edit';
  plan?: Plan;
  themes?: [Likert, Likert, Likert];
  /** The questionnaire's answers, when a story needs more than the themes (an emergency sign reported). */
  answers?: Answers;
  json?: string;
  /** Inline custom properties, e.g. the print text size. */
  style?: string;
}

const render = (a: Args) => html`<sdm-watchful-waiting-plan
  mode=${a.mode}
  today=${TODAY}
  style=${ifDefined(a.style)}
  name="plan"
  .plan=${ifDefined(a.plan)}
  .profile=${a.answers ? score(a.answers) : a.themes ? score(answersFor(...a.themes)) : undefined}
>${a.json === undefined ? '' : html`<script type="application/json">${a.json}</script>`}</sdm-watchful-waiting-plan>`;

/**
 * The watchful-waiting plan. The clinician fills it in (`mode="edit"`); the patient keeps it
 * (`mode="view"`): a short card first (the next date, the steps that matter most, when to get
 * help), then what we checked, what to expect, the steps, the warning signs, the dates and who
 * to contact. A sign the clinician records as present asks for their decision, and
 * the patient sees that decision: an emergency referral (Tier 1), tests or a referral arranged,
 * or why waiting is still right with an earlier review (Tier 2). Age alone is only noted.
 * Every story is dated 23 November 2026 (`today`).
 */
const meta: Meta<Args> = {
  title: 'Components/Watchful-waiting plan',
  component: 'sdm-watchful-waiting-plan',
  render,
  args: { mode: 'view', plan: filledPlan() },
  argTypes: { mode: { control: 'inline-radio', options: ['view', 'edit'] } },
};
export default meta;
type Story = StoryObj<Args>;

/** A new plan for the clinician: no sign recorded yet (a warning says so), default dates and self-care. */
export const EditEmpty: Story = { args: { mode: 'edit', plan: undefined } };
/** The clinician's form, filled in: every sign checked and absent. */
export const EditFilled: Story = { args: { mode: 'edit' } };
/**
 * The form warns about a review date in the past and an earlier review further off than 14
 * days, beside a Tier 2 sign assessed as safe to wait.
 */
export const EditWarnings: Story = {
  args: {
    mode: 'edit',
    plan: {
      ...filledPlan(
        { 'rf2-fever': 'present' },
        { kind: 'wait', reason: 'Your temperature and blood tests were normal.', review: addDays(TODAY, 20) },
      ),
      checkIn: '2026-11-01',
      review: '2026-11-20',
    },
  },
};
/**
 * A Tier 2 sign just marked present: the form asks for the decision (tests or referral
 * arranged, or waiting is still right) and is invalid until it is complete.
 */
export const EditDecision: Story = { args: { mode: 'edit', plan: filledPlan({ 'rf2-weight': 'present' }) } };
/**
 * The patient said yes to an emergency sign in the questionnaire (chest pain), and the review
 * records it as absent: the form flags it, offers "Asked again: absent", and is invalid until
 * the clinician settles it. Until then the patient's plan is emergency advice.
 */
export const EditQuestionnaireConflict: Story = { args: { mode: 'edit', answers: answersReporting(['rf1-chest']) } };

/**
 * Brief by default, at a phone's width (390 px): the plan opens with a card, so a patient who
 * reads nothing else knows the plan: the review date, the three steps that matter most (the
 * first three of the six chosen), and when to get help, with both numbers. The detailed
 * sections follow. Try the `TestsArranged` and `WaitingStillRight` stories for the card's other
 * dates; a patient who needs to be seen gets no card.
 */
export const Card: Story = {
  args: { plan: { ...filledPlan(), selfCare: ['keep-active', 'walking', 'exercises', 'heat', 'work', 'pain-relief'] } },
  decorators: [(story) => html`<div style="max-inline-size: 390px">${story()}</div>`],
};

/** The patient's plan, no theme high: the standard order. */
export const ViewNeutral: Story = { args: { themes: [2, 2, 2] } };
/** Legitimacy high: a written record of the diagnosis and plan comes first. */
export const ViewLegitimacyHigh: Story = { args: { themes: [5, 2, 2] } };
/** Threat high: the warning signs and "what we checked today" come first. */
export const ViewThreatHigh: Story = { args: { themes: [2, 5, 2] } };
/** Navigation high: the steps, dates and scan triggers come first. */
export const ViewNavigationHigh: Story = { args: { themes: [2, 2, 5] } };

/**
 * A Tier 1 sign present, emergency referral recorded: what the clinician arranged, then "go to
 * A&E or call 999 now if this is not already happening", and no watchful-waiting text at all.
 */
export const EmergencyReferral: Story = {
  args: {
    plan: filledPlan({ 'rf1-bladder': 'present' }, { kind: 'emergency', arranged: 'We called an ambulance to take you to City Hospital now.' }),
    themes: [2, 5, 2],
  },
};
/**
 * A Tier 2 sign present, tests arranged: what happens next and by when, the warning signs and
 * the self-care steps that still apply; no recovery figures, dates or scan talk.
 */
export const TestsArranged: Story = {
  args: {
    plan: filledPlan(
      { 'rf2-cancer': 'present' },
      { kind: 'referral', arranged: 'An MRI scan of your back at City Hospital, and a blood test at the practice.', by: addDays(TODAY, 14) },
    ),
  },
};
/**
 * A Tier 2 sign present, assessed: waiting is still right. The clinician's reason comes first,
 * with an earlier review in 7 days, then the plan.
 */
export const WaitingStillRight: Story = {
  args: {
    plan: filledPlan(
      { 'rf2-fever': 'present' },
      {
        kind: 'wait',
        reason: 'Your temperature and blood tests were normal, and the infection you had last month has cleared.',
        review: addDays(TODAY, EARLY_REVIEW_DAYS),
      },
    ),
  },
};
/**
 * A Tier 2 sign present with no decision recorded (an older plan): the plan says what could not
 * be used, and the patient sees "be seen today" (the safe side).
 */
export const Tier2NoDecision: Story = { args: { plan: filledPlan({ 'rf2-fever': 'present' }) } };
/** A patient over 50 with new back pain and nothing else: age is noted, and the plan stays routine. */
export const Over50Routine: Story = { args: { plan: filledPlan({ 'rf2-age': 'present' }) } };

/** US English: 911, the emergency room, urgent care. */
export const EnUS: Story = {
  args: {
    plan: {
      ...filledPlan(),
      practice: { name: 'Riverside Family Medicine', phone: '(555) 010-0123', clinician: 'Dr. Amira Khan' },
      timeZone: 'America/Chicago',
    },
  },
  decorators: [(story) => html`<div lang="en-US">${story()}</div>`],
};

/** A plan with an impossible date and an unknown self-care step: a message, `sdm-error`, and the valid parts. */
export const InvalidPlan: Story = {
  args: {
    plan: undefined,
    json: JSON.stringify({ ...filledPlan(), review: '2027-02-30', selfCare: ['walking', 'sleep-positions'] }),
  },
};
/** Plan JSON that cannot be read at all: a message, and a plan that is still usable. */
export const MalformedJson: Story = { args: { plan: undefined, json: '{"redFlags": oops' } };

/** Print view: open print preview. Folded parts expand, buttons and links to press go, text turns black. */
export const Print: Story = {
  args: { themes: [2, 5, 2] },
  parameters: { docs: { description: { story: 'Open print preview: one to two pages of A4 or US Letter.' } } },
};

/** Large print: open print preview. `--sdm-watchful-waiting-plan-print-font-size: 14pt` on the element; the plan runs on to more sheets. */
export const PrintLarge: Story = {
  args: { style: '--sdm-watchful-waiting-plan-print-font-size: 14pt' },
  parameters: { docs: { description: { story: 'Open print preview: 14 pt text for people who need large print, on more sheets.' } } },
};
