import { css } from 'lit';

/**
 * The plan on paper: a two-column leaflet of one or two sheets of A4 or US Letter (at the
 * browsers' default margins), in the clear-print font of the base styles and the print colour
 * (`--_print-text`, black unless the page sets `--sdm-print-color`):
 * - what needs the full width stands between the runs of two columns: "needs to be seen",
 *   the week-by-week table, and the two warning boxes side by side;
 * - a written record (legitimacy high) is a sheet of its own, so it can be shown to others
 *   without the rest of the plan;
 * - folded parts print open, except an all-clear checklist: its summary line says it all;
 * - a figure keeps its sentence, its people and its source (icon-array print styles).
 */
export const planPrintStyles = css`
  @media print {
    :host {
      max-inline-size: none;
    }
    .plan {
      color: var(--_print-text);
      font-size: var(--sdm-watchful-waiting-plan-print-font-size, 9.5pt);
      line-height: 1.25;
    }
    .plan * {
      color: var(--_print-text) !important;
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
      border: 2px solid var(--_print-text);
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
      border-inline-start: 2px solid var(--_print-text);
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
       signs), the short sections, a heading (Chromium may split a short section between
       columns, but never a heading's lines), a paragraph, a line, a figure, a step. */
    .plan .section-needs-to-be-seen,
    .plan .section-arranged,
    .plan .section-early-review,
    .plan .tier,
    .plan .section-goals,
    .plan .section-dates,
    .plan .section-routine-review,
    .plan .section-scan-triggers,
    .plan .section-contacts,
    .plan h2,
    .plan h3,
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
      border-color: var(--_print-text);
      border-width: 2px;
      padding: 0.3rem 0.5rem;
    }
    .plan .clinician-text,
    .plan .check-group[data-group='found'],
    .plan .date[data-date='early'] {
      border-inline-start-color: var(--_print-text);
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
      border: 1px solid var(--_print-text);
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
