import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { emergencyStyles } from '../shared/emergency.styles.js';

export const questionnaireStyles = css`
  :host {
    --_primary: var(--sdm-color-primary, light-dark(#0b5cad, #8cc4ff));
    --_on-primary: var(--sdm-color-on-primary, light-dark(#ffffff, #0b1a2b));
    --_chosen-bg: var(--sdm-color-chosen-bg, light-dark(#e7f0fb, #16314d));
    container-type: inline-size;
    max-inline-size: var(--sdm-imaging-questionnaire-max-width, 48rem);
  }
  .frame {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .title {
    font-size: 1.5em;
    font-weight: 700;
    padding: 0;
    margin-block-end: var(--_space);
  }
  h2 {
    font-size: 1.2em;
    margin: 0 0 var(--_space);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .hint {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  .question {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    min-inline-size: 0;
  }
  .question[aria-invalid='true'] {
    border: 3px solid var(--_error-border);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .field-error {
    color: var(--_error-border);
    font-weight: 600;
    margin: 0.25rem 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .scale .choices {
    display: grid;
    grid-template-columns: repeat(5, 1fr);
  }
  @container (max-width: 34rem) {
    .scale .choices {
      grid-template-columns: 1fr;
    }
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    min-inline-size: 6rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_primary);
    background: var(--_chosen-bg);
    font-weight: 600;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .worry label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  textarea {
    inline-size: 100%;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: 0 0 var(--_space);
  }
  .progress progress {
    flex: 1;
    max-inline-size: 16rem;
    accent-color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: var(--_space);
  }
  button {
    font: inherit;
    min-block-size: 44px;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: transparent;
    color: var(--_primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  button.link {
    border: 0;
    padding: 0.25rem 0.5rem;
    text-decoration: underline;
    min-block-size: 44px;
  }
  button:disabled,
  .frame:disabled .choice {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .answers {
    margin: 0;
  }
  .answer-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
    border-block-end: 1px solid var(--_border);
    padding-block: 0.5rem;
  }
  .answer-row dd {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
  }
  @container (max-width: 34rem) {
    .answer-row {
      grid-template-columns: 1fr;
    }
  }
  .clinician table {
    border-collapse: collapse;
    margin-block: 0.5rem;
    /* Longer headings (another language) wrap rather than widen the table past a narrow screen. */
    inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .clinician th,
  .clinician td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
  }
  .clinician .level-high td:first-of-type {
    font-weight: 700;
  }
  .clinician dt {
    font-weight: 600;
  }
  .clinician dd {
    margin: 0 0 0.5rem;
  }
  .clinician .reported p {
    margin: 0 0 0.5rem;
  }
  .clinician .reported p:last-child {
    margin: 0;
  }
  .clinician ul.in-plan {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .clinician .in-plan li + li {
    margin-block-start: 0.5rem;
  }
  /* What the plan records, on its own line under the patient's question. */
  .clinician .plan-status {
    display: block;
  }
  .clinician .warning {
    border-inline-start: 4px solid var(--_error-border);
    padding-inline-start: 0.5rem;
  }
  .worry-text {
    white-space: pre-wrap;
  }
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border-color: Highlight;
    }
  }
  @media print {
    .actions,
    button {
      display: none;
    }
    .question,
    .answer-row,
    .clinician table {
      break-inside: avoid;
    }
  }
`;

/** Every sheet the element uses, in order: the element and static letters take this same list. */
export const questionnaireSheets = [baseStyles, emergencyStyles, questionnaireStyles];
