import { score, type Likert } from '@scanwise/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answersFor } from './answers.js';

interface Args {
  variant: 'full' | 'summary';
  age?: string;
  themes?: [Likert, Likert, Likert];
  harms?: boolean;
  emergency?: boolean;
}

function profileFor(a: Args) {
  if (a.emergency) return score({ emergency: { 'rf1-bladder': true }, items: {} });
  if (!a.themes) return undefined;
  const answers = answersFor(...a.themes);
  if (a.harms) answers.items['thr-4'] = 5;
  return score(answers);
}

const render = (a: Args) => html`<sdm-benefits-harms variant=${a.variant} age=${ifDefined(a.age)} .profile=${profileFor(a)}></sdm-benefits-harms>`;

/**
 * "Have a scan now" and "Wait and watch with a plan" side by side, in one template. It answers
 * the beliefs the questionnaire found first; the comparison is the same for everyone.
 */
const meta: Meta<Args> = {
  title: 'Components/Benefits and harms',
  component: 'sdm-benefits-harms',
  render,
  args: { variant: 'full' },
  argTypes: { variant: { control: 'inline-radio', options: ['full', 'summary'] }, age: { control: 'inline-radio', options: [undefined, '20', '30', '40', '50', '80'] } },
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
/** The short version. */
export const Summary: Story = { args: { variant: 'summary', themes: [2, 4, 2] } };

/** Linked to a questionnaire on the page with `for`, no JavaScript needed: answer it and watch the explainer change. */
export const LinkedToQuestionnaire: Story = {
  render: () => html`<sdm-imaging-questionnaire id="q-linked" mode="step"></sdm-imaging-questionnaire>
    <hr />
    <sdm-benefits-harms for="q-linked" variant="summary"></sdm-benefits-harms>`,
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
