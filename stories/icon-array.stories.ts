import { FINDING_NAMES, VERIFIED_FINDING_AGES, findingFactId, type FindingAge, type FindingName } from '@scanwise/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Args {
  fact?: string;
  count?: string;
  total?: string;
  label?: string;
  others?: string;
  population?: string;
  timeframe?: string;
  source?: string;
  sourceHref?: string;
}

const render = (a: Args) => html`<sdm-icon-array
  fact=${ifDefined(a.fact)}
  count=${ifDefined(a.count)}
  total=${ifDefined(a.total)}
  label=${ifDefined(a.label)}
  others=${ifDefined(a.others)}
  population=${ifDefined(a.population)}
  timeframe=${ifDefined(a.timeframe)}
  source=${ifDefined(a.source)}
  source-href=${ifDefined(a.sourceHref)}
></sdm-icon-array>`;

/**
 * "N out of 100" as a block of people, with the sentence a screen reader hears, who and when
 * the number is about, its source and a table. Numbers come from the evidence registry
 * (`fact`) or are given explicitly.
 */
const meta: Meta<Args> = {
  title: 'Components/Icon array',
  component: 'sdm-icon-array',
  render,
  args: { fact: 'serious-cause' },
};
export default meta;
type Story = StoryObj<Args>;

/** About 1 in 100 people with new low back pain have a serious cause (registry: serious-cause; docs/evidence.md#serious-cause). */
export const SeriousCause: Story = {};

/** Most people say yes to a warning-sign question; few have a serious cause (registry: red-flag-answers; docs/evidence.md#red-flag-answers). */
export const RedFlagAnswers: Story = { args: { fact: 'red-flag-answers' } };

/** Recovery: 72 out of 100 fully back to normal within a year (registry: recovered-1-year; docs/evidence.md#recovered-1-year). */
export const RecoveredInAYear: Story = { args: { fact: 'recovered-1-year' } };

/** A figure with a caveat and moderate certainty (registry: surgery-after-early-mri; docs/evidence.md#surgery-after-early-mri). */
export const WithCaveat: Story = { args: { fact: 'surgery-after-early-mri' } };

/** Both arms side by side, same layout, same denominator, same time frame (IPDAS C1; Trevena 2013). */
export const TwoOptionsSideBySide: Story = {
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 2rem;">
    <sdm-icon-array fact="surgery-after-early-mri"></sdm-icon-array>
    <sdm-icon-array fact="surgery-after-early-xray"></sdm-icon-array>
  </div>`,
};

/**
 * Findings in people with no back pain, by age: the one allowed interaction is choosing the age.
 * Icon arrays are otherwise static: interactive arrays backfire (Zikmund-Fisher 2011).
 */
export const FindingsByAge: StoryObj<{ finding: FindingName; age: FindingAge }> = {
  args: { finding: 'disc-bulge', age: 40 },
  argTypes: {
    finding: { control: 'inline-radio', options: FINDING_NAMES },
    age: { control: 'inline-radio', options: [...VERIFIED_FINDING_AGES] },
  },
  render: ({ finding, age }) => html`<sdm-icon-array fact=${findingFactId(finding, age)}></sdm-icon-array>`,
};

/** Explicit numbers and words instead of a registry fact. */
export const ExplicitNumbers: Story = {
  args: {
    fact: undefined,
    count: '30',
    total: '100',
    label: 'had a disc bulge',
    others: 'had no bulge',
    population: 'people aged 20 with no back pain',
    timeframe: 'on one MRI or CT scan',
    source: 'Brinjikji et al. 2015',
    sourceHref: 'https://doi.org/10.3174/ajnr.A4173',
  },
};

const explicit = { fact: undefined, label: 'had it', population: 'people like you', timeframe: 'within a year' };

/** Nobody counted. */
export const NoneCounted: Story = { args: { ...explicit, count: '0' } };

/** Everybody counted: no "The other …" sentence. */
export const EveryoneCounted: Story = { args: { ...explicit, count: '100' } };

/** A total other than 100 (only where no comparison with 100-based arrays is made). */
export const SmallTotal: Story = { args: { ...explicit, count: '7', total: '20' } };

/** The page supplies its own table alternative in the `table` slot. */
export const OwnTable: Story = {
  render: () => html`<sdm-icon-array fact="serious-cause">
    <table slot="table">
      <caption>Serious causes of new low back pain</caption>
      <tr><th scope="row">Serious cause</th><td>about 1 in 100</td></tr>
      <tr><th scope="row">No serious cause</th><td>about 99 in 100</td></tr>
    </table>
  </sdm-icon-array>`,
};

/** Themed through `--sdm-…` custom properties and `::part`. */
export const Themed: Story = {
  render: () => html`<style>
      .themed { --sdm-icon-counted: #6a3d9a; --sdm-font-family: Georgia, serif; --sdm-icon-array-size: 14rem; }
      .themed::part(summary) { font-size: 1.3rem; }
    </style>
    <sdm-icon-array class="themed" fact="another-episode-1-year"></sdm-icon-array>`,
};

/** Narrow screen: 320 px wide. */
export const Narrow: Story = {
  args: { fact: 'back-at-work-3-months' },
  decorators: [(story) => html`<div style="inline-size: 320px; outline: 1px dashed #999;">${story()}</div>`],
};

const errorStory = (args: Args, note: string): Story => ({
  args: { fact: undefined, ...args },
  parameters: { docs: { description: { story: note } } },
});

/** Bad input: a fact id the registry does not have. */
export const ErrorUnknownFact: Story = errorStory({ fact: 'no-such-fact' }, 'Shows a message and fires `sdm-error` with code `unknown-fact`.');
/** Bad input: count above total. */
export const ErrorCountAboveTotal: Story = errorStory({ ...explicit, count: '120', total: '100' }, 'Code `count-above-total`.');
/** Bad input: a negative count. */
export const ErrorNegativeCount: Story = errorStory({ ...explicit, count: '-5' }, 'Code `negative`.');
/** Bad input: not a number. */
export const ErrorNotANumber: Story = errorStory({ ...explicit, count: 'lots' }, 'Code `not-a-number`.');
/** Bad input: a number without who or when. */
export const ErrorMissingWords: Story = errorStory({ count: '10' }, 'Code `missing-text`: every figure must say who and when.');

/** A language Scanwise does not have: English text, a visible note, and `sdm-error` (`unknown-locale`). */
export const UnknownLanguage: Story = {
  render: () => html`<div lang="fr"><sdm-icon-array fact="serious-cause"></sdm-icon-array></div>`,
};
