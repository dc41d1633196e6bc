import { css } from 'lit';

/** The clinician's form (planEditView, `.plan-edit`). Its tokens are the base styles' and the plan's (plan-screen.styles.ts). */
export const planEditStyles = css`
  .plan-edit {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .plan-edit .title {
    font-size: 1.5em;
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .plan-edit .hint {
    color: var(--_muted);
    margin: 0 0 0.5rem;
  }
  .plan-edit .group {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    min-inline-size: 0;
  }
  .plan-edit legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .plan-edit .tier-group {
    border: 0;
    padding: 0;
    margin: var(--_space) 0 0;
    min-inline-size: 0;
  }
  .plan-edit .tier-group > legend {
    font-size: 1.05em;
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .plan-edit .tier-group[data-tier='background'] > legend {
    font-size: 1em;
    font-weight: 600;
  }
  .plan-edit .tier-group[data-tier='background'] > .hint {
    font-size: 0.9em;
  }
  .plan-edit .sign {
    border: 0;
    border-block-end: 1px solid var(--_border);
    margin: 0;
    padding: 0.5rem 0;
    min-inline-size: 0;
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .plan-edit .sign > legend {
    float: inline-start;
    font-weight: 400;
    padding: 0;
  }
  .plan-edit .sign[data-status='present'] > legend {
    font-weight: 700;
  }
  /* A sign the patient reported that the review has not settled. */
  .plan-edit .sign[data-conflict] {
    border-inline-start: 4px solid var(--_emergency);
    padding-inline-start: 0.5rem;
  }
  .plan-edit .conflict {
    grid-column: 1 / -1;
    margin: 0;
    color: var(--_emergency);
    font-weight: 600;
  }
  @container (max-width: 40rem) {
    .plan-edit .sign {
      grid-template-columns: 1fr;
    }
  }
  .plan-edit .choices,
  .plan-edit .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .plan-edit .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .plan-edit .choice:has(input:checked) {
    border: 2px solid var(--_primary);
    font-weight: 600;
  }
  .plan-edit .sign[data-status='present'] .choice:has(input:checked) {
    border-color: var(--_emergency);
    background: var(--_emergency-bg);
  }
  /* The clinician's decision, while a sign is present: the urgent colours, red for Tier 1. */
  .plan-edit .decision {
    border: 3px solid var(--_urgent);
    background: var(--_urgent-bg);
  }
  .plan-edit .decision[data-need='emergency'] {
    border-color: var(--_emergency);
    background: var(--_emergency-bg);
  }
  .plan-edit .decision > legend {
    font-size: 1.1em;
  }
  .plan-edit .decision-kind {
    margin: 0;
  }
  .plan-edit .field-messages {
    margin-block-start: 0.25rem;
  }
  .plan-edit .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .plan-edit .field {
    margin-block-start: var(--_space);
    flex: 1 1 12rem;
  }
  .plan-edit .field label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .plan-edit .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .plan-edit input:not([type='radio'], [type='checkbox']),
  .plan-edit textarea {
    inline-size: 100%;
  }
  .plan-edit [aria-invalid='true'] {
    border: 3px solid var(--_error-border, var(--_emergency));
  }
  .plan-edit .field-error {
    color: var(--_emergency);
    font-weight: 600;
    margin: 0.25rem 0 0;
  }
  .plan-edit .field-warning {
    border-inline-start: 4px solid var(--_urgent);
    padding-inline-start: 0.5rem;
    margin: 0.25rem 0 0;
  }
  .plan-edit .warnings,
  .plan-edit .triage-note {
    border: 2px solid var(--_urgent);
    background: var(--_urgent-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }
  .plan-edit .triage-note[data-level='emergency'] {
    border-color: var(--_emergency);
    background: var(--_emergency-bg);
  }
  .plan-edit .warnings p {
    margin-block: 0;
  }
  .plan-edit .warnings ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .plan-edit:disabled .choice {
    opacity: 0.6;
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .plan-edit .warnings,
    .plan-edit .triage-note,
    .plan-edit .decision,
    .plan-edit .sign[data-conflict] {
      border-color: CanvasText;
    }
    .plan-edit .conflict {
      color: CanvasText;
    }
    .plan-edit .choice:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
