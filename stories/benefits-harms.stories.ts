import { defaultPlan, score, SIGN_IDS, type ClinicalDecision, type Likert, type Plan, type SignId, type SignStatus } from '@scanwise/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answersFor, answersReporting } from './answers.js';

/** Plans in these stories are dated from this day, so their dates do not drift. */
const TODAY = '2026-11-23';

/** A plan whose red-flag review checked every sign and found none, unless said otherwise. */
function reviewedPlan(redFlags: Partial<Record<SignId, SignStatus>> = {}, decision: ClinicalDecision | null = null): Plan {
  const statuses = Object.fromEntries(SIGN_IDS.map((id) => [id, 'absent'])) as Record<SignId, SignStatus>;
  return { ...defaultPlan(TODAY), redFlags: { ...statuses, ...redFlags }, decision };
}

interface Args {
  variant: 'full' | 'summary';
  age?: string;
  themes?: [Likert, Likert, Likert];
  harms?: boolean;
  emergency?: boolean;
  /** The patient's plan (`plan` property). */
  plan?: Plan;
}

function profileFor(a: Args) {
  if (a.emergency) return score({ emergency: { 'rf1-bladder': true }, items: {} });
  if (!a.themes) return undefined;
  const answers = answersFor(...a.themes);
  if (a.harms) answers.items['thr-4'] = 5;
  return score(answers);
}

const render = (a: Args) =>
  html`<sdm-benefits-harms variant=${a.variant} age=${ifDefined(a.age)} .profile=${profileFor(a)} .plan=${a.plan}></sdm-benefits-harms>`;

/**
 * "Have a scan now" and "Wait and watch with a plan" side by side, in one template. It answers
 * the beliefs the questionnaire found first; the comparison is the same for everyone. Given the
 * patient's plan (`plan`, or `plan-for` naming a plan element), it says what was checked today,
 * and a sign the clinician found puts the plan first.
 */
