import { css } from 'lit';

/**
 * The patient's plan on screen (planView, `.plan`), with the host's layout and the tokens the
 * plan and the clinician's form share (`--_primary`, `--_card-bg`). Scoped by class, so a static
 * letter can use the same CSS without a shadow root.
 */
export const planScreenStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    max-inline-size: var(--sdm-watchful-waiting-plan-max-width, 48rem);
  }
  /* The plan's own tokens; the shared ones (--_space, --_radius, --_border, --_muted…) are the base styles'. */
  .plan,
  .plan-edit {
    --_primary: var(--sdm-color-primary, light-dark(#0b5cad, #8cc4ff));
    --_card-bg: var(--sdm-color-card-bg, light-dark(#f6f8fa, #1c2127));
    overflow-wrap: break-word;
  }
  .plan h2 {
    font-size: 1.5em;
    margin: 0 0 var(--_space);
  }
  .plan h3 {
    font-size: 1.2em;
    margin: 0 0 0.5rem;
  }
  .plan h4 {
    font-size: 1.05em;
    margin: 0.75rem 0 0.25rem;
  }
  .plan p {
    margin: 0 0 0.5rem;
  }
  .plan ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .plan li {
    margin-block-end: 0.25rem;
  }
  .plan .lead {
    font-size: 1.1em;
    font-weight: 600;
  }
  .plan .section {
    margin: 0 0 calc(var(--_space) * 1.75);
  }
  /* The card the plan opens with: the next date, the first steps, and when to get help. */
  .plan .section-glance {
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    padding: var(--_space);
    display: grid;
    gap: 0.625rem;
    line-height: 1.4;
  }
  .plan .section-glance :is(h3, h4, p, ul) {
    margin: 0;
  }
  .plan .section-glance h4 {
    font-size: 1em;
    margin-block-end: 0.125rem;
  }
  .plan .glance-day {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
  }
  .plan .glance-date[data-date='early-review'],
  .plan .glance-date[data-date='arranged'] {
    border-inline-start: 4px solid var(--_urgent);
    padding-inline-start: 0.5rem;
  }
  .plan .glance-date .clinician-text {
    border: 0;
    padding: 0;
    font-size: 1em;
  }
  .plan .glance-steps li {
    margin-block-end: 0.125rem;
  }
  .plan .glance-help {
    display: grid;
    gap: 0.5rem;
  }
  .plan .glance-help h4 {
    margin: 0;
  }
  .plan .glance-tier {
    border-inline-start: 4px solid var(--_emergency);
    padding-inline-start: 0.5rem;
  }
  .plan .glance-tier[data-tier='2'] {
    border-inline-start-color: var(--_urgent);
  }
  .plan .glance-action {
    font-weight: 700;
    color: var(--_emergency);
  }
  .plan .glance-tier[data-tier='2'] .glance-action {
    color: var(--_urgent);
  }
  /* Wider: the date beside the steps, the two ways to get help side by side. */
  @container (min-width: 36rem) {
    .plan .section-glance {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      column-gap: calc(var(--_space) * 2);
    }
    .plan .section-glance > h3,
    .plan .glance-help {
      grid-column: 1 / -1;
    }
    .plan .glance-help {
      grid-template-columns: 1fr 1fr;
      column-gap: calc(var(--_space) * 2);
    }
    .plan .glance-help h4 {
      grid-column: 1 / -1;
    }
  }
  .plan .section-needs-to-be-seen,
  .plan .tier-1 {
    border: 4px solid var(--_emergency);
    background: var(--_emergency-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .plan .section-needs-to-be-seen h3,
  .plan .tier-1 h4 {
    color: var(--_emergency);
  }
  .plan[data-triage='urgent'] .section-needs-to-be-seen,
  .plan .tier-2 {
    border: 3px solid var(--_urgent);
    background: var(--_urgent-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .plan[data-triage='urgent'] .section-needs-to-be-seen h3,
  .plan .tier-2 h4 {
    color: var(--_urgent);
  }
  .plan .section-needs-to-be-seen h3 {
    font-size: 1.4em;
  }
  .plan .tier {
    margin-block-end: var(--_space);
  }
  .plan .tier h4 {
    margin-block-start: 0;
  }
  .plan .action {
    font-size: 1.15em;
    font-weight: 700;
  }
  .plan .signs-heading {
    font-weight: 600;
  }
  .plan .summary-line {
    font-weight: 600;
  }
  .plan details > summary {
    cursor: pointer;
    color: var(--_link, var(--_primary));
    text-decoration: underline;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  /* What we checked, by group: each heading says what its signs are. */
  .plan .check-group + .check-group {
    margin-block-start: var(--_space);
  }
  .plan .check-group h4 {
    font-size: 1em;
    margin-block: 0 0.25rem;
  }
  .plan .check-group ul {
    list-style: none;
    padding: 0;
  }
  .plan .check-group li {
    border-block-end: 1px solid var(--_border);
    padding-block: 0.25rem;
  }
  .plan .check-group[data-group='found'] {
    border-inline-start: 4px solid var(--_urgent);
    padding-inline-start: 0.75rem;
  }
  .plan[data-triage='emergency'] .check-group[data-group='found'] {
    border-inline-start-color: var(--_emergency);
  }
  .plan .check-group[data-group='found'] li {
    font-weight: 700;
  }
  .plan .check-group[data-group='not-asked'] h4 {
    color: var(--_muted);
  }

  /* The clinician's decision: tests arranged, or why waiting is still right. */
  .plan .section-arranged,
  .plan .section-early-review {
    border: 3px solid var(--_urgent);
    background: var(--_urgent-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .plan .section-arranged h3,
  .plan .section-early-review h3 {
    color: var(--_urgent);
  }
  /* What the clinician wrote for the patient, set off from our own words. */
  .plan .clinician-text {
    border-inline-start: 4px solid var(--_urgent);
    padding-inline-start: 0.75rem;
    font-size: 1.1em;
    font-weight: 600;
  }
  .plan .section-needs-to-be-seen .clinician-text {
    border-inline-start-color: var(--_emergency);
  }
  .plan .arranged-now h4 {
    margin-block-start: 0;
  }
  .plan .by,
  .plan .next {
    font-weight: 700;
  }
  .plan .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: calc(var(--_space) * 1.5) var(--_space);
  }
  /* A figure in words takes a whole row; icon arrays pair up beside each other. */
  .plan .fact {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75rem;
    grid-column: 1 / -1;
  }
  .plan .fact-statement {
    font-size: 1.125em;
    font-weight: 600;
  }
  .plan .fact-source,
  .plan .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .plan .caveat {
    font-style: italic;
  }
  /* Print only: the screen shows the step list and the stretches. */
  .plan .week-table {
    display: none;
  }
  .plan .phase {
    border-inline-start: 4px solid var(--_primary);
    padding-inline-start: 0.75rem;
    margin-block: var(--_space);
  }
  .plan .phase-steps {
    margin: 0;
  }
  .plan .phase-steps > div + div {
    margin-block-start: 0.5rem;
  }
  .plan .phase-steps dt {
    font-weight: 700;
  }
  .plan .phase-steps dd {
    margin: 0;
  }
  .plan .statement,
  .plan .note {
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .plan .free-text {
    white-space: pre-wrap;
  }
  .plan .dates {
    margin: 0 0 0.5rem;
    display: grid;
    gap: 0.5rem;
  }
  .plan .date {
    display: grid;
    grid-template-columns: 9rem 1fr;
    gap: 0.25rem 1rem;
  }
  @container (max-width: 30rem) {
    .plan .date {
      grid-template-columns: 1fr;
    }
  }
  .plan .date dt {
    font-weight: 600;
  }
  .plan .date[data-date='early'] {
    border-inline-start: 4px solid var(--_urgent);
    padding-inline-start: 0.5rem;
  }
  .plan .date dd {
    margin: 0;
  }
  .plan .date-value {
    font-weight: 700;
    display: block;
  }
  .plan .calendar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .plan .calendar {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .plan .section-glance,
    .plan .glance-date,
    .plan .glance-tier,
    .plan .section-needs-to-be-seen,
    .plan .tier,
    .plan .statement,
    .plan .note,
    .plan .calendar,
    .plan .section-arranged,
    .plan .section-early-review,
    .plan .clinician-text,
    .plan .check-group[data-group='found'],
    .plan .date[data-date='early'] {
      border-color: CanvasText;
    }
    .plan .section-needs-to-be-seen h3,
    .plan .section-arranged h3,
    .plan .section-early-review h3,
    .plan .tier h4,
    .plan .glance-action {
      color: CanvasText;
    }
    .plan .calendar {
      color: LinkText;
    }
  }
`;
