import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { iconArrayStyles } from '../icon-array/icon-array.styles.js';

/**
 * Styles of the plan's views, scoped by class (`.plan` for the patient, `.plan-edit` for the
 * clinician), so a static letter can use the same CSS without a shadow root. Only host-level
 * layout is under :host.
 */
export const planStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    max-inline-size: var(--sdm-plan-max-width, 48rem);
  }
  .plan,
  .plan-edit {
    --_space: var(--sdm-space, 0.75rem);
    --_radius: var(--sdm-radius, 0.375rem);
    --_border: var(--sdm-color-border, light-dark(#c5ccd4, #56606b));
    --_muted: var(--sdm-color-muted, light-dark(#4a5562, #b7c0ca));
    --_primary: var(--sdm-color-primary, light-dark(#0b5cad, #8cc4ff));
    --_card-bg: var(--sdm-color-card-bg, light-dark(#f6f8fa, #1c2127));
    overflow-wrap: break-word;
  }

  /* ── The patient's plan ─────────────────────────────────────────── */
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

  /* ── The clinician's form ───────────────────────────────────────── */
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
    float: left;
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
    .plan .date[data-date='early'],
    .plan-edit .warnings,
    .plan-edit .triage-note,
    .plan-edit .decision,
    .plan-edit .sign[data-conflict] {
      border-color: CanvasText;
    }
    .plan .section-needs-to-be-seen h3,
    .plan .section-arranged h3,
    .plan .section-early-review h3,
    .plan .tier h4,
    .plan .glance-action,
    .plan-edit .conflict {
      color: CanvasText;
    }
    .plan .calendar {
      color: LinkText;
    }
    .plan-edit .choice:has(input:checked) {
      border-color: Highlight;
    }
  }

  /* ── Paper ──────────────────────────────────────────────────────────
     A two-column leaflet of one or two sheets of A4 or US Letter (at the browsers' default
     margins), in the clear-print font of the base styles:
     - what needs the full width stands between the runs of two columns: "needs to be seen",
       the week-by-week table, and the two warning boxes side by side;
     - a written record (legitimacy high) is a sheet of its own, so it can be shown to others
       without the rest of the plan;
     - folded parts print open, except an all-clear checklist: its summary line says it all;
     - a figure keeps its sentence, its people and its source (icon-array print styles). */
  @media print {
    :host {
      max-inline-size: none;
    }
    .plan {
      color: #000;
      font-size: var(--sdm-plan-print-font-size, 9.5pt);
      line-height: 1.25;
    }
    .plan * {
      color: #000 !important;
      background: none !important;
    }
    /* Headings in em, so they grow with the text size on paper (large print). */
    .plan h2 {
      font-size: 1.7em;
      margin-block-end: 0.4rem;
    }
    .plan h3 {
      font-size: 1.2em;
      margin-block-end: 0.2rem;
      break-after: avoid;
    }
    .plan h4 {
      margin-block-start: 0.3rem;
      break-after: avoid;
    }
    .plan p,
    .plan ul {
      margin-block-end: 0.25rem;
    }
    .plan li {
      margin-block-end: 0.05rem;
    }
    .plan .section {
      margin-block-end: 0.4rem;
    }
    .plan a[href]::after {
      content: none;
    }

    /* The card on top, in as few lines as it can: its heading and the date, beside the steps
       (their titles: the week-by-week table below has the rest); under them, the two ways to get
       help side by side. What the review date is for is said once, under "Your dates". */
    .plan .section-glance {
      border: 2px solid #000;
      padding: 0.2rem 0.5rem;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      grid-template-areas: 'head steps' 'date steps' 'help help';
      gap: 0.1rem 6mm;
      break-inside: avoid;
      line-height: inherit;
    }
    .plan .section-glance > h3 {
      grid-area: head;
      font-size: 1.05em;
    }
    .plan .glance-date {
      grid-area: date;
    }
    .plan .glance-steps {
      grid-area: steps;
    }
    .plan .glance-help {
      grid-area: help;
      grid-template-columns: 1fr 1fr;
      column-gap: 6mm;
    }
    .plan .glance-date > *,
    .plan .glance-steps :is(h4, ul, li) {
      display: inline;
    }
    .plan .glance-date h4::after,
    .plan .glance-steps h4::after {
      content: ': ';
    }
    .plan .glance-day {
      font-size: 1.15em;
      line-height: 1;
    }
    .plan .glance-day .date-value {
      display: inline;
      white-space: nowrap;
    }
    .plan .glance-date .clinician-text {
      font-weight: 400;
    }
    .plan .glance-steps strong {
      font-weight: 400;
    }
    .plan .glance-date:not([data-date='arranged']) .glance-note,
    .plan .glance-brief,
    .plan .glance-help h4 {
      display: none;
    }
    .plan .glance-date[data-date] {
      border: 0;
      padding: 0;
    }
    .plan .glance-steps ul {
      padding: 0;
    }
    .plan .glance-steps li:not(:last-child)::after {
      content: ' ';
    }
    .plan .glance-tier[data-tier] {
      border-inline-start: 2px solid #000;
      padding-inline-start: 0.4rem;
    }
    .plan .glance-tier p {
      display: inline;
    }
    .plan .glance-tier .glance-when::after {
      content: ' ';
    }

    /* The emergency and same-day services are on the card and in the warning boxes: not a
       third time under "Who to contact". */
    .plan:has(> .section-glance) .section-contacts li.service {
      display: none;
    }

    /* Runs of narrow sections (planView groups them); the wide ones sit between the runs. */
    .plan .columns {
      columns: 2;
      column-gap: 6mm;
    }
    .plan .section-statement {
      break-after: page;
    }

    /* Nothing to press on paper. */
    .plan details::details-content {
      content-visibility: visible;
      display: contents;
    }
    .plan details > summary,
    .plan details.all-absent,
    .plan .calendar-row {
      display: none;
    }

    /* Boxes stay whole: the emergency box, each warning box (never its action apart from its
       signs), the short sections, a paragraph, a line, a figure, a step. */
    .plan .section-needs-to-be-seen,
    .plan .section-arranged,
    .plan .section-early-review,
    .plan .tier,
    .plan .section-goals,
    .plan .section-dates,
    .plan .section-routine-review,
    .plan .section-scan-triggers,
    .plan .section-contacts,
    .plan p,
    .plan li,
    .plan .fact,
    .plan .week-table tr {
      break-inside: avoid;
    }
    .plan[data-triage] .section-needs-to-be-seen,
    .plan[data-triage] .section-arranged,
    .plan[data-triage] .section-early-review,
    .plan[data-triage] .tier {
      border-color: #000;
      border-width: 2px;
      padding: 0.3rem 0.5rem;
    }
    .plan .clinician-text,
    .plan .check-group[data-group='found'],
    .plan .date[data-date='early'] {
      border-inline-start-color: #000;
      border-inline-start-width: 2px;
    }
    .plan .clinician-text {
      font-size: 1em;
    }
    .plan .check-group + .check-group {
      margin-block-start: 0.25rem;
    }
    /* The decision's parts run on, each under one line of ours: "Today we found a sign that
       needed a closer look: [the sign]", "This is why it is safe to wait: [the reason]". */
    .plan .decision-part > :is(p, ul, li) {
      display: inline;
      margin: 0;
      padding: 0;
    }
    .plan .decision-part li {
      display: inline;
    }
    .plan .decision-part .clinician-text {
      border: 0;
    }
    .plan .decision-part {
      margin-block-end: 0.25rem;
    }
    /* Every warning sign checked and none found, a background factor noted: the summary line
       and the note say it all, as for an all-clear checklist. */
    .plan details.none-found .check-group[data-group='absent'] {
      display: none;
    }
    /* After a sign assessed as safe to wait, the box on top names the sign: not twice on paper. */
    .plan[data-triage='early-review'] .section-checked .summary-line,
    .plan[data-triage='early-review'] .check-group[data-group='found'] {
      display: none;
    }
    /* The long groups (checked and not found, not checked) run on as one paragraph after their
       heading, each sign ending in a semicolon; the short ones (found, noted) stay a line each. */
    .plan .check-group:is([data-group='absent'], [data-group='not-asked']) :is(h4, ul) {
      display: inline;
      margin: 0;
    }
    .plan .check-group:is([data-group='absent'], [data-group='not-asked']) h4::after {
      content: ' ';
    }
    .plan .check-group:is([data-group='absent'], [data-group='not-asked']) {
      font-size: 0.9em;
      line-height: 1.2;
    }
    .plan .check-group:is([data-group='absent'], [data-group='not-asked']) h4 {
      font-size: 1em;
    }
    .plan .check-group:is([data-group='absent'], [data-group='not-asked']) li {
      display: inline;
      border: 0;
      padding: 0;
    }
    .plan .check-group:is([data-group='absent'], [data-group='not-asked']) li:not(:last-child)::after {
      content: '; ';
    }
    .plan .tier {
      margin-block: 0.35rem;
    }
    .plan .tier p,
    .plan .tier h4 {
      margin-block: 0 0.15rem;
    }
    .plan .section-safety-net {
      display: grid;
      grid-template-columns: 1fr 1fr;
      column-gap: 6mm;
      align-items: start;
    }
    .plan .section-safety-net > :not(.tier),
    .plan .tier:only-of-type {
      grid-column: 1 / -1;
    }
    .plan .section-safety-net > p,
    .plan .section-steps > p {
      break-after: avoid;
    }
    .plan .tier:only-of-type ul,
    .plan .section-needs-to-be-seen ul {
      columns: 2;
      column-gap: 6mm;
    }
    .plan .checklist li {
      padding-block: 0.1rem;
    }

    /* Figures: small people beside their words, one a row in a column. */
    .plan .facts {
      grid-template-columns: 1fr;
      gap: 0.35rem;
    }
    .plan .figure {
      grid-template-columns: 13mm 1fr;
      gap: 0.5mm 2.5mm;
    }
    .plan .figure .summary,
    .plan .fact-statement {
      font-size: 1em;
    }
    .plan .figure .caption {
      display: block;
      font-size: 0.85em;
    }
    .plan .figure .caption > * + *::before {
      content: ' ';
    }

    /* The steps print once, as the week-by-week table (weekTable in the view); without one
       (tests arranged: no stretches of time), as the list. */
    .plan .step-list.in-table,
    .plan .phase {
      display: none;
    }
    .plan .week-table {
      display: table;
      inline-size: 100%;
      border-collapse: collapse;
      table-layout: fixed;
      margin-block: 0.25rem;
      font-size: 0.95em;
    }
    .plan .week-table th,
    .plan .week-table td {
      border: 1px solid #000;
      padding: 0.15rem 0.3rem;
      text-align: start;
      vertical-align: top;
    }
    .plan .week-table thead td {
      border: 0;
    }
    .plan .week-table th[scope='row'] {
      font-weight: 400;
      inline-size: 27%;
    }
    .plan .note {
      padding: 0.2rem 0.5rem;
      margin-block-start: 0.3rem;
    }
    .plan .note h4 {
      margin-block-start: 0;
    }

    .plan .dates {
      gap: 0.2rem;
    }
    /* The dates across the page when they stand alone at full width. */
    .plan > .section-dates .dates {
      grid-template-columns: repeat(auto-fit, minmax(15em, 1fr));
      gap: 0.2rem 6mm;
    }
    .plan > .section-dates .date {
      grid-template-columns: 1fr;
      align-content: start;
    }
    .plan > .section-dates .date-value {
      display: inline;
    }
    .plan .date {
      grid-template-columns: 7em 1fr;
      gap: 0 0.5rem;
    }
  }
`;

/** Every sheet the element uses, in order: the element and static letters take this same list. */
export const planSheets = [baseStyles, iconArrayStyles, planStyles];