const meta: Meta<Args> = {
  title: 'Components/Benefits and harms',
  component: 'sdm-benefits-harms',
  render,
  args: { variant: 'full' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'summary'] },
    age: { control: 'inline-radio', options: [undefined, '20', '30', '40', '50', '80'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** No questionnaire: the neutral default. */
export const Neutral: Story = {};
/** Threat high: "what we checked", the serious-cause figure and scan triggers come first. */
export const ThreatHigh: Story = { args: { themes: [2, 4, 2] } };
/** Legitimacy high: "your pain is real", and findings in people without back pain. */
export const LegitimacyHigh: Story = { args: { themes: [4, 2, 2], age: '40' } };
/** Navigation high: how care is chosen without a scan. */
export const NavigationHigh: Story = { args: { themes: [2, 2, 4] } };
/** Every theme high: modules in the order threat, legitimacy, navigation. */
export const AllHigh: Story = { args: { themes: [5, 5, 5] } };
/** "A scan cannot do me any harm": a note after the comparison. */
export const HarmsUnderestimated: Story = { args: { themes: [2, 2, 2], harms: true } };
/** An emergency sign in the profile: get help now, and nothing argues for waiting. */
export const Emergency: Story = { args: { emergency: true } };
/**
 * `variant="summary"`: the two options at a glance, one side of paper. Patients' questions as
 * rows, the options as columns, every figure from the registry; the full guide one step away.
 */
export const AtAGlance: Story = { args: { variant: 'summary' } };
/** At a glance, threat high: one lead sentence, and "Could it find something serious?" first. The table is the same. */
export const AtAGlanceThreatHigh: Story = { args: { variant: 'summary', themes: [2, 4, 2] } };
/** At a glance, legitimacy high: "Will it show what is causing my pain?" first. */
export const AtAGlanceLegitimacyHigh: Story = { args: { variant: 'summary', themes: [4, 2, 2] } };
/** At a glance, navigation high: "What might happen next?" first. */
export const AtAGlanceNavigationHigh: Story = { args: { variant: 'summary', themes: [2, 2, 4] } };
/** At a glance with an emergency sign: only what to do now. */
export const AtAGlanceEmergency: Story = { args: { variant: 'summary', emergency: true } };
/** At a glance in US English (doctor, 911). */
export const AtAGlanceUS: Story = { args: { variant: 'summary' }, render: (a) => html`<div lang="en-US">${render(a)}</div>` };

/** Linked to a questionnaire on the page with `for`, no JavaScript needed: answer it and watch the explainer change. */
export const LinkedToQuestionnaire: Story = {
  render: () => html`<sdm-imaging-questionnaire id="q-linked" mode="step"></sdm-imaging-questionnaire>
    <hr />
    <sdm-benefits-harms for="q-linked" variant="summary"></sdm-benefits-harms>`,
};

/** With the patient's plan: its red-flag review found no sign, so "What your GP looks for" becomes "What we checked today". */
export const WithPlanCheckedToday: Story = { args: { themes: [2, 4, 2], plan: reviewedPlan() } };

/** A Tier 2 sign found, assessed, and waiting is still right: the comparison stays, and "What we checked today" says so. */
export const WithPlanSafeToWait: Story = {
  args: {
    themes: [2, 4, 2],
    plan: reviewedPlan({ 'rf2-fever': 'present' }, { kind: 'wait', reason: 'Your temperature and blood tests were normal.', review: '2026-11-30' }),
  },
};

/** A Tier 2 sign found, and tests arranged: the plan comes first, and nothing weighs a scan against waiting. */
export const WithPlanTestsArranged: Story = {
  args: {
    themes: [2, 4, 2],
    plan: reviewedPlan(
      { 'rf2-cancer': 'present' },
      { kind: 'referral', arranged: 'An MRI scan of your lower back at City Hospital.', by: '2026-11-30' },
    ),
  },
};

/** A Tier 2 sign found, and no decision recorded yet: be seen today, in the urgent colours. */
export const WithPlanSeenToday: Story = { args: { themes: [2, 4, 2], plan: reviewedPlan({ 'rf2-weight': 'present' }) } };

/** A Tier 1 sign found: the clinician's emergency referral, and the emergency number if it is not already happening. */
export const WithPlanEmergencyReferral: Story = {
  args: {
    themes: [2, 4, 2],
    plan: reviewedPlan({ 'rf1-weakness': 'present' }, { kind: 'emergency', arranged: 'We called an ambulance to take you to hospital.' }),
  },
};

/**
 * Linked to a plan on the page with `plan-for`, no JavaScript needed. Here the clinician fills in
 * the plan beside the explainer: record a sign as present, or a decision, and watch the explainer
 * follow. (Side by side on a wide screen; on a phone the explainer comes first.)
 */
export const LinkedToPlan: Story = {
  render:
    () => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: 2rem; align-items: start">
    <sdm-benefits-harms plan-for="plan-linked" variant="summary" .profile=${score(answersFor(2, 4, 2))}></sdm-benefits-harms>
    <sdm-watchful-waiting-plan id="plan-linked" mode="edit" today=${TODAY} .plan=${reviewedPlan()}></sdm-watchful-waiting-plan>
  </div>`,
};

/** The patient said yes to an emergency question, and the plan records it as absent without asking again: "get help now" stays. */
export const WithPlanUnsettledAnswer: Story = {
  render: () => html`<sdm-benefits-harms .profile=${score(answersReporting(['rf1-bowel'], 2, 4, 2))} .plan=${reviewedPlan()}></sdm-benefits-harms>`,
};

/** US English. */
export const EnUS: Story = {
  args: { themes: [2, 4, 2] },
  decorators: [(story) => html`<div lang="en-US">${story()}</div>`],
};

/** A profile that is not valid JSON: a message, `sdm-error`, and the neutral default. */
export const InvalidInput: Story = {
  render: () => html`<sdm-benefits-harms age="45"><script type="application/json">{"themes": oops</script></sdm-benefits-harms>`,
};

/** Print view: long parts expand, colours drop. Use the browser's print preview. */
export const Print: Story = {
  args: { themes: [2, 4, 2] },
  parameters: { docs: { description: { story: 'Open print preview: every folded part prints expanded, icon arrays in black and white.' } } },
};
